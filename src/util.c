/* Shared private helpers: growable buffers, string helpers, error recording. */
#include "util.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- errors */

static _Thread_local char last_error[512];

int kr_fail(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return code;
}

const char *kr_last_error(void) { return last_error; }

const char *kr_strerror(int code)
{
    switch (code) {
    case KR_OK: return "success";
    case KR_ENOMEM: return "out of memory";
    case KR_EIO: return "input/output error";
    case KR_EINVAL: return "invalid argument";
    case KR_ENOTTEXT: return "not a text file";
    case KR_EINTERNAL: return "internal error";
    default: return "unknown error";
    }
}

/* ---------------------------------------------------------------- per-thread scratch */

static pthread_mutex_t tls_mu = PTHREAD_MUTEX_INITIALIZER;

typedef struct tls_block {
    kr_tls *owner;
    max_align_t data[];
} tls_block;

static void tls_end(void *p)
{
    tls_block *b = p;
    if (b->owner->release) b->owner->release(b->data);
    free(b);
}

void *kr_tls_get(kr_tls *t)
{
    if (!__atomic_load_n(&t->ready, __ATOMIC_ACQUIRE)) {
        pthread_mutex_lock(&tls_mu);
        if (!t->ready && pthread_key_create(&t->key, tls_end) == 0) __atomic_store_n(&t->ready, 1, __ATOMIC_RELEASE);
        pthread_mutex_unlock(&tls_mu);
        if (!__atomic_load_n(&t->ready, __ATOMIC_ACQUIRE)) return NULL;
    }
    tls_block *b = pthread_getspecific(t->key);
    if (!b) {
        if (!(b = calloc(1, sizeof *b + t->size))) return NULL;
        b->owner = t;
        if (pthread_setspecific(t->key, b) != 0) {
            free(b);
            return NULL;
        }
    }
    return b->data;
}

/* ---------------------------------------------------------------- buffers */

int kr_buf_reserve(kr_buf *b, size_t extra)
{
    if (b->err) return b->err;
    if (b->len + extra + 1 <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) return b->err = kr_fail(KR_ENOMEM, "buffer too large");
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) return b->err = kr_fail(KR_ENOMEM, "out of memory");
    b->data = p;
    b->cap = cap;
    b->data[b->len] = '\0'; /* a reserved buffer is already a valid empty string */
    return 0;
}

int kr_buf_printf(kr_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return kr_fail(KR_EINTERNAL, "formatting failed");
    if ((size_t)n < sizeof small) return kr_buf_append(b, small, (size_t)n);
    int rc = kr_buf_reserve(b, (size_t)n);
    if (rc) return rc;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

/* u in decimal, with a minus sign when neg, ending at end (NUL-terminated there): where it starts */
static char *decimal(char *end, unsigned long long u, bool neg)
{
    *end = '\0';
    do *--end = (char)('0' + u % 10);
    while (u /= 10);
    if (neg) *--end = '-';
    return end;
}

char *kr_decimal(char buf[static 24], long long v)
{
    return decimal(buf + 23, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, v < 0);
}

/* Powers of ten, exact in a long double of 64 mantissa bits up to 10^27. */
static long double pow10l_exact(int k)
{
    long double p = 1;
    for (int i = 0; i < k; i++) p *= 10;
    return p;
}

char *kr_format_g(char buf[static 40], double v, int prec)
{
#if LDBL_MANT_DIG >= 64
    static const uint64_t p10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
                                   10000000000ULL, 100000000000ULL, 1000000000000ULL};
    if (prec >= 1 && prec <= 12 && isfinite(v)) {
        char *o = buf;
        if (signbit(v)) *o++ = '-';
        double a = fabs(v);
        if (a == 0) {
            strcpy(o, "0");
            return buf;
        }
        int x = (int)floor(log10(a)); /* the exponent, unless rounding or log10 moves it by one */
        for (int tries = 0; tries < 3; tries++) {
            int k = prec - 1 - x; /* a * 10^k has prec digits before the point */
            if (k > 27 || k < -27) break;
            long double m = k >= 0 ? (long double)a * pow10l_exact(k) : (long double)a / pow10l_exact(-k);
            long double fl = floorl(m), frac = m - fl;
            /* the product is within 2^-64 of the exact one: only a near tie could round otherwise */
            if (fabsl(frac - 0.5L) < 1e-6L) break;
            uint64_t d = (uint64_t)fl + (frac > 0.5L);
            if (d < p10[prec - 1]) { /* log10 came out one too high */
                x--;
                continue;
            }
            if (d >= p10[prec]) { /* one too low, or rounded up to the next power of ten */
                if (d == p10[prec] && (uint64_t)fl < p10[prec]) {
                    d = p10[prec - 1];
                    x++;
                } else {
                    x++;
                    continue;
                }
            }
            char dig[16];
            for (int i = prec - 1; i >= 0; i--, d /= 10) dig[i] = (char)('0' + d % 10);
            int nd = prec; /* trailing zeros go, as %g drops them */
            while (nd > 1 && dig[nd - 1] == '0') nd--;
            if (x < -4 || x >= prec) { /* d.ddde±XX */
                *o++ = dig[0];
                if (nd > 1) {
                    *o++ = '.';
                    memcpy(o, dig + 1, (size_t)nd - 1);
                    o += nd - 1;
                }
                *o++ = 'e';
                *o++ = x < 0 ? '-' : '+';
                int ax = x < 0 ? -x : x;
                if (ax >= 100) *o++ = (char)('0' + ax / 100);
                *o++ = (char)('0' + ax / 10 % 10);
                *o++ = (char)('0' + ax % 10);
            } else if (x >= 0) { /* ddd.ddd */
                int ip = x + 1;
                for (int i = 0; i < ip; i++) *o++ = i < nd ? dig[i] : '0';
                if (nd > ip) {
                    *o++ = '.';
                    memcpy(o, dig + ip, (size_t)(nd - ip));
                    o += nd - ip;
                }
            } else { /* 0.000ddd */
                *o++ = '0';
                *o++ = '.';
                for (int i = 0; i < -x - 1; i++) *o++ = '0';
                memcpy(o, dig, (size_t)nd);
                o += nd;
            }
            *o = '\0';
            return buf;
        }
    }
#endif
    snprintf(buf, 40, "%.*g", prec, v);
    return buf;
}

int kr_buf_putu(kr_buf *b, size_t v)
{
    char tmp[24];
    const char *p = decimal(tmp + 23, v, false);
    return kr_buf_append(b, p, (size_t)(tmp + 23 - p));
}

char *kr_buf_steal(kr_buf *b)
{
    char *p = b->data;
    if (!p) p = calloc(1, 1);
    b->data = NULL;
    b->len = b->cap = 0;
    b->err = 0;
    return p;
}

void kr_buf_free(kr_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->err = 0;
}

void kr_vec_init(kr_vec *v, size_t elem_size)
{
    v->data = NULL;
    v->len = v->cap = 0;
    v->size = elem_size;
}

int kr_vec_grow(kr_vec *v)
{
    size_t cap = v->cap ? v->cap * 2 : 16;
    void *p = v->size && cap <= SIZE_MAX / 2 / v->size ? realloc(v->data, cap * v->size) : NULL;
    if (!p) return KR_ENOMEM;
    v->data = p;
    v->cap = cap;
    return 0;
}

void kr_vec_free(kr_vec *v)
{
    free(v->data);
    v->data = NULL;
    v->len = v->cap = 0;
}

/* ---------------------------------------------------------------- strings */

char *kr_cat(char *buf, size_t size, ...)
{
    va_list ap;
    va_start(ap, size);
    size_t len = 0;
    for (const char *p; (p = va_arg(ap, const char *)) && len + 1 < size;) {
        size_t n = strlen(p);
        if (n > size - 1 - len) n = size - 1 - len;
        memcpy(buf + len, p, n);
        len += n;
    }
    va_end(ap);
    buf[len] = '\0';
    return buf;
}

const char *kr_find_word(const char *s, size_t n, const char *w, size_t wl, size_t k)
{
    if (wl > n) return NULL;
    const char *end = s + n - (wl - 1 - k); /* where w[k] can stand */
    for (const char *p = s + k; p < end && (p = memchr(p, w[k], (size_t)(end - p))); p++)
        if (memcmp(p - k, w, wl) == 0) return p - k;
    return NULL;
}

char *kr_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

bool kr_has_odd_case(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, 0xC5, (size_t)(s + n - p))) && p + 1 < s + n; p++)
        if ((unsigned char)p[1] == 0xBF) return true;
    for (const char *p = s; (p = memchr(p, 0xE2, (size_t)(s + n - p))) && p + 2 < s + n; p++)
        if ((unsigned char)p[1] == 0x84 && (unsigned char)p[2] == 0xAA) return true;
    return false;
}

char *kr_fold_ws(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) kr_fold_ws_into(p, s, n);
    return p;
}

/* A bit (the top one) per byte of x that is white space as kr_is_space() has it: tab to carriage
 * return, or a space. Carry-free (on the low seven bits), so every byte is flagged exactly. */
static inline uint64_t ws8(uint64_t x)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), high = ones * 0x80, y = x & ones * 0x7F;
    uint64_t ctl = (ones * (0x80 + '\r') - y) & (y + ones * (0x80 - '\t')); /* '\t' <= y <= '\r' */
    uint64_t z = y ^ ones * ' ';
    uint64_t space = ~((z + ones * 0x7F) | z); /* y == ' ' */
    return (ctl | space) & ~x & high;
}

#if defined(__SSE2__)
/* The same for sixteen bytes, a whole byte each (signed compares: bytes from 0x80 are negative). */
static inline __m128i ws16(__m128i v)
{
    __m128i ctl = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('\r' + 1)));
    return _mm_or_si128(ctl, _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
}
#endif

size_t kr_fold_ws_into(char *p, const char *s, size_t n)
{
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; i < n; i++) {
        /* Sixteen (or eight) bytes at a time up to a white space byte that the next one is white
         * space too: a single one between two words becomes a space, which folding makes of it */
#if defined(__SSE2__)
        while (n - i >= 17) {
            __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
            __m128i vws = ws16(v);
            unsigned ws = (unsigned)_mm_movemask_epi8(vws);
            unsigned stop = ws & (unsigned)_mm_movemask_epi8(ws16(_mm_loadu_si128((const __m128i *)(s + i + 1))));
            if (pending || o == 0) stop |= ws & 1; /* white space before the block, or at the start */
            size_t k = stop ? (size_t)__builtin_ctz(stop) : 16;
            if (k == 0) break;
            if (pending) p[o++] = ' ';
            pending = false;
            v = _mm_or_si128(_mm_andnot_si128(vws, v), _mm_and_si128(vws, _mm_set1_epi8(' ')));
            _mm_storeu_si128((__m128i *)(p + o), v);
            o += k;
            i += k;
        }
#endif
        while (n - i >= 9) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            uint64_t ws = ws8(x), next = ws >> 8 | (uint64_t)kr_is_space((unsigned char)s[i + 8]) << 63;
            uint64_t stop = ws & next;
            if (pending || o == 0) stop |= ws & 0x80; /* white space before the block, or at the start */
            size_t k = stop ? (size_t)__builtin_ctzll(stop) / 8 : 8;
            if (k == 0) break;
            if (pending) p[o++] = ' ';
            pending = false;
            uint64_t full = (ws >> 7) * 0xFF; /* the white space bytes, whole */
            x = (x & ~full) | (full & UINT64_C(0x2020202020202020));
            memcpy(p + o, &x, 8);
            o += k;
            i += k;
        }
        if (i == n) break;
        unsigned char c = (unsigned char)s[i];
        if (kr_is_space(c)) {
            pending = o > 0;
            continue;
        }
        if (pending) p[o++] = ' ';
        pending = false;
        p[o++] = (char)c;
    }
    p[o] = '\0';
    return o;
}

const uint16_t kr_cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

size_t kr_utf8_seq_len(const unsigned char *s, size_t n)
{
    if (n == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) return 1;
    size_t len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len) return 0;
    unsigned cp = c & (0xFF >> (len + 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

char *kr_lower(const char *s)
{
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (!p) return NULL;
    for (size_t i = 0; i <= n; i++) p[i] = (char)kr_lower_at(s, i);
    return p;
}

bool kr_list_of_questions(const char *s, size_t n)
{
    /* each looked for by a rare byte of it (J, L); the heading in lower case stands at the top */
    size_t top = n < 1000 ? n : 1000;
    return kr_contains(s, n, "LIJST VAN VRAGEN", 16, 2) || kr_contains(s, top, "houdende een lijst van vragen", 29, 15) ||
           kr_contains(s, top, "\nLijst van vragen en antwoorden", 31, 1) ||
           (n >= 30 && memcmp(s, "Lijst van vragen en antwoorden", 30) == 0);
}
