/* Canonical ids: the names officielebekendmakingen gives documents (kst-32317-967, ...). */
#ifndef KR_IDS_H
#define KR_IDS_H

#include <stddef.h>

/* Normalises a dossier number as written ("32 317", "21 501-02", "35 300 XVI", "31700.VIII",
 * "36410-VI") to its id form ("32317", "21501-02", "35300-XVI", "31700-VIII", "36410-VI").
 * Returns a new string (caller frees), or NULL when s is not a dossier number. */
char *kr_dossier_norm(const char *s, size_t n);

/* Turns a parliamentary year as written ("2019/20", "2023–2024", "2022/2023") into its id form
 * ("20192020"); writes 8 characters and a NUL to out. Returns 0, or -1 when not a year pair. */
int kr_year_norm(const char *s, size_t n, char out[9]);

/* Parses a Dutch date ("4 oktober 2025") into ISO form; returns 0, or -1. */
int kr_date_norm(const char *s, size_t n, char out[11]);
/* The number (1 to 12) of the Dutch month named s[0, n), either case, or 0. */
int kr_month_of(const char *s, size_t n);

/* Slug for a name or outlet: lower-cased, spaces and slashes to '-', other punctuation
 * dropped ("Van Zanten" -> "van-zanten"). Caller frees. */
char *kr_slug(const char *s, size_t n);

#endif
