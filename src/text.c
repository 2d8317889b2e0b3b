/* Text layer: decodes the input, cuts page furniture, links footnotes, repairs line breaks, and
 * builds the clean text the matchers see together with a map back to the original bytes.
 *
 * The input is PDF- or DOCX-extracted text. Pages end in running footers ("Tweede Kamer,
 * vergaderjaar 2025–2026, 32 317, nr. 974 5"), id lines, ISSN lines and page numbers; footnote
 * texts stand at page ends or at the end, numbered "1 text", "1) text", or with the number on a
 * line of its own; words and URLs break across lines. Everything here works line by line on the
 * decoded text, then emits the clean text in one pass, recording for every clean byte the
 * original byte it came from. */
#include "text.h"

#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ids.h"
#include "re.h"

/* ---------------------------------------------------------------- patterns */

enum { P_IDLINE, P_IDLINE_SPACED, P_ISSN, P_GRAV, P_AHFOOT, P_KSTFOOT, P_MDBREAK, P_FNSTART, P_YEAR, P_DATE, P_COUNT };

static kr_re patterns[] = {
    [P_IDLINE] = {"^(?:kst-\\d{5}(?:-[0-9A-Z]{1,5})?-(?:\\d{1,5}|[A-Z]{1,3})|h-(?:tk|ek)-\\d{8}-\\d{1,4}(?:-\\d{1,4})?"
                  "|ah-(?:tk|ek)-\\d{8}-\\d{1,5}|(?:blg|stb|stcrt)-\\d+(?:-\\d+)*)$",
                  0, NULL, false},
    /* an id line whose hyphens an extraction made spaces, its "a" lost too ("h tk 20232024 387") */
    [P_IDLINE_SPACED] = {"^(?:a?h (?:tk|ek) \\d{8} \\d{1,5}(?: \\d{1,4})?|kst \\d{5}(?: [0-9A-Z]{1,5})? (?:\\d{1,5}|[A-Z]{1,3}))$",
                         0, NULL, false},
    [P_ISSN] = {"^ISSN\\s+\\d{4}\\s*-\\s*\\d{3}[\\dXx]$", 0, NULL, false},
    [P_GRAV] = {"^['’]s-Gravenhage\\s+\\d{4}$", 0, NULL, false},
    [P_AHFOOT] = {"^(?:Tweede|Eerste) Kamer, vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4}, "
                  "Aanhangsel(?:\\s+\\d{1,3})?$",
                  0, NULL, false},
    /* a paper filed under two dossiers is named by the first: "…, 31 765 en 29 689, nr. 400 2" */
    [P_KSTFOOT] = {"^(?:Tweede|Eerste) Kamer, vergaderjaar \\d{4}\\s?[–-]\\s?\\d{4}, "
                   "(\\d{2}\\s?\\d{3}(?:[ .-](?:\\d{1,3}|[A-Z]{1,6}))?)(?: en \\d{2}\\s?\\d{3}(?:[ .-](?:\\d{1,3}|[A-Z]{1,6}))?)?, "
                   "nr\\. (\\d{1,5}|[A-Z]{1,3})"
                   "(?:\\s+(\\d{1,3}))?$",
                   0, NULL, false},
    [P_MDBREAK] = {"^-{3,}$", 0, NULL, false},
    /* a footnote's first line: "1 Tekst", "1) Tekst", "1Tekst", "[1] Tekst", "2https://…" */
    [P_FNSTART] = {"^(?|\\[(\\d{1,3})\\]()|(\\d{1,3})(\\)?))(?:\\s+\\S|(?=\\(?\\p{Lu}\\p{Ll})|(?=https?://|www\\.))", 0, NULL, false},
    [P_YEAR] = {"^(?:(?:Tweede|Eerste) Kamer, )?[Vv]ergaderjaar (\\d{4})\\s?[–-]\\s?(\\d{4})", 0, NULL, false},
    /* also glued to the word before it, as web pages print it: "Vastgesteld16 april 2010" */
    [P_DATE] = {"(?<!\\d)\\d{1,2}\\s+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                "november|december)\\s*\\d{4}\\b",
                0, NULL, false},
    {NULL, 0, NULL, false},
};

static pthread_once_t patterns_once = PTHREAD_ONCE_INIT;
static int patterns_rc;

static void compile_patterns(void) { patterns_rc = kr_re_compile_table(patterns); }

/* ---------------------------------------------------------------- decoding */

/* The decoded text maps back to the original in spans: in a span, decoded byte w + k comes from
 * original byte o + k, or in a fixed span (a character written in other bytes than it was read)
 * every byte comes from o. A text that is copied as it is makes one span. */
typedef struct span {
    size_t w, o;
    bool fixed;
} span;

typedef struct decoder {
    kr_buf out;
    kr_vec spans; /* span, by w; the first starts at 0 */
} decoder;

/* Appends the n decoded bytes at p that come from original byte orig on (all from orig when
 * fixed). */
static int emit(decoder *d, const char *p, size_t n, size_t orig, bool fixed)
{
    const span *last = d->spans.len ? &KR_VEC_AT(&d->spans, span, d->spans.len - 1) : NULL;
    if (!last || fixed || last->fixed || last->o + (d->out.len - last->w) != orig) {
        span *sp = kr_vec_push(&d->spans);
        if (!sp) return KR_ENOMEM;
        *sp = (span){d->out.len, orig, fixed};
    }
    return kr_buf_append(&d->out, p, n) ? KR_ENOMEM : 0;
}

static inline int emit_byte(decoder *d, char c, size_t orig) { return emit(d, &c, 1, orig, false); }

/* The span that decoded byte k lies in. */
static size_t span_at(const span *sp, size_t n, size_t k)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (sp[mid].w <= k) lo = mid;
        else hi = mid;
    }
    return lo;
}

static size_t span_orig(const span *sp, size_t k) { return sp->fixed ? sp->o : sp->o + (k - sp->w); }

static int emit_cp(decoder *d, uint32_t cp, size_t orig)
{
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return emit(d, tmp, n, orig, n > 1);
}

/* Plain ASCII is the bulk of every document: the scans below pass it eight bytes at a time. */
#define ONES8 UINT64_C(0x0101010101010101)
#define HIGH8 UINT64_C(0x8080808080808080)

/* Whether the eight bytes at p are all printable ASCII [0x20, 0x7F) or line breaks. Each test
 * works on the low seven bits of every byte, so no carry crosses from one byte to the next. */
static inline bool plain8(const unsigned char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    const uint64_t low7 = ONES8 * 0x7F;
    uint64_t y = x & low7;
    if ((x | (y + ONES8)) & HIGH8) return false; /* a byte of 0x7F or more */
    uint64_t ctl = ~((y + ONES8 * 0x60) | x) & HIGH8; /* the bytes below 0x20 */
    if (!ctl) return true;
    uint64_t z = x ^ (ONES8 * '\n');
    uint64_t nl = ~(((z & low7) + low7) | z) & HIGH8; /* the line breaks */
    return (ctl & ~nl) == 0;
}

#if defined(__SSE2__)
/* Sixteen bytes at a time where SSE2 is there (every x86-64): a bit per byte of p that is printable
 * ASCII [0x20, 0x7F) or a line break (signed compares: bytes of 0x80 and more are negative). */
static inline unsigned plain16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(kr_printable16(v), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
}

/* A bit per byte of the sixteen at p that is an ASCII digit. */
static inline unsigned digits16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i d = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    return (unsigned)_mm_movemask_epi8(d);
}
#endif

/* End of the run from i of bytes in [0x20, hi) or among the control bytes whose bits are set in
 * ctl. */
static inline size_t plain_run(const unsigned char *s, size_t i, size_t n, unsigned hi, uint32_t ctl)
{
    for (;;) {
#if defined(__SSE2__)
        while (n - i >= 16) {
            unsigned m = plain16(s + i);
            if (m != 0xFFFF) {
                i += (size_t)__builtin_ctz(~m); /* the first byte that is not plain: tested below */
                break;
            }
            i += 16;
        }
#endif
        if (n - i >= 8 && plain8(s + i)) {
            i += 8;
            continue;
        }
        size_t e = n - i >= 8 ? i + 8 : n;
        for (; i < e; i++) {
            unsigned c = s[i];
            if (!(c >= 0x20 && c < hi) && !(c < 0x20 && (ctl >> c & 1))) return i;
        }
        if (i == n) return n;
    }
}

#define CTL(c) (UINT32_C(1) << (c))

static int add_warning(kr_text *t, size_t off, const char *msg)
{
    if (t->warnings.len >= 20) return 0; /* enough to tell the user; the rest is noise */
    kr_warning *w = kr_vec_push(&t->warnings);
    if (!w) return KR_ENOMEM;
    w->offset = off;
    w->message = kr_strndup(msg, strlen(msg));
    return w->message ? 0 : KR_ENOMEM;
}

/* What decoding makes of a code point other than '\r' (which depends on the byte after it): */
enum { CP_KEEP, CP_SPACE, CP_DROP, CP_NEWLINE };
static inline int cp_class(uint32_t cp)
{
    if (cp < 0x80) /* the control bytes but line and page breaks become spaces */
        return cp == 0x7F || (cp < 0x20 && cp != '\n' && cp != '\f') ? CP_SPACE : CP_KEEP;
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return CP_SPACE;
    /* soft hyphens and zero-width characters carry nothing a reader sees */
    if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) return CP_DROP;
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return CP_NEWLINE;
    return CP_KEEP;
}

/* Decodes the original into d, UTF-8 with every separator and space variant made plain ASCII,
 * so the matchers only ever see ' ', '\n' and '\f' as white space. Most documents are valid
 * UTF-8 with nothing to change: that is found out without writing a byte, *same is set and d
 * stays empty (the original is the decoded text). Invalid bytes are read as Windows-1252, which
 * makes a file with no valid multi-byte sequence read as Windows-1252 throughout. */
static int decode(kr_text *t, decoder *d, bool *same)
{
    const unsigned char *s = (const unsigned char *)t->orig;
    size_t n = t->orig_len;
    size_t nul = 0, ctrl = 0, invalid = 0, multi = 0;
    size_t first_invalid = SIZE_MAX;
    size_t i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) { /* byte order mark */
        i = 3;
        multi = 1;
    }
    size_t start = i;
    for (;;) { /* printable ASCII, line and page breaks, and the characters that are kept */
        i = plain_run(s, i, n, 0x7F, CTL('\n') | CTL('\f'));
        if (i == n) break;
        size_t l = kr_utf8_seq_len(s + i, n - i);
        if (l < 2 || cp_class(kr_utf8_cp(s + i, l)) != CP_KEEP) break;
        multi++;
        i += l;
    }
    *same = start == 0 && i == n;
    if (*same) return 0;
    bool nul_fffd = false; /* a NUL is U+FFFD, not a space (a text read as Windows-1252 throughout) */
    size_t copied = i;      /* where copying starts: what comes before it is kept as it is */
again:
    if (i > start && emit(d, (const char *)s + start, i - start, start, false)) return KR_ENOMEM;
    while (i < n) {
        size_t run = plain_run(s, i, n, 0x7F, CTL('\n') | CTL('\f'));
        if (run > i) {
            if (emit(d, (const char *)s + i, run - i, i, false)) return KR_ENOMEM;
            i = run;
            continue;
        }
        size_t l = kr_utf8_seq_len(s + i, n - i);
        uint32_t cp;
        if (l == 0) { /* a byte of 0x80 or more that is not UTF-8 */
            if (first_invalid == SIZE_MAX) first_invalid = i;
            invalid++;
            cp = s[i] >= 0xA0 ? s[i] : kr_cp1252[s[i] - 0x80];
            if (cp == 0) cp = 0xFFFD;
            l = 1;
        } else {
            if (l > 1) multi++;
            else if (s[i] == 0) nul++;
            else if (s[i] < 0x20 && s[i] != '\t' && s[i] != '\r') ctrl++;
            cp = kr_utf8_cp(s + i, l);
            if (cp == 0 && nul_fffd) cp = 0xFFFD;
        }
        int rc = 0;
        int cls = cp == '\r' ? -1 : cp_class(cp);
        if (cls < 0) {
            if (!(i + 1 < n && s[i + 1] == '\n')) rc = emit_byte(d, '\n', i);
        } else if (cls == CP_SPACE) {
            rc = emit_byte(d, ' ', i);
        } else if (cls == CP_NEWLINE) {
            rc = emit_byte(d, '\n', i);
        } else if (cls == CP_KEEP) { /* (CP_DROP: nothing is written) */
            if (l > 1) rc = emit(d, (const char *)s + i, l, i, false);
            else if (cp >= 0x80) rc = emit_cp(d, cp, i);
            else rc = emit_byte(d, (char)cp, i);
        }
        if (rc) return KR_ENOMEM;
        i += l;
    }
    /* Without a valid multi-byte sequence every byte beyond ASCII is Windows-1252, which has no
     * character for a NUL: it becomes U+FFFD there. Known only now, so such a text (with a NUL
     * and a bad byte, and nothing else beyond ASCII: rare) is copied again. */
    if (invalid && !multi && nul && !nul_fffd) {
        nul_fffd = true;
        d->out.len = 0;
        d->spans.len = 0;
        nul = ctrl = invalid = 0;
        first_invalid = SIZE_MAX;
        i = copied;
        goto again;
    }
    if (n > 0 && (nul > n / 100 + 1 || (nul + ctrl) * 10 > n || (invalid * 4 > n && n > 64)))
        return kr_fail(KR_ENOTTEXT, "binary data (%zu NUL and %zu control bytes in %zu)", nul,
                       ctrl, n);
    char msg[160];
    if (invalid && !multi) {
        snprintf(msg, sizeof msg, "not UTF-8 (first invalid byte at offset %zu); read as Windows-1252",
                 first_invalid);
        if (add_warning(t, first_invalid, msg)) return KR_ENOMEM;
    } else if (invalid) {
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte offset %zu (%zu bad bytes, read as Windows-1252)",
                 first_invalid, invalid);
        if (add_warning(t, first_invalid, msg)) return KR_ENOMEM;
    }
    if (nul) {
        snprintf(msg, sizeof msg, "%zu NUL bytes read as spaces", nul);
        if (add_warning(t, (size_t)((const unsigned char *)memchr(s, 0, n) - s), msg))
            return KR_ENOMEM;
    }
    return 0;
}

/* ---------------------------------------------------------------- lines */

enum { L_BLANK, L_TEXT, L_NUM, L_FURN, L_FNNUM, L_FNBODY };

typedef struct line {
    size_t s, e;   /* work offsets, trimmed of surrounding spaces */
    size_t skip;   /* bytes at s that the clean text leaves out (a footnote's number) */
    int kind;
    int fn;        /* footnote index for L_FNBODY */
    int num;       /* value of a number-only line */
    bool pb;       /* a page break comes right before this line */
    bool indented; /* the raw line starts with a space (a new page in some extractions) */
    bool web;      /* furniture of a web page ("Naar boven", "XNoot"): no page's edge */
} line;

typedef struct marker {
    size_t pos; /* work offset of the first digit */
    int value;
    bool paren;
    bool weak; /* glued to an acronym or "%": given up for a plain one of the same value after it */
} marker;

static bool is_lower_at(const char *w, size_t i)
{
    unsigned char c = (unsigned char)w[i];
    if (c >= 'a' && c <= 'z') return true;
    /* UTF-8 continuation of a Latin-1 lower-case letter: C3 9F..C3 BF */
    if (i > 0 && (unsigned char)w[i - 1] == 0xC3 && c >= 0x9F && c <= 0xBF && c != 0xB7) return true;
    return false;
}

static bool is_upper_at(const char *w, size_t i)
{
    unsigned char c = (unsigned char)w[i];
    if (c >= 'A' && c <= 'Z') return true;
    if (c == 0xC3 && (unsigned char)w[i + 1] >= 0x80 && (unsigned char)w[i + 1] <= 0x9E) return true;
    return false;
}

/* Where the first ASCII digit at or after i stands in w[0..end), or end. */
static size_t next_digit(const char *w, size_t i, size_t end)
{
#if defined(__SSE2__)
    for (; end - i >= 16; i += 16) {
        unsigned mk = digits16((const unsigned char *)w + i);
        if (mk) return i + (size_t)__builtin_ctz(mk);
    }
#endif
    for (; i < end; i++)
        if (kr_is_digit((unsigned char)w[i])) return i;
    return end;
}

/* Whether a footnote marker can stand right after byte c: a bracket, the punctuation below, a
 * letter or part of a character beyond ASCII (the tests of find_markers). */
static inline bool marker_can_follow(unsigned char c)
{
    switch (c) {
    case '[': case '.': case ',': case ';': case ':': case '!': case '?': case ')': case '\'': case '"': case '%':
        return true;
    default:
        return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

/* Whether the word that ends at w[i - 1] is an acronym a marker may be glued to ("NOS1", "CBS2",
 * "NZa3"): letters only, two capitals at least, and not a formula or a name that a number belongs
 * to ("CO2", "NH3", "PM10", "MH17", "COVID19", "EU27"). */
static bool acronym_before(const char *w, size_t from, size_t i)
{
    size_t a = i, caps = 0;
    while (a > from && ((w[a - 1] >= 'A' && w[a - 1] <= 'Z') || (w[a - 1] >= 'a' && w[a - 1] <= 'z'))) {
        caps += w[a - 1] >= 'A' && w[a - 1] <= 'Z';
        a--;
    }
    if (caps < 2 || i - a > 8 || (a > from && ((unsigned char)w[a - 1] >= 0x80 || kr_is_digit((unsigned char)w[a - 1]))))
        return false;
    static const kr_lit numbered[] = {KR_LIT("CO"), KR_LIT("NH"), KR_LIT("NO"), KR_LIT("SO"), KR_LIT("CH"), KR_LIT("PM"),
                                      KR_LIT("MH"), KR_LIT("WO"), KR_LIT("COVID"), KR_LIT("EU"), KR_LIT("NOx"),
                                      KR_LIT("UN"), KR_LIT("BES"), KR_LIT("AOW"), KR_LIT("GPT")};
    for (size_t k = 0; k < KR_NLIT(numbered); k++)
        if (numbered[k].n == i - a && memcmp(w + a, numbered[k].s, numbered[k].n) == 0) return false;
    return true;
}

/* The markers after the first in a bracket ("[4 5 ]"): the numbers in w[k, e), each the next. */
static int marker_list(const char *w, size_t k, size_t e, int prev, kr_vec *out)
{
    while (k < e) {
        size_t a = k;
        int v = 0;
        while (k < e && kr_is_digit((unsigned char)w[k]) && k - a < 4) v = v * 10 + (w[k++] - '0');
        while (k < e && kr_is_digit((unsigned char)w[k])) k++;
        while (k < e && w[k] == ' ') k++;
        if (v != prev + 1) return 0;
        prev = v;
        marker *m = kr_vec_push(out);
        if (!m) return KR_ENOMEM;
        *m = (marker){.pos = a, .value = v, .paren = false};
    }
    return 0;
}

/* Footnote markers are numbers glued to the word or punctuation before them ("zondag2",
 * "samenwerking1.", "mannen.3", "”1)", "[4 ]"). The marker that the digit run at i (after byte
 * i - 1, which marker_can_follow) makes, if any. */
static int marker_at(const char *w, const line *L, size_t i, kr_vec *out)
{
    size_t j = i;
    int v = 0;
    while (j < L->e && kr_is_digit((unsigned char)w[j]) && j - i < 4) v = v * 10 + (w[j++] - '0');
    size_t dl = j - i;
    if (j < L->e && kr_is_digit((unsigned char)w[j])) return 0; /* long number: not a marker */
    bool bracket = w[i - 1] == '[';
    bool ok = false, weak = false;
    size_t list_to = 0; /* in a bracket: where its numbers end */
    if (dl <= 3 && v > 0) {
        unsigned char p = (unsigned char)w[i - 1];
        if (bracket) { /* "[4 ]", "[4 5 ]": one marker a number */
            size_t k = j;
            while (k < L->e && w[k] == ' ') k++;
            size_t more = k;
            while (more < L->e && kr_is_digit((unsigned char)w[more])) {
                while (more < L->e && kr_is_digit((unsigned char)w[more])) more++;
                while (more < L->e && w[more] == ' ') more++;
            }
            ok = more < L->e && w[more] == ']';
            list_to = more;
        } else if (strchr(".,;:!?)»'\"", p) && p) {
            ok = true;
        } else if (p >= 0x80 && i >= 3 && (unsigned char)w[i - 3] == 0xE2) {
            ok = true; /* ” ’ and other typographic closers */
        } else if (p == '%' || (p >= 'A' && p <= 'Z') || ((p >= 'a' && p <= 'z') && i >= 2 && w[i - 2] >= 'A' && w[i - 2] <= 'Z')) {
            /* "30%2", "berichtte de NOS1", "de NZa2" ("RTL4" is a channel: weak) */
            ok = weak = p == '%' || acronym_before(w, L->s, i);
        } else if (is_lower_at(w, i - 1)) {
            /* a letter run of at least three: "m2" and "km2" are units, not markers */
            size_t k = i - 1, run = 0;
            while (k > L->s && (is_lower_at(w, k) || (unsigned char)w[k] >= 0x80)) {
                k--;
                run++;
            }
            ok = run >= 3 || (is_lower_at(w, k) && run >= 2);
        }
    }
    if (ok && !bracket && j < L->e) {
        unsigned char nx = (unsigned char)w[j];
        /* "gesproken.3Toekomstige": after a full stop, a capital may follow the marker */
        bool sentence = strchr(".?!", w[i - 1]) && nx >= 'A' && nx <= 'Z';
        if (!sentence && (kr_is_digit(nx) || (nx >= 'A' && nx <= 'Z') || (nx >= 'a' && nx <= 'z') || nx == '%' ||
                          nx == '-' || nx == '/' || nx >= 0x80))
            ok = false;
        if (nx == ':' && j + 1 < L->e && kr_is_digit((unsigned char)w[j + 1])) ok = false;
    }
    if (!ok) return 0;
    marker *m = kr_vec_push(out);
    if (!m) return KR_ENOMEM;
    m->pos = i;
    m->value = v;
    m->paren = !bracket && j < L->e && w[j] == ')';
    m->weak = weak;
    if (list_to) {
        size_t k = j;
        while (k < list_to && w[k] == ' ') k++;
        if (k < list_to) return marker_list(w, k, list_to, v, out);
    }
    return 0;
}

/* Does a month's name end at the space at w[sp] ("7 november 20231")? */
static bool after_month(const char *w, size_t from, size_t sp)
{
    if (w[sp] != ' ') return false;
    size_t ws = sp;
    while (ws > from && w[ws - 1] != ' ') ws--;
    return kr_month_of(w + ws, sp - ws) != 0;
}

/* Are the four digits at p a year from 1990 to 2029 ("uit 20224": the year of a recent report)? */
static bool recent_year(const unsigned char *p)
{
    return (p[0] == '1' && p[1] == '9' && p[2] == '9') || (p[0] == '2' && p[1] == '0' && p[2] >= '0' && p[2] <= '2');
}

/* A marker that the digit run at i makes although a space or a digit stands before it:
 * - "…vraag? 1) 2)", "Verhoudingen 2), met": a number and a bracket after a word, the bracket
 *   closing none opened on the line ("(zie vraag 3)"), at the line's end or before a space or
 *   punctuation, not at its start (a list's "1)");
 * - "7 november 20231", "2022–20282", "uit 20224": a year after a month's name or a dash, or a
 *   recent one after a word, with the marker glued to it (the year's four digits, then one or two
 *   more; not "Postbus 20301").
 * The candidates are checked against the numbering later, as all are. */
/* How deep in brackets a line is at a place: counted on from the last place asked about, so that a
 * line is walked once however many markers it holds. */
typedef struct depth_cursor {
    size_t at;
    int depth;
} depth_cursor;

static int depth_at(depth_cursor *d, const unsigned char *u, size_t i)
{
    for (; d->at < i; d->at++) d->depth += u[d->at] == '(' ? 1 : u[d->at] == ')' && d->depth > 0 ? -1 : 0;
    return d->depth;
}

static __attribute__((noinline)) int marker_apart(const char *w, const line *L, size_t i, depth_cursor *dc, kr_vec *out)
{
    const unsigned char *u = (const unsigned char *)w;
    size_t j = i;
    while (j < L->e && kr_is_digit(u[j])) j++;
    size_t dl = j - i;
    size_t at = i;
    bool paren = false;
    if (u[i - 1] == ' ' && dl <= 2 && j < L->e && u[j] == ')' && i >= L->s + 2 && u[i - 2] != ' ' &&
        !kr_is_digit(u[i - 2])) {
        size_t a = j + 1;
        /* "1) 2)": the next ones, a few at most (a line of them is a list, not markers) */
        for (int more = 0; more < 8 && a < L->e && u[a] == ' ' && a + 1 < L->e && kr_is_digit(u[a + 1]); more++) {
            size_t b = a + 1;
            while (b < L->e && b - a <= 3 && kr_is_digit(u[b])) b++;
            if (b >= L->e || u[b] != ')') break;
            a = b + 1;
        }
        if (a < L->e && !strchr(" ,.;:", u[a])) return 0;
        if (depth_at(dc, u, i)) return 0;
        paren = true;
    } else if ((dl == 5 || dl == 6) && ((u[i] == '1' && u[i + 1] == '9') || (u[i] == '2' && u[i + 1] == '0')) &&
               (u[i - 1] == '-' || (u[i - 1] == 0x93 && i >= 3 && u[i - 3] == 0xE2) || after_month(w, L->s, i - 1) ||
                (u[i - 1] == ' ' && recent_year(u + i))) &&
               u[i + 4] != '0' && (j == L->e || strchr(" ,.;:!?", u[j]))) {
        at = i + 4;
    } else {
        return 0;
    }
    int v = 0;
    for (size_t k = at; k < j; k++) v = v * 10 + (u[k] - '0');
    if (v <= 0) return 0;
    marker *m = kr_vec_push(out);
    if (!m) return KR_ENOMEM;
    m->pos = at;
    m->value = v;
    m->paren = paren;
    return 0;
}

/* Whether the digit run at i (before e) may have the shape of a marker_apart: one or two digits
 * and a bracket, or five digits or more from 19 or 20 (marker_apart checks). Most numbers of a
 * text have neither. */
static inline bool may_be_apart(const unsigned char *u, size_t e, size_t i)
{
    if (e - i >= 5 && ((u[i] == '1' && u[i + 1] == '9') || (u[i] == '2' && u[i + 1] == '0')) && kr_is_digit(u[i + 4]))
        return true;
    return (e - i >= 2 && u[i + 1] == ')') || (e - i >= 3 && u[i + 2] == ')' && kr_is_digit(u[i + 1]));
}

/* Every candidate marker of line L: the digit runs that are glued to what stands before them.
 * The digits are found sixteen bytes at a time as a bit mask, and the byte before each run that
 * starts there is looked at: most numbers follow a space, and a marker never starts a line. */
static int find_markers(const char *w, const line *L, kr_vec *out)
{
    const unsigned char *u = (const unsigned char *)w;
    depth_cursor dc = {L->s, 0};
    for (size_t k = L->s; k < L->e; k += 16) {
        unsigned d = 0; /* digits at k + j */
#if defined(__SSE2__)
        if (L->e - k >= 16) {
            d = digits16(u + k);
        } else if (L->e >= 16) { /* the last bytes: the sixteen that end the line, shifted */
            d = digits16(u + L->e - 16) >> (k - (L->e - 16));
        } else
#endif
            for (size_t q = k; q < L->e && q < k + 16; q++) d |= (unsigned)kr_is_digit(u[q]) << (q - k);
        /* the starts of runs: digits after a byte that is not one (the line's first byte starts none) */
        unsigned before = d << 1 | (k > L->s ? (unsigned)kr_is_digit(u[k - 1]) : 1);
        for (unsigned starts = d & ~before; starts; starts &= starts - 1) {
            size_t q = k + (size_t)__builtin_ctz(starts);
            size_t had = out->len;
            if (marker_can_follow(u[q - 1]) && marker_at(w, L, q, out)) return KR_ENOMEM;
            if (out->len == had && may_be_apart(u, L->e, q) && marker_apart(w, L, q, &dc, out)) return KR_ENOMEM;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- emitting */

typedef struct emitter {
    kr_buf out;
    kr_vec spans;         /* kr_span: the clean text's */
    const span *dspans;   /* the decoded text's */
    size_t n_dspans;
    bool identity;        /* the decoded text is the original (one span, from 0) */
} emitter;

/* The original offset of decoded byte k. */
static size_t worig(const emitter *e, size_t k)
{
    return span_orig(&e->dspans[span_at(e->dspans, e->n_dspans, k)], k);
}

/* Records that the next clean bytes (from out.len on) come from original byte o on (all from o
 * when fixed); a run that continues the last span extends it. */
static int map_next_slow(emitter *e, size_t o, bool fixed)
{
    size_t c = e->out.len;
    if (e->spans.len) {
        const kr_span *last = &KR_VEC_AT(&e->spans, kr_span, e->spans.len - 1);
        if (last->c == c) { /* nothing was written under the last span: replace it */
            e->spans.len--;
        } else if (!fixed && !last->fixed && last->o + (c - last->c) == o) {
            return 0;
        }
    }
    kr_span *sp = kr_vec_push(&e->spans);
    if (!sp) return KR_ENOMEM;
    *sp = (kr_span){c, o, fixed};
    return 0;
}

/* map_next_slow; a run that continues the last span (the next line of a paragraph, mostly) is
 * told apart inline. */
static inline int map_next(emitter *e, size_t o, bool fixed)
{
    if (!fixed && e->spans.len) {
        const kr_span *last = &KR_VEC_AT(&e->spans, kr_span, e->spans.len - 1);
        size_t c = e->out.len;
        if (last->c != c && !last->fixed && last->o + (c - last->c) == o) return 0;
    }
    return map_next_slow(e, o, fixed);
}

static int put(emitter *e, const char *w, size_t a, size_t b)
{
    if (e->out.len + (b - a) + 1 > e->out.cap && kr_buf_reserve(&e->out, b - a + 1)) return KR_ENOMEM;
    for (size_t k = a, j = span_at(e->dspans, e->n_dspans, a); k < b; j++) {
        const span *sp = &e->dspans[j];
        size_t end = j + 1 < e->n_dspans && sp[1].w < b ? sp[1].w : b;
        if (map_next(e, span_orig(sp, k), sp->fixed) || kr_buf_append(&e->out, w + k, end - k)) return KR_ENOMEM;
        k = end;
    }
    return 0;
}

/* A separator written for the line break at original byte worig. A span of one byte maps alike
 * whether fixed or not; not fixed, it continues the span of the line before when the break
 * stands right after that line in the original, and the next line can continue it in turn, so
 * that a paragraph keeps to one span. */
static int put_sep(emitter *e, char c, size_t worig)
{
    if (map_next(e, worig, false)) return KR_ENOMEM;
    return kr_buf_putc(&e->out, c);
}

/* Does the line end in a URL (its last token has a scheme or starts with www.)? */
static bool ends_in_url(const char *w, const line *L)
{
    size_t i = L->e;
    while (i > L->s && w[i - 1] != ' ') i--;
    size_t n = L->e - i;
    const char *tok = w + i;
    while (n && (*tok == '(' || *tok == '<' || *tok == '[')) tok++, n--;
    if (n >= 4 && memcmp(tok, "www.", 4) == 0) return true;
    for (size_t k = 0; k + 3 <= n; k++)
        if (memcmp(tok + k, "://", 3) == 0) return true;
    return false;
}

/* The bytes that can end a line that the next continues as a URL ("-/_=?&.#%~"), and those that
 * can start it ("%/?&=#_"), as strchr would find them (with the terminating NUL). */
static inline bool url_last(char c)
{
    switch (c) {
    case '-': case '/': case '_': case '=': case '?': case '&': case '.': case '#': case '%': case '~': case '\0':
        return true;
    default:
        return false;
    }
}

static inline bool url_first(char c)
{
    switch (c) {
    case '%': case '/': case '?': case '&': case '=': case '#': case '_': case '\0':
        return true;
    default:
        return false;
    }
}

static bool has_prefix(const char *s, size_t n, const char *lit);

/* How the next content line joins the one before it. */
enum { J_NEWLINE, J_PARA, J_DEHYPHEN, J_GLUE };

/* Whether w[a, e) is one token that can only be the rest of an address: lower-case letters,
 * digits and URL punctuation, not ending a sentence ("depositie", "b1234/rapport.pdf"). */
static bool url_rest(const char *w, size_t a, size_t e)
{
    if (a >= e || w[e - 1] == '.' || w[e - 1] == ',') return false;
    for (size_t k = a; k < e; k++)
        if (!((w[k] >= 'a' && w[k] <= 'z') || kr_is_digit((unsigned char)w[k]) || strchr("-_/.~%=?&#", w[k]))) return false;
    return true;
}

/* last_of_para: L is the last line of its paragraph (or footnote) */
static int join_kind(const char *w, const line *P, const line *L, bool gap_blank, bool gap_removed, bool last_of_para)
{
    size_t pe = P->e, ls = L->s + L->skip;
    bool adjacent = !gap_blank || gap_removed || L->pb;
    char last = w[pe - 1];
    /* "…/stikstof/\ndepositie" ending a footnote: the whole last line is the address's rest */
    if (adjacent && last_of_para && !gap_blank && url_rest(w, ls, L->e) && ends_in_url(w, P)) return J_GLUE;
    /* what follows can glue only after these ends or before these starts: most lines are not
     * looked at for a URL */
    bool url_end = url_last(last) || ls >= L->e || url_first(w[ls]);
    if (adjacent && url_end && ends_in_url(w, P)) {
        size_t k = ls;
        bool slash = false;
        while (k < L->e && w[k] != ' ') slash |= w[k++] == '/';
        /* the next line continues the URL when it was cut at a hyphen, or when its first word
         * looks like the rest of an address rather than a word of the sentence */
        bool urlish = slash || (L->e - ls >= 4 && memcmp(w + ls, "www.", 4) == 0);
        for (size_t q = ls; q < L->e && w[q] != ' ' && !urlish; q++) urlish = strchr("._=?&#%-", w[q]) != NULL;
        /* "…/\n6. Het Parool, …": a list item's number after the address is no part of it */
        size_t d = ls;
        while (d < k && kr_is_digit((unsigned char)w[d])) d++;
        if (d > ls && d + 1 == k && (w[d] == '.' || w[d] == ')') && k < L->e) urlish = false;
        /* "…/\n8https://…": the next footnote's address, glued to its number */
        if (d > ls && d - ls <= 3 && (has_prefix(w + d, L->e - d, "http") || has_prefix(w + d, L->e - d, "www."))) return J_NEWLINE;
        if ((last == '-' || (strchr("/_=?&.#%~", last) && urlish)) && !is_upper_at(w, ls) &&
            !kr_is_space((unsigned char)w[ls]))
            return J_GLUE;
        /* "…/provincies\n%202022.pdf": no word starts with these */
        if (strchr("%/?&=#_", w[ls])) return J_GLUE;
    }
    if (adjacent && last == '-' && pe - P->s >= 2 && !kr_is_space((unsigned char)w[pe - 2]) &&
        w[pe - 2] != '-') {
        bool letter_before = is_lower_at(w, pe - 2) || is_upper_at(w, pe - 2) ||
                             (unsigned char)w[pe - 2] >= 0x80;
        if (is_lower_at(w, ls) || ((unsigned char)w[ls] == 0xC3 && is_lower_at(w, ls + 1))) {
            /* "asiel-\nen migratie" keeps its hyphen and its space */
            static const char *const conj[] = {"en ", "of ", "tot ", "dan ", "noch "};
            for (size_t c = 0; c < sizeof conj / sizeof *conj; c++) {
                size_t cl = strlen(conj[c]);
                if (L->e - ls >= cl && memcmp(w + ls, conj[c], cl) == 0) return J_NEWLINE;
            }
            /* "PvdA-\nfractie", "EU-\nlanden": after a capital the hyphen is part of the word */
            if (is_upper_at(w, pe - 2)) return J_GLUE;
            if (letter_before) return J_DEHYPHEN;
        } else if (letter_before || kr_is_digit((unsigned char)w[pe - 2])) {
            return J_GLUE; /* "GroenLinks-\nPvdA", "21 501-\n02" */
        }
    }
    if (gap_blank && !gap_removed && !L->pb) return J_PARA;
    return J_NEWLINE;
}

/* Emits a run of content lines (the running text, or one footnote) with their joins. */
static int emit_lines(emitter *e, const char *w, line *lines, size_t n, int want_kind, int fn,
                      size_t *first_out)
{
    line *prev = NULL;
    bool gap_blank = false, gap_removed = false;
    /* The bytes still to be written, w[ps, pe): where the decoded text is the original, a line
     * joined by its line break (or by a paragraph's blank line) to the one before, right after
     * it, goes out with it in one copy, its line breaks mapped to themselves. */
    size_t ps = 0, pe = 0;
    bool pending = false;
    for (size_t i = 0; i < n; i++) {
        line *L = &lines[i];
        bool content = L->kind == want_kind && (want_kind != L_FNBODY || L->fn == fn);
        if (!content) {
            if (L->kind == L_BLANK) gap_blank = true;
            else gap_removed = true;
            continue;
        }
        if (prev) {
            /* the last line of a paragraph: the next is blank, not of this run, or there is none */
            bool last_of_para = i + 1 == n || lines[i + 1].kind == L_BLANK ||
                                !(lines[i + 1].kind == want_kind && (want_kind != L_FNBODY || lines[i + 1].fn == fn));
            int j = join_kind(w, prev, L, gap_blank, gap_removed, last_of_para);
            /* the line break, or the blank line between paragraphs, that stands in the original */
            if (e->identity && pending && w[prev->e] == '\n' &&
                ((j == J_NEWLINE && L->s + L->skip == prev->e + 1) ||
                 (j == J_PARA && w[prev->e + 1] == '\n' && L->s + L->skip == prev->e + 2))) {
                pe = L->e;
                prev = L;
                gap_blank = gap_removed = false;
                continue;
            }
            int rc = pending ? put(e, w, ps, pe) : 0;
            pending = false;
            if (rc) return rc;
            if (j == J_DEHYPHEN) {
                e->out.len--; /* drop the hyphen (a span that started with it is replaced next) */
                e->out.data[e->out.len] = '\0';
            } else if (j == J_NEWLINE) {
                rc = put_sep(e, '\n', worig(e, prev->e));
            } else if (j == J_PARA) {
                rc = put_sep(e, '\n', worig(e, prev->e));
                if (!rc) rc = put_sep(e, '\n', worig(e, prev->e));
            }
            if (rc) return rc;
        } else if (first_out) {
            *first_out = e->out.len;
        }
        ps = L->s + L->skip;
        pe = L->e;
        pending = true;
        prev = L;
        gap_blank = gap_removed = false;
    }
    return pending ? put(e, w, ps, pe) : 0;
}

/* ---------------------------------------------------------------- line patterns */

static bool has_prefix(const char *s, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    return n >= l && s[0] == lit[0] && memcmp(s, lit, l) == 0;
}

/* Whether line L starts the way pattern p demands: each of these patterns is anchored and begins
 * with one of the literals below, so a line that starts otherwise cannot match. */
static bool line_can_start(int p, const char *w, const line *L)
{
    const char *s = w + L->s;
    size_t n = L->e - L->s;
    switch (p) {
    case P_IDLINE:
        return has_prefix(s, n, "kst-") || has_prefix(s, n, "h-") || has_prefix(s, n, "ah-") ||
               has_prefix(s, n, "blg-") || has_prefix(s, n, "stb-") || has_prefix(s, n, "stcrt-");
    case P_IDLINE_SPACED:
        return has_prefix(s, n, "h ") || has_prefix(s, n, "ah ") || has_prefix(s, n, "kst ");
    case P_ISSN:
        return has_prefix(s, n, "ISSN");
    case P_GRAV:
        return has_prefix(s, n, "'s-Gravenhage") || has_prefix(s, n, "’s-Gravenhage");
    case P_AHFOOT:
    case P_KSTFOOT:
        return has_prefix(s, n, "Tweede Kamer, vergaderjaar ") ||
               has_prefix(s, n, "Eerste Kamer, vergaderjaar ");
    case P_MDBREAK:
        return has_prefix(s, n, "---");
    case P_FNSTART:
        return n > 0 && (kr_is_digit((unsigned char)s[0]) || (s[0] == '[' && n > 1 && kr_is_digit((unsigned char)s[1])));
    case P_YEAR:
        return has_prefix(s, n, "Tweede Kamer, ") || has_prefix(s, n, "Eerste Kamer, ") ||
               has_prefix(s, n, "Vergaderjaar ") || has_prefix(s, n, "vergaderjaar ");
    default:
        return true;
    }
}

/* Whether a line that starts with c can be an id line, ISSN line, "'s-Gravenhage" line, Aanhangsel
 * footer or Markdown break (the first bytes of line_can_start's literals for them). */
static inline bool furniture_can_start(char c)
{
    switch ((unsigned char)c) {
    case 'k': case 'h': case 'a': case 'b': case 's': case 'I': case '\'': case 0xE2: case 'T': case 'E': case '-':
        return true;
    default:
        return false;
    }
}

/* Matches anchored pattern p against the whole of line L. */
static bool line_match(int p, const char *w, const line *L, kr_match *m)
{
    return line_can_start(p, w, L) && kr_re_find(&patterns[p], w + L->s, L->e - L->s, 0, m, true);
}

/* ---------------------------------------------------------------- identity */

/* Whether s[0, n) is a paper's number as the Chamber stamps it, "36169-31", "36200-XVI-12",
 * "21501-20-1934": five digits, perhaps a part, and the number. */
static bool paper_stamp(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && kr_is_digit((unsigned char)s[i])) i++;
    if (i != 5 || i == n || s[i] != '-') return false;
    size_t a = ++i;
    while (i < n && (kr_is_digit((unsigned char)s[i]) || (s[i] >= 'A' && s[i] <= 'Z'))) i++;
    if (i == a || i - a > 5) return false;
    if (i == n) { /* "36169-31": the number is digits */
        for (size_t k = a; k < i; k++)
            if (!kr_is_digit((unsigned char)s[k])) return false;
        return i - a <= 4;
    }
    if (s[i] != '-') return false;
    size_t b = ++i;
    while (i < n && kr_is_digit((unsigned char)s[i])) i++;
    return i == n && i > b && i - b <= 4;
}

/* A motion or amendment handed in during a debate, before it is printed, opens with its number
 * stamped on a line of its own ("36169-31", near the date) and names itself ("MOTIE VAN DE LEDEN
 * DASSEN"): that number is its id (kst-36169-31), and the line is no citation. Returns nonzero
 * when out of memory. */
static int stamped_motion(kr_text *t, const char *w, line *lines, size_t n)
{
    line *stamp = NULL;
    bool named = false;
    for (size_t i = 0, seen = 0; i < n && seen < 12; i++) {
        line *L = &lines[i];
        if (L->kind != L_TEXT) continue;
        seen++;
        const char *s = w + L->s;
        size_t len = L->e - L->s;
        if (seen <= 3 && !stamp && paper_stamp(s, len)) stamp = L;
        named |= has_prefix(s, len, "MOTIE VAN") || has_prefix(s, len, "GEWIJZIGDE MOTIE") ||
                 has_prefix(s, len, "AMENDEMENT VAN") || has_prefix(s, len, "GEWIJZIGD AMENDEMENT");
    }
    if (!stamp || !named) return 0;
    char *id = NULL;
    if (asprintf(&id, "kst-%.*s", (int)(stamp->e - stamp->s), w + stamp->s) < 0) return KR_ENOMEM;
    t->self_id = id;
    stamp->kind = L_FURN;
    return 0;
}

/* Reads the document's identity from its id lines ("kst-31409-383") or its running footers
 * ("Tweede Kamer, vergaderjaar 2022–2023, 31 409, nr. 383 2"), and marks those lines as page
 * furniture. Footer lines that name another document are citations and stay text. */
static int find_identity(kr_text *t, const char *w, line *lines, size_t n, kr_match *m)
{
    char *best = NULL;
    int best_score = 0;
    char *idline = NULL;
    for (size_t i = 0; i < n; i++) {
        line *L = &lines[i];
        if (L->kind != L_TEXT || !furniture_can_start(w[L->s])) continue;
        if (line_match(P_IDLINE, w, L, m)) {
            L->kind = L_FURN;
            if (!idline && !(idline = kr_strndup(w + L->s, L->e - L->s))) goto oom;
            continue;
        }
        if (line_match(P_ISSN, w, L, m) || line_match(P_GRAV, w, L, m) || line_match(P_AHFOOT, w, L, m) ||
            line_match(P_MDBREAK, w, L, m) || line_match(P_IDLINE_SPACED, w, L, m)) {
            L->kind = L_FURN;
        }
    }
    /* Footers: score each stated id by how often it stands as a footer, page numbers count. */
    typedef struct cand {
        char *id;
        int score;
    } cand;
    typedef struct footer {
        size_t line, cand;
    } footer;
    kr_vec cands, footers; /* footers: the lines that state an id, and its candidate */
    kr_vec_init(&cands, sizeof(cand));
    kr_vec_init(&footers, sizeof(footer));
    size_t best_k = 0;
    for (size_t i = 0; i < n; i++) {
        line *L = &lines[i];
        if (L->kind != L_TEXT || !line_match(P_KSTFOOT, w, L, m)) continue;
        size_t ds, dl, ns, nl, ps, pl;
        kr_group(m, 1, &ds, &dl);
        kr_group(m, 2, &ns, &nl);
        char *dos = kr_dossier_norm(w + L->s + ds, dl);
        if (!dos) continue;
        kr_buf id = {0};
        kr_buf_puts(&id, "kst-");
        kr_buf_puts(&id, dos);
        kr_buf_putc(&id, '-');
        kr_buf_append(&id, w + L->s + ns, nl);
        free(dos);
        if (id.err) {
            kr_buf_free(&id);
            goto oom_c;
        }
        /* a trailing page number marks a running footer */
        int score = kr_group(m, 3, &ps, &pl) ? 3 : 2;
        size_t k = 0;
        while (k < cands.len && strcmp(KR_VEC_AT(&cands, cand, k).id, id.data) != 0) k++;
        if (k < cands.len) {
            KR_VEC_AT(&cands, cand, k).score += score;
            kr_buf_free(&id);
        } else {
            cand *c = kr_vec_push(&cands);
            if (!c) {
                kr_buf_free(&id);
                goto oom_c;
            }
            c->id = kr_buf_steal(&id);
            c->score = score;
        }
        footer *ft = kr_vec_push(&footers);
        if (!ft) goto oom_c;
        *ft = (footer){i, k};
    }
    for (size_t k = 0; k < cands.len; k++) {
        cand *c = &KR_VEC_AT(&cands, cand, k);
        if (c->score > best_score) {
            best_score = c->score;
            best = c->id;
            best_k = k;
        }
    }
    if (idline) {
        t->self_id = idline;
        idline = NULL;
    } else if (best) {
        if (!(t->self_id = kr_strndup(best, strlen(best)))) goto oom_c;
    } else if (stamped_motion(t, w, lines, n)) {
        goto oom_c;
    }
    /* Mark the footers that name this document. */
    if (best && t->self_id && strcmp(best, t->self_id) == 0)
        for (size_t f = 0; f < footers.len; f++) {
            const footer *ft = &KR_VEC_AT(&footers, footer, f);
            if (ft->cand == best_k) lines[ft->line].kind = L_FURN;
        }
    kr_vec_free(&footers);
    for (size_t k = 0; k < cands.len; k++) free(KR_VEC_AT(&cands, cand, k).id);
    kr_vec_free(&cands);
    return 0;
oom_c:
    for (size_t k = 0; k < cands.len; k++) free(KR_VEC_AT(&cands, cand, k).id);
    kr_vec_free(&cands);
    kr_vec_free(&footers);
oom:
    free(idline);
    return kr_fail(KR_ENOMEM, "out of memory");
}

/* ---------------------------------------------------------------- footnotes */

static int prev_nonblank(const line *lines, size_t i)
{
    while (i > 0) {
        i--;
        if (lines[i].kind != L_BLANK) return (int)i;
    }
    return -1;
}

/* Links footnote texts to their markers. A footnote text is accepted only for a number whose
 * marker stands earlier in the running text, which keeps numbered lists and page numbers out. */
/* A marker that an extraction moved to the start of a line, from the end of the one before it:
 * "In de Kamerbrief van 30 juni 2023\n3 ingegaan op …" (a number, a space and the sentence going
 * on in lower case), or a number alone between two lines of text, after a sentence's end or
 * before its lower-case continuation ("…stoppende boer?\n1\nAntwoord 1", "In de\n2\nis
 * aangegeven"). Not after a blank line or on a new page, where footnotes and page numbers stand. */
static int marker_line_start(const char *w, const line *lines, size_t n, size_t i, kr_vec *out)
{
    const line *L = &lines[i], *P = i > 0 ? &lines[i - 1] : NULL;
    if (!P || P->kind != L_TEXT || L->pb || L->indented) return 0;
    const unsigned char *u = (const unsigned char *)w;
    size_t j = L->s;
    int v = 0;
    while (j < L->e && kr_is_digit(u[j]) && j - L->s < 3) v = v * 10 + (u[j++] - '0');
    if (v <= 0 || u[L->s] == '0') return 0;
    unsigned char last = u[P->e - 1];
    if (L->kind == L_TEXT) {
        /* "3 ingegaan": the line before ends in the middle of a sentence */
        if (!(j + 1 < L->e && u[j] == ' ' && u[j + 1] >= 'a' && u[j + 1] <= 'z') || strchr(".?!:;", last)) return 0;
    } else {
        const line *N = i + 1 < n ? &lines[i + 1] : NULL;
        if (!N || N->kind != L_TEXT || N->pb) return 0;
        bool lower_next = u[N->s] >= 'a' && u[N->s] <= 'z';
        bool sentence_before = strchr("?.!", last) || (last == 0xBB && P->e >= 2 && u[P->e - 2] == 0xC2) ||
                               (last == 0x9D && P->e >= 3 && u[P->e - 3] == 0xE2);
        if (!lower_next && !sentence_before) return 0;
    }
    marker *m = kr_vec_push(out);
    if (!m) return KR_ENOMEM;
    *m = (marker){.pos = L->s, .value = v, .paren = false};
    return 0;
}

/* Whether line L heads a question or an answer ("Vraag 6", "Antwoord 6"): no footnote's text
 * starts or goes on so, and a marker standing alone on the line before it ("5", where pdftotext
 * put a superscript) is no footnote's number. */
static bool qa_heading(const char *w, const line *L)
{
    const char *s = w + L->s;
    size_t n = L->e - L->s;
    if (has_prefix(s, n, "Vraag ")) return n > 6 && kr_is_digit((unsigned char)s[6]);
    if (!has_prefix(s, n, "Antwoord")) return false;
    /* "Antwoord", "Antwoord 6", "Antwoord op vraag 6", "Antwoord vraag 6"; not "Antwoorden op
     * Kamervragen over …", a footnote's title */
    return n == 8 || (s[8] == ' ' && n > 9 && (kr_is_digit((unsigned char)s[9]) || has_prefix(s + 9, n - 9, "op ") ||
                                              has_prefix(s + 9, n - 9, "vraag")));
}

static int find_footnotes(kr_text *t, const char *w, line *lines, size_t n, kr_match *m)
{
    int rc = 0;
    kr_vec cands, accepted;
    kr_vec_init(&cands, sizeof(marker));
    kr_vec_init(&accepted, sizeof(marker));
    /* a line without a digit holds no marker: the digits are found in one pass over the text */
    size_t digit = 0, end = n ? lines[n - 1].e : 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (lines[i].kind != L_TEXT && lines[i].kind != L_NUM) continue;
        if (digit < lines[i].s) digit = next_digit(w, lines[i].s, end);
        if (digit == lines[i].s) rc = marker_line_start(w, lines, n, i, &cands);
        if (!rc && lines[i].kind == L_TEXT && digit < lines[i].e) rc = find_markers(w, &lines[i], &cands);
    }
    /* Markers run 1, 2, 3 ... in each series; a candidate is accepted when it is the next, or
     * the one after it when the next is nowhere further on ("NIS24": a marker glued to a
     * number is not seen, and the numbering goes on without it). */
    int expect[2] = {1, 1};
    /* how many candidates of each series and value are still to come (values under MAX_COUNTED;
     * a later one above that is looked for among the next few): counted when first needed */
#define MAX_COUNTED 1024
    unsigned short *to_come = NULL;
    for (size_t k = 0; k < cands.len && !rc; k++) {
        marker *c = &KR_VEC_AT(&cands, marker, k);
        int s = c->paren;
        if (to_come && c->value < MAX_COUNTED && to_come[s * MAX_COUNTED + c->value])
            to_come[s * MAX_COUNTED + c->value]--;
        if (c->value == expect[s] + 1 && expect[s] > 1) {
            if (!to_come) {
                if (!(to_come = calloc(2 * MAX_COUNTED, sizeof *to_come))) {
                    rc = KR_ENOMEM;
                    break;
                }
                for (size_t k2 = k + 1; k2 < cands.len; k2++) {
                    const marker *c2 = &KR_VEC_AT(&cands, marker, k2);
                    if (c2->value >= MAX_COUNTED) continue;
                    unsigned short *cnt = &to_come[c2->paren * MAX_COUNTED + c2->value];
                    if (*cnt < USHRT_MAX) (*cnt)++;
                }
            }
            bool later = false;
            if (expect[s] < MAX_COUNTED) later = to_come[s * MAX_COUNTED + expect[s]] > 0;
            for (size_t k2 = k + 1; expect[s] >= MAX_COUNTED && k2 < cands.len && k2 <= k + 64 && !later; k2++) {
                const marker *c2 = &KR_VEC_AT(&cands, marker, k2);
                later = c2->paren == c->paren && c2->value == expect[s];
            }
            if (!later) expect[s]++;
        }
        if (c->value != expect[s]) continue;
        if (c->weak) { /* "RTL4 … de Kamer4": the plain marker of the same value before the next value wins */
            bool plain = false;
            for (size_t k2 = k + 1; k2 < cands.len && k2 <= k + 64 && !plain; k2++) {
                const marker *c2 = &KR_VEC_AT(&cands, marker, k2);
                if (c2->paren != c->paren) continue;
                if (c2->value == c->value + 1) break;
                plain = c2->value == c->value && !c2->weak;
            }
            if (plain) continue;
        }
        marker *a = kr_vec_push(&accepted);
        if (!a) rc = KR_ENOMEM;
        else *a = *c;
        expect[s]++;
    }
    /* Which accepted markers already have a text: index by (series, value). */
    bool *has_text = calloc(accepted.len + 1, 1);
    if (!has_text) rc = KR_ENOMEM;
    for (size_t i = 0; i < n && !rc; i++) {
        line *L = &lines[i];
        int num = -1, paren = 0;
        size_t skip = 0;
        bool numline = false;
        if (L->kind == L_TEXT) {
            /* a footnote's text starts a block: after a blank line, page furniture, another
             * footnote or a number, or on a new page (looked at before the pattern is) */
            bool fresh = i == 0 || lines[i - 1].kind == L_BLANK || lines[i - 1].kind == L_FURN ||
                         lines[i - 1].kind == L_FNBODY || lines[i - 1].kind == L_NUM || L->pb ||
                         prev_nonblank(lines, i) < 0;
            /* or, its number glued to its first word ("3Kamerstuk 29 383, nr. 406.", "4(Aanhangsel
             * …)"), right after the text whose page it ends: running text never starts so */
            size_t g = L->s;
            while (g < L->e && g - L->s < 3 && kr_is_digit((unsigned char)w[g])) g++;
            if (g < L->e && w[g] == '(') g++; /* "4(Aanhangsel Handelingen, …)" */
            bool glued = g > L->s && g + 1 < L->e &&
                         (is_upper_at(w, g) || has_prefix(w + g, L->e - g, "http") || has_prefix(w + g, L->e - g, "www."));
            if ((!fresh && !glued) || !line_match(P_FNSTART, w, L, m)) continue;
            size_t gs, gl, ps, pl;
            kr_group(m, 1, &gs, &gl);
            num = atoi(w + L->s + gs);
            paren = kr_group(m, 2, &ps, &pl) && pl > 0;
            /* the number (and bracket) is left out, and the white space after it: the match ends
             * one byte into the text after white space ("1 Tekst"), at the text when glued to it
             * ("1Tekst", "[1]Tekst"); group 2 ends where the number's form does */
            skip = m->ov[1] > ps + pl ? m->ov[1] - 1 : m->ov[1];
        } else if (L->kind == L_NUM && !L->pb) {
            int p = prev_nonblank(lines, i);
            if (p >= 0 && lines[p].kind == L_FURN && !lines[p].web) continue; /* a page number */
            num = L->num;
            numline = true;
            /* "1\n2\n\n…\ntext of 1\ntext of 2": numbers stacked above their texts, one line
             * each, as pdftotext lays out a page's footnotes */
            size_t run = 1;
            while (i + run < n && lines[i + run].kind == L_NUM && lines[i + run].num == num + (int)run &&
                   !lines[i + run].pb)
                run++;
            if (run > 1) {
                size_t tl = i + run;
                while (tl < n && (lines[tl].kind == L_BLANK || lines[tl].kind == L_FURN) && !lines[tl].pb) tl++;
                size_t k = 0;
                while (k < run && tl + k < n && lines[tl + k].kind == L_TEXT && !lines[tl + k].pb) k++;
                if (k == run) {
                    bool all = true;
                    size_t mis[64];
                    for (size_t r = 0; r < run && r < 64; r++) {
                        mis[r] = SIZE_MAX;
                        for (size_t a = 0; a < accepted.len; a++) {
                            marker *mk = &KR_VEC_AT(&accepted, marker, a);
                            if (mk->value == num + (int)r && !mk->paren && !has_text[a] && mk->pos < L->s) {
                                mis[r] = a;
                                break;
                            }
                        }
                        all &= mis[r] != SIZE_MAX;
                    }
                    if (all && run <= 64) {
                        for (size_t r = 0; r < run; r++) {
                            kr_footnote *f = kr_vec_push(&t->footnotes);
                            if (!f) {
                                rc = KR_ENOMEM;
                                break;
                            }
                            marker *mk = &KR_VEC_AT(&accepted, marker, mis[r]);
                            f->number = num + (int)r;
                            f->marker_orig = mk->pos;
                            has_text[mis[r]] = true;
                            lines[i + r].kind = L_FNNUM;
                            lines[tl + r].kind = L_FNBODY;
                            lines[tl + r].fn = (int)t->footnotes.len - 1;
                        }
                        i = tl + run - 1;
                        continue;
                    }
                }
            }
        } else {
            continue;
        }
        size_t mi = SIZE_MAX;
        for (size_t k = 0; k < accepted.len; k++) {
            marker *a = &KR_VEC_AT(&accepted, marker, k);
            if (a->value == num && a->paren == paren && !has_text[k] && a->pos < L->s) {
                mi = k;
                break;
            }
        }
        if (mi == SIZE_MAX) continue;
        /* The footnote's first text line. */
        size_t first = i;
        if (numline) {
            first = i + 1;
            while (first < n && (lines[first].kind == L_BLANK || lines[first].kind == L_FURN) &&
                   !lines[first].pb)
                first++;
            if (first >= n || lines[first].kind != L_TEXT || lines[first].pb) continue;
            if (line_match(P_FNSTART, w, &lines[first], m) || qa_heading(w, &lines[first])) continue;
            /* a paragraph that ends in a question mark is a numbered question ("1\n\nWelke
             * lessen …?"), not a footnote's text */
            size_t last = first;
            while (last + 1 < n && lines[last + 1].kind == L_TEXT && !lines[last + 1].pb) last++;
            if (w[lines[last].e - 1] == '?') continue;
        }
        kr_footnote *f = kr_vec_push(&t->footnotes);
        if (!f) {
            rc = KR_ENOMEM;
            break;
        }
        int fi = (int)t->footnotes.len - 1;
        marker *a = &KR_VEC_AT(&accepted, marker, mi);
        f->number = num;
        f->paren = paren;
        f->marker_orig = a->pos; /* work offset for now; mapped below */
        has_text[mi] = true;
        if (numline) L->kind = L_FNNUM;
        lines[first].kind = L_FNBODY;
        lines[first].fn = fi;
        lines[first].skip = numline ? 0 : skip;
        size_t j = first + 1;
        /* its lines run on to the next footnote, a blank line, a new page or an Aanhangsel's page
         * footer (one glued to the next heading, "… Aanhangsel 3Antwoord 12", is not furniture
         * yet); a footnote may cite a paper "Tweede Kamer, vergaderjaar …, 35 300, nr. 5" */
        while (j < n && lines[j].kind == L_TEXT && !lines[j].pb && !lines[j].indented && !qa_heading(w, &lines[j]) &&
               !(line_can_start(P_AHFOOT, w, &lines[j]) &&
                 kr_contains(w + lines[j].s, lines[j].e - lines[j].s < 64 ? lines[j].e - lines[j].s : 64, ", Aanhangsel",
                             12, 2))) {
            if (line_match(P_FNSTART, w, &lines[j], m)) {
                size_t gs, gl;
                kr_group(m, 1, &gs, &gl);
                int nn = atoi(w + lines[j].s + gs);
                bool known = false;
                for (size_t k = 0; k < accepted.len; k++)
                    known |= KR_VEC_AT(&accepted, marker, k).value == nn && !has_text[k];
                if (known) break;
            }
            lines[j].kind = L_FNBODY;
            lines[j].fn = fi;
            j++;
        }
        i = j - 1;
    }
    free(has_text);
    free(to_come);
    kr_vec_free(&cands);
    kr_vec_free(&accepted);
    return rc ? kr_fail(KR_ENOMEM, "out of memory") : 0;
}

/* ---------------------------------------------------------------- building */

/* Position of the first a or b in s[i, n), or n. Lines are short: an inline loop over sixteen
 * bytes at a time beats two calls of memchr per line. */
static size_t find2(const char *s, size_t i, size_t n, char a, char b)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
    for (; n - i >= 16; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)));
        if (m) return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i < n; i++)
        if (s[i] == a || s[i] == b) return i;
    return n;
}

/* Appends a line start of the original to t, whose array holds *cap. */
static int add_line_start(kr_text *t, size_t *cap, size_t off)
{
    if (t->n_lines == *cap) {
        size_t *p = realloc(t->line_starts, 2 * *cap * sizeof(size_t));
        if (!p) return KR_ENOMEM;
        t->line_starts = p;
        *cap *= 2;
    }
    t->line_starts[t->n_lines++] = off;
    return 0;
}

/* Cuts w into lines at line and page breaks. When the original is w, its line starts (after each
 * '\n') are added to same. */
static int split_lines(const char *w, size_t n, kr_vec *out, kr_text *same, size_t *cap)
{
    size_t s = 0;
    bool pb = false;
    kr_breaks br = {w, n, 0, 0, 0, '\n', '\f'};
    for (;;) {
        size_t i = kr_next_break(&br);
        line *L = kr_vec_push_raw(out); /* set whole below */
        if (!L) return KR_ENOMEM;
        size_t a = s, b = i;
        bool indented = a < b && w[a] == ' ';
        while (a < b && w[a] == ' ') a++;
        while (b > a && w[b - 1] == ' ') b--;
        *L = (line){.s = a, .e = b, .kind = a == b ? L_BLANK : L_TEXT, .pb = pb, .indented = indented};
        /* what officielebekendmakingen's pages put around their text, copied with it: the link
         * back to the top and the head of each footnote */
        if ((b - a == 5 && memcmp(w + a, "XNoot", 5) == 0) || (b - a == 6 && memcmp(w + a, "X Noot", 6) == 0) ||
            (b - a == 10 && memcmp(w + a, "Naar boven", 10) == 0)) {
            L->kind = L_FURN;
            L->web = true;
        }
        if (L->kind == L_TEXT && b - a <= 3) {
            bool digits = true;
            for (size_t k = a; k < b; k++) digits &= kr_is_digit((unsigned char)w[k]);
            if (digits) {
                L->kind = L_NUM;
                L->num = atoi(w + a);
            }
        }
        if (i == n) return 0;
        pb = w[i] == '\f';
        s = i + 1;
        if (same && !pb && add_line_start(same, cap, s)) return KR_ENOMEM;
    }
}

/* A number alone on a line that is not a footnote number is a page number when page furniture
 * or a page break stands next to it; otherwise it is text (an agenda number, a count). */
static void settle_numbers(line *lines, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (lines[i].kind != L_NUM) continue;
        int p = prev_nonblank(lines, i);
        size_t k = i + 1;
        while (k < n && lines[k].kind == L_BLANK && !lines[k].pb) k++;
        bool page = p < 0 || (lines[p].kind == L_FURN && !lines[p].web) || lines[i].pb || k >= n || lines[k].pb ||
                    (lines[k].kind == L_FURN && !lines[k].web);
        lines[i].kind = page ? L_FURN : L_TEXT;
    }
}

/* Whether the date at c[at] follows "op", a weekday between or not ("op 23 maart 2001 te
 * Londen", "te houden op dinsdag 21 mei 2019"): an event's date. */
static bool after_op(const char *c, size_t at)
{
    static const kr_lit days[] = {KR_LIT("maandag "), KR_LIT("dinsdag "),  KR_LIT("woensdag "), KR_LIT("donderdag "),
                                  KR_LIT("vrijdag "), KR_LIT("zaterdag "), KR_LIT("zondag ")};
    for (size_t k = 0; k < KR_NLIT(days); k++)
        if (at >= days[k].n && memcmp(c + at - days[k].n, days[k].s, days[k].n) == 0) {
            at -= days[k].n;
            break;
        }
    if (at < 3 || (memcmp(c + at - 3, "op ", 3) != 0 && memcmp(c + at - 3, "Op ", 3) != 0)) return false;
    unsigned char x = at > 3 ? (unsigned char)(c[at - 4] | 0x20) : 0;
    return !(x >= 'a' && x <= 'z'); /* "op" a word of its own */
}

/* The decoded text and its lines live only while a text is built: each thread keeps their memory
 * for the next document, up to SCRATCH_KEEP bytes each. */
#define SCRATCH_KEEP (4u << 20)
typedef struct scratch {
    kr_buf dout;
    kr_vec dspans, lines;
} scratch;

static void scratch_release(void *p)
{
    scratch *sc = p;
    kr_buf_free(&sc->dout);
    kr_vec_free(&sc->dspans);
    kr_vec_free(&sc->lines);
}

static kr_tls scratch_tls = {.size = sizeof(scratch), .release = scratch_release};

/* Hands the scratch memory back for the next document (or frees it when it is large, or when
 * there is no scratch). */
static void scratch_keep(scratch *sc, decoder *d, kr_vec *lines)
{
    if (sc && d->out.cap <= SCRATCH_KEEP && !d->out.err) {
        d->out.len = 0;
        sc->dout = d->out;
    } else {
        kr_buf_free(&d->out);
        if (sc) sc->dout = (kr_buf){0};
    }
    if (sc && d->spans.cap * d->spans.size <= SCRATCH_KEEP) {
        d->spans.len = 0;
        sc->dspans = d->spans;
    } else {
        kr_vec_free(&d->spans);
        if (sc) kr_vec_init(&sc->dspans, sizeof(span));
    }
    if (sc && lines->cap * lines->size <= SCRATCH_KEEP) {
        lines->len = 0;
        sc->lines = *lines;
    } else {
        kr_vec_free(lines);
        if (sc) kr_vec_init(&sc->lines, sizeof(line));
    }
}

int kr_text_build(kr_text *t, const char *orig, size_t len)
{
    assert(orig[len] == '\0'); /* read in place when nothing is to be decoded */
    memset(t, 0, sizeof *t);
    t->orig = orig;
    t->orig_len = len;
    kr_vec_init(&t->footnotes, sizeof(kr_footnote));
    kr_vec_init(&t->warnings, sizeof(kr_warning));
    pthread_once(&patterns_once, compile_patterns);
    if (patterns_rc) return patterns_rc;

    decoder d = {0};
    kr_vec_init(&d.spans, sizeof(span));
    kr_vec lines;
    kr_vec_init(&lines, sizeof(line));
    scratch *sc = kr_tls_get(&scratch_tls);
    if (sc && sc->dspans.size) { /* the memory of the thread's last document */
        d.out = sc->dout;
        d.spans = sc->dspans;
        lines = sc->lines;
    }
    emitter e = {0};
    kr_vec_init(&e.spans, sizeof(kr_span));
    kr_match m = {0};
    size_t *fn_lines = NULL; /* per footnote: its first line and one past its last */
    bool same = false; /* the original is the decoded text */
    int rc = kr_buf_reserve(&e.out, len + 16) ? KR_ENOMEM : 0;
    if (!rc) rc = decode(t, &d, &same);
    if (!rc) rc = kr_match_init(&m);
    if (rc) goto out;
    const char *w = same ? orig : d.out.data ? d.out.data : "";
    size_t wn = same ? len : d.out.len;
    if (same && !kr_vec_push(&d.spans)) goto oom;
    if (same) KR_VEC_AT(&d.spans, span, 0) = (span){0, 0, false};
    /* a sentinel span for the end of the decoded text */
    span *endm = kr_vec_push(&d.spans);
    if (!endm) goto oom;
    *endm = (span){wn, len, true};
    /* Line starts of the original, for line and column numbers: the decoded lines' when the
     * original is the decoded text, else found below. */
    size_t cap = len / 48 + 64; /* lines are longer than that on average: rarely grown */
    t->line_starts = malloc(cap * sizeof(size_t));
    if (!t->line_starts) goto oom;
    t->line_starts[t->n_lines++] = 0;
    if (split_lines(w, wn, &lines, same ? t : NULL, &cap)) goto oom;
    line *L = lines.data;
    size_t nl = lines.len;
    if ((rc = find_identity(t, w, L, nl, &m))) goto out;
    if ((rc = find_footnotes(t, w, L, nl, &m))) goto out;
    settle_numbers(L, nl);
    /* The parliamentary year: from the document's own footers or its "Vergaderjaar" heading. */
    for (size_t i = 0; i < nl && !t->year; i++) {
        bool own = L[i].kind == L_FURN || (L[i].kind == L_TEXT && i < 40);
        if (!own || !line_match(P_YEAR, w, &L[i], &m)) continue;
        if (L[i].kind == L_TEXT && m.ov[1] != L[i].e - L[i].s) continue; /* a heading stands alone */
        size_t a, al, b, bl;
        kr_group(&m, 1, &a, &al);
        kr_group(&m, 2, &b, &bl);
        if (asprintf(&t->year, "%.4s-%.4s", w + L[i].s + a, w + L[i].s + b) < 0) goto oom;
    }

    e.dspans = d.spans.data;
    e.n_dspans = d.spans.len;
    e.identity = same;
    if ((rc = emit_lines(&e, w, L, nl, L_TEXT, -1, NULL))) goto out;
    t->body_end = e.out.len;
    /* A footnote's text lies between its first and last line: only that stretch is walked. */
    if (t->footnotes.len && !(fn_lines = calloc(2 * t->footnotes.len, sizeof *fn_lines))) goto oom;
    for (size_t i = nl; i-- > 0;) {
        if (L[i].kind != L_FNBODY) continue;
        size_t *r = &fn_lines[2 * (size_t)L[i].fn];
        if (!r[1]) r[1] = i + 1;
        r[0] = i;
    }
    for (size_t f = 0; f < t->footnotes.len; f++) {
        kr_footnote *fn = &KR_VEC_AT(&t->footnotes, kr_footnote, f);
        if (put_sep(&e, '\n', len) || put_sep(&e, '\n', len)) goto oom;
        fn->clean_start = e.out.len;
        size_t a = fn_lines[2 * f], b = fn_lines[2 * f + 1];
        if ((rc = emit_lines(&e, w, L + a, b - a, L_FNBODY, (int)f, &fn->clean_start))) goto out;
        fn->clean_end = e.out.len;
        fn->marker_orig = worig(&e, fn->marker_orig);
    }
    if (map_next(&e, len, true)) goto oom; /* a sentinel span at the end */
    if (kr_buf_reserve(&e.out, 0)) goto oom;
    t->len = e.out.len;
    t->clean = kr_buf_steal(&e.out);
    t->spans = e.spans.data;
    t->n_spans = e.spans.len;
    e.spans.data = NULL;
    /* The first full date in the opening of the text, but one that names another meeting ("VSO
     * Informele Milieuraad d.d. 10-11 april 2018", "(Zie vergadering van 7 februari 2024.)"), an
     * event ("het op 23 maart 2001 te Londen tot stand gekomen Verdrag", "te houden op dinsdag 21
     * mei 2019") or ends a range. */
    size_t dl = t->body_end < 4000 ? t->body_end : 4000;
    /* the paper's or letter's own date first: "Vastgesteld 9 september 2010", "Den Haag, 25
     * september 2019", "Datum 12 maart 2024", "(ingezonden 21 april 2022)" (the first of them: a report holds the letters it
     * reports after its own date); the words are looked for, the date tried right after them */
    static const kr_lit cues[] = {KR_LIT("Vastgesteld"), KR_LIT("Den Haag, "), KR_LIT("'s-Gravenhage, "), KR_LIT("Datum"),
                                  KR_LIT("(ingezonden"), KR_LIT("(ontvangen")}; /* Kamervragen: put, answered */
    static const size_t rare[] = {0, 4, 0, 0, 5, 4}; /* the byte each is looked for by */
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < KR_NLIT(cues); k++) {
        /* each place of the word, until one is followed by a date ("Datum bekend gemaakt … Datum
         * 12 maart 2024") */
        for (size_t from = 0; from < dl;) {
            const char *p = kr_find_word(t->clean + from, dl - from, cues[k].s, cues[k].n, rare[k]);
            if (!p) break;
            size_t at = (size_t)(p - t->clean) + cues[k].n;
            from = at;
            if (at >= best) break;
            while (at < dl && (t->clean[at] == ' ' || t->clean[at] == ':' || t->clean[at] == '\n') && at - from < 3) at++;
            if (!kr_re_find(&patterns[P_DATE], t->clean, dl, at, &m, true)) continue;
            char iso[11];
            if (kr_date_norm(t->clean + m.ov[0], m.ov[1] - m.ov[0], iso)) continue;
            free(t->date);
            if (!(t->date = kr_strndup(iso, 10))) goto oom;
            best = at;
            break;
        }
    }
    for (size_t from = 0; !t->date && kr_re_find(&patterns[P_DATE], t->clean, dl, from, &m, false); from = m.ov[1]) {
        const char *ds = t->clean + m.ov[0];
        size_t before = m.ov[0];
        if ((before >= 5 && memcmp(ds - 5, "d.d. ", 5) == 0) || (before >= 1 && ds[-1] == '-') ||
            (before >= 16 && memcmp(ds - 16, "vergadering van ", 16) == 0) || /* "(Zie vergadering van 7 …)" */
            (before >= 3 && memcmp(ds - 3, "\xE2\x80\x93", 3) == 0) ||
            after_op(t->clean, before))
            continue;
        char iso[11];
        if (!kr_date_norm(ds, m.ov[1] - m.ov[0], iso) && !(t->date = kr_strndup(iso, 10))) goto oom;
        break;
    }

    for (size_t i = 0; !same && i < len; i++) {
        i = find2(orig, i, len, '\n', '\r');
        if (i == len) break;
        bool nlc = orig[i] == '\n' || !(i + 1 < len && orig[i + 1] == '\n');
        if (nlc && add_line_start(t, &cap, i + 1)) goto oom;
    }
    for (size_t i = 0; i < t->warnings.len; i++) {
        kr_warning *wr = &KR_VEC_AT(&t->warnings, kr_warning, i);
        size_t col;
        kr_text_linecol(t, wr->offset, &wr->line, &col);
    }
    goto out;
oom:
    rc = kr_fail(KR_ENOMEM, "out of memory");
out:
    free(fn_lines);
    kr_match_free(&m);
    scratch_keep(sc, &d, &lines);
    kr_buf_free(&e.out);
    kr_vec_free(&e.spans);
    if (rc) kr_text_free(t);
    return rc;
}

void kr_text_free(kr_text *t)
{
    if (!t) return;
    free(t->clean);
    free(t->spans);
    kr_vec_free(&t->footnotes);
    for (size_t i = 0; i < t->warnings.len; i++)
        free((char *)KR_VEC_AT(&t->warnings, kr_warning, i).message);
    kr_vec_free(&t->warnings);
    free(t->line_starts);
    free(t->self_id);
    free(t->year);
    free(t->date);
    memset(t, 0, sizeof *t);
}

size_t kr_text_orig(const kr_text *t, size_t i)
{
    if (i >= t->len || !t->n_spans) return t->orig_len;
    size_t lo = 0, hi = t->n_spans;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->spans[mid].c <= i) lo = mid;
        else hi = mid;
    }
    const kr_span *sp = &t->spans[lo];
    return sp->fixed ? sp->o : sp->o + (i - sp->c);
}

size_t kr_text_clean_from(const kr_text *t, size_t orig_off, size_t end)
{
    for (size_t j = 0; j < t->n_spans && t->spans[j].c < end; j++) {
        const kr_span *sp = &t->spans[j];
        size_t stop = j + 1 < t->n_spans && t->spans[j + 1].c < end ? t->spans[j + 1].c : end;
        if (sp->fixed) {
            if (sp->o >= orig_off) return sp->c;
        } else if (sp->o + (stop - 1 - sp->c) >= orig_off) {
            return sp->o >= orig_off ? sp->c : sp->c + (orig_off - sp->o);
        }
    }
    return end;
}

/* The characters among s[0, n): the bytes that do not continue a UTF-8 sequence (0x80..0xBF). */
static size_t count_chars(const char *s, size_t n)
{
    size_t c = n, i = 0;
#if defined(__SSE2__)
    for (; n - i >= 16; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        c -= (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0))));
    }
#endif
    for (; i < n; i++) c -= ((unsigned char)s[i] & 0xC0) == 0x80;
    return c;
}

void kr_text_linecol(const kr_text *t, size_t off, size_t *lineno, size_t *col)
{
    size_t lo = 0, hi = t->n_lines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (t->line_starts[mid] <= off) lo = mid;
        else hi = mid;
    }
    *lineno = lo + 1;
    size_t a = t->line_starts[lo], b = off < t->orig_len ? off : t->orig_len;
    *col = 1 + (a < b ? count_chars(t->orig + a, b - a) : 0);
}

void kr_text_linecol_next(const kr_text *t, kr_linecol_cursor *cur, size_t off, size_t *lineno,
                          size_t *col)
{
    if (cur->line == 0 || off < cur->off) {
        kr_text_linecol(t, off, lineno, col);
    } else {
        size_t l = cur->line, c = cur->col;
        /* a line break in between: start from that line */
        if (l < t->n_lines && t->line_starts[l] <= off) {
            kr_text_linecol(t, off, lineno, col);
            cur->off = off;
            cur->line = *lineno;
            cur->col = *col;
            return;
        }
        size_t a = cur->off, b = off < t->orig_len ? off : t->orig_len;
        if (a < b) c += count_chars(t->orig + a, b - a);
        *lineno = l;
        *col = c;
    }
    cur->off = off;
    cur->line = *lineno;
    cur->col = *col;
}

int kr_text_footnote_at(const kr_text *t, size_t pos)
{
    if (pos < t->body_end) return -1;
    for (size_t i = 0; i < t->footnotes.len; i++) {
        const kr_footnote *f = &KR_VEC_AT(&t->footnotes, kr_footnote, i);
        if (pos >= f->clean_start && pos < f->clean_end) return (int)i;
    }
    return -1;
}
