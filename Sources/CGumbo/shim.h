#ifndef CLAIMCHECK_CGUMBO_SHIM_H
#define CLAIMCHECK_CGUMBO_SHIM_H
#include <gumbo.h>

/* Swift 6 rejects touching mutable C globals such as kGumboDefaultOptions: reach it through a function. */
static inline GumboOptions cc_gumbo_default_options(void) { return kGumboDefaultOptions; }

#endif
