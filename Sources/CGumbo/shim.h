#ifndef CLAIMCHECK_CGUMBO_SHIM_H
#define CLAIMCHECK_CGUMBO_SHIM_H
#include <gumbo.h>
#include <stdlib.h>
#include <string.h>

/*
 * A bump allocator for one parse. gumbo makes a small malloc for every node, attribute, vector and
 * string buffer and frees each of them again in gumbo_destroy_output: about a sixth of a parse went
 * to malloc and free. Here every allocation is carved out of large chunks, a free does nothing, and
 * the whole tree goes at once (cc_arena_reset keeps the first chunk for the next page,
 * cc_arena_release frees everything). gumbo grows its vectors and buffers by allocating anew and
 * copying, so an arena holds at most about twice what the tree needs.
 */
typedef struct cc_arena_chunk {
    struct cc_arena_chunk *next;
    size_t size;
    size_t used;
    size_t pad; /* keeps the data that follows 16-byte aligned */
} cc_arena_chunk;

typedef struct cc_arena {
    cc_arena_chunk *head;
} cc_arena;

enum { CC_ARENA_CHUNK = 1 << 20 };

static inline void *cc_arena_allocate(void *userdata, size_t size) {
    cc_arena *arena = (cc_arena *)userdata;
    size = (size + 15) & ~(size_t)15;
    cc_arena_chunk *chunk = arena->head;
    if (chunk == NULL || chunk->size - chunk->used < size) {
        size_t capacity = size > CC_ARENA_CHUNK / 4 ? size : CC_ARENA_CHUNK;
        cc_arena_chunk *fresh = (cc_arena_chunk *)malloc(sizeof(cc_arena_chunk) + capacity);
        if (fresh == NULL) abort(); /* as gumbo's own malloc use: it never checks */
        fresh->size = capacity;
        fresh->used = 0;
        if (chunk != NULL && capacity != CC_ARENA_CHUNK) {
            /* A large block gets a chunk of its own behind the current one, which stays in use. */
            fresh->next = chunk->next;
            chunk->next = fresh;
        } else {
            fresh->next = chunk;
            arena->head = fresh;
        }
        chunk = fresh;
    }
    void *p = (char *)(chunk + 1) + chunk->used;
    chunk->used += size;
    return p;
}

static inline void cc_arena_deallocate(void *userdata, void *ptr) {
    (void)userdata;
    (void)ptr;
}

/* Frees every chunk. */
static inline void cc_arena_release(cc_arena *arena) {
    cc_arena_chunk *c = arena->head;
    while (c != NULL) {
        cc_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    arena->head = NULL;
}

/*
 * Parses `length` bytes of UTF-8 with every allocation in `arena`. The output lives until the arena
 * is released; never pass it to gumbo_destroy_output. (Swift 6 cannot touch the mutable C global
 * kGumboDefaultOptions itself: the options are set up here.)
 */
static inline GumboOutput *cc_gumbo_parse_in_arena(cc_arena *arena, const char *buffer, size_t length) {
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = cc_arena_allocate;
    options.deallocator = cc_arena_deallocate;
    options.userdata = arena;
    options.max_errors = 0;
    return gumbo_parse_with_options(&options, buffer, length);
}

#endif
