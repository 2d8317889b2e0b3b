/* Shared helpers for the cmocka tests: parse a string, look references up. */
#ifndef KR_TEST_HELPERS_H
#define KR_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "kamerref.h"

static inline kr_doc *parse_named(const char *name, const char *s)
{
    kr_doc *d = NULL;
    int rc = kr_doc_parse(&d, name, s, strlen(s));
    if (rc) fprintf(stderr, "parse failed: %s\n", kr_last_error());
    assert_int_equal(rc, 0);
    return d;
}

static inline kr_doc *parse(const char *s) { return parse_named("test.txt", s); }

/* The only reference of a document, checked to be the only one. */
static inline const kr_ref *only_ref(const kr_doc *d)
{
    if (kr_doc_ref_count(d) != 1)
        for (size_t i = 0; i < kr_doc_ref_count(d); i++)
            fprintf(stderr, "  ref %zu: %s %s «%s»\n", i, kr_kind_name(kr_doc_ref(d, i)->kind),
                    kr_doc_ref(d, i)->target ? kr_doc_ref(d, i)->target : "(null)", kr_doc_ref(d, i)->text);
    assert_int_equal(kr_doc_ref_count(d), 1);
    return kr_doc_ref(d, 0);
}

/* Asserts that text s holds exactly one reference, of `kind` with `target`. */
static inline void expect_one(const char *s, kr_kind kind, const char *target)
{
    kr_doc *d = parse(s);
    const kr_ref *r = only_ref(d);
    assert_string_equal(kr_kind_name(r->kind), kr_kind_name(kind));
    if (target) assert_non_null(r->target);
    if (target) assert_string_equal(r->target, target);
    else assert_null(r->target);
    kr_doc_free(d);
}

static inline void expect_none(const char *s)
{
    kr_doc *d = parse(s);
    if (kr_doc_ref_count(d)) only_ref(d);
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
}

#endif
