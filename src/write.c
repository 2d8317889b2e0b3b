/* Shared output helpers: one cleaning step for every string a writer emits, JSON and CSV
 * quoting, and one atomic file write (temporary file, fsync, rename). */
#include "write.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The cleaned form of the character at s[i] (n bytes in all): sets *piece and *pl to the bytes
 * to emit and returns how many input bytes it covers. Invalid UTF-8 and non-characters become
 * U+FFFD; C0 and C1 controls (tabs and line breaks too, unless keep_newlines) become spaces. */
static size_t clean_piece(const char *s, size_t n, size_t i, int keep_newlines, const char **piece,
                          size_t *pl)
{
    size_t l = kr_utf8_seq_len((const unsigned char *)s + i, n - i);
    unsigned char c = (unsigned char)s[i];
    *piece = s + i;
    *pl = l;
    if (l == 0) {
        *piece = "\xEF\xBF\xBD";
        *pl = 3;
        return 1;
    }
    if (c == '\n' && keep_newlines) return l;
    if (c < 0x20 || c == 0x7F || (l == 2 && c == 0xC2 && (unsigned char)s[i + 1] < 0xA0)) {
        *piece = " ";
        *pl = 1;
    } else if (l == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
               ((unsigned char)s[i + 2] == 0xBE || (unsigned char)s[i + 2] == 0xBF)) {
        *piece = "\xEF\xBF\xBD"; /* U+FFFE, U+FFFF are not characters */
        *pl = 3;
    }
    return l;
}

#if defined(__SSE2__)
/* A bit per byte of the sixteen at p that is printable ASCII [0x20, 0x7F) other than e1, e2 and
 * e3 (signed compares: bytes from 0x80 are negative). */
static inline unsigned printable16(const char *p, char e1, char e2, char e3)
{
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i ok = kr_printable16(v);
    __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(e1)), _mm_cmpeq_epi8(v, _mm_set1_epi8(e2))),
                               _mm_cmpeq_epi8(v, _mm_set1_epi8(e3)));
    return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(bad, ok));
}
#endif

/* The end of the run from i of characters that clean_piece keeps as they are. */
static size_t clean_run(const char *s, size_t n, size_t i, int keep_newlines)
{
#if defined(__SSE2__)
    while (i < n && n - i >= 16 && printable16(s + i, 0, 0, 0) == 0xFFFF) i += 16; /* NUL is no exception */
#endif
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 0x20 && c < 0x7F) || (c == '\n' && keep_newlines)) {
            i++;
            continue;
        }
        if (c < 0x80) break;
        size_t l = kr_utf8_seq_len((const unsigned char *)s + i, n - i);
        if (l == 0 || (l == 2 && c == 0xC2 && (unsigned char)s[i + 1] < 0xA0) ||
            (l == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
             ((unsigned char)s[i + 2] == 0xBE || (unsigned char)s[i + 2] == 0xBF)))
            break;
        i += l;
    }
    return i;
}

bool kr_is_clean(const char *s, size_t cap)
{
    size_t n = strlen(s);
    return (!cap || n <= cap - 3) && clean_run(s, n, 0, 0) == n;
}

char *kr_clean(const char *s, size_t cap, int keep_newlines)
{
    if (!s) return NULL;
    size_t n = strlen(s);
    kr_buf b = {0};
    kr_buf_reserve(&b, n < 4096 ? n : 4096);
    for (size_t i = 0; i < n;) {
        /* a run kept as it is goes in one piece, as far as the cap leaves room (a character cut
         * by that limit ends the run, and is then looked at alone) */
        size_t room = cap ? (b.len < cap - 3 ? cap - 3 - b.len : 0) : n - i;
        size_t j = clean_run(s, room < n - i ? i + room : n, i, keep_newlines);
        if (j > i) {
            kr_buf_append(&b, s + i, j - i);
            i = j;
            continue;
        }
        const char *piece;
        size_t pl;
        size_t l = clean_piece(s, n, i, keep_newlines, &piece, &pl);
        if (cap && b.len + pl > cap - 3) {
            kr_buf_puts(&b, "…");
            break;
        }
        kr_buf_append(&b, piece, pl);
        i += l;
    }
    if (b.err) {
        kr_buf_free(&b);
        return NULL;
    }
    return kr_buf_steal(&b);
}

void kr_tsv_str(kr_buf *b, const char *s)
{
    if (!s) return;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t j = clean_run(s, n, i, 0);
        kr_buf_append(b, s + i, j - i);
        if ((i = j) == n) break;
        const char *piece;
        size_t pl;
        i += clean_piece(s, n, i, 0, &piece, &pl);
        kr_buf_append(b, piece, pl);
    }
}

void kr_json_str(kr_buf *b, const char *s)
{
    if (!s) {
        kr_buf_puts(b, "null");
        return;
    }
    kr_buf_putc(b, '"');
    size_t n = strlen(s), run = 0; /* s[run..i) needs no escape: it is copied in one piece */
    for (size_t i = 0; i < n;) {
#if defined(__SSE2__)
        if (n - i >= 16) {
            unsigned m = printable16(s + i, '"', '\\', '<');
            if (m == 0xFFFF) {
                i += 16;
                continue;
            }
            i += (size_t)__builtin_ctz(~m);
        }
#endif
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<') {
            i++;
            continue;
        }
        size_t l = c < 0x80 ? 1 : kr_utf8_seq_len((const unsigned char *)s + i, n - i);
        bool separator = l == 3 && c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                         ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9);
        if (l > 1 && !separator) {
            i += l;
            continue;
        }
        kr_buf_append(b, s + run, i - run);
        if (l == 0) {
            kr_buf_puts(b, "\\ufffd");
            l = 1;
        } else if (c == '"') kr_buf_puts(b, "\\\"");
        else if (c == '\\') kr_buf_puts(b, "\\\\");
        else if (c == '\n') kr_buf_puts(b, "\\n");
        else if (c == '\t') kr_buf_puts(b, "\\t");
        else if (c == '\r') kr_buf_puts(b, "\\r");
        else if (c < 0x20 || c == 0x7F) kr_buf_printf(b, "\\u%04x", c);
        else if (c == '<') kr_buf_puts(b, "\\u003c"); /* safe inside an HTML <script> too */
        else kr_buf_printf(b, "\\u%04x", (unsigned char)s[i + 2] == 0xA8 ? 0x2028 : 0x2029);
        i += l;
        run = i;
    }
    kr_buf_append(b, s + run, n - run);
    kr_buf_putc(b, '"');
}

void kr_csv_str(kr_buf *b, const char *s)
{
    kr_buf_putc(b, '"');
    if (s) {
        char *c = kr_clean(s, 0, 0);
        for (const char *p = c ? c : ""; *p; p++) {
            if (*p == '"') kr_buf_putc(b, '"');
            kr_buf_putc(b, *p);
        }
        free(c);
    }
    kr_buf_putc(b, '"');
}

int kr_atomic_begin(kr_atomic *a, const char *path)
{
    memset(a, 0, sizeof *a);
    if (asprintf(&a->tmp, "%s.tmp.XXXXXX", path) < 0) return kr_fail(KR_ENOMEM, "out of memory");
    a->path = strdup(path);
    if (!a->path) {
        free(a->tmp);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    int fd = mkstemp(a->tmp);
    if (fd < 0) {
        int e = errno;
        free(a->tmp);
        free(a->path);
        a->tmp = a->path = NULL;
        return kr_fail(KR_EIO, "%s: %s", path, strerror(e));
    }
    fchmod(fd, 0644);
    a->f = fdopen(fd, "wb");
    if (!a->f) {
        int e = errno;
        close(fd);
        unlink(a->tmp);
        free(a->tmp);
        free(a->path);
        a->tmp = a->path = NULL;
        return kr_fail(KR_EIO, "%s: %s", path, strerror(e));
    }
    return 0;
}

void kr_atomic_abort(kr_atomic *a)
{
    if (a->f) fclose(a->f);
    if (a->tmp) unlink(a->tmp);
    free(a->tmp);
    free(a->path);
    memset(a, 0, sizeof *a);
}

int kr_atomic_commit(kr_atomic *a)
{
    int e = 0;
    if (fflush(a->f) != 0 || ferror(a->f)) e = errno ? errno : EIO;
    if (!e && fsync(fileno(a->f)) != 0) e = errno;
    if (fclose(a->f) != 0 && !e) e = errno ? errno : EIO;
    a->f = NULL;
    if (!e && rename(a->tmp, a->path) != 0) e = errno;
    if (e) {
        kr_fail(KR_EIO, "%s: %s", a->path, strerror(e));
        kr_atomic_abort(a);
        return KR_EIO;
    }
    free(a->tmp);
    free(a->path);
    memset(a, 0, sizeof *a);
    return 0;
}
