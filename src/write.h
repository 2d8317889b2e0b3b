/* Shared output helpers: one cleaning step for every string a writer emits, JSON and CSV
 * quoting, and one atomic file write (temporary file, fsync, rename). */
#ifndef KR_WRITE_H
#define KR_WRITE_H

#include <stdbool.h>
#include <stdio.h>

#include "util.h"

/* A copy of s that is valid UTF-8 (bad bytes become U+FFFD), holds no control characters
 * (they become spaces; so do tabs and line breaks unless keep_newlines), and is at most `cap`
 * bytes long, cut at a character boundary and ending in "…" when cut (cap 0: no limit).
 * Caller frees; NULL when out of memory. */
char *kr_clean(const char *s, size_t cap, int keep_newlines);
/* Whether kr_clean(s, cap, 0) would return s unchanged (writers then skip the copy). */
bool kr_is_clean(const char *s, size_t cap);

/* Appends s as a JSON string (null for NULL). */
void kr_json_str(kr_buf *b, const char *s);

/* Appends s cleaned as by kr_clean (no tabs or line breaks), as a TSV field; nothing for NULL. */
void kr_tsv_str(kr_buf *b, const char *s);

/* Appends s as a CSV field, always quoted. */
void kr_csv_str(kr_buf *b, const char *s);

/* A file being written under a temporary name next to its final path. */
typedef struct kr_atomic {
    FILE *f;
    char *tmp;
    char *path;
} kr_atomic;

int kr_atomic_begin(kr_atomic *a, const char *path);
/* Flushes, syncs and renames into place; on any failure removes the temporary file, leaves the
 * old file untouched, and returns KR_EIO with "PATH: reason" recorded. */
int kr_atomic_commit(kr_atomic *a);
void kr_atomic_abort(kr_atomic *a);

#endif
