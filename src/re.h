/* Thin PCRE2 layer: patterns compiled once per process with JIT, matched with limits. */
#ifndef KR_RE_H
#define KR_RE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct kr_re {
    const char *pattern;
    uint32_t options; /* compile options; PCRE2_ANCHORED is added when the pattern anchors itself */
    pcre2_code *code; /* set by kr_re_init */
    bool jit;         /* compiled to machine code: matched through pcre2_jit_match */
} kr_re;

/* Compiles every pattern of a NULL-pattern-terminated table once (thread-safe through the
 * caller's pthread_once). Returns 0, or KR_EINTERNAL with the PCRE2 message recorded. */
int kr_re_compile_table(kr_re *table);

/* Scratch for matching, one per thread at a time: match data and a match context holding the
 * match and depth limits (and the offset limit of kr_re_find_upto). */
typedef struct kr_match {
    pcre2_match_data *md;
    pcre2_match_context *ctx;
    PCRE2_SIZE *ov;
} kr_match;

int kr_match_init(kr_match *m);
void kr_match_free(kr_match *m);

/* Searches `re` in s[0..len) from `start`. Returns true on a match (offsets in m->ov), false
 * when there is none or a limit was hit. `anchored` matches only at `start`. */
bool kr_re_find(const kr_re *re, const char *s, size_t len, size_t start, kr_match *m,
                bool anchored);

/* Searches `re` in s[0..len) from `start` for a match that starts at or before `limit`, which
 * spares scanning the rest of the text. The pattern needs PCRE2_USE_OFFSET_LIMIT among its
 * options. Returns true on a match (offsets in m->ov). */
bool kr_re_find_upto(const kr_re *re, const char *s, size_t len, size_t start, size_t limit,
                     kr_match *m);

/* Start/length of capture group g of the last match; false when the group did not take part. */
static inline bool kr_group(const kr_match *m, int g, size_t *start, size_t *len)
{
    if (m->ov[2 * g] == PCRE2_UNSET) {
        *start = *len = 0;
        return false;
    }
    *start = m->ov[2 * g];
    *len = m->ov[2 * g + 1] - m->ov[2 * g];
    return true;
}

#endif
