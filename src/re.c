/* Thin PCRE2 layer: patterns compiled once per process with JIT, matched with limits. */
#include "re.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Limits keep hostile input from taking unbounded time: every pattern of kamerref is anchored
 * on a literal and needs far fewer steps than this on real text. */
#define KR_MATCH_LIMIT 200000
#define KR_DEPTH_LIMIT 2000

int kr_re_compile_table(kr_re *table)
{
    const char *env = getenv("KAMERREF_NO_JIT");
    bool no_jit = env && *env && strcmp(env, "0") != 0;
    for (kr_re *r = table; r->pattern; r++) {
        int err;
        PCRE2_SIZE off;
        r->code = pcre2_compile((PCRE2_SPTR)r->pattern, PCRE2_ZERO_TERMINATED,
                                r->options | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &err, &off, NULL);
        if (!r->code) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(err, msg, sizeof msg);
            return kr_fail(KR_EINTERNAL, "pattern %s: %s at %zu", r->pattern, (char *)msg,
                           (size_t)off);
        }
        /* JIT is an optimisation: without it (unsupported CPU) the interpreter is used.
         * KAMERREF_NO_JIT=1 turns it off, for valgrind, which cannot follow JIT-compiled code. */
        r->jit = !no_jit && pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE) == 0;
        /* A pattern anchored by itself ("^…", "\\G…") is recorded as such: asking for an anchored
         * match of it need not pass PCRE2_ANCHORED, with which PCRE2 cannot use the JIT code. */
        uint32_t all = 0;
        if (pcre2_pattern_info(r->code, PCRE2_INFO_ALLOPTIONS, &all) == 0 && (all & PCRE2_ANCHORED))
            r->options |= PCRE2_ANCHORED;
    }
    return 0;
}

/* Match data that a thread's documents pass on to the next ones (each document needs a few). */
#define POOL 8
typedef struct pool {
    size_t n;
    pcre2_match_data *md[POOL];
    pcre2_match_context *ctx[POOL];
} pool;

static void pool_release(void *p)
{
    pool *pl = p;
    for (size_t i = 0; i < pl->n; i++) {
        pcre2_match_data_free(pl->md[i]);
        pcre2_match_context_free(pl->ctx[i]);
    }
}

static kr_tls pool_tls = {.size = sizeof(pool), .release = pool_release};

int kr_match_init(kr_match *m)
{
    pool *pl = kr_tls_get(&pool_tls);
    if (pl && pl->n) {
        pl->n--;
        m->md = pl->md[pl->n];
        m->ctx = pl->ctx[pl->n];
    } else {
        m->md = pcre2_match_data_create(32, NULL);
        m->ctx = pcre2_match_context_create(NULL);
        if (!m->md || !m->ctx) {
            kr_match_free(m);
            return kr_fail(KR_ENOMEM, "out of memory");
        }
        pcre2_set_match_limit(m->ctx, KR_MATCH_LIMIT);
        pcre2_set_depth_limit(m->ctx, KR_DEPTH_LIMIT);
    }
    m->ov = pcre2_get_ovector_pointer(m->md);
    return 0;
}

void kr_match_free(kr_match *m)
{
    pool *pl = m->md && m->ctx ? kr_tls_get(&pool_tls) : NULL;
    if (pl && pl->n < POOL) {
        pl->md[pl->n] = m->md;
        pl->ctx[pl->n++] = m->ctx;
    } else {
        if (m->md) pcre2_match_data_free(m->md);
        if (m->ctx) pcre2_match_context_free(m->ctx);
    }
    m->md = NULL;
    m->ctx = NULL;
}

bool kr_re_find(const kr_re *re, const char *s, size_t len, size_t start, kr_match *m,
                bool anchored)
{
    if (start > len) return false;
    pcre2_set_offset_limit(m->ctx, PCRE2_UNSET);
    bool ask = anchored && !(re->options & PCRE2_ANCHORED); /* the pattern is not anchored by itself */
    /* the JIT code, straight: pcre2_match would only check what is known here and call it (it
     * cannot take PCRE2_ANCHORED at match time) */
    int rc = re->jit && !ask ? pcre2_jit_match(re->code, (PCRE2_SPTR)s, len, start, 0, m->md, m->ctx)
                             : pcre2_match(re->code, (PCRE2_SPTR)s, len, start,
                                           PCRE2_NO_UTF_CHECK | (ask ? PCRE2_ANCHORED : 0), m->md, m->ctx);
    return rc > 0;
}

bool kr_re_find_upto(const kr_re *re, const char *s, size_t len, size_t start, size_t limit,
                     kr_match *m)
{
    if (start > len || start > limit) return false;
    pcre2_set_offset_limit(m->ctx, limit);
    int rc = re->jit ? pcre2_jit_match(re->code, (PCRE2_SPTR)s, len, start, 0, m->md, m->ctx)
                     : pcre2_match(re->code, (PCRE2_SPTR)s, len, start, PCRE2_NO_UTF_CHECK, m->md, m->ctx);
    /* the first match is the leftmost: one past the limit means none before it, whether or not
     * the limit was applied */
    if (rc > 0 || rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT)
        return rc > 0 && m->ov[0] <= limit;
    /* a PCRE2 that cannot limit the start offset (an old JIT): the same answer, found slower */
    return kr_re_find(re, s, len, start, m, false) && m->ov[0] <= limit;
}
