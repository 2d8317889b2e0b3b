/* Canonical ids: the names officielebekendmakingen gives documents (kst-32317-967, ...). */
#include "ids.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util.h"

static bool en_dash_at(const char *s, size_t n, size_t i)
{
    return n - i >= 3 && memcmp(s + i, "\xE2\x80\x93", 3) == 0;
}

char *kr_dossier_norm(const char *s, size_t n)
{
    /* the id is no longer than s and one hyphen: only the first sub-dossier part may follow the
     * main number without a separator ("36200XVI") */
    char *out = malloc(n + 2), *o = out;
    if (!out) return NULL;
    size_t i = 0, digits = 0;
    /* The main number: five digits, possibly written "32 317". */
    /* white space as a space: a line may break in a number ("36\n410") */
    while (i < n && (kr_is_digit((unsigned char)s[i]) || (kr_is_space((unsigned char)s[i]) && digits == 2))) {
        if (!kr_is_space((unsigned char)s[i])) {
            *o++ = s[i];
            digits++;
        }
        i++;
    }
    if (digits < 4 || digits > 6) {
        free(out);
        return NULL;
    }
    /* The rest: sub-dossier parts separated by space, hyphen or dot. */
    while (i < n) {
        /* separators: white space, '-', '.' and an en dash ("21501–02") */
        while (i < n && (kr_is_space((unsigned char)s[i]) || s[i] == '-' || s[i] == '.' || en_dash_at(s, n, i)))
            i += en_dash_at(s, n, i) ? 3 : 1;
        if (i >= n) break;
        if (s[i] == '(') { /* a Kingdom act's number, "(R2064)", is no part of the id */
            const char *close = memchr(s + i, ')', n - i);
            i = close ? (size_t)(close - s) + 1 : n;
            continue;
        }
        size_t st = i;
        while (i < n && !kr_is_space((unsigned char)s[i]) && s[i] != '-' && s[i] != '.' && s[i] != '(' && !en_dash_at(s, n, i))
            i++;
        *o++ = '-';
        memcpy(o, s + st, i - st);
        o += i - st;
    }
    *o = '\0';
    return out;
}

int kr_year_norm(const char *s, size_t n, char out[9])
{
    size_t i = 0;
    char a[5] = {0}, b[5] = {0};
    size_t na = 0, nb = 0;
    while (i < n && kr_is_digit((unsigned char)s[i]) && na < 4) a[na++] = s[i++];
    if (na != 4) return -1;
    while (i < n && !kr_is_digit((unsigned char)s[i])) i++;
    while (i < n && kr_is_digit((unsigned char)s[i]) && nb < 4) b[nb++] = s[i++];
    if (nb == 2) {
        b[3] = b[1];
        b[2] = b[0];
        b[0] = a[0];
        b[1] = a[1];
        /* 1999/00 */
        if (a[2] == '9' && a[3] == '9' && b[2] == '0' && b[3] == '0') {
            int century = (a[0] - '0') * 10 + (a[1] - '0') + 1;
            b[0] = (char)('0' + century / 10);
            b[1] = (char)('0' + century % 10);
        }
    } else if (nb != 4) {
        return -1;
    }
    memcpy(out, a, 4);
    memcpy(out + 4, b, 4);
    out[8] = '\0';
    return 0;
}

static const char *const months[] = {"januari", "februari", "maart",     "april",
                                     "mei",     "juni",     "juli",      "augustus",
                                     "september", "oktober", "november", "december"};

int kr_month_of(const char *s, size_t n)
{
    for (int m = 0; m < 12; m++) {
        size_t ml = strlen(months[m]);
        if (n == ml && strncasecmp(s, months[m], ml) == 0) return m + 1;
    }
    return 0;
}

/* "YYYY-MM-DD" into out[11] */
static void write_iso(char out[11], int year, int month, int day)
{
    const int parts[3] = {year, month, day}, widths[3] = {4, 2, 2};
    size_t o = 0;
    for (int p = 0; p < 3; p++) {
        if (p) out[o++] = '-';
        for (int k = widths[p] - 1, v = parts[p]; k >= 0; k--, v /= 10) out[o + (size_t)k] = (char)('0' + v % 10);
        o += (size_t)widths[p];
    }
    out[o] = '\0';
}

int kr_date_norm(const char *s, size_t n, char out[11])
{
    size_t i = 0;
    int day = 0, year = 0, month = 0;
    while (i < n && kr_is_digit((unsigned char)s[i])) day = day * 10 + (s[i++] - '0');
    if (i < n && (s[i] == '-' || s[i] == '.') && i + 1 < n && kr_is_digit((unsigned char)s[i + 1])) {
        /* in figures: "12-03-2024", "12.03.2024" */
        char sep = s[i++];
        while (i < n && kr_is_digit((unsigned char)s[i])) month = month * 10 + (s[i++] - '0');
        if (i >= n || s[i] != sep || month < 1 || month > 12) return -1;
        i++;
        size_t yd = 0;
        while (i < n && kr_is_digit((unsigned char)s[i]) && yd < 5) year = year * 10 + (s[i++] - '0'), yd++;
        if (yd != 4 || day < 1 || day > 31) return -1;
        write_iso(out, year, month, day);
        return 0;
    }
    while (i < n && kr_is_space((unsigned char)s[i])) i++;
    size_t st = i;
    while (i < n && !kr_is_space((unsigned char)s[i]) && s[i] != ',' && !kr_is_digit((unsigned char)s[i])) i++;
    month = kr_month_of(s + st, i - st); /* "18 november2024": the year may follow without a space */
    if (i < n && s[i] == ',') i++; /* "27 september, 2023" */
    while (i < n && kr_is_space((unsigned char)s[i])) i++;
    size_t yd = 0;
    while (i < n && kr_is_digit((unsigned char)s[i])) {
        year = year * 10 + (s[i++] - '0');
        yd++;
    }
    if (!month || day < 1 || day > 31 || yd != 4 || year > 9999) return -1;
    write_iso(out, year, month, day);
    return 0;
}

char *kr_slug(const char *s, size_t n)
{
    /* one pass: lower-cased as kr_lower does (ASCII and the Latin-1 capitals), separators made
     * one hyphen between words, other ASCII punctuation dropped; never longer than s */
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t o = 0;
    bool dash = false;
    for (size_t i = 0; i < n && s[i]; i++) {
        unsigned char c = kr_lower_at(s, i);
        if (c == ' ' || c == '/' || c == '-' || c == '\n' || c == '\t') {
            dash = o > 0;
            continue;
        }
        if (c < 0x80 && !(c >= 'a' && c <= 'z') && !kr_is_digit(c) && c != '\'') continue;
        if (dash) out[o++] = '-';
        dash = false;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    return out;
}
