/* Text layer: decodes the input, cuts page furniture, links footnotes, repairs line breaks, and
 * builds the clean text the matchers see together with a map back to the original bytes. */
#ifndef KR_TEXT_H
#define KR_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "kamerref.h"
#include "util.h"

typedef struct kr_footnote {
    int number;
    int paren;           /* numbered "1)" rather than "1" */
    size_t marker_orig;  /* original byte offset of the marker, SIZE_MAX if none */
    size_t clean_start;  /* the footnote's text in the clean text */
    size_t clean_end;
} kr_footnote;

/* The clean text maps back to the original in spans: in a span, clean byte c + k comes from
 * original byte o + k, or in a fixed span (a character written in other bytes than it was read,
 * a line break put between joined lines) every byte comes from o. */
typedef struct kr_span {
    size_t c, o;
    bool fixed;
} kr_span;

typedef struct kr_text {
    const char *orig; /* borrowed: the original bytes */
    size_t orig_len;
    char *clean; /* NUL-terminated */
    size_t len;
    kr_span *spans;  /* by c; the first starts at 0 (see kr_text_orig) */
    size_t n_spans;
    size_t body_end; /* clean[0, body_end) is running text; footnote texts follow */
    kr_vec footnotes; /* kr_footnote */
    kr_vec warnings;  /* kr_warning, messages owned */
    size_t *line_starts; /* original byte offset of each line */
    size_t n_lines;
    char *self_id;      /* identity stated by the text itself, or NULL */
    char *year;         /* parliamentary year "2024-2025" from the document's own furniture */
    char *date;         /* first full date in the opening, ISO */
} kr_text;

/* Builds the text layer for orig[0..len), which must be followed by a '\0' (orig[len]): a text
 * with nothing to decode is read in place, and the line scans rely on that terminator as they
 * do on the decoded copy's. Returns 0, KR_ENOMEM, or KR_ENOTTEXT for binary input. On failure
 * *t is left freed. */
int kr_text_build(kr_text *t, const char *orig, size_t len);
void kr_text_free(kr_text *t);

/* The original byte offset of clean byte i (the original's length for i >= len). */
size_t kr_text_orig(const kr_text *t, size_t i);

/* The first clean offset before `end` whose original offset is at least orig_off, or `end`. */
size_t kr_text_clean_from(const kr_text *t, size_t orig_off, size_t end);

/* 1-based line and column (in code points) of an original byte offset. */
void kr_text_linecol(const kr_text *t, size_t orig_off, size_t *line, size_t *col);

/* The same for increasing offsets: a cursor remembers where the last call stopped, so that a
 * whole document's positions cost one pass even when it is one long line. */
typedef struct kr_linecol_cursor {
    size_t off, line, col;
} kr_linecol_cursor;
void kr_text_linecol_next(const kr_text *t, kr_linecol_cursor *cur, size_t orig_off, size_t *line,
                          size_t *col);

/* Index of the footnote whose text contains clean position pos, or -1. */
int kr_text_footnote_at(const kr_text *t, size_t pos);

#endif
