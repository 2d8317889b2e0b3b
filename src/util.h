/* Shared private helpers: growable buffers, string helpers, error recording. */
#ifndef KR_UTIL_H
#define KR_UTIL_H

#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "kamerref.h"

/* Growable byte buffer. Always NUL-terminated once anything was appended. */
typedef struct kr_buf {
    char *data;
    size_t len, cap;
    int err; /* KR_ENOMEM once an append failed; later appends are dropped */
} kr_buf;

int kr_buf_reserve(kr_buf *b, size_t extra);
/* The appends are inline: most of them fit and cost a compare and a copy. */
static inline int kr_buf_append(kr_buf *b, const char *s, size_t n)
{
    if (b->err || b->len + n + 1 > b->cap) {
        int rc = kr_buf_reserve(b, n);
        if (rc) return rc;
    }
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}
static inline int kr_buf_puts(kr_buf *b, const char *s) { return kr_buf_append(b, s, strlen(s)); }
static inline int kr_buf_putc(kr_buf *b, char c)
{
    if (b->err || b->len + 2 > b->cap) {
        int rc = kr_buf_reserve(b, 1);
        if (rc) return rc;
    }
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}
int kr_buf_printf(kr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends v in decimal (what kr_buf_printf "%zu" writes, without its cost on millions of records). */
int kr_buf_putu(kr_buf *b, size_t v);
/* v in decimal (what "%lld" writes) in buf, which it returns a pointer into. */
char *kr_decimal(char buf[static 24], long long v);
/* v as printf's "%.*g" writes it with precision prec (under the C locale), into buf: returns buf.
 * Exact, and several times faster for precisions up to 12 (else printf itself). */
char *kr_format_g(char buf[static 40], double v, int prec);
/* Hands the buffer's storage to the caller (never NULL on success: "" for an empty buffer). */
char *kr_buf_steal(kr_buf *b);
void kr_buf_free(kr_buf *b);

/* Growable array of elements of a fixed size. */
typedef struct kr_vec {
    void *data;
    size_t len, cap, size;
} kr_vec;

void kr_vec_init(kr_vec *v, size_t elem_size);
/* Doubles the room of a full vector: 0, or KR_ENOMEM. */
int kr_vec_grow(kr_vec *v);
/* Appends one zeroed element and returns a pointer to it, or NULL when out of memory. */
static inline void *kr_vec_push(kr_vec *v)
{
    if (v->len == v->cap && kr_vec_grow(v)) return NULL;
    void *e = (char *)v->data + v->len++ * v->size;
    memset(e, 0, v->size);
    return e;
}
/* Appends one element left as it is, for a caller that sets all of it; NULL when out of memory. */
static inline void *kr_vec_push_raw(kr_vec *v)
{
    if (v->len == v->cap && kr_vec_grow(v)) return NULL;
    return (char *)v->data + v->len++ * v->size;
}
void kr_vec_free(kr_vec *v);
#define KR_VEC_AT(v, type, i) (((type *)(v)->data)[i])

/* Memory a thread keeps from one document to the next (buffers that would otherwise be allocated
 * and freed for every document). Declare one per use as
 *     static kr_tls tls = {.size = sizeof(struct scratch), .release = release_scratch};
 * kr_tls_get() returns the calling thread's block, zeroed at first use (NULL when out of memory);
 * release() frees what the block holds (not the block) when the thread ends. */
typedef struct kr_tls {
    size_t size;
    void (*release)(void *block);
    int ready; /* the key exists */
    pthread_key_t key;
} kr_tls;
void *kr_tls_get(kr_tls *t);

/* Records the message for kr_last_error() and returns `code`. */
int kr_fail(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

char *kr_strndup(const char *s, size_t n);
/* The positions of two bytes (line breaks, mostly) in a text, in order: found 64 bytes at a time
 * as a bit mask, which beats a call of memchr per line. Set w, n, a and b, the rest 0. */
typedef struct kr_breaks {
    const char *w;
    size_t n;
    size_t next; /* where the next block starts */
    size_t at;   /* where the block of mask starts */
    uint64_t mask;
    char a, b;
} kr_breaks;

/* An order of ids for those that share a place (the numbers of a range): a missing one first,
 * then by length ("kst-…-99" before "kst-…-100"), then bytewise. */
static inline int kr_cmp_ids(const char *a, const char *b)
{
    if (!a || !b) return (a != NULL) - (b != NULL);
    size_t la = strlen(a), lb = strlen(b);
    return la != lb ? (la < lb ? -1 : 1) : strcmp(a, b);
}

/* A literal word with its length, for the word lists the matchers test text against. */
typedef struct kr_lit {
    const char *s;
    size_t n;
} kr_lit;
#define KR_LIT(w) {w, sizeof w - 1}
#define KR_NLIT(list) (sizeof list / sizeof *list)

/* The first occurrence of w (wl > 0 bytes) in s[0, n), or NULL: found through memchr on w[k],
 * which should be one of its rarer bytes (memmem's general search costs more on the short texts
 * and words here). kr_contains tells only whether there is one. */
const char *kr_find_word(const char *s, size_t n, const char *w, size_t wl, size_t k);
/* The bytes of a document's clean text that make its opening, where its heading, askers,
 * addressees and dates are read (the questions' stage and the document facts read the same). */
#define KR_OPENING 6000

/* Whether the opening s[0, n) heads a committee's list of questions and answers ("LIJST VAN
 * VRAGEN EN ANTWOORDEN", "Verslag houdende een lijst van vragen en antwoorden", a line "Lijst van
 * vragen en antwoorden"), not a text that mentions one. */
bool kr_list_of_questions(const char *s, size_t n);
static inline bool kr_contains(const char *s, size_t n, const char *w, size_t wl, size_t k)
{
    return kr_find_word(s, n, w, wl, k) != NULL;
}
/* Writes the strings that follow, up to a NULL, one after the other to buf, cut at size - 1 bytes
 * as snprintf cuts (size > 0): returns buf. */
char *kr_cat(char *buf, size_t size, ...);

/* Copies s[0..n) folding every run of whitespace to one space and trimming both ends. */
char *kr_fold_ws(const char *s, size_t n);
/* Whether s[0..n) holds ſ (U+017F) or the Kelvin sign (U+212A), which caseless PCRE2 patterns take
 * for s and k: checks on ASCII words cannot stand in for such patterns there. */
bool kr_has_odd_case(const char *s, size_t n);
/* The same into p (room for n + 1 bytes); returns the folded length. */
size_t kr_fold_ws_into(char *p, const char *s, size_t n);

/* Windows-1252's code points for bytes 0x80..0x9F (0 where the code page leaves a byte undefined). */
extern const uint16_t kr_cp1252[32];

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when the bytes there are invalid. */
size_t kr_utf8_seq_len(const unsigned char *s, size_t n);

/* The code point of the valid UTF-8 sequence of len bytes at s (len from kr_utf8_seq_len). */
static inline uint32_t kr_utf8_cp(const unsigned char *s, size_t len)
{
    if (len == 1) return s[0];
    uint32_t cp = s[0] & (0xFF >> (len + 1));
    for (size_t i = 1; i < len; i++) cp = (cp << 6) | (s[i] & 0x3F);
    return cp;
}

/* Lower-cases ASCII and the Latin-1 letters of Dutch names, in a new string. */
char *kr_lower(const char *s);
/* Byte i of s as kr_lower writes it: A-Z lowered, and the second byte of a Latin-1 capital
 * (U+00C0..U+00DE but U+00D7, C3 80..C3 9E in UTF-8) or of a Latin Extended-A capital (Ć, Č,
 * Ş, Ž, …: U+0100..U+017E, whose small letter is the next code point and has the same first
 * byte; not İ, Ŀ and Ÿ, whose small letters do not) made its small letter's. */
static inline unsigned char kr_lower_at(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') return (unsigned char)(c - 'A' + 'a');
    if (c < 0x80 || c > 0xBF || i == 0) return c;
    unsigned char p = (unsigned char)s[i - 1];
    if (p == 0xC3) return c <= 0x9E && c != 0x97 ? (unsigned char)(c + 0x20) : c;
    if (p != 0xC4 && p != 0xC5) return c;
    unsigned cp = (unsigned)(p & 0x1F) << 6 | (c & 0x3F);
    bool cap = (cp <= 0x137 && !(cp & 1) && cp != 0x130) || (cp >= 0x139 && cp <= 0x147 && (cp & 1) && cp != 0x13F) ||
               (cp >= 0x14A && cp <= 0x177 && !(cp & 1)) || (cp >= 0x179 && cp <= 0x17E && (cp & 1));
    return cap ? (unsigned char)(c + 1) : c;
}

#if defined(__SSE2__)
#include <emmintrin.h>
/* The bytes of v that are printable ASCII [0x20, 0x7F), all ones each (signed compares: bytes
 * from 0x80 are negative). */
static inline __m128i kr_printable16(__m128i v)
{
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
}
#endif

/* The length of "beiden " or "allen " before a party's name in the brackets after several
 * askers ("Temmink en Van Nispen (beiden SP)"), 0 when neither stands there. */
static inline size_t kr_party_all_of(const char *s, size_t n)
{
    if (n > 7 && memcmp(s, "beiden ", 7) == 0) return 7;
    if (n > 6 && memcmp(s, "allen ", 6) == 0) return 6;
    return 0;
}

static inline bool kr_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool kr_is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The next position of a or b, or n when there is none. */
static inline size_t kr_next_break(kr_breaks *br)
{
    while (!br->mask) {
        size_t i = br->next;
        if (i >= br->n) return br->n;
        uint64_t m = 0;
#if defined(__SSE2__)
        if (br->n - i >= 64) {
            const __m128i va = _mm_set1_epi8(br->a), vb = _mm_set1_epi8(br->b);
            for (int k = 0; k < 4; k++) {
                __m128i v = _mm_loadu_si128((const __m128i *)(br->w + i + 16 * k));
                unsigned bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)));
                m |= (uint64_t)bits << (16 * k);
            }
        } else
#endif
        {
            size_t e = br->n - i >= 64 ? i + 64 : br->n;
            for (size_t k = i; k < e; k++)
                if (br->w[k] == br->a || br->w[k] == br->b) m |= UINT64_C(1) << (k - i);
        }
        br->at = i;
        br->mask = m;
        br->next = i + 64;
    }
    size_t i = br->at + (size_t)__builtin_ctzll(br->mask);
    br->mask &= br->mask - 1;
    return i;
}

#endif
