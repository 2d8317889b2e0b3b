/* Text layer: decodes the input, cuts page furniture, links footnotes, repairs line breaks, and
 * builds the clean text the matchers see together with a map back to the original bytes. */
#ifndef KR_TEXT_H
#define KR_TEXT_H

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

typedef struct kr_text {
    const char *orig; /* borrowed: the original bytes */
    size_t orig_len;
    char *clean; /* NUL-terminated */
    size_t len;
    size_t *map;     /* len + 1 entries: clean byte -> original byte */
    size_t body_end; /* clean[0, body_end) is running text; footnote texts follow */
    kr_vec footnotes; /* kr_footnote */
    kr_vec warnings;  /* kr_warning, messages owned */
    size_t *line_starts; /* original byte offset of each line */
    size_t n_lines;
    char *self_id;      /* identity stated by the text itself, or NULL */
    char *year;         /* parliamentary year "2024-2025" from the document's own furniture */
    char *date;         /* first full date in the opening, ISO */
} kr_text;

/* Builds the text layer for orig[0..len). Returns 0, KR_ENOMEM, or KR_ENOTTEXT for binary
 * input. On failure *t is left freed. */
int kr_text_build(kr_text *t, const char *orig, size_t len);
void kr_text_free(kr_text *t);

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
