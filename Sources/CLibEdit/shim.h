#ifndef CLAIMCHECK_CLIBEDIT_SHIM_H
#define CLAIMCHECK_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <histedit.h>

/* Swift cannot call C variadic functions: one wrapper per el_set/history operation used. */

typedef char *(*cc_prompt_fn)(EditLine *);
typedef unsigned char (*cc_command_fn)(EditLine *, int);

static inline EditLine *cc_el_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
static inline int cc_el_set_prompt(EditLine *el, cc_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int cc_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cc_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cc_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cc_el_addfn(EditLine *el, const char *name, const char *help, cc_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cc_el_bind(EditLine *el, const char *key, const char *fn) { return el_set(el, EL_BIND, key, fn, NULL); }
static inline int cc_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *cc_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int cc_el_setty(EditLine *el, const char *a, const char *b) { return el_set(el, EL_SETTY, a, b, NULL); }
static inline int cc_el_source_default(EditLine *el) { return el_source(el, NULL); }

static inline History *cc_history_init(void) { return history_init(); }
static inline int cc_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int cc_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int cc_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int cc_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int cc_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }

/* Swift 6 rejects touching mutable C globals such as stdout: reach them through functions. */
static inline FILE *cc_stdout(void) { return stdout; }
static inline FILE *cc_stderr(void) { return stderr; }
static inline int cc_flush_stdout(void) { return fflush(stdout); }
static inline int cc_flush_stderr(void) { return fflush(stderr); }

#endif
