/* Questions and answers stage: pairs the questions of a document with their answers, tells
 * whether each was answered, deferred, declined or only referred elsewhere, and resolves the
 * referrals.
 *
 * Two layouts occur. Kamervragen and answer letters number their questions ("Vraag 3",
 * "Antwoord 3", "Antwoord op vragen 4 en 5"). Reports of a written consultation have party
 * sections ("Vragen en opmerkingen van de leden van de NSC-fractie"), topic headings, and
 * question paragraphs each followed by "Antwoord". The status of an answer comes from its
 * sentences: phrase families for postponing, declining and pointing elsewhere, weighed against
 * the sentences that carry substance. */
#include "qa.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"

const char *kr_qstatus_name(kr_qstatus s)
{
    static const char *const names[] = {"answered", "deferred", "referred", "declined", "unanswered"};
    return (unsigned)s <= KR_Q_UNANSWERED ? names[s] : "unknown";
}

/* ---------------------------------------------------------------- patterns */

enum {
    Q_ANS,
    Q_ANS_PLAIN,
    Q_VRAAG,
    Q_VRAAG_BARE,
    Q_MEDEDELING,
    Q_PARTY,
    Q_POINTER,
    Q_INLINE_REF,
    Q_FUTURE,
    Q_PAST,
    Q_ASKERS,
    Q_COUNT
};

/* An answer heading: "Antwoord 3", "Antwoorden op vragen 2 en 3", "Reactie". */
#define ANS                                                                                              \
    "(?:Antwoorden|Antwoord|Reactie|ANTWOORD)(?:\\s+op)?(?:\\s+(?:de\\s+)?(?:vraag|vragen))?"                   \
    "(?:\\s+(\\d{1,3}(?:(?:\\s*(?:,\\s*en|,|en|t/m|tot\\s+en\\s+met|-|–)\\s*|\\s+)\\d{1,3})*))?\\s*[:.]?$"

static kr_re pats[] = {
    [Q_ANS] = {"^(?:.*\\bAanhangsel\\s*\\d+\\s*)?" ANS, 0, NULL, false},
    /* the same for a line without "Aanhangsel 12" before an answer word (footer_then_answer),
     * where the optional start cannot take part: a line that starts with the word */
    [Q_ANS_PLAIN] = {"^" ANS, 0, NULL, false},
    [Q_VRAAG] = {"^(?:Vraag|VRAAG|Vragen)\\s+(\\d{1,3}(?:(?:\\s*(?:,\\s*en|,|en|t/m|tot\\s+en\\s+met|-|–)\\s*|\\s+)\\d{1,3})*)\\s*[:.]?$",
                 0, NULL, false},
    /* "Vraag:" without a number, the question on its line or the next, as the written answers to
     * a budget debate's questions print them ("Vragen van het lid X (PVV)", "Vraag:", "Antwoord:") */
    [Q_VRAAG_BARE] = {"^(?:Vraag|VRAAG)\\s*(?::\\s*|$)", 0, NULL, false},
    [Q_MEDEDELING] = {"^Mededeling\\b", 0, NULL, false},
    /* "… van de leden van de VVD-fractie", "… van de leden van de fractie van GroenLinks-PvdA" */
    /* "… van de leden van de VVD-fractie", "… van de leden van de fractie van D66", older "… van de
     * CDA-fractie" */
    [Q_PARTY] = {"^Vragen en opmerkingen (?:van|vanuit) de (?:leden van de\\s+)?(?|fractie\\s+van\\s+(?:de\\s+)?(\\S+(?:\\s+\\S+)?)"
                 "\\s*$|(.+?)(?:-|\\s+)fractie)",
                 0, NULL, false},
    [Q_POINTER] = {"^(?:Zie\\s+(?:ook\\s+|verder\\s+|hiervoor\\s+|daarvoor\\s+)?(?:het\\s+|mijn\\s+|de\\s+)?antwoord(?:en)?\\s+(?:op|bij|onder|(?=\\d)|(?=vraag))"
                   "|Zie\\s+(?:ook\\s+|hiervoor\\s+)?(?:(?:de\\s+)?beantwoording\\s+(?:van\\s+)?(?:de\\s+)?)?vra(?:ag|gen)\\s+\\d|Zie\\s+hierboven\\b"
                   "|Voor\\s+(?:het|een|de)\\s+(?:antwoord|beantwoording)\\s+(?:(?:op|van)\\s+(?:deze\\s+vra(?:ag|gen)|(?:de\\s+)?vra(?:ag|gen)(?:\\s+\\d[^.?!]{0,30}?)?)\\s+)?verwijs"
                   /* "Over het nieuwe beleid heb ik u geïnformeerd in de Kamerbrief … (Kamerstuk 36600, nr. 13)" */
                   "|(?:Over\\s+[^.?!]{1,120}?\\s+(?:heb|hebben)\\s+(?:ik|wij|het\\s+kabinet)|(?:Ik|Wij|Het\\s+kabinet)\\s+(?:heb|hebben))"
                   "\\s+(?:u|uw\\s+Kamer)\\s+[^.?!]{0,60}?"
                   "ge[ïi]nformeerd\\s+(?:in|bij|met|via)\\s+(?:de|mijn|een|onze)\\s+(?:\\S+\\s+){0,2}(?:[Kk]amer)?brief"
                   "|Uw\\s+Kamer\\s+is\\s+[^.?!]{0,60}?ge[ïi]nformeerd\\s+(?:in|bij|met|via)\\s+(?:de|mijn|een|onze)\\s+(?:\\S+\\s+){0,2}(?:[Kk]amer)?brief"
                   "|(?:Deze\\s+vraag|Dit)\\s+(?:is|wordt)\\s+(?:reeds\\s+|al\\s+)?beantwoord\\s+(?:in|bij)\\b"
                   "|Het\\s+antwoord\\s+op\\s+deze\\s+vraag\\s+(?:is|wordt)\\s+(?:opgenomen|gegeven)\\s+(?:in|bij)\\b"
                   "|(?:Het\\s+kabinet|Ik)\\s+verwijs\\w*\\s+(?:u\\s+)?(?:hierbij\\s+|graag\\s+|hiervoor\\s+|daarvoor\\s+|kortheidshalve\\s+)?naar\\s+(?:het|mijn|de)\\s+(?:antwoord|(?:Kamer)?brief|beantwoording)"
                   /* "Zie mijn brief van 3 maart 2023 (Kamerstuk …)." as the whole answer */
                   "|Zie\\s+(?:ook\\s+)?(?:mijn|de|het)\\s+(?:(?:Kamer)?brief|beantwoording|verslag)\\b"
                   "|Verwezen\\s+wordt\\s+naar\\s+het\\s+antwoord"
                   "|(?:Ik|Het\\s+kabinet)\\s+verwijs\\w*\\s+(?:u\\s+)?voor\\s+het\\s+antwoord"
                   /* "Graag verwijs ik u naar de Kamerbrief van 14 juli 2023 waarin …" */
                   "|(?:Graag|Hiervoor|Daarvoor|Hierbij|Kortheidshalve)\\s+verwijs\\s+ik\\s+(?:u\\s+)?(?:graag\\s+)?naar"
                   "|In\\s+(?:mijn\\s+)?antwoord(?:en)?\\s+(?:op\\s+vraag\\s+)?\\d{1,3}\\b[^.?!]{0,40}\\b(?:ingegaan|beantwoord|toegelicht))",
                   0, NULL, false},
[Q_INLINE_REF] = {"(?i:(?:antwoord(?:en)?|beantwoording)\\s+(?:(?:op|bij|van)\\s+)?(?:de\\s+)?(?:vraag|vragen)\\s+|\\bantwoord(?:en)?\\s+onder\\s+(?=\\d)"
                      "|\\bzie\\s+(?:ook\\s+)?(?:de\\s+)?(?:vraag|vragen)\\s+|\\b(?:ook\\s+)?bij\\s+(?:vraag|vragen)\\s+"
                      "|\\b(?:in|mijn|zie)\\s+antwoord(?:en)?\\s+(?=\\d))"
                      /* not another set's: "vraag 4 van de vragen van het lid X", "vraag 5 van de schriftelijke vragen …" */
                      "(?>(\\d{1,3}(?:\\s*(?:,\\s*en|,|en|t/m|tot\\s+en\\s+met|–|-)\\s*(?:vraag\\s+)?\\d{1,3})*))"
                      "(?!\\s+(?:van|uit)\\s+(?:de\\s+(?:schriftelijke\\s+)?(?:kamer)?vragen|het\\s+lid|de\\s+leden)\\b)",
                      0, NULL, false},
    [Q_FUTURE] = {"(?i:\\b(?:zal|zullen|zult|wordt|worden|word|zodra|binnenkort|straks|na de zomer|voor de zomer|"
                  "eind dit jaar|later dit jaar|volgend jaar|naar verwachting|de komende|kom|komt|informeer|informeert|"
                  "wacht|separate|separaat|aparte|stuur|zend|op korte termijn|verwacht|streef|voornemens|ontvangt|"
                  "te (?:kunnen )?(?:informeren|sturen|zenden|berichten|delen)|volgt|hoogte|eerstvolgende|"
                  "kabinetsreactie|beleidsreactie|voortgangsbrief|in het najaar|in het voorjaar|medio|verwachting|(?:loopt|lopen)\\s+nog)\\b)",
                  0, NULL, false},
    /* what was done, not what will be: "Hierin heb ik uw Kamer geïnformeerd over mijn besluit" */
    [Q_PAST] = {"(?i:\\b(?:heb|hebt|heeft|hebben|had|hadden)\\s+(?:ik\\s+|het\\s+kabinet\\s+|wij\\s+)?(?:uw|de)\\s+(?:tweede\\s+)?kamer\\b"
                "[^?!]{0,160}\\b(?:ge[ïi]nformeerd|gestuurd|toegestuurd|bericht)\\b)",
                0, NULL, false},
    [Q_ASKERS] = {"\\bVragen van (?:het lid|de leden)\\s+([^\\n]{1,300}?)\\s+(?:aan|over)\\s", 0, NULL, false},
    {NULL, 0, NULL, false},
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_rc;
static void pack_stop_words(void);

static int index_phrases(void);

static void compile_all(void)
{
    pack_stop_words();
    once_rc = kr_re_compile_table(pats);
}

/* The phrase patterns, compiled only when answers are judged (not for `docs` or `graph`). */
static pthread_once_t phrases_once = PTHREAD_ONCE_INIT;
static int phrases_rc;
static void compile_phrases(void) { phrases_rc = index_phrases(); }

/* ---------------------------------------------------------------- working state */

typedef struct span {
    size_t s, e; /* clean offsets */
} span;

typedef struct qwork {
    int number;
    char *label;
    char *party;
    char *topic;
    span text;
    int block;        /* answer block index, -1 none */
} qwork;

typedef struct ablock {
    int first;        /* first question number named, 0 when unnumbered */
    char *label;
    span text;
    size_t head;      /* clean offset of the heading */
} ablock;

typedef struct builder {
    const kr_text *t;
    kr_qa *qa;
    kr_match m;
    kr_vec qs; /* qwork */
    kr_vec as; /* ablock */
    char *scratch; /* a sentence folded, then lower-cased (judge) */
    size_t scratch_cap;
    bool aanhangsel; /* the running text holds "Aanhangsel" (page footers are cut from it) */
    bool list;       /* a committee's "Lijst van vragen en antwoorden": answers need no heading */
    bool bare_vraag; /* questions headed "Vraag:" without a number */
    bool unanswered; /* questions numbered "1. …?" and no answer in the document */
    /* where it does, up to AANH_MAX times (n_aanh is AANH_MAX + 1 when there are more) */
#define AANH_MAX 32
    size_t aanh[AANH_MAX], n_aanh;
} builder;

/* Finds the places of "Aanhangsel" in the running text, for may_hold_footer. */
static void find_aanhangsel(builder *b)
{
    const char *c = b->t->clean, *end = c + b->t->body_end;
    b->n_aanh = 0;
    for (const char *p = c; p < end && (p = kr_find_word(p, (size_t)(end - p), "Aanhangsel", 10, 0)); p += 10) {
        if (b->n_aanh == AANH_MAX) {
            b->n_aanh++; /* too many to list: every line is looked at */
            break;
        }
        b->aanh[b->n_aanh++] = (size_t)(p - c);
    }
    b->aanhangsel = b->n_aanh > 0;
}

/* Whether line s[0, n) may hold "Aanhangsel" (for footer_then_answer): a line of the running
 * text holds it only where find_aanhangsel found it. */
static bool may_hold_footer(const builder *b, const char *s, size_t n)
{
    if (!b->aanhangsel) return false;
    /* (compared as integers: s may be a line put together elsewhere) */
    uintptr_t c = (uintptr_t)b->t->clean, at = (uintptr_t)s;
    if (b->n_aanh > AANH_MAX || at < c || at - c > b->t->body_end || n > b->t->body_end - (at - c)) return true;
    size_t off = at - c;
    for (size_t k = 0; k < b->n_aanh; k++)
        if (b->aanh[k] >= off) return b->aanh[k] + 10 <= off + n; /* the first at or after the line */
    return false;
}

static char *keep(kr_qa *qa, char *s)
{
    if (!s) return NULL;
    char **slot = kr_vec_push(&qa->strings);
    if (!slot) {
        free(s);
        return NULL;
    }
    return *slot = s;
}

static bool answer_word(const char *s, size_t n)
{
    return n >= 7 && (memcmp(s, "Antwoor", 7) == 0 || memcmp(s, "ANTWOOR", 7) == 0 || memcmp(s, "Reactie", 7) == 0);
}

/* "…Aanhangsel 12Antwoord 3": "Aanhangsel", white space, digits, white space, then an answer word */
static bool footer_then_answer(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, 'A', (size_t)(s + n - p))); p++) {
        if ((size_t)(s + n - p) < 10 || memcmp(p, "Aanhangsel", 10) != 0) continue;
        size_t i = (size_t)(p - s) + 10;
        while (i < n && kr_is_space((unsigned char)s[i])) i++;
        if (i == n || !kr_is_digit((unsigned char)s[i])) continue;
        while (i < n && kr_is_digit((unsigned char)s[i])) i++;
        while (i < n && kr_is_space((unsigned char)s[i])) i++;
        if (answer_word(s + i, n - i)) return true;
    }
    return false;
}

/* The line patterns are anchored at the start of a line, so a line whose first byte none of
 * them can begin with (most lines) is passed over without running PCRE2. */
static bool line_may_match(int p, const char *s, size_t n)
{
    if (!n) return true;
    switch (p) {
    case Q_VRAAG:
    case Q_VRAAG_BARE: return n >= 3 && (memcmp(s, "Vra", 3) == 0 || memcmp(s, "VRA", 3) == 0);
    case Q_PARTY: return n >= 6 && memcmp(s, "Vragen", 6) == 0;
    case Q_MEDEDELING: return s[0] == 'M';
    /* "Antwoord(en)", "ANTWOORD", "Reactie", or a page footer "… Aanhangsel 12" glued before */
    case Q_ANS: return answer_word(s, n) || footer_then_answer(s, n);
    case Q_ANS_PLAIN: return answer_word(s, n);
    default: return true;
    }
}

static bool match_line_at(builder *b, int p, const char *s, size_t n)
{
    if (p == Q_ANS && n) { /* the costly ".*" start only where a page footer stands before the word */
        if (may_hold_footer(b, s, n) && footer_then_answer(s, n)) return kr_re_find(&pats[Q_ANS], s, n, 0, &b->m, true);
        p = Q_ANS_PLAIN;
    }
    return line_may_match(p, s, n) && kr_re_find(&pats[p], s, n, 0, &b->m, true);
}

/* Whether line s[0..n) matches line pattern p (match_line_at); a line that cannot, by its first
 * byte, is told apart here without a call: most lines start with none of the words. */
static inline bool match_line(builder *b, int p, const char *s, size_t n)
{
    if (n && !(p == Q_ANS && may_hold_footer(b, s, n))) { /* (a footer may stand before the answer word) */
        switch (p) {
        case Q_VRAAG: case Q_VRAAG_BARE: case Q_PARTY:
            if (s[0] != 'V') return false;
            break;
        case Q_MEDEDELING:
            if (s[0] != 'M') return false;
            break;
        case Q_ANS: case Q_ANS_PLAIN:
            if (s[0] != 'A' && s[0] != 'R') return false;
            break;
        default:
            break;
        }
    }
    return match_line_at(b, p, s, n);
}

/* Numbers of a heading: "2 en 3" -> 2, 3; "3, 4, 5, 9 en 10"; "2 t/m 4" -> 2, 3, 4. */
static size_t heading_numbers(const char *s, size_t n, int *out, size_t max)
{
    size_t k = 0, pos = 0;
    int prev = -1;
    while (k < max) {
        /* the next one to three digits (what \d{1,3} finds) */
        size_t st = pos;
        while (st < n && !kr_is_digit((unsigned char)s[st])) st++;
        if (st >= n) break;
        size_t en = st;
        while (en < n && en - st < 3 && kr_is_digit((unsigned char)s[en])) en++;
        int v = atoi(s + st);
        bool range = false;
        /* "2-4", "2 t/m 4", "2 tot en met 4", "2 – 4" (an en dash ends in 0x93) */
        for (size_t i = pos; i < st; i++)
            range |= s[i] == '-' || s[i] == '/' || (unsigned char)s[i] == 0x93 || (i + 3 <= st && memcmp(s + i, "tot", 3) == 0);
        if (range && prev > 0 && v > prev && v - prev < 50)
            for (int x = prev + 1; x < v && k < max; x++) out[k++] = x;
        if (k < max) out[k++] = v;
        prev = v;
        pos = en;
    }
    return k;
}

/* ---------------------------------------------------------------- lines and paragraphs */

typedef struct tline {
    size_t s, e;
    bool blank_before; /* a paragraph break precedes it */
} tline;

static int split(const kr_text *t, kr_vec *lines)
{
    const char *c = t->clean;
    size_t n = t->body_end, s = 0;
    bool blank = true;
    kr_breaks br = {c, n, 0, 0, 0, '\n', '\n'};
    for (size_t i = 0; i <= n; i++) {
        i = kr_next_break(&br);
        size_t a = s, e = i;
        while (a < e && c[a] == ' ') a++;
        /* a bullet before a heading, as openkamer.org prints them: " • Vraag 1" */
        if (e - a > 4 && memcmp(c + a, "\xE2\x80\xA2 ", 4) == 0)
            for (a += 4; a < e && c[a] == ' ';) a++;
        while (e > a && c[e - 1] == ' ') e--;
        if (a == e) {
            blank = true;
        } else {
            tline *l = kr_vec_push_raw(lines); /* set whole */
            if (!l) return KR_ENOMEM;
            *l = (tline){a, e, blank};
            blank = false;
        }
        s = i + 1;
    }
    return 0;
}

static bool ends_sentence(const char *c, const tline *l)
{
    char last = c[l->e - 1];
    return strchr(".?!:;,", last) != NULL;
}

/* ---------------------------------------------------------------- numbered layout */

/* "1" alone on a line, the question on the next ("…?"), and the answer after a line that says
 * just "Antwoord", as a ministry writes its answers, or in a list of questions and answers
 * (`list`) after the question's paragraph: the question's text starts on the next line. */
static bool bare_number_question(const char *c, const tline *L, size_t i, size_t n, bool list, size_t *text)
{
    if (i + 1 >= n) return false;
    bool asked = false;
    size_t j = i + 1;
    for (; j < n && j < i + 8 && !asked; j++) {
        if (j > i + 1 && L[j].blank_before) break;
        asked = memchr(c + L[j].s, '?', L[j].e - L[j].s) != NULL;
    }
    if (!asked) return false;
    if (list) {
        *text = L[i].e;
        return true;
    }
    for (; j < n && j < i + 12; j++) {
        const char *a = c + L[j].s;
        size_t al = L[j].e - L[j].s;
        while (al && (a[al - 1] == ' ' || a[al - 1] == ':')) al--;
        if (al == 8 && memcmp(a, "Antwoord", 8) == 0) {
            *text = L[i].e;
            return true;
        }
    }
    return false;
}

/* A question numbered without the word "Vraag" ("1. Bent u …?", "1." on a line of its own before
 * the question, "Vraag 1: Bent u …?"): where the number is the next one expected and a question
 * mark ends the question's paragraph. Lists in answers ("1. De maatregel …") ask nothing. Sets
 * *text to where the question's text starts on the line (the line's end when it has none). */
static bool numbered_question(const char *c, const tline *L, size_t i, size_t n, int expect, bool list, size_t *text)
{
    const char *s = c + L[i].s;
    size_t len = L[i].e - L[i].s, k = 0;
    if (len >= 6 && (memcmp(s, "Vraag ", 6) == 0 || memcmp(s, "VRAAG ", 6) == 0)) k = 6;
    size_t d = k;
    int v = 0;
    while (d < len && d - k < 2 && kr_is_digit((unsigned char)s[d])) v = v * 10 + (s[d++] - '0');
    if (d == k || v != expect) return false;
    if (d == len && k == 0) return bare_number_question(c, L, i, n, list, text);
    if (d >= len || (s[d] != '.' && s[d] != ')' && s[d] != ':')) return false;
    size_t t = d + 1;
    if (t < len && s[t] != ' ') return false; /* "1.5", "2)a" */
    while (t < len && s[t] == ' ') t++;
    if (k == 0 && t == len && s[d] == ':') return false;
    /* the question mark: on the line or on the next ones of its paragraph, before a line that
     * ends a sentence or an item otherwise ("2. compartimentering van nieuwe stallen;") */
    bool asked = false;
    for (size_t j = i; j < n && j < i + 6 && !asked; j++) {
        if (j > i && L[j].blank_before) break;
        asked = memchr(c + L[j].s, '?', L[j].e - L[j].s) != NULL;
        if (!asked && L[j].e > L[j].s && strchr(".;:!", c[L[j].e - 1]) && (j > i || t < len)) break;
    }
    if (!asked) return false;
    *text = L[i].s + t;
    return true;
}

static int numbered(builder *b, tline *L, size_t n)
{
    const char *c = b->t->clean;
    qwork *cur = NULL;
    size_t open_from = 0; /* first question not yet covered by an answer */
    ablock *ab = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *s = c + L[i].s;
        size_t len = L[i].e - L[i].s;
        int nums[64];
        size_t qtext;
        int expect = b->qs.len ? KR_VEC_AT(&b->qs, qwork, b->qs.len - 1).number + 1 : 1;
        if (len && (kr_is_digit((unsigned char)s[0]) || s[0] == 'V') && !match_line(b, Q_VRAAG, s, len) &&
            numbered_question(c, L, i, n, expect, b->list, &qtext)) {
            qwork *q = kr_vec_push(&b->qs);
            if (!q) return KR_ENOMEM;
            size_t ll = qtext > L[i].s ? qtext - L[i].s : len;
            while (ll && s[ll - 1] == ' ') ll--;
            q->number = expect;
            q->label = keep(b->qa, kr_strndup(s, ll));
            q->block = -1;
            q->text.s = qtext;
            q->text.e = L[i].e;
            cur = q;
            if (ab) ab->text.e = L[i].s;
            ab = NULL;
            continue;
        }
        if (b->bare_vraag && match_line(b, Q_VRAAG_BARE, s, len)) {
            qwork *q = kr_vec_push(&b->qs);
            if (!q) return KR_ENOMEM;
            size_t after = b->m.ov[1];
            *q = (qwork){.number = expect, .label = keep(b->qa, kr_strndup("Vraag", 5)), .block = -1,
                         .text = {after < len ? L[i].s + after : L[i].e, L[i].e}};
            cur = q;
            if (ab) ab->text.e = L[i].s;
            ab = NULL;
            continue;
        }
        if (match_line(b, Q_VRAAG, s, len)) {
            size_t gs, gl;
            kr_group(&b->m, 1, &gs, &gl);
            size_t k = heading_numbers(s + gs, gl, nums, 64);
            char *label = keep(b->qa, kr_strndup(s, len));
            for (size_t j = 0; j < k; j++) {
                qwork *q = kr_vec_push(&b->qs);
                if (!q) return KR_ENOMEM;
                q->number = nums[j];
                q->label = label;
                q->block = -1;
                q->text.s = L[i].e;
                q->text.e = L[i].e;
            }
            cur = b->qs.len ? &KR_VEC_AT(&b->qs, qwork, b->qs.len - 1) : NULL;
            if (ab) ab->text.e = L[i].s;
            ab = NULL;
            continue;
        }
        if (match_line(b, Q_ANS, s, len)) {
            size_t gs, gl;
            bool has = kr_group(&b->m, 1, &gs, &gl);
            size_t k = has ? heading_numbers(s + gs, gl, nums, 64) : 0;
            if (ab) ab->text.e = L[i].s;
            ab = kr_vec_push(&b->as);
            if (!ab) return KR_ENOMEM;
            int bi = (int)b->as.len - 1;
            /* "…Aanhangsel 1Antwoord 3": the heading without the page footer glued before it */
            const char *h = s;
            for (const char *p = s; p + 8 <= s + len; p++)
                if (strncmp(p, "Antwoord", 8) == 0 || strncmp(p, "Reactie", 7) == 0 || strncmp(p, "ANTWOORD", 8) == 0) {
                    h = p;
                    break;
                }
            ab->label = keep(b->qa, kr_strndup(h, (size_t)(s + len - h)));
            ab->head = L[i].s + (size_t)(h - s);
            ab->text.s = ab->text.e = L[i].e;
            ab->first = k ? nums[0] : 0;
            if (k) {
                for (size_t j = 0; j < k; j++) {
                    qwork *hit = NULL;
                    for (size_t q = 0; q < b->qs.len; q++)
                        if (KR_VEC_AT(&b->qs, qwork, q).number == nums[j]) hit = &KR_VEC_AT(&b->qs, qwork, q);
                    if (!hit) {
                        /* "Antwoord 2" without its "Vraag 2" (lost at a page top): the question
                         * existed, its text did not survive */
                        if (!(hit = kr_vec_push(&b->qs))) return KR_ENOMEM;
                        hit->number = nums[j];
                        hit->text.s = hit->text.e = L[i].s;
                    }
                    hit->block = bi;
                }
            } else {
                for (size_t q = open_from; q < b->qs.len; q++)
                    if (KR_VEC_AT(&b->qs, qwork, q).block < 0) KR_VEC_AT(&b->qs, qwork, q).block = bi;
                if (b->qs.len) ab->first = KR_VEC_AT(&b->qs, qwork, open_from < b->qs.len ? open_from : 0).number;
            }
            open_from = b->qs.len;
            cur = NULL;
            continue;
        }
        if (match_line(b, Q_MEDEDELING, s, len)) {
            if (ab) ab->text.e = L[i].s;
            ab = NULL;
            cur = NULL;
            continue;
        }
        if (cur) {
            /* the question text runs on to the next heading; grouped questions share it (they
             * were pushed last, together) */
            for (size_t q = b->qs.len; q-- > 0;) {
                qwork *w = &KR_VEC_AT(&b->qs, qwork, q);
                if (w->label != cur->label) break;
                if (w->text.s == cur->text.s) w->text.e = L[i].e;
            }
            if (cur->text.s == L[i - 1].e)
                for (size_t q = b->qs.len; q-- > 0;) {
                    qwork *w = &KR_VEC_AT(&b->qs, qwork, q);
                    if (w->label != cur->label) break;
                    if (w->text.e == L[i].e) w->text.s = L[i].s;
                }
        } else if (ab) {
            if (ab->text.s == ab->text.e && ab->text.s <= L[i].s) ab->text.s = L[i].s;
            ab->text.e = L[i].e;
        }
    }
    (void)ends_sentence;
    /* Letters that answer without a heading: "Vraag 5", the question, a blank line, then the
     * answer's paragraphs up to the next "Vraag". A question left without an answer block whose
     * text runs over more than one paragraph is split at its first paragraph break after the
     * question mark. */
    for (size_t q = 0; q < b->qs.len && !b->unanswered; q++) {
        qwork *w = &KR_VEC_AT(&b->qs, qwork, q);
        if (w->block >= 0 || w->text.e <= w->text.s) continue;
        bool asked = false;
        size_t split_at = SIZE_MAX;
        size_t lo = 0, hi = n; /* the first line that ends after the question starts */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (L[mid].e <= w->text.s) lo = mid + 1;
            else hi = mid;
        }
        for (size_t i = lo; i < n && L[i].s < w->text.e; i++) {
            if (L[i].e <= w->text.s) continue;
            if (L[i].blank_before && asked && L[i].s > w->text.s) {
                split_at = i;
                break;
            }
            size_t from = L[i].s > w->text.s ? L[i].s : w->text.s; /* "1. Waar …?": from the text */
            asked |= memchr(c + from, '?', L[i].e - from) != NULL;
        }
        if (split_at == SIZE_MAX) continue;
        ablock *a = kr_vec_push(&b->as);
        if (!a) return KR_ENOMEM;
        w = &KR_VEC_AT(&b->qs, qwork, q); /* the push may not move qs, but be safe */
        a->first = w->number;
        a->head = L[split_at].s;
        a->text.s = L[split_at].s;
        a->text.e = w->text.e;
        w->text.e = L[split_at - 1].e;
        w->block = (int)b->as.len - 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- consultation layout */

/* A topic heading: a short line standing alone, no sentence punctuation at its end. */
static bool is_heading(const char *c, const tline *L, size_t i, size_t n)
{
    const tline *l = &L[i];
    size_t len = l->e - l->s;
    if (!l->blank_before || len > 90 || len < 3) return false;
    if (i + 1 < n && !L[i + 1].blank_before) return false;
    if (strchr(".?!:;,", c[l->e - 1])) return false;
    unsigned char f = (unsigned char)c[l->s];
    return (f >= 'A' && f <= 'Z') || f >= 0xC3;
}

/* Whether the paragraph that starts at line i holds a question mark; *end is the line after it. */
static bool paragraph_asks(const char *c, const tline *L, size_t i, size_t n, size_t *end)
{
    bool asks = false;
    size_t k = i;
    do {
        asks |= memchr(c + L[k].s, '?', L[k].e - L[k].s) != NULL;
        k++;
    } while (k < n && !L[k].blank_before);
    *end = k;
    return asks;
}

/* The questions put to the government before it answers (a committee's "Inbreng verslag van een
 * schriftelijk overleg"): each paragraph that asks, in a party's section, is a question with no
 * answer. Not where a section of replies follows ("Reactie van de minister"), whose answers
 * kamerref does not pair. */
static int questions_put(builder *b, tline *L, size_t n)
{
    const char *c = b->t->clean;
    if (kr_contains(c, b->t->body_end, "Reactie van de", 14, 0) || kr_contains(c, b->t->body_end, "REACTIE VAN DE", 14, 0) ||
        kr_contains(c, b->t->body_end, "Antwoord", 8, 0))
        return 0;
    char *party = NULL, *topic = NULL;
    int order = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = c + L[i].s;
        size_t len = L[i].e - L[i].s;
        if (line_may_match(Q_PARTY, s, len) && match_line(b, Q_PARTY, s, len)) {
            size_t gs, gl;
            kr_group(&b->m, 1, &gs, &gl);
            party = keep(b->qa, kr_fold_ws(s + gs, gl));
            topic = NULL;
            continue;
        }
        if (!party || !L[i].blank_before) continue;
        if (is_heading(c, L, i, n)) {
            topic = keep(b->qa, kr_strndup(s, len));
            continue;
        }
        size_t k;
        if (!paragraph_asks(c, L, i, n, &k)) continue;
        qwork *q = kr_vec_push(&b->qs);
        if (!q) return KR_ENOMEM;
        *q = (qwork){.number = ++order, .party = party, .topic = topic, .text = {L[i].s, L[k - 1].e}, .block = -1};
    }
    return 0;
}

static int consultation(builder *b, tline *L, size_t n)
{
    const char *c = b->t->clean;
    char *party = NULL, *topic = NULL;
    bool started = false;
    size_t qstart = SIZE_MAX; /* first line of the pending question text */
    size_t para_q = SIZE_MAX; /* first line of the last paragraph holding a '?' */
    ablock *ab = NULL;
    int order = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = c + L[i].s;
        size_t len = L[i].e - L[i].s;
        if (ab && !L[i].blank_before) {
            ab->text.e = L[i].e;
            continue;
        }
        ab = NULL;
        /* a party heading may break over two lines (joined only for a line that may start one) */
        char joined[400];
        size_t jl = 0;
        if (line_may_match(Q_PARTY, s, len)) {
            jl = len < 300 ? len : 300;
            memcpy(joined, s, jl);
            if (i + 1 < n && !L[i + 1].blank_before) {
                size_t more = L[i + 1].e - L[i + 1].s;
                if (more > 90) more = 90;
                joined[jl++] = ' ';
                memcpy(joined + jl, c + L[i + 1].s, more);
                jl += more;
            }
        }
        if (jl && match_line(b, Q_PARTY, joined, jl)) {
            size_t gs, gl;
            kr_group(&b->m, 1, &gs, &gl);
            party = keep(b->qa, kr_fold_ws(joined + gs, gl));
            topic = NULL;
            started = true;
            qstart = para_q = SIZE_MAX;
            if (i + 1 < n && !L[i + 1].blank_before) i++;
            continue;
        }
        if (!started) continue;
        if (match_line(b, Q_ANS, s, len)) {
            if (qstart == SIZE_MAX) continue; /* an answer to nothing we saw */
            qwork *q = kr_vec_push(&b->qs);
            ab = kr_vec_push(&b->as);
            if (!q || !ab) return KR_ENOMEM;
            q->number = ++order;
            q->party = party;
            q->topic = topic;
            q->block = (int)b->as.len - 1;
            size_t from = para_q != SIZE_MAX ? para_q : qstart;
            q->text.s = L[from].s;
            q->text.e = L[i - 1].e;
            ab->first = q->number;
            ab->label = keep(b->qa, kr_strndup(s, len));
            ab->head = L[i].s;
            ab->text.s = ab->text.e = L[i].e;
            if (i + 1 < n && !L[i + 1].blank_before) ab->text.s = L[i + 1].s;
            qstart = para_q = SIZE_MAX;
            continue;
        }
        if (is_heading(c, L, i, n)) {
            topic = keep(b->qa, kr_strndup(s, len));
            qstart = para_q = SIZE_MAX;
            continue;
        }
        if (qstart == SIZE_MAX) qstart = i;
        if (L[i].blank_before || para_q == SIZE_MAX) {
            /* the question is the paragraphs that ask: from the first one holding a '?' */
            size_t k;
            if (paragraph_asks(c, L, i, n, &k) && para_q == SIZE_MAX) para_q = i;
        }
    }
    if (started && !b->qs.len) return questions_put(b, L, n);
    return 0;
}

/* ---------------------------------------------------------------- status */

typedef struct sentence {
    size_t s, e;
} sentence;

/* Whether the word that ends at c[i] (a full stop), not before `from`, is an abbreviation that
 * ends no sentence before `next`: a title before a name, or a number's word before a number. */
static bool abbreviation_before(const char *c, size_t from, size_t i, char next)
{
#define L KR_LIT
    static const kr_lit titles[] = {L("mr"), L("dr"), L("drs"), L("prof"), L("dhr"), L("mevr"), L("ir"), L("ing")};
    static const kr_lit numbered[] = {L("nr"), L("nrs"), L("blz"), L("art"), L("p"), L("pag"), L("pp"), L("jl"),
                                      L("ca"), L("resp"), L("bijv"), L("zgn"), L("vs"), L("no")};
#undef L
    size_t a = i;
    while (a > from && ((c[a - 1] >= 'a' && c[a - 1] <= 'z') || (c[a - 1] >= 'A' && c[a - 1] <= 'Z'))) a--;
    if (a > from && c[a - 1] != ' ' && c[a - 1] != '(' && c[a - 1] != '\n') return false;
    size_t n = i - a;
    char w[5];
    if (n == 0 || n > 4) return false;
    for (size_t k = 0; k < n; k++) w[k] = (char)(c[a + k] >= 'A' && c[a + k] <= 'Z' ? c[a + k] + 32 : c[a + k]);
    for (size_t k = 0; k < KR_NLIT(titles); k++)
        if (titles[k].n == n && memcmp(w, titles[k].s, n) == 0) return true;
    if (!kr_is_digit((unsigned char)next) && !(next >= 'a' && next <= 'z') && next != '(') return false;
    for (size_t k = 0; k < KR_NLIT(numbered); k++)
        if (numbered[k].n == n && memcmp(w, numbered[k].s, n) == 0) return true;
    return false;
}

static size_t sentences(const char *c, span sp, sentence *out, size_t max)
{
    size_t k = 0, s = sp.s;
    for (size_t i = sp.s; i < sp.e && k < max; i++) {
        bool end = (c[i] == '.' || c[i] == '?' || c[i] == '!') &&
                   (i + 1 >= sp.e || c[i + 1] == ' ' || c[i + 1] == '\n' || kr_is_digit((unsigned char)c[i + 1]));
        /* "o.a. ", "t.a.v. ", "jl. ": abbreviations end no sentence */
        if (end && c[i] == '.' && i >= 2 && (c[i - 2] == '.' || c[i - 2] == ' ') && i + 2 < sp.e &&
            !(c[i + 2] >= 'A' && c[i + 2] <= 'Z'))
            end = false;
        /* "nr. 1100", "blz. 4", "art. 12", "mr. Jansen" */
        if (end && c[i] == '.' && i + 2 < sp.e && abbreviation_before(c, sp.s, i, c[i + 2])) end = false;
        if (end || i + 1 == sp.e) {
            size_t a = s, e = i + 1;
            while (a < e && kr_is_space((unsigned char)c[a])) a++;
            if (e > a) out[k++] = (sentence){a, e};
            s = i + 1;
        }
    }
    return k;
}

static bool has_digit_fact(const char *c, sentence s)
{
    for (size_t i = s.s; i < s.e; i++)
        if (kr_is_digit((unsigned char)c[i])) {
            /* a footnote marker glued to a word is no fact */
            if (i > s.s && !kr_is_digit((unsigned char)c[i - 1]) && c[i - 1] != ' ' && c[i - 1] != '(' &&
                (i + 1 >= s.e || !kr_is_digit((unsigned char)c[i + 1])))
                continue;
            return true;
        }
    return false;
}

/* The phrases that decline (P_DECL), postpone (P_DEFER) or say the figures asked for are not
 * there (P_NODATA): caseless patterns, the costliest of kamerref, each run only on a sentence
 * that holds one of its words (lower case; every match holds one). */
enum { P_DECL = 1, P_DEFER = 2, P_NODATA = 4 };
#define AFT "(?:ik|het kabinet|wij)" /* who acts */
/* the answerer who can or cannot ("kan ik", "het kabinet kan"; not "DNB kan niet ingaan op …") */
#define WHO_CAN "(?:(?:kan|kunnen)\\s+" AFT "|" AFT "\\s+(?:kan|kunnen))"
static const struct {
    unsigned char fam;
    const char *words; /* '|'-separated */
    const char *re;
} phrase_table[] = {
    /* declining */
    /* the answerer's own ("Het kabinet kan niet vooruitlopen op", "daar kan ik niet op
     * vooruitlopen"), not "Gesprekken … zullen niet vooruitlopen op het besluit" */
    {P_DECL, "vooruit", "\\b(?:ik|kabinet|wij)\\b[^?!]{0,40}\\bniet\\s+(?:\\S+\\s+){0,2}vooruit(?:lopen|te\\s+lopen|loopt)\\b"
                        "|\\b(?:kan|kunnen|wil|willen|ga|gaan)\\s+(?:ik|het\\s+kabinet|wij)\\b[^?!]{0,40}\\bniet\\s+(?:\\S+\\s+){0,2}vooruit(?:lopen|te\\s+lopen)\\b"
                        "|^niet\\s+vooruitlopend\\b"},
    {P_DECL, "inzicht", "\\b(?:heb|heeft|hebben)\\s+(?:ik\\s+|wij\\s+|het kabinet\\s+)?(?:(?:hier|daar|nog|echter|op dit moment)\\s+)*"
                        "geen\\s+(?:enkel\\s+)?inzicht\\b|\\bniet (?:te )?inzichtelijk\\b"},
    {P_DECL, "geen antwoord", "\\bgeen antwoord (?:geven|te geven)\\b"},
    {P_DECL, "uitspra", "\\b(?:ik|kabinet|wij)\\b[^?!]{0,60}\\bgeen\\s+(?:(?:nadere|verdere)\\s+)?uitspra(?:ak|ken)\\b"
                        "|\\b(?:ik|het kabinet) doe(?:t)? geen uitspraken\\b|\\bniet mogelijk\\b[^?!]{0,40}\\buitspraak\\b"},
    /* "Ik kan niet ingaan op", "Ik ga niet in op individuele zaken", "Op individuele zaken ga ik
     * niet in", "Het kabinet kan niet op de inhoud … ingaan" */
    {P_DECL, "ingaan|in te gaan|niet in|niet op|op in|nader in",
     "\\b" WHO_CAN "\\b[^?!]{0,40}\\bniet\\s+(?:op\\s+)?in(?:gaan|\\s+te\\s+gaan)\\b"
     /* "Ik ga hier niet nader op in", "Op individuele gevallen ga ik inhoudelijk niet in", "ga ik
      * niet nader in op de specifieke omstandigheden" */
     "|\\b(?:ga|gaat|gaan|treed|treedt)\\s+" AFT "\\s+(?:(?:hier|daar|verder|nader|inhoudelijk|nu|graag)\\s+)*niet\\s+"
     "(?:(?:nader|verder|inhoudelijk|uitgebreid)\\s+)*(?:op\\s+)?in\\b"
     "|\\b" AFT "\\s+(?:ga|gaat|gaan)\\s+(?:(?:hier|daar|verder|nu)\\s+)*niet\\s+(?:(?:nader|verder|inhoudelijk|uitgebreid)\\s+)*"
     "(?:op\\s+)?in\\b"
     "|\\b(?:ga|gaan|treed|treedt|treden)\\s+(?:" AFT "\\s+)?niet\\s+in\\s+(?:op|in)\\b"
     "|\\b(?:ga|gaat|gaan|treed|treedt)\\s+" AFT "\\s+niet\\s+(?:op\\s+)?in\\b"
     "|\\b" WHO_CAN "\\b[^?!]{0,40}\\bniet\\s+op\\b[^?!]{0,60}\\bin(?:gaan|\\s+te\\s+gaan)\\b"
     "|\\bgeen aanleiding\\b[^?!]{0,40}\\bop\\s+in\\s+te\\s+gaan\\b"},
    {P_DECL, "precies", "\\bniet precies te zeggen\\b"},
    /* "Ik kan geen reactie geven op zaken die nog onder de rechter zijn", "Ik geef geen reactie op …" */
    {P_DECL, "geen reactie",
     "\\b(?:kan|kunnen|ga|gaan|zal)\\s+(?:ik|het\\s+kabinet|wij)\\b[^?!]{0,40}\\bgeen\\s+(?:inhoudelijke\\s+)?reactie\\s+(?:\\S+\\s+)?geven\\b"
     "|\\b(?:ik|het\\s+kabinet|wij)\\s+(?:kan|kunnen|ga|gaan|zal)\\s+(?:hier\\s+|daar\\s+)?geen\\s+(?:inhoudelijke\\s+)?reactie\\s+(?:\\S+\\s+)?geven\\b"
     "|\\bgeef\\s+(?:ik\\s+|het\\s+kabinet\\s+)?(?:hier\\s+|daar\\s+)?geen\\s+(?:inhoudelijke\\s+)?reactie\\b"},
    /* "Het is te vroeg om hier uitspraken over te doen" */
    {P_DECL, "te vroeg", "\\bte\\s+vroeg\\s+om\\b[^?!]{0,60}\\b(?:uitspra(?:ak|ken)|conclusies|iets\\s+over)\\b"},
    {P_DECL, "niet aan", "\\bniet aan (?:mij|het kabinet|een\\s+demissionair\\s+kabinet|de regering|nederland|ons) om\\b"},
    /* "Ik kan als minister geen oordeel geven over de situatie in Ierland" (not "Dat kan ik niet
     * bevestigen", which answers a claim) */
    {P_DECL, "oordeel",
     "\\b(?:kan|kunnen)\\s+(?:ik|het\\s+kabinet|wij)\\b[^?!]{0,60}\\bgeen\\s+oordeel\\s+(?:over\\s+\\S+\\s+)?(?:geven|vellen|uitspreken)\\b"
     "|\\b(?:ik|het\\s+kabinet|wij)\\s+(?:kan|kunnen)\\b[^?!]{0,60}\\bgeen\\s+oordeel\\s+(?:over\\s+\\S+\\s+)?(?:geven|vellen|uitspreken)\\b"},
    {P_DECL, "landelijk", "\\bniet landelijk bijgehouden\\b"},
    /* "Over … doe ik geen mededelingen", "Ik kan hier nog niets over zeggen" */
    {P_DECL, "mededeling", "\\bgeen mededelingen\\b"},
    {P_DECL, "niets|niet veel", "\\bkan\\b[^?!]{0,40}\\b(?:niets|niet veel)\\s+(?:\\S+\\s+){0,2}(?:over\\s+)?zeggen\\b"},
    /* "kan ik hier geen informatie over verstrekken", "Ik kan deze informatie niet delen", "Deze
     * informatie kan ik niet met uw Kamer delen", "Deze informatie is niet openbaar" */
    {P_DECL, "informatie|inlichtingen|gegevens|details",
     "\\bgeen\\s+(?:nadere\\s+|verdere\\s+|aanvullende\\s+)?(?:informatie|inlichtingen|gegevens)\\s+(?:\\S+\\s+){0,2}"
     "(?:verstrekken|geven|delen|openbaar maken)\\b"
     "|\\bkan\\b[^?!]{0,40}\\b(?:informatie|gegevens|details)\\s+niet\\s+(?:\\S+\\s+){0,3}(?:delen|openbaar\\s+maken|verstrekken|geven)\\b"
     "|\\b(?:informatie|gegevens|details)\\s+kan\\s+(?:ik|het kabinet)\\s+niet\\b[^?!]{0,40}\\b(?:delen|openbaar|verstrekken|geven)\\b"
     "|\\b(?:deze|die|de)\\s+(?:informatie|gegevens)\\s+(?:is|zijn)\\s+niet\\s+openbaar\\b"},
    {P_DECL, "past ", "\\bpast\\s+(?:mij|het kabinet|ons)\\s+niet\\b"},
    {P_DECL, "treden", "\\bniet\\s+treden\\s+in\\b"},
    {P_DECL, "onthoud", "\\bonthoud(?:t|en)?\\s+(?:mij|zich|ons)\\b"},
    /* "Het kabinet speculeert niet over hypothetische situaties", "Ik ga niet speculeren" */
    {P_DECL, "specul", "\\bspeculeer(?:t|en)?\\s+(?:\\S+\\s+){0,2}niet\\b|\\bniet\\s+(?:te\\s+|aan\\s+)?specul(?:eren|aties?)\\b"
                       "|\\bgeen\\s+specul(?:eren|aties?)\\b"},
    {P_DECL, "beantwoorden", "\\bkan\\s+(?:ik|het kabinet)\\s+niet\\s+beantwoorden\\b"},
    {P_DECL, "niet over", "\\b(?:daar|hier)\\s+(?:ga|gaat)\\s+(?:ik|het kabinet)\\s+niet\\s+over\\b"},
    /* no figures: "Daarover beschik ik niet over cijfers", "Hierover zijn geen gegevens
     * beschikbaar", "Dit wordt niet centraal geregistreerd"; a decline when the answer says
     * nothing else ("…; wel is bekend dat …" answers) */
    {P_NODATA, "beschik", "\\bbeschik(?:t|ken)?\\s+(?:\\S+\\s+){0,3}niet\\s+over\\b"},
    {P_NODATA, "cijfers|gegevens|informatie|data ",
     "\\bgeen\\s+(?:\\S+\\s+)?(?:cijfers|gegevens|informatie|data)\\s+(?:\\S+\\s+)?(?:beschikbaar|bekend|over)\\b"},
    {P_NODATA, "bijgehouden|geregistreerd|verzameld", "\\bniet\\s+(?:\\S+\\s+)?(?:bijgehouden|geregistreerd|verzameld)\\b"},
    {P_NODATA, "registratie", "\\bgeen\\s+(?:\\S+\\s+)?registratie\\b"},
    {P_NODATA, "niet bij", "\\bhoud(?:t|en)\\b[^?!]{0,40}\\bniet\\s+bij\\b"},
    {P_NODATA, "registre", "\\bregistre(?:ert|ren)\\b[^?!]{0,30}\\bniet\\b"},
    {P_NODATA, "niet bekend|niet beschikbaar|voorhanden", "\\bniet\\s+(?:bekend|beschikbaar|voorhanden)\\b(?!\\s+met\\b)"},
    {P_NODATA, "zicht op", "\\bgeen\\s+(?:\\S+\\s+)?zicht\\s+op\\b"},
    {P_NODATA, "ontbre", "\\bontbreken\\b"},
    /* "Door de grote diversiteit van aanbieders is dit onbekend", "Er bestaat geen overzicht" */
    {P_NODATA, "onbekend", "\\bonbekend\\b(?!e)"},
    {P_NODATA, "overzicht", "\\bgeen\\s+(?:\\S+\\s+)?overzicht\\b"},
    {P_NODATA, "herleid|halen|te maken|genereren",
     "\\bniet\\s+(?:\\S+\\s+){0,7}te\\s+(?:herleiden|halen|achterhalen|maken|genereren)\\b"},
    {P_NODATA, "weet ", "\\bweet\\s+(?:ik|het kabinet)\\s+niet\\b"},
    {P_NODATA, "beeld", "\\bgeen\\s+(?:landelijk\\s+)?beeld\\b"},
    /* "Bij onderzoekers is hier ook geen consensus over" */
    {P_NODATA, "consensus", "\\bgeen\\s+(?:\\S+\\s+)?consensus\\b"},
    /* "Hierover is geen precies getal te noemen" */
    {P_NODATA, "te noemen",
     "\\bgeen\\s+(?:\\S+\\s+){0,2}(?:getal|aantal|cijfer|cijfers|bedrag|percentage|schatting)\\s+te\\s+noemen\\b"},
    /* postponing: "uw Kamer wordt … geïnformeerd", "stuur ik uw Kamer", "informeer ik de Kamer",
     * "De Kamer ontvangt …", "zal ik uw Kamer", "met uw Kamer delen", "doen toekomen", "op de hoogte" */
    {P_DEFER, "kamer",
     "uw kamer\\b[^?!]{0,200}\\b(?:ge[ïi]nformeerd|informeren|berichten|toesturen|toegezonden|gedeeld|toegestuurd"
     "|gestuurd|verstuurd|sturen|verzonden|aangeboden|doen toekomen|toezenden|zenden)"
     "|\\b(?:stuur|zend)\\s+" AFT "\\s+(?:uw|de)\\s+kamer\\b|\\binformeer\\s+(?:ik\\s+)?(?:uw|de)\\s+kamer\\b"
     "|\\b(?:uw|de) kamer ontvangt\\b|\\bontvangt (?:uw|de) kamer\\b|\\bzal ik (?:uw|de) kamer\\b"
     "|\\bmet\\s+(?:uw|de)\\s+kamer\\s+(?:te\\s+)?delen\\b|\\b" AFT "\\s+(?:stuur|stuurt|sturen|zend|zendt|zenden)\\s+(?:uw|de)\\s+kamer\\b"
     "|\\b(?:uw|de)\\s+kamer\\b[^?!]{0,40}\\bop\\s+de\\s+hoogte\\b"},
    /* "De Tweede Kamer wordt hierover geïnformeerd in het eerste kwartaal", "zal deze met een
     * appreciatie aan de Tweede Kamer gestuurd worden" (apart: "kamer" is in most sentences) */
    {P_DEFER, "kamer wordt|kamer zal|gestuurd|verzonden|gezonden|aangeboden|gedeeld",
     "\\bde\\s+(?:tweede\\s+)?kamer\\s+(?:wordt|zal)\\b[^?!]{0,120}\\bge[ïi]nformeerd"
     "|\\baan\\s+(?:uw|de)\\s+(?:tweede\\s+)?kamer\\s+(?:\\S+\\s+){0,2}(?:gestuurd|toegestuurd|verzonden|gezonden|aangeboden)\\b"
     /* "Vervolgens zullen de bevindingen met de Kamer worden gedeeld" */
     "|\\b(?:zal|zullen)\\b[^?!]{0,80}\\bmet\\s+(?:uw|de)\\s+(?:tweede\\s+)?kamer\\s+(?:worden\\s+)?gedeeld\\b"},
    /* "De Algemene Rekenkamer informeert u separaat over het antwoord op deze vraag" */
    {P_DEFER, "separaat",
     "\\binformeer(?:t|en)?\\s+(?:ik\\s+|wij\\s+|het\\s+kabinet\\s+)?(?:u|uw\\s+kamer|de\\s+kamer)\\s+(?:\\S+\\s+)?separaat\\b"
     "|\\bseparaat\\s+(?:\\S+\\s+){0,3}(?:ge[ïi]nformeerd|informeren|berichten|bericht|toegestuurd|gestuurd|toesturen)\\b"},
    /* "U wordt hier voor het einde van het jaar over geïnformeerd", "Ik verwacht u de resultaten in
     * het eerste kwartaal van 2025 toe te kunnen sturen" */
    {P_DEFER, "u wordt|sturen|zenden|informeren", "^u\\s+wordt\\b[^?!]{0,120}\\bge[ïi]nformeerd"
                                "|\\bverwacht\\b[^?!]{0,100}\\b(?:toe\\s+te\\s+(?:kunnen\\s+)?(?:sturen|zenden)|te\\s+(?:kunnen\\s+)?(?:informeren|sturen|zenden))\\b"},
    {P_DEFER, "informeren", "\\b" AFT "\\b[^?!]{0,80}\\binformeren\\b"},
    {P_DEFER, "verwachting",
     "\\bnaar verwachting\\b[^?!]{0,160}\\b(?:afgerond|gereed|beschikbaar|verschijn|bekend)"
     "|\\bde verwachting is dat\\b[^?!]{0,160}\\b(?:afgerond|gereed|beschikbaar|verschijn|bekend|opgeleverd)"},
    {P_DEFER, "brief", "\\bin een (?:separate|aparte|afzonderlijke|volgende) brief\\b"},
    /* "Ik kom hier (voor de zomer) op terug", "… en kom hier zo spoedig mogelijk op terug" */
    {P_DEFER, "terug",
     "\\bkom(?:t|en)? (?:ik |het kabinet )?(?:hier|daar)op (?:nog )?terug\\b|\\bterug(?:komen|te komen)\\b"
     "|\\bkom(?:t|en)?\\s+" AFT "\\b[^?!]{0,60}\\bterug\\b|\\bkom(?:t|en)?\\b[^?!]{0,100}\\bop\\s+terug\\b"},
    {P_DEFER, "wacht",
     "\\bwacht(?:en)? " AFT " met\\b|\\bwacht(?:en)?\\s+" AFT "\\s+(?:\\S+\\s+){1,8}af\\b|\\b" AFT "\\s+wacht(?:en)?\\s+(?:\\S+\\s+){1,8}af\\b"},
    {P_DEFER, "ontvangt", "^u ontvangt\\b|\\bontvangt\\s+u\\b"},
    {P_DEFER, "komende", "\\bde komende (?:tijd|periode|maanden|weken)\\b[^?!]{0,120}\\b(?:uitgewerkt|uitwerken|bezien|onderzocht|verkend|uitgezocht)"},
    {P_DEFER, "zodra", "\\bzodra\\b[^?!]{0,160}\\b(?:informeer|ge[ïi]nformeerd|berichten|stuur|gestuurd|verstuurd|toegestuurd)"},
    {P_DEFER, "bezien", "\\bzal (?:ik|het kabinet)\\b[^?!]{0,60}\\bnader (?:te )?bezien\\b"},
    /* "In de eerstvolgende voortgangsbrief ga ik hier nader op in", "Hierop ga ik in de
     * kabinetsreactie nader in", "Ik zal hier … nader op ingaan" */
    {P_DEFER, "op in|nader ",
     "\\b(?:ga|gaat|gaan)\\s+" AFT "\\s+(?:hier|daar)\\s+[^?!]{0,60}\\bop\\s+in\\b"
     "|\\b" AFT "\\s+(?:ga|gaat|gaan)\\s+(?:hier|daar)\\s+[^?!]{0,80}\\bop\\s+in\\b"
     "|\\b(?:hier|daar)op\\s+(?:ga|gaat|gaan)\\s+" AFT "\\b[^?!]{0,80}\\bnader\\s+in\\b"
     "|\\bzal\\b[^?!]{0,80}\\bnader\\s+(?:op\\s+)?in(?:gaan|\\s+te\\s+gaan)\\b"},
    /* "De kabinetsreactie volgt na de zomer", "Het kabinet komt voor de zomer met een reactie" */
    {P_DEFER, "volgt", "\\b(?:kabinetsreactie|beleidsreactie|reactie|brief|antwoord|besluit)\\b[^?!]{0,60}\\bvolgt\\b"
                       "(?!\\s+(?:uit|de|het|een|daaruit|hieruit|dat|daarmee|hiermee|daarin|hierin)\\b)"
                       "(?!\\s+(?:deze|die)\\s+(?!week|maand|zomer|winter|herfst|lente|dag|periode|kabinetsperiode)\\w)"},
    {P_DEFER, "met een", "\\bkom(?:t|en)?\\b[^?!]{0,60}\\bmet\\s+een\\s+(?:\\S+\\s+)?(?:\\S*reactie|brief|voorstel|plan)\\b"},
    /* "De resultaten worden in de zomer verwacht" */
    {P_DEFER, "verwacht|afgerond|opgeleverd",
     "\\b(?:resultaten|uitkomsten|rapport|evaluatie|onderzoek|kabinetsreactie)\\b[^?!]{0,60}\\b(?:wordt|worden)\\b[^?!]{0,40}"
     "\\b(?:verwacht|afgerond|opgeleverd)\\b"},
    /* what is still under way: "Het onderzoek loopt nog", "Dit wordt op dit moment onderzocht",
     * "Op dit moment wordt hier onderzoek naar gedaan" */
    {P_DEFER, "loopt nog|lopen nog|onderzocht|onderzoek naar",
     "\\b(?:onderzoek|onderzoeken|evaluatie|analyse|verkenning|procedure|gesprekken|onderhandelingen|besluitvorming)\\s+"
     "(?:\\S+\\s+){0,3}(?:loopt|lopen)\\s+nog\\b"
     "|\\b(?:wordt|worden)\\s+(?:dit|dat|deze|die|het|hier|daar|dit\\s+alles)?\\s*(?:op\\s+dit\\s+moment|momenteel|nu|nog)\\s+(?:nader\\s+)?onderzocht\\b"
     "|\\b(?:op\\s+dit\\s+moment|momenteel|nu)\\s+(?:wordt|worden)\\s+(?:hier|daar|er)\\s+(?:\\S+\\s+){0,2}onderzoek\\s+naar\\s+(?:gedaan|verricht|uitgevoerd)\\b"},
    /* "De resultaten zullen in het najaar van 2025 beschikbaar zijn", "Ik zal dit voorjaar
     * inzichtelijk maken" */
    {P_DEFER, "beschikbaar|gereed|gepubliceerd|verschijnen|inzichtelijk",
     "\\b(?:resultaten|uitkomsten|rapport|rapportage|evaluatie|onderzoek|kabinetsreactie|gegevens|cijfers|monitor)\\b[^?!]{0,80}"
     "\\bzull?en\\b[^?!]{0,60}\\b(?:beschikbaar|gereed|gepubliceerd|verschijnen)\\b"
     "|\\b(?:zal|zullen)\\b[^?!]{0,60}\\binzichtelijk\\s+(?:maken|te\\s+maken)\\b"},
    /* "Ik zal dit punt meenemen in de uitwerking", "Ik zal deze vraag betrekken bij" */
    {P_DEFER, "meenemen|betrekken",
     "\\bzal\\s+" AFT "\\s+(?:dit|deze|hier|die)\\b[^?!]{0,40}\\b(?:meenemen|betrekken)\\b"
     "|\\b" AFT "\\s+(?:zal|zullen)\\s+(?:dit|deze|hier|die)\\b[^?!]{0,40}\\b(?:meenemen|betrekken)\\b"},
};
#undef AFT
#undef WHO_CAN
#define N_PHRASES (sizeof phrase_table / sizeof *phrase_table)
static kr_re phrase_pats[N_PHRASES + 1];
/* A set of the phrase words, a bit each. */
typedef struct wordset {
    uint64_t b[2];
} wordset;
static inline void ws_add(wordset *s, size_t k) { s->b[k / 64] |= UINT64_C(1) << (k % 64); }
static inline bool ws_any(wordset s) { return (s.b[0] | s.b[1]) != 0; }
static inline bool ws_meet(wordset a, wordset b) { return ((a.b[0] & b.b[0]) | (a.b[1] & b.b[1])) != 0; }
static wordset phrase_mask[N_PHRASES]; /* the words that let each pattern run */

/* The words, each once, by their first four bytes in a small open-addressed table (index + 1). */
#define MAX_PHRASE_WORDS 128
#define WORD_SLOTS 256
static char phrase_words[MAX_PHRASE_WORDS][24];
static unsigned char phrase_word_len[MAX_PHRASE_WORDS];
static size_t n_phrase_words;
static unsigned char word_slot[WORD_SLOTS];

static unsigned word_hash(uint32_t x) { return (x * 2654435761u) >> 24; }

/* Builds the word table and the patterns (caseless), once. */
static int index_phrases(void)
{
    for (size_t p = 0; p < N_PHRASES; p++) {
        phrase_pats[p] = (kr_re){phrase_table[p].re, PCRE2_CASELESS, NULL, false};
        for (const char *w = phrase_table[p].words; *w;) {
            size_t l = strcspn(w, "|");
            size_t k = 0;
            while (k < n_phrase_words && !(strlen(phrase_words[k]) == l && memcmp(phrase_words[k], w, l) == 0)) k++;
            if (k == n_phrase_words) {
                if (k == MAX_PHRASE_WORDS || l < 4 || l >= sizeof phrase_words[k]) return KR_EINVAL;
                memcpy(phrase_words[k], w, l);
                phrase_words[k][l] = '\0';
                phrase_word_len[k] = (unsigned char)l;
                uint32_t x;
                memcpy(&x, w, 4);
                unsigned h = word_hash(x);
                while (word_slot[h]) h = (h + 1) % WORD_SLOTS;
                word_slot[h] = (unsigned char)(k + 1);
                n_phrase_words++;
            }
            ws_add(&phrase_mask[p], k);
            w += l + (w[l] == '|');
        }
    }
    return kr_re_compile_table(phrase_pats);
}

/* Which words the lower-cased sentence holds (a bit per word). One pass: four bytes at each
 * place, looked up in word_slot. */
static wordset phrase_words_in(const char *low, size_t n)
{
    wordset found = {{0, 0}};
    for (size_t i = 0; i + 4 <= n; i++) {
        uint32_t x;
        memcpy(&x, low + i, 4);
        for (unsigned h = word_hash(x); word_slot[h]; h = (h + 1) % WORD_SLOTS) {
            size_t w = word_slot[h] - 1u, l = phrase_word_len[w];
            if (n - i >= l && memcmp(low + i, phrase_words[w], l) == 0) ws_add(&found, w);
        }
    }
    return found;
}

/* Whether a phrase of family fam stands in s[0, len) (whose words are `words`); *ms and *me are
 * where the leftmost such match starts and ends. */
static bool phrase_find(builder *b, unsigned fam, wordset words, const char *s, size_t len, size_t *ms, size_t *me)
{
    *ms = SIZE_MAX;
    for (size_t p = 0; p < N_PHRASES; p++) {
        if (phrase_table[p].fam != fam || !ws_meet(phrase_mask[p], words)) continue;
        if (kr_re_find(&phrase_pats[p], s, len, 0, &b->m, false) && b->m.ov[0] < *ms) {
            *ms = b->m.ov[0];
            *me = b->m.ov[1];
        }
    }
    return *ms != SIZE_MAX;
}

typedef struct verdict {
    kr_qstatus status;
    int defers;
    sentence reason;
    sentence pointer; /* the first pointer sentence, e = 0 when none */
} verdict;

/* Whether s[from, n) goes on with "maar" or a semicolon and then a number: an estimate after a
 * reservation. */
static bool figure_after_but(const char *s, size_t from, size_t n)
{
    for (size_t i = from; i < n; i++) {
        if (s[i] != ';' && !(i + 5 <= n && memcmp(s + i, "maar ", 5) == 0 && (i == 0 || s[i - 1] == ' '))) continue;
        for (size_t k = i; k < n; k++)
            if (kr_is_digit((unsigned char)s[k])) return true;
        return false;
    }
    return false;
}

static verdict judge(builder *b, span ans)
{
    const char *c = b->t->clean;
    sentence ss[256];
    size_t n = sentences(c, ans, ss, 256);
    verdict v = {KR_Q_ANSWERED, 0, {0, 0}, {0, 0}};
    size_t n_def = 0, n_ptr = 0, n_decl = 0, n_weak = 0, n_nodata = 0, n_sorry = 0;
    bool concrete = false;
    sentence first_def = {0, 0}, first_decl = {0, 0}, first_nodata = {0, 0}, first_past = {0, 0};
    for (size_t i = 0; i < n; i++) {
        /* phrases break over lines: match on the sentence with its white space folded (and a
         * lower-case copy for the word checks), in scratch space kept across sentences */
        size_t sl = ss[i].e - ss[i].s;
        if (2 * (sl + 1) > b->scratch_cap) {
            char *p = realloc(b->scratch, 2 * (sl + 1));
            if (!p) continue;
            b->scratch = p;
            b->scratch_cap = 2 * (sl + 1);
        }
        char *s = b->scratch, *low = b->scratch + sl + 1;
        size_t len = kr_fold_ws_into(s, c + ss[i].s, sl);
        for (size_t k = 0; k <= len; k++) low[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
        bool ptr = strchr("ZVHIGDKOU", s[0]) && kr_re_find(&pats[Q_POINTER], s, len, 0, &b->m, true);
        /* "Hierin heb ik uw Kamer geïnformeerd over mijn besluit": what a letter pointed to told,
         * or one that did, is no answer of its own (unless it goes on to promise more) */
        bool past = kr_find_word(low, len, "kamer", 5, 0) && kr_re_find(&pats[Q_PAST], s, len, 0, &b->m, false) &&
                    !kr_find_word(low, len, "zal ", 4, 0) && !kr_find_word(low, len, "zullen ", 7, 0);
        if (past && !ptr) {
            ptr = true;
            if (!first_past.e) first_past = ss[i];
        }
        /* caseless, PCRE2 also takes ſ (U+017F) for s and the Kelvin sign (U+212A) for k */
        bool odd_case = kr_has_odd_case(s, len);
        wordset words = odd_case ? (wordset){{~UINT64_C(0), ~UINT64_C(0)}} : phrase_words_in(low, len);
        size_t ms, me;
        bool decl = ws_any(words) && phrase_find(b, P_DECL, words, s, len, &ms, &me);
        bool nodata = !decl && ws_any(words) && phrase_find(b, P_NODATA, words, s, len, &ms, &me);
        /* "… geen inzicht in de exacte aantallen, maar schat … dat het om ongeveer 12.000 gaat": the
         * figure asked for follows the reservation */
        if ((decl || nodata) && figure_after_but(s, me, len)) decl = nodata = false;
        bool def = ws_any(words) && phrase_find(b, P_DEFER, words, s, len, &ms, &me);
        /* "heeft mijn ambtsvoorganger uw Kamer geïnformeerd" tells what was done: a postponement
         * speaks of what will be (zal, wordt, zodra, na de zomer, …) */
        if (def && !kr_re_find(&pats[Q_FUTURE], s, len, 0, &b->m, false)) def = false;
        /* "…, waar … naar verwezen wordt": a future word elsewhere in the sentence puts nothing off */
        if (past) def = false;
        /* "…, waarover ik uw Kamer eind dit jaar zal informeren, …": a postponement in a
         * relative clause qualifies a statement of substance; it does not put the question off */
        bool weak = false;
        if (def)
            for (size_t k = 0; k + 8 <= ms && !weak; k++) {
                if (strncmp(s + k, "waarover ", 9) != 0 && strncmp(s + k, "waarin ", 7) != 0) continue;
                /* the clause must still be open where the postponement is said */
                weak = memchr(s + k, ',', ms - k) == NULL;
            }
        if (ptr) {
            n_ptr++;
            if (!v.pointer.e && !past) v.pointer = ss[i];
        } else if (decl) {
            n_decl++;
            if (!first_decl.e) first_decl = ss[i];
        } else if (nodata) {
            n_nodata++;
            if (!first_nodata.e) first_nodata = ss[i];
        } else if (def) {
            n_def++;
            if (weak) n_weak++;
            if (!first_def.e) first_def = ss[i];
        } else if (kr_find_word(low, len, "excuses", 7, 0) || strncmp(low, "abusievelijk", 12) == 0) {
            n_sorry++; /* "Ik bied hiervoor mijn excuses aan": an apology answers nothing */
        } else if (has_digit_fact(c, ss[i])) {
            concrete = true;
        }
        /* "Ja." and "Nee," answer a question outright */
        if (i == 0 && ((ss[i].e - ss[i].s >= 2 && strncmp(c + ss[i].s, "Ja", 2) == 0 &&
                        (ss[i].e - ss[i].s == 3 || strchr(".,!", c[ss[i].s + 2]))) ||
                       (ss[i].e - ss[i].s >= 3 && strncmp(c + ss[i].s, "Nee", 3) == 0 && strchr(".,!", c[ss[i].s + 3]))))
            concrete = true;
    }
    size_t substance = n - n_ptr - n_decl - n_def - n_nodata - n_sorry;
    if (n == 0) {
        v.status = KR_Q_UNANSWERED;
    } else if (n_decl || (n_nodata && substance == 0 && n_def == 0)) {
        v.status = KR_Q_DECLINED;
        v.reason = n_decl ? first_decl : first_nodata;
    } else if (n_ptr && substance == 0 && n_def == 0) {
        v.status = KR_Q_REFERRED;
        if (!v.pointer.e) v.pointer = first_past; /* the letter that told it, named in passing */
        v.reason = v.pointer;
    } else if (n_def > n_weak && (!concrete || substance == 0)) {
        /* postponing without giving facts: the question is put off */
        v.status = KR_Q_DEFERRED;
        v.defers = 1;
        v.reason = first_def;
    } else {
        v.defers = n_def > 0;
        if (n_def) v.reason = first_def;
    }
    return v;
}

/* ---------------------------------------------------------------- referrals */

/* Stop words, with their lengths, all of three to eight letters. */
static const struct {
    const char *w;
    size_t n;
} stop_words[] = {
#define S(w) {w, sizeof w - 1}
    S("deze"),    S("over"),     S("voor"),    S("naar"),    S("zijn"),   S("heeft"),   S("hebben"),
    S("wordt"),   S("worden"),   S("kunnen"),  S("zullen"),  S("zich"),   S("niet"),    S("ook"),
    S("maar"),    S("door"),     S("bij"),     S("het"),     S("een"),    S("van"),     S("met"),
    S("dat"),     S("die"),      S("dit"),     S("wat"),     S("welke"),  S("hoe"),     S("leden"),
    S("fractie"), S("vraag"),    S("vragen"),  S("antwoord"), S("kabinet"), S("minister"), S("kamer"),
    S("tweede"),  S("zoals"),    S("waarin"),  S("daarbij"), S("hierbij"), S("eerder"), S("eerste"),
#undef S
};

#define N_STOP (sizeof stop_words / sizeof *stop_words)
/* The stop words, each packed into one integer (pack_lower), in an open-addressed table. */
static uint64_t stop_slot[128];

/* Up to eight bytes of a word, lower-cased, in one integer (never 0 for a word). */
static uint64_t pack_lower(const char *w, size_t n)
{
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++) x = x << 8 | (unsigned char)tolower((unsigned char)w[i]);
    return x;
}

static unsigned stop_hash(uint64_t x) { return (unsigned)((x * UINT64_C(0x9E3779B97F4A7C15)) >> 57); }

static void pack_stop_words(void)
{
    for (size_t i = 0; i < N_STOP; i++) {
        uint64_t x = pack_lower(stop_words[i].w, stop_words[i].n);
        unsigned h = stop_hash(x);
        while (stop_slot[h]) h = (h + 1) % 128;
        stop_slot[h] = x;
    }
}

static bool stopword(const char *w, size_t n)
{
    if (n < 3 || n > 8) return false;
    uint64_t x = pack_lower(w, n); /* words of different lengths differ: no byte is zero */
    for (unsigned h = stop_hash(x); stop_slot[h]; h = (h + 1) % 128)
        if (stop_slot[h] == x) return true;
    return false;
}

/* Word stems of a text: lower-cased five-letter prefixes of words of four letters or more, each
 * packed into an integer (its bytes in order, so that equal stems are equal numbers). */
typedef struct stems {
    uint64_t *w;
    size_t n, cap;
} stems;

/* Sorts v[0..n) (Shell's sort: the sets are small, and it needs no comparison callback). */
static void sort_u64(uint64_t *v, size_t n)
{
    static const size_t gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
    for (size_t g = 0; g < sizeof gaps / sizeof *gaps; g++) {
        size_t gap = gaps[g];
        for (size_t i = gap; i < n; i++) {
            uint64_t x = v[i];
            size_t j = i;
            for (; j >= gap && v[j - gap] > x; j -= gap) v[j] = v[j - gap];
            v[j] = x;
        }
    }
}

/* Adds the stems of c[s..e) and keeps the set sorted and unique, so that overlap() is a merge. */
static void stems_add(stems *st, const char *c, size_t s, size_t e)
{
    size_t i = s, before = st->n;
    while (i < e) {
        while (i < e && !(isalpha((unsigned char)c[i]) || (unsigned char)c[i] >= 0xC3)) i++;
        size_t a = i;
        while (i < e && (isalpha((unsigned char)c[i]) || (unsigned char)c[i] >= 0x80)) i++;
        if (i - a < 4 || stopword(c + a, i - a)) continue;
        uint64_t w = 0;
        for (size_t j = 0; j < 5; j++)
            w = w << 8 | (a + j < i ? (unsigned char)tolower((unsigned char)c[a + j]) : 0u);
        if (st->n == st->cap) {
            size_t cap = st->cap ? st->cap * 2 : 64;
            void *p = realloc(st->w, cap * sizeof *st->w);
            if (!p) return;
            st->w = p;
            st->cap = cap;
        }
        st->w[st->n++] = w;
    }
    if (st->n == before) return;
    sort_u64(st->w, st->n);
    size_t o = 0;
    for (size_t k = 0; k < st->n; k++)
        if (o == 0 || st->w[o - 1] != st->w[k]) st->w[o++] = st->w[k];
    st->n = o;
}

static size_t overlap(const stems *a, const stems *b)
{
    size_t i = 0, j = 0, k = 0;
    while (i < a->n && j < b->n) {
        if (a->w[i] == b->w[j]) {
            k++;
            i++;
            j++;
        } else if (a->w[i] < b->w[j]) {
            i++;
        } else {
            j++;
        }
    }
    return k;
}

static bool ci_contains(const char *hay, size_t n, const char *needle)
{
    size_t l = strlen(needle);
    for (size_t i = 0; i + l <= n; i++)
        if (strncasecmp(hay + i, needle, l) == 0) return true;
    return false;
}

typedef struct qfull {
    qwork *w;
    verdict v;
    stems body; /* question text, section heading and substantive answer */
    stems own;  /* question text only */
    int *refs;
    size_t n_refs;
    double conf;
    const char *flag;
    int nearest;
    double nearest_conf;
} qfull;

static void resolve_pointer_text(builder *b, qfull *Q, size_t nq, size_t i, const char *s, size_t len);

/* Resolves the pointer of question i. */
static void resolve_pointer(builder *b, qfull *Q, size_t nq, size_t i)
{
    sentence p = Q[i].v.pointer;
    char *s = kr_fold_ws(b->t->clean + p.s, p.e - p.s);
    if (!s) return;
    resolve_pointer_text(b, Q, nq, i, s, strlen(s));
    free(s);
}

static void resolve_pointer_text(builder *b, qfull *Q, size_t nq, size_t i, const char *s, size_t len)
{
    int nums[32];
    size_t k = 0;
    if (kr_re_find(&pats[Q_INLINE_REF], s, len, 0, &b->m, false)) {
        size_t gs, gl;
        kr_group(&b->m, 1, &gs, &gl);
        k = heading_numbers(s + gs, gl, nums, 32);
    }
    if (k) {
        /* only the questions this document has: "Zie het antwoord op vraag 12" among six points
         * elsewhere */
        size_t kept = 0;
        for (size_t j = 0; j < k; j++) {
            bool exists = false;
            for (size_t q = 0; q < nq && !exists; q++) exists = Q[q].w->number == nums[j];
            if (exists) nums[kept++] = nums[j];
        }
        if (!kept) {
            Q[i].flag = "referral_unresolved";
            return;
        }
        Q[i].refs = malloc(kept * sizeof(int));
        if (!Q[i].refs) return;
        for (size_t j = 0; j < kept; j++) Q[i].refs[j] = nums[j];
        Q[i].n_refs = kept;
        Q[i].conf = 1.0;
        return;
    }
    /* "… naar de Kamerbrief over …", "… de vragen van het lid X (Aanhangsel …)": out of the document */
    static const char *const outside[] = {"brief", "aanhangsel", "kamerstuk", "handelingen", "vragen van het lid",
                                          "vragen van de leden"};
    /* (in a consultation "de vragen van de leden van de VVD-fractie" are this document's) */
    bool party_group = ci_contains(s, len, "vragen van de leden van de");
    for (size_t o = 0; o < sizeof outside / sizeof *outside; o++)
        if (ci_contains(s, len, outside[o]) && !(o == 5 && party_group)) {
            Q[i].flag = "referral_external";
            return;
        }
    bool prev = ci_contains(s, len, "vorige vraag"), next = ci_contains(s, len, "volgende vraag");
    if (prev || next) {
        if (prev ? i > 0 : i + 1 < nq) {
            Q[i].refs = malloc(sizeof(int));
            if (!Q[i].refs) return;
            Q[i].refs[0] = Q[prev ? i - 1 : i + 1].w->number;
            Q[i].n_refs = 1;
            Q[i].conf = 1.0;
        }
        return;
    }
    /* party: "van de leden van de X-fractie", or "van uw fractie" (the asker's own) */
    char party[96] = "";
    const char *pf = NULL;
    for (size_t j = 0; j + 14 < len; j++)
        if (strncmp(s + j, "van de leden van de ", 20) == 0) {
            pf = s + j + 20;
            break;
        }
    if (pf) {
        size_t pl = 0;
        while (pf + pl < s + len && pl < 90 && pf[pl] != ' ' && pf[pl] != '.' && pf[pl] != ',') pl++;
        if (pl > 8 && strncmp(pf + pl - 8, "-fractie", 8) == 0) pl -= 8;
        snprintf(party, sizeof party, "%.*s", (int)pl, pf);
    } else if (ci_contains(s, len, "uw fractie") && Q[i].w->party) {
        snprintf(party, sizeof party, "%s", Q[i].w->party);
    }
    bool earlier = ci_contains(s, len, "eerder") || ci_contains(s, len, "hierboven");
    bool first = ci_contains(s, len, "eerste vraag");
    bool same_words = ci_contains(s, len, "gelijkluidende") || ci_contains(s, len, "dezelfde vraag") ||
                      ci_contains(s, len, "identieke");
    bool alike = same_words || ci_contains(s, len, "vergelijkbare") || ci_contains(s, len, "soortgelijke");
    /* topic: the words after "over" */
    stems topic = {0};
    for (size_t j = 0; j + 6 < len; j++)
        if (strncmp(s + j, " over ", 6) == 0) {
            stems_add(&topic, s, j + 6, len);
            break;
        }
    long best = -1, second = -1;
    size_t best_i = SIZE_MAX;
    for (size_t j = 0; j < nq; j++) {
        if (j == i || (earlier && j > i)) continue;
        if (party[0] && (!Q[j].w->party || strcasecmp(Q[j].w->party, party) != 0)) continue;
        long score;
        if (alike) {
            score = (long)overlap(&Q[i].own, &Q[j].body);
        } else if (topic.n) {
            score = (long)overlap(&topic, &Q[j].body) * 10;
            /* "de eerste vraag … over X": the section heading names X */
            if (first && Q[j].w->topic) {
                stems ts = {0};
                stems_add(&ts, Q[j].w->topic, 0, strlen(Q[j].w->topic));
                if (overlap(&topic, &ts)) score += 5;
                free(ts.w);
            }
        } else {
            score = first ? 1 : 0;
        }
        if (score > best) {
            /* for "eerste", the first of equals wins: only a strictly better score replaces it */
            second = best;
            best = score;
            best_i = j;
        } else if (score > second) {
            second = score;
        }
    }
    free(topic.w);
    if (!ci_contains(s, len, "vraag") && !ci_contains(s, len, "vragen")) {
        /* "Ik verwijs … naar die brief": it points out of the document, to no question */
        Q[i].flag = "referral_external";
        return;
    }
    bool unfound = best_i == SIZE_MAX || best <= 0;
    bool unfit = !unfound && same_words && Q[i].own.n && (double)best / (double)Q[i].own.n < 0.5;
    if (unfound || unfit) {
        /* say what the nearest question is, and how alike it is: "een gelijkluidende vraag van
         * de leden van de X-fractie" that X never asked */
        Q[i].flag = (unfit || (unfound && alike)) ? "referral_mismatch" : "referral_unresolved";
        size_t near = SIZE_MAX;
        long nb = 0;
        for (size_t j = 0; j < nq; j++) {
            if (j == i) continue;
            long sc = (long)overlap(&Q[i].own, &Q[j].own);
            if (sc > nb) {
                nb = sc;
                near = j;
            }
        }
        if (near != SIZE_MAX) {
            Q[i].nearest = Q[near].w->number;
            Q[i].nearest_conf = Q[i].own.n ? (double)nb / (double)Q[i].own.n : 0;
        }
        return;
    }
    if (Q[i].flag) return;
    Q[i].refs = malloc(sizeof(int));
    if (!Q[i].refs) return;
    Q[i].refs[0] = Q[best_i].w->number;
    Q[i].n_refs = 1;
    Q[i].conf = second < 0 ? 1.0 : (double)best / (double)(best + (second > 0 ? second : 0));
    if (Q[i].conf > 1.0) Q[i].conf = 1.0;
}

/* Inline pointers in an answer with substance ("Zie verder antwoord op …", "Zoals aangegeven in het
 * antwoord op vraag 8") also count as refers_to. */
static void inline_refs(builder *b, qfull *q, span ans)
{
    const char *c = b->t->clean;
    size_t pos = ans.s;
    int nums[32];
    while (q->n_refs < 16 && kr_re_find(&pats[Q_INLINE_REF], c, ans.e, pos, &b->m, false)) {
        size_t gs, gl;
        kr_group(&b->m, 1, &gs, &gl);
        pos = b->m.ov[1];
        size_t k = heading_numbers(c + gs, gl, nums, 32);
        int *r = realloc(q->refs, (q->n_refs + k) * sizeof(int));
        if (!r) return;
        q->refs = r;
        for (size_t j = 0; j < k; j++) {
            bool dup = nums[j] == q->w->number;
            for (size_t x = 0; x < q->n_refs; x++) dup |= q->refs[x] == nums[j];
            if (!dup) q->refs[q->n_refs++] = nums[j];
        }
        q->conf = 1.0;
    }
}

/* ---------------------------------------------------------------- assembling */

static char *asker_of(builder *b)
{
    const char *c = b->t->clean;
    size_t n = b->t->body_end < 3000 ? b->t->body_end : 3000;
    if (!kr_re_find(&pats[Q_ASKERS], c, n, 0, &b->m, false)) return NULL;
    size_t gs, gl;
    kr_group(&b->m, 1, &gs, &gl);
    return kr_fold_ws(c + gs, gl);
}

/* The party of the askers when they are all of one party: "Westerveld (GroenLinks-PvdA)". */
static char *party_of(const char *askers)
{
    if (!askers) return NULL;
    char *party = NULL;
    for (const char *p = strchr(askers, '('); p; p = strchr(p + 1, '(')) {
        const char *e = strchr(p, ')');
        if (!e) break;
        char *one = kr_strndup(p + 1, (size_t)(e - p - 1));
        if (!one) break;
        size_t all = kr_party_all_of(one, strlen(one));
        if (all) memmove(one, one + all, strlen(one + all) + 1);
        if (party && strcmp(party, one) != 0) {
            free(party);
            free(one);
            return NULL;
        }
        free(party);
        party = one;
    }
    return party;
}

#define LINES_KEEP (1u << 20)
static void lines_release(void *p) { kr_vec_free(p); }
static kr_tls lines_tls = {.size = sizeof(kr_vec), .release = lines_release};

int kr_qa_build(kr_qa *qa, const kr_text *t, bool judge_answers)
{
    memset(qa, 0, sizeof *qa);
    kr_vec_init(&qa->strings, sizeof(char *));
    kr_vec_init(&qa->ints, sizeof(int *));
    pthread_once(&once, compile_all);
    if (once_rc) return once_rc;
    if (judge_answers) {
        pthread_once(&phrases_once, compile_phrases);
        if (phrases_rc) return phrases_rc;
    }
    /* the lines are the running text's: without the word there, no line has a footer glued on */
    builder b = {.t = t, .qa = qa};
    find_aanhangsel(&b);
    kr_vec_init(&b.qs, sizeof(qwork));
    kr_vec_init(&b.as, sizeof(ablock));
    /* the lines live only while the questions are built: each thread keeps their memory for its
     * next document (up to LINES_KEEP bytes) */
    kr_vec lines, *kept = kr_tls_get(&lines_tls);
    kr_vec_init(&lines, sizeof(tline));
    if (kept && kept->size) lines = *kept;
    qfull *Q = NULL;
    size_t nq = 0;
    verdict *bv = NULL;       /* per answer block: its verdict, */
    bool *judged = NULL;      /* whether it was judged, */
    const char **btext = NULL; /* and its text */
    int rc = kr_match_init(&b.m);
    if (!rc) rc = split(t, &lines);
    if (rc) goto out;
    tline *L = lines.data;
    size_t nl = lines.len;
    /* "LIJST VAN VRAGEN EN ANTWOORDEN", "Verslag houdende een lijst van vragen en antwoorden" in
     * the opening: numbered questions, each answer the paragraphs after its question */
    size_t open = t->body_end < KR_OPENING ? t->body_end : KR_OPENING;
    b.list = kr_list_of_questions(t->clean, open);
    bool has_vraag = false, has_first = false, has_ans = false, has_party = false;
    for (size_t i = 0; i < nl && !has_vraag; i++) {
        const char *ls = t->clean + L[i].s;
        size_t ll = L[i].e - L[i].s, qt;
        has_vraag = match_line(&b, Q_VRAAG, ls, ll);
        if (!b.bare_vraag) b.bare_vraag = match_line(&b, Q_VRAAG_BARE, ls, ll);
        /* questions numbered without "Vraag" ("1. Bent u …?"), answered under "Antwoord 1" */
        if (!has_first && ll && (kr_is_digit((unsigned char)ls[0]) || ls[0] == 'V'))
            has_first = numbered_question(t->clean, L, i, nl, 1, b.list, &qt);
        if (!has_ans && ll) has_ans = match_line(&b, Q_ANS, ls, ll);
        if (ll && match_line(&b, Q_PARTY, ls, ll)) has_party = true;
    }
    /* questions numbered "1. …?" with no answers at all in Kamervragen ("Vragen van het lid …") */
    bool asked = has_first && !has_ans && kr_re_find(&pats[Q_ASKERS], t->clean, t->body_end < 2000 ? t->body_end : 2000, 0, &b.m, false);
    /* then no paragraph after a question is taken for its answer (what follows the last one is
     * the page's, not an answer) */
    b.unanswered = !has_vraag && has_first && asked && !b.list;
    has_vraag |= has_first && (has_ans || b.list || asked) && !has_party;
    b.bare_vraag &= has_ans && !has_party && !has_vraag;
    has_vraag |= b.bare_vraag;
    rc = has_vraag ? numbered(&b, L, nl) : consultation(&b, L, nl);
    if (rc) goto out;
    nq = b.qs.len;
    if (!nq) goto out;
    char *askers = keep(qa, asker_of(&b));
    char *aparty = keep(qa, party_of(askers));
    Q = calloc(nq, sizeof *Q);
    qa->q = calloc(nq, sizeof *qa->q);
    if (!Q || !qa->q) {
        rc = KR_ENOMEM;
        goto out;
    }
    const char *c = t->clean;
    for (size_t i = 0; i < nq && !judge_answers; i++) {
        Q[i].w = &KR_VEC_AT(&b.qs, qwork, i);
        if (!Q[i].w->party) Q[i].w->party = aparty;
        Q[i].v.status = Q[i].w->block >= 0 ? KR_Q_ANSWERED : KR_Q_UNANSWERED;
    }
    bool pointers = false;
    /* an answer block is judged and folded once, whatever the questions it answers */
    size_t nb = b.as.len;
    if (judge_answers && nb) {
        bv = calloc(nb, sizeof *bv);
        judged = calloc(nb, sizeof *judged);
        btext = calloc(nb, sizeof *btext);
    }
    if (judge_answers && nb && (!bv || !judged || !btext)) {
        rc = KR_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < nq && judge_answers; i++) {
        Q[i].w = &KR_VEC_AT(&b.qs, qwork, i);
        if (!Q[i].w->party) Q[i].w->party = aparty;
        int k = Q[i].w->block;
        if (k >= 0 && !judged[k]) {
            bv[k] = judge(&b, KR_VEC_AT(&b.as, ablock, k).text);
            judged[k] = true;
        }
        if (k >= 0) Q[i].v = bv[k];
        else Q[i].v.status = KR_Q_UNANSWERED;
        pointers |= Q[i].v.pointer.e != 0;
    }
    /* the words of the questions, for resolving pointers by topic or likeness */
    for (size_t i = 0; i < nq && pointers; i++) {
        stems_add(&Q[i].own, c, Q[i].w->text.s, Q[i].w->text.e);
        stems_add(&Q[i].body, c, Q[i].w->text.s, Q[i].w->text.e);
        if (Q[i].w->topic) stems_add(&Q[i].body, Q[i].w->topic, 0, strlen(Q[i].w->topic));
        if (Q[i].w->block >= 0 && Q[i].v.status != KR_Q_REFERRED) {
            const ablock *a = &KR_VEC_AT(&b.as, ablock, Q[i].w->block);
            stems_add(&Q[i].body, c, a->text.s, a->text.e);
        }
    }
    for (size_t i = 0; i < nq && judge_answers; i++) {
        if (Q[i].v.pointer.e) resolve_pointer(&b, Q, nq, i);
        if (Q[i].w->block >= 0 && Q[i].v.status != KR_Q_REFERRED)
            inline_refs(&b, &Q[i], KR_VEC_AT(&b.as, ablock, Q[i].w->block).text);
    }
    for (size_t i = 0; i < nq; i++) {
        kr_question *o = &qa->q[i];
        qwork *w = Q[i].w;
        o->number = w->number;
        o->label = w->label;
        o->party = w->party;
        o->asker = askers;
        o->topic = w->topic;
        size_t ts = w->text.s, te = w->text.e;
        o->start = kr_text_orig(t, ts);
        o->end = te > ts ? kr_text_orig(t, te - 1) + 1 : o->start;
        size_t col;
        kr_text_linecol(t, o->start, &o->line, &col);
        if (judge_answers) o->text = keep(qa, kr_fold_ws(c + ts, te - ts));
        o->status = Q[i].v.status;
        o->defers = Q[i].v.defers;
        if (w->block >= 0) {
            ablock *a = &KR_VEC_AT(&b.as, ablock, w->block);
            o->answer = a->first ? a->first : w->number;
            o->answer_label = a->label;
            kr_text_linecol(t, kr_text_orig(t, a->head), &o->answer_line, &col);
            if (judge_answers && !btext[w->block])
                btext[w->block] = keep(qa, kr_fold_ws(c + a->text.s, a->text.e - a->text.s));
            if (judge_answers) o->answer_text = btext[w->block];
        }
        if (Q[i].v.reason.e)
            o->reason = keep(qa, kr_fold_ws(c + Q[i].v.reason.s, Q[i].v.reason.e - Q[i].v.reason.s));
        if (Q[i].v.pointer.e)
            o->referral_text = keep(qa, kr_fold_ws(c + Q[i].v.pointer.s, Q[i].v.pointer.e - Q[i].v.pointer.s));
        for (size_t x = 1; x < Q[i].n_refs; x++)
            for (size_t y = x; y > 0 && Q[i].refs[y - 1] > Q[i].refs[y]; y--) {
                int tmp = Q[i].refs[y];
                Q[i].refs[y] = Q[i].refs[y - 1];
                Q[i].refs[y - 1] = tmp;
            }
        if (Q[i].n_refs) {
            int **slot = kr_vec_push(&qa->ints);
            if (!slot) {
                rc = KR_ENOMEM;
                goto out;
            }
            *slot = Q[i].refs;
            Q[i].refs = NULL;
            o->refers_to = *slot;
            o->n_refers_to = Q[i].n_refs;
        }
        o->confidence = Q[i].conf;
        o->flag = Q[i].flag;
        o->nearest = Q[i].nearest;
        o->nearest_confidence = Q[i].nearest_conf;
    }
    /* chains: follow referred answers to one with substance; a loop is flagged */
    for (size_t i = 0; i < nq; i++) {
        if (qa->q[i].status != KR_Q_REFERRED || !qa->q[i].n_refers_to) continue;
        int cur = qa->q[i].refers_to[0];
        for (size_t steps = 0; steps <= nq; steps++) {
            const kr_question *next = NULL;
            for (size_t j = 0; j < nq; j++)
                if (qa->q[j].number == cur) next = &qa->q[j];
            if (!next) break;
            if (next->status != KR_Q_REFERRED || !next->n_refers_to) {
                qa->q[i].final = cur;
                break;
            }
            if (next == &qa->q[i] || steps == nq) {
                qa->q[i].flag = "referral_cycle";
                break;
            }
            cur = next->refers_to[0];
        }
    }
    /* answers repeated nearly verbatim under another question: the words of each answer block
     * once (questions answered together share a block) */
    stems *bs = judge_answers && nb ? calloc(nb, sizeof *bs) : NULL;
    for (size_t k = 0; bs && k < nb; k++) {
        const ablock *a = &KR_VEC_AT(&b.as, ablock, k);
        stems_add(&bs[k], c, a->text.s, a->text.e);
    }
    for (size_t i = 0; bs && i < nq; i++) {
        /* only an answer of some length counts as repeated; it may repeat a shorter one */
        const stems *si = Q[i].w->block >= 0 ? &bs[Q[i].w->block] : NULL;
        if (!si || !si->n || !qa->q[i].answer_text || strlen(qa->q[i].answer_text) < 120) continue;
        for (size_t j = 0; j < i; j++) {
            if (!qa->q[j].answer_text || qa->q[j].answer == qa->q[i].answer || Q[j].w->block < 0) continue;
            if ((double)overlap(si, &bs[Q[j].w->block]) / (double)si->n >= 0.85) {
                qa->q[i].repeats = qa->q[j].number;
                break;
            }
        }
    }
    for (size_t k = 0; bs && k < nb; k++) free(bs[k].w);
    free(bs);
    qa->n = nq;
out:
    for (size_t i = 0; Q && i < nq; i++) {
        free(Q[i].body.w);
        free(Q[i].own.w);
        free(Q[i].refs);
    }
    free(Q);
    kr_match_free(&b.m);
    free(b.scratch);
    free(bv);
    free(judged);
    free(btext);
    kr_vec_free(&b.qs);
    kr_vec_free(&b.as);
    if (kept && lines.cap * lines.size <= LINES_KEEP) {
        lines.len = 0;
        *kept = lines;
    } else {
        kr_vec_free(&lines);
        if (kept) *kept = (kr_vec){0};
    }
    if (rc) {
        kr_qa_free(qa);
        return kr_fail(rc, "out of memory");
    }
    return 0;
}

void kr_qa_free(kr_qa *qa)
{
    for (size_t i = 0; i < qa->strings.len; i++) free(KR_VEC_AT(&qa->strings, char *, i));
    for (size_t i = 0; i < qa->ints.len; i++) free(KR_VEC_AT(&qa->ints, int *, i));
    kr_vec_free(&qa->strings);
    kr_vec_free(&qa->ints);
    free(qa->q);
    memset(qa, 0, sizeof *qa);
}
