/* Resolve stage: settles overlaps between families, merges mentions that belong together
 * (a motion and its Kamerstuk, an article and its URL), resolves numbers cited by context
 * only, and drops references to the document itself. */
#include "resolve.h"

#include <stdio.h>
#include <strings.h>
#include "ids.h"

#include <stdlib.h>
#include <string.h>

static int cmp_cand(const void *a, const void *b)
{
    const kr_cand *x = a, *y = b;
    if (x->s != y->s) return x->s < y->s ? -1 : 1;
    size_t lx = x->e - x->s, ly = y->e - y->s;
    if (lx != ly) return lx > ly ? -1 : 1;
    if (x->kind != y->kind) return (int)x->kind - (int)y->kind;
    return kr_cmp_ids(x->target, y->target); /* the numbers of a range share a place */
}

static void kill(kr_cand *c)
{
    kr_cand_clear(c);
    c->dead = true;
}

/* Is the text between two mentions only spaces, commas and an opening bracket? */
static bool glue_gap(const char *s, size_t a, size_t b)
{
    if (b < a || b - a > 4) return false;
    for (size_t i = a; i < b; i++)
        if (!kr_is_space((unsigned char)s[i]) && s[i] != ',' && s[i] != '(') return false;
    return true;
}

static bool same_zone(const kr_text *t, size_t a, size_t b)
{
    return kr_text_footnote_at(t, a) == kr_text_footnote_at(t, b);
}

static int merge_pairs(const kr_text *t, kr_cand *c, size_t n)
{
    const char *s = t->clean;
    for (size_t i = 0; i < n; i++) {
        if (c[i].dead) continue;
        size_t j = i + 1;
        while (j < n && c[j].dead) j++;
        if (j >= n) break;
        kr_cand *a = &c[i], *b = &c[j];
        if ((a->kind == KR_KIND_MOTIE || a->kind == KR_KIND_AMENDEMENT) && b->kind == KR_KIND_KAMERSTUK &&
            !(b->flags & CAND_REPLACED) && glue_gap(s, a->e, b->s) && same_zone(t, a->s, b->s)) {
            /* "de motie op stuk nr. 5": one mention, the motion with the paper that holds it */
            if (b->flags & CAND_STUK) {
                for (size_t k = 0; k < b->n_subs; k++) free(b->subs[k]); /* "motie-X op stuk nr. 5" named twice */
                free(b->subs);
                b->subs = a->subs;
                b->n_subs = a->n_subs;
                a->subs = NULL;
                a->n_subs = 0;
                /* "de motie-Bikker (stuk nr. 14)": the bracket the gap opens, closed */
                if (b->e < t->len && s[b->e] == ')' && memchr(s + a->e, '(', b->s - a->e)) b->e++;
                b->s = a->s;
                kill(a);
            } else if (memchr(s + a->e, '(', b->s - a->e)) {
                /* "de motie-Omtzigt (Kamerstuk 35 510, nr. 9)": the motion is that paper, and the
                 * paper in brackets a mention of its own (as resolve_by_bracket has it) */
                char *tg = b->target ? strdup(b->target) : NULL;
                if (b->target && !tg) return KR_ENOMEM;
                free(a->target);
                a->target = tg;
            } else {
                /* "Motie Ceder, Kamerstuk 21 501-02, nr. 2732": one citation, the motion's */
                free(a->target);
                a->target = b->target;
                b->target = NULL;
                a->e = b->e;
                kill(b);
            }
            continue;
        }
        /* "https://nos.nl/… (NOS, 12 maart 2024)": the URL and, in brackets after it, its article */
        if (a->kind == KR_KIND_URL && b->kind == KR_KIND_NEWS && !b->url && a->target && same_zone(t, a->s, b->s) &&
            glue_gap(s, a->e, b->s) && memchr(s + a->e, '(', b->s - a->e)) {
            b->url = a->target;
            a->target = NULL;
            b->s = a->s;
            kill(a);
            continue;
        }
        /* An article and its URL: right beside it, or anywhere in the same footnote (a footnote
         * cites one thing; the words between are the title when no «title» was found). */
        bool in_note = kr_text_footnote_at(t, a->s) >= 0;
        if (a->kind == KR_KIND_NEWS && !a->url && b->kind == KR_KIND_URL && same_zone(t, a->s, b->s) &&
            (glue_gap(s, a->e, b->s) || (in_note && b->s - a->e <= 300))) {
            if (!a->title && b->s > a->e) {
                size_t ts = a->e, te = b->s;
                while (ts < te && (kr_is_space((unsigned char)s[ts]) || s[ts] == ',')) ts++;
                while (te > ts && (kr_is_space((unsigned char)s[te - 1]) || s[te - 1] == '(' || s[te - 1] == ',' ||
                                   s[te - 1] == ':'))
                    te--;
                if (te > ts && !(a->title = kr_fold_ws(s + ts, te - ts))) return KR_ENOMEM;
            }
            a->url = b->url;
            b->url = NULL;
            a->e = b->e;
            kill(b);
        }
    }
    return 0;
}

static int set_from(kr_cand *c, const char *target, const char *from)
{
    free(c->target);
    free(c->resolved_from);
    c->target = strdup(target);
    c->resolved_from = strdup(from);
    return c->target && c->resolved_from ? 0 : KR_ENOMEM;
}

/* "op stuk nr. 254": the dossier comes from the motion numbering in this document ("Zij krijgt
 * nr. 254 (32847)"), or from the document's own dossier when it is itself a Kamerstuk. When
 * neither is certain the mention stays unresolved. */
/* The motion numberings of the text ("Zij krijgt nr. 346 (32847)"), in order, as indexes into c
 * (*out NULL when there are none): a text of many motion mentions is compared with these only. */
static int numberings(const kr_cand *c, size_t n, size_t **out, size_t *count)
{
    *out = NULL;
    *count = 0;
    for (size_t i = 0; i < n; i++) *count += !c[i].dead && (c[i].flags & CAND_ASSIGNS) && c[i].number;
    if (!*count) return 0;
    if (!(*out = malloc(*count * sizeof **out))) return KR_ENOMEM;
    for (size_t i = 0, k = 0; i < n; i++)
        if (!c[i].dead && (c[i].flags & CAND_ASSIGNS) && c[i].number) (*out)[k++] = i;
    return 0;
}

static size_t sentence_end(const char *s, size_t floor, size_t from, size_t lim);

/* The agenda items of a debate ("Aan de orde is de behandeling van het wetsvoorstel … (36600-XIV).")
 * and the one dossier each names in its heading sentence, if it names exactly one: a motion or
 * amendment "op stuk nr. 32" in that item's debate belongs to it. */
typedef struct agenda_item {
    size_t from;         /* where its heading starts; the item runs to the next one */
    const char *dossier; /* "36600-XIV", in a candidate's target; NULL: none, or not one */
} agenda_item;

static size_t agenda_items(const kr_text *t, const kr_cand *c, size_t n, agenda_item *out, size_t max)
{
    static const char head[] = "Aan de orde ";
    const char *s = t->clean;
    size_t k = 0;
    for (size_t at = 0; k < max;) {
        const char *h = kr_find_word(s + at, t->body_end - at, head, sizeof head - 1, 0);
        if (!h) break;
        size_t hs = (size_t)(h - s);
        at = hs + sizeof head - 1;
        if (strncmp(s + at, "is", 2) != 0 && strncmp(s + at, "zijn", 4) != 0) continue;
        size_t lim = hs + 800 < t->body_end ? hs + 800 : t->body_end;
        size_t he = sentence_end(s, hs, at, lim);
        agenda_item *it = &out[k++];
        *it = (agenda_item){hs, NULL};
        /* the chair's restatement right after the heading ("(Zie vergadering van 7 februari 2024.)
         * De voorzitter: Aan de orde is de voortzetting van de behandeling van de begroting …")
         * goes on with the same item */
        bool restates = k > 1 && hs - out[k - 2].from < 1000;
        bool several = false;
        for (size_t i = 0; i < n && !several; i++) {
            if (c[i].dead || c[i].kind != KR_KIND_DOSSIER || !c[i].target || c[i].s < hs || c[i].s >= he ||
                strncmp(c[i].target, "dossier-", 8) != 0)
                continue;
            const char *d = c[i].target + 8;
            if (it->dossier && strcmp(it->dossier, d) != 0) several = true;
            it->dossier = d;
        }
        if (several) it->dossier = NULL;
        if (restates && !it->dossier && !several) {
            it->dossier = out[k - 2].dossier;
            it->from = out[k - 2].from;
        }
    }
    return k;
}

/* The papers the document cites in full ("haar motie (36410-VI, nr. 47)"), by number: each
 * one's number and dossier, sorted by number, then dossier (looked up once per "op stuk nr."). */
typedef struct cited_paper {
    const char *num, *dos;
    size_t nl, dl;
} cited_paper;

static int cmp_span(const char *a, size_t al, const char *b, size_t bl)
{
    int r = memcmp(a, b, al < bl ? al : bl);
    return r ? r : (al > bl) - (al < bl);
}

static int cmp_cited(const void *a, const void *b)
{
    const cited_paper *x = a, *y = b;
    int r = cmp_span(x->num, x->nl, y->num, y->nl);
    return r ? r : cmp_span(x->dos, x->dl, y->dos, y->dl);
}

static int cited_papers(const kr_cand *c, size_t n, cited_paper **out, size_t *count)
{
    *out = NULL;
    *count = 0;
    size_t k = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            const char *t = c[i].target;
            if (c[i].dead || c[i].kind != KR_KIND_KAMERSTUK || (c[i].flags & CAND_STUK) || !t || strncmp(t, "kst-", 4) != 0)
                continue;
            const char *last = strrchr(t, '-');
            if (last <= t + 4 || !last[1]) continue;
            if (pass) (*out)[k] = (cited_paper){last + 1, t + 4, strlen(last + 1), (size_t)(last - (t + 4))};
            k++;
        }
        if (pass || !k) break;
        if (!(*out = malloc(k * sizeof **out))) return KR_ENOMEM;
        *count = k;
        k = 0;
    }
    if (*count) qsort(*out, *count, sizeof **out, cmp_cited);
    return 0;
}

/* The dossier of the papers numbered `number` that the document cites in full, when they are all
 * of one dossier; written into buf (NULL: none, or not one). */
static const char *cited_with_number(const cited_paper *p, size_t np, const char *number, char *buf, size_t cap)
{
    size_t nl = strlen(number), lo = 0, hi = np;
    while (lo < hi) { /* the first of that number */
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_span(p[mid].num, p[mid].nl, number, nl) < 0) lo = mid + 1;
        else hi = mid;
    }
    if (lo == np || cmp_span(p[lo].num, p[lo].nl, number, nl) != 0) return NULL;
    size_t a = lo, z = np; /* one past the last of that number */
    while (a < z) {
        size_t mid = a + (z - a) / 2;
        if (cmp_span(p[mid].num, p[mid].nl, number, nl) <= 0) a = mid + 1;
        else z = mid;
    }
    size_t last = a - 1;
    /* sorted by dossier within the number: one dossier when the first and last agree */
    if (cmp_span(p[lo].dos, p[lo].dl, p[last].dos, p[last].dl) != 0 || p[lo].dl + 1 > cap) return NULL;
    memcpy(buf, p[lo].dos, p[lo].dl);
    buf[p[lo].dl] = '\0';
    return buf;
}

/* A motion numbering ("Zij krijgt nr. 346 (32847)"), to be sorted by number, then place. */
typedef struct numbering {
    const char *num;
    size_t s, idx;
} numbering;

static int cmp_numbering(const void *a, const void *b)
{
    const numbering *x = a, *y = b;
    int r = strcmp(x->num, y->num);
    return r ? r : (x->s > y->s) - (x->s < y->s);
}

static int resolve_context(const kr_text *t, kr_cand *c, size_t n, const char *self_id)
{
    size_t *assigned, n_assigned;
    if (numberings(c, n, &assigned, &n_assigned)) return KR_ENOMEM;
    cited_paper *papers = NULL;
    size_t n_papers = 0, n_stuk = 0;
    for (size_t i = 0; i < n; i++) n_stuk += !c[i].dead && (c[i].flags & CAND_STUK) && c[i].number;
    if (n_stuk && cited_papers(c, n, &papers, &n_papers)) {
        free(assigned);
        return KR_ENOMEM;
    }
    /* by number, then place: each mention's numbering found by halving */
    numbering *by_num = n_stuk && n_assigned ? malloc(n_assigned * sizeof *by_num) : NULL;
    if (n_stuk && n_assigned && !by_num) {
        free(assigned);
        free(papers);
        return KR_ENOMEM;
    }
    if (by_num) {
        for (size_t a = 0; a < n_assigned; a++) by_num[a] = (numbering){c[assigned[a]].number, c[assigned[a]].s, assigned[a]};
        qsort(by_num, n_assigned, sizeof *by_num, cmp_numbering);
    }
    agenda_item items[64];
    size_t n_items = 0;
    bool looked = false;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (c[i].dead || !(c[i].flags & CAND_STUK) || !c[i].number) continue;
        /* the nearest numbering before the mention (a sitting numbers the motions of each debate
         * from its dossier: "nr. 36" may come twice), else the first after it */
        const kr_cand *hit = NULL;
        if (by_num) {
            size_t lo = 0, hi = n_assigned;
            while (lo < hi) { /* the first numbering of this number */
                size_t mid = lo + (hi - lo) / 2;
                if (strcmp(by_num[mid].num, c[i].number) < 0) lo = mid + 1;
                else hi = mid;
            }
            /* the last before the mention, else the first of them (by place within the number) */
            if (lo < n_assigned && strcmp(by_num[lo].num, c[i].number) == 0) {
                size_t a = lo, z = n_assigned; /* the first of the number at or after the mention */
                while (a < z) {
                    size_t mid = a + (z - a) / 2;
                    int r = strcmp(by_num[mid].num, c[i].number);
                    if (r < 0 || (r == 0 && by_num[mid].s < c[i].s)) a = mid + 1;
                    else z = mid;
                }
                hit = &c[by_num[a > lo ? a - 1 : lo].idx];
            }
        }
        char from[128];
        if (!hit && !looked) {
            n_items = agenda_items(t, c, n, items, sizeof items / sizeof *items);
            looked = true;
        }
        const agenda_item *item = NULL;
        for (size_t a = 0; !hit && a < n_items && items[a].from < c[i].s; a++) item = &items[a];
        char dos[64];
        const char *cited = hit || (item && item->dossier) ? NULL : cited_with_number(papers, n_papers, c[i].number, dos, sizeof dos);
        if (hit) {
            snprintf(from, sizeof from, "motion numbered in this document: %s", hit->target);
            if (set_from(&c[i], hit->target, from)) rc = KR_ENOMEM;
        } else if (cited) {
            char target[96];
            snprintf(target, sizeof target, "kst-%s-%s", cited, c[i].number);
            snprintf(from, sizeof from, "paper cited in full in this document: kst-%.60s-%.8s", cited, c[i].number);
            if (set_from(&c[i], target, from)) rc = KR_ENOMEM;
        } else if (item && item->dossier) {
            char target[96];
            snprintf(target, sizeof target, "kst-%s-%s", item->dossier, c[i].number);
            snprintf(from, sizeof from, "dossier of its agenda item (%s)", item->dossier);
            if (set_from(&c[i], target, from)) rc = KR_ENOMEM;
        } else if (self_id && strncmp(self_id, "kst-", 4) == 0) {
            const char *last = strrchr(self_id, '-');
            char target[96];
            snprintf(target, sizeof target, "%.*s-%s", (int)(last - self_id), self_id, c[i].number);
            snprintf(from, sizeof from, "dossier of this document (%s)", self_id);
            if (strcmp(target, self_id) != 0 && set_from(&c[i], target, from)) rc = KR_ENOMEM;
        }
    }
    free(assigned);
    free(by_num);
    free(papers);
    return rc;
}

/* Where the sentence that runs on from `from` ends, before lim: at . ? ! or ; before a space, a
 * line end or a glued marker, but not at an abbreviation ("o.a.", "t.a.v.", "jl.", "c.s."). No
 * word is looked at before `floor`. */
static size_t sentence_end(const char *s, size_t floor, size_t from, size_t lim)
{
    size_t k = from;
    while (k < lim) {
        char ch = s[k];
        bool end = (ch == '.' || ch == '?' || ch == '!' || ch == ';' || ch == '\0') &&
                   (k + 1 >= lim || s[k + 1] == ' ' || s[k + 1] == '\n' || kr_is_digit((unsigned char)s[k + 1]));
        if (end && s[k] == '.') {
            size_t w = k;
            while (w > floor && !kr_is_space((unsigned char)s[w - 1])) w--;
            bool inner_dot = memchr(s + w, '.', k - w) != NULL;
            bool short_lower = k - w <= 4 && k > w && s[w] >= 'a' && s[w] <= 'z';
            if (inner_dot || short_lower) end = false;
        }
        if (end) break;
        k++;
    }
    return k;
}

/* Is a motion or amendment named by its submitters, not yet given its Kamerstuk? */
static bool motion_unresolved(const kr_cand *c)
{
    return !c->dead && (c->kind == KR_KIND_MOTIE || c->kind == KR_KIND_AMENDEMENT) &&
           !(c->target && strncmp(c->target, "kst-", 4) == 0);
}

/* Does a bracket open right before the mention at b, after a (the end of the one before it), with
 * at most "zie" and "Kamerstuk" between: "(30111-108)", "(zie Kamerstuk 30111-108)"? Not
 * "(t.v.v. 33885, nr. 18)": what a bracket holds after other words is not what precedes it. */
static bool opens_bracket(const char *s, size_t a, size_t b)
{
    size_t k = b;
    while (k > a && s[k - 1] == ' ') k--;
    static const kr_lit words[] = {KR_LIT("Kamerstukken"), KR_LIT("Kamerstuk"), KR_LIT("kamerstukken"),
                                   KR_LIT("kamerstuk"),    KR_LIT("zie"),       KR_LIT("Zie")};
    /* "Kamerstuk" stands before the number, or starts the mention */
    bool named = strncmp(s + b, "Kamerstuk", 9) == 0 || strncmp(s + b, "kamerstuk", 9) == 0;
    bool zie = false;
    for (size_t w = 0; w < KR_NLIT(words); w++) {
        size_t l = words[w].n;
        if (k - a >= l && memcmp(s + k - l, words[w].s, l) == 0) {
            k -= l;
            named |= w < 4;
            zie |= w >= 4;
            while (k > a && s[k - 1] == ' ') k--;
        }
    }
    /* "Motie van het lid X over Y, Kamerstuk 32 813, nr. 1300": a comma and the word do as well
     * (not ", zie Kamerstuk …", which points on) */
    return k > a && (s[k - 1] == '(' || (named && !zie && s[k - 1] == ','));
}

/* A byte of a word: a letter, or part of one beyond ASCII. */
static inline bool word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return (unsigned)((u | 0x20) - 'a') < 26u || u >= 0x80;
}

/* Does s[a, b) name another paper, whose Kamerstuk a bracket after it would be ("de motie X over
 * de brief van de minister (Kamerstuk …)")? Whole words, the first letter either case. */
static bool names_a_paper(const char *s, size_t a, size_t b)
{
#define L KR_LIT
    static const kr_lit papers[] = {L("motie"),   L("moties"),       L("amendement"), L("amendementen"), L("brief"),
                                    L("kamerbrief"), L("nota"),      L("notitie"),    L("verslag"),      L("rapport"),
                                    L("wetsvoorstel"), L("voorstel"), L("beantwoording"), L("stuk")};
#undef L
    for (size_t k = a; k < b;) {
        while (k < b && !word_byte(s[k])) k++;
        size_t w = k;
        while (k < b && word_byte(s[k])) k++;
        for (size_t p = 0; p < KR_NLIT(papers); p++) {
            size_t l = papers[p].n;
            if (k - w == l && (s[w] | 0x20) == papers[p].s[0] && memcmp(s + w + 1, papers[p].s + 1, l - 1) == 0)
                return true;
        }
    }
    return false;
}

/* "de motie van het lid Ellemeet c.s. over zorgbestuurders (Kamerstuk 30111-108)": a Kamerstuk in
 * brackets that closes the motion's subject, in its sentence and the next mention after it, is
 * the motion. Both mentions stay: the Kamerstuk is cited too. */
static int resolve_by_bracket(const kr_text *t, kr_cand *c, size_t n)
{
    const char *s = t->clean;
    for (size_t i = 0; i < n; i++) {
        if (!motion_unresolved(&c[i])) continue;
        size_t j = i + 1;
        while (j < n && c[j].dead) j++;
        if (j >= n) break;
        const kr_cand *b = &c[j];
        if (b->kind != KR_KIND_KAMERSTUK || (b->flags & CAND_REPLACED) || !b->target ||
            strncmp(b->target, "kst-", 4) != 0 || b->s < c[i].e || !same_zone(t, c[i].s, b->s))
            continue;
        /* a decision list's item that is the motion itself: "Motie van het lid Dobbe over … -
         * 36410-XVI-13" on a line of its own (not "Reactie op de motie …", a letter about it) */
        bool item = (c[i].s == 0 || s[c[i].s - 1] == '\n') && b->s >= 3 && memcmp(s + b->s - 3, " - ", 3) == 0 &&
                    (b->e == t->len || s[b->e] == '\n') && !memchr(s + c[i].e, '\n', b->s - c[i].e);
        if ((!item && !opens_bracket(s, c[i].e, b->s)) || names_a_paper(s, c[i].e, b->s)) continue;
        size_t lim = c[i].e + 400 < b->s ? c[i].e + 400 : b->s;
        if (lim < b->s || sentence_end(s, c[i].s, c[i].e, lim) < lim) continue;
        if (set_from(&c[i], b->target, item ? "the paper its agenda item ends with" : "Kamerstuk in brackets after the motion's subject"))
            return KR_ENOMEM;
    }
    return 0;
}

/* A motion named without its number ("de motie Rajkowski en Van Zanten") whose sentence ends in
 * a footnote that cites exactly one Kamerstuk: that Kamerstuk is the motion. */
static int resolve_by_footnote(const kr_text *t, kr_cand *c, size_t n)
{
    const char *s = t->clean;
    for (size_t i = 0; i < n; i++) {
        bool news = !c[i].dead && c[i].kind == KR_KIND_NEWS && !c[i].url;
        if (!news && !motion_unresolved(&c[i])) continue;
        if (c[i].e >= t->body_end) continue;
        size_t k = sentence_end(s, c[i].s, c[i].e, c[i].e + 1000 < t->body_end ? c[i].e + 1000 : t->body_end);
        size_t o_from = kr_text_orig(t, c[i].e), o_to = kr_text_orig(t, k) + 4;
        const kr_footnote *hit = NULL;
        for (size_t f = 0; f < t->footnotes.len; f++) {
            const kr_footnote *fn = &KR_VEC_AT(&t->footnotes, kr_footnote, f);
            if (fn->marker_orig != SIZE_MAX && fn->marker_orig >= o_from && fn->marker_orig <= o_to) {
                hit = fn;
                break;
            }
        }
        if (!hit) continue;
        if (news) {
            /* "het NRC-artikel «…»¹": the footnote gives the article's URL or date */
            for (size_t k2 = 0; k2 < n; k2++) {
                if (c[k2].dead || c[k2].s < hit->clean_start || c[k2].s >= hit->clean_end) continue;
                if (c[k2].kind != KR_KIND_NEWS && c[k2].kind != KR_KIND_URL) continue;
                const char *url = c[k2].url ? c[k2].url : c[k2].kind == KR_KIND_URL ? c[k2].target : NULL;
                if (url && !(c[i].url = strdup(url))) return KR_ENOMEM;
                if (c[k2].date && !c[i].date && !(c[i].date = strdup(c[k2].date))) return KR_ENOMEM;
                char from[64];
                snprintf(from, sizeof from, "footnote %d", hit->number);
                free(c[i].target);
                c[i].target = NULL;
                if (!(c[i].resolved_from = strdup(from))) return KR_ENOMEM;
                break;
            }
            continue;
        }
        const char *only = NULL;
        int count = 0;
        for (size_t k2 = 0; k2 < n; k2++) {
            if (c[k2].dead || c[k2].s < hit->clean_start || c[k2].s >= hit->clean_end) continue;
            if (c[k2].target && strncmp(c[k2].target, "kst-", 4) == 0) {
                if (!only || strcmp(only, c[k2].target) != 0) count++;
                only = c[k2].target;
            }
        }
        if (count == 1) {
            char from[64];
            snprintf(from, sizeof from, "footnote %d", hit->number);
            if (set_from(&c[i], only, from)) return KR_ENOMEM;
        }
    }
    return 0;
}

/* Is `target` ("dossier-32317") the dossier of the document itself ("kst-32317-974")? Its
 * heading names it; that is identity, not a citation. */
static bool is_own_dossier(const char *target, const char *self_id)
{
    if (strncmp(self_id, "kst-", 4) != 0 || strncmp(target, "dossier-", 8) != 0) return false;
    const char *last = strrchr(self_id, '-');
    size_t dl = (size_t)(last - (self_id + 4));
    return strlen(target + 8) == dl && strncmp(target + 8, self_id + 4, dl) == 0;
}

/* A news mention is named by its URL, else by outlet and date (or title). */
static int news_target(kr_cand *c)
{
    if (c->url) return (c->target = strdup(c->url)) ? 0 : KR_ENOMEM;
    char *named = NULL;
    if (c->outlet_article && asprintf(&named, "%s %s", c->outlet_article, c->outlet) < 0) return KR_ENOMEM;
    char *o = named ? kr_slug(named, strlen(named)) : kr_slug(c->outlet, strlen(c->outlet));
    free(named);
    char *tl = !c->date && c->title ? kr_slug(c->title, strlen(c->title)) : NULL;
    int rc = 0;
    if (!o || (!c->date && c->title && !tl)) rc = KR_ENOMEM;
    else if (asprintf(&c->target, "news:%s:%s", o, c->date ? c->date : tl ? tl : "") < 0) rc = KR_ENOMEM;
    free(o);
    free(tl);
    return rc;
}

static bool same_name(const char *a, const char *b) { return strcasecmp(a, b) == 0; }

/* Do all of `names` stand among `of`? */
static bool all_among(char *const *names, size_t n, char *const *of, size_t m)
{
    if (!n) return false;
    for (size_t i = 0; i < n; i++) {
        bool found = false;
        for (size_t k = 0; k < m && !found; k++) found = same_name(names[i], of[k]);
        if (!found) return false;
    }
    return true;
}

/* A debate numbers its motions ("Deze motie is voorgesteld door de leden Kröger en Grashoff. …
 * Zij krijgt nr. 346 (32847).") and names them later by their submitters: "deze motie van
 * mevrouw Beckerman" is the motion just discussed that she submitted; "de motie van de heer Krol"
 * is the one numbered motion of his. When more than one fits, the mention stays as it was. */
static int resolve_by_submitters(const kr_text *t, kr_cand *c, size_t n)
{
    const char *s = t->clean;
    /* the numbered motions and their submitters */
    for (size_t i = 0; i < n; i++) {
        if (c[i].dead || !(c[i].flags & CAND_PROPOSERS)) continue;
        for (size_t k = i + 1; k < n; k++) {
            if (c[k].dead || c[k].s > c[i].e + 400) break;
            if (!(c[k].flags & CAND_ASSIGNS) || c[k].n_subs) continue;
            c[k].subs = c[i].subs;
            c[k].n_subs = c[i].n_subs;
            c[i].subs = NULL;
            c[i].n_subs = 0;
            break;
        }
    }
    /* a motion renumbered when changed ("De motie-Hertzberger/Van Campen (36518, nr. 8) is in die
     * zin gewijzigd … Zij krijgt nr. 13, was nr. 8 (36518).") keeps the submitters of the one it
     * was */
    for (size_t i = 0; i + 1 < n; i++) {
        if (c[i].dead || !(c[i].flags & CAND_ASSIGNS) || c[i].n_subs || c[i + 1].dead || !c[i + 1].target ||
            c[i + 1].s > c[i].e + 40)
            continue;
        for (size_t k = i; k-- > 0;) {
            if (c[k].e <= c[i].s && c[i].s - c[k].e > 3000) break; /* (an overlapping one is no distance) */
            if (c[k].dead || c[k].kind != KR_KIND_MOTIE || !c[k].n_subs || !c[k].target ||
                strcmp(c[k].target, c[i + 1].target) != 0)
                continue;
            char **subs = calloc(c[k].n_subs, sizeof *subs);
            if (!subs) return KR_ENOMEM;
            for (size_t a = 0; a < c[k].n_subs; a++)
                if (!(subs[a] = strdup(c[k].subs[a]))) {
                    while (a-- > 0) free(subs[a]);
                    free(subs);
                    return KR_ENOMEM;
                }
            c[i].subs = subs;
            c[i].n_subs = c[k].n_subs;
            break;
        }
    }
    size_t *assigned, n_assigned;
    if (numberings(c, n, &assigned, &n_assigned)) return KR_ENOMEM;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        if (c[i].dead || (c[i].flags & CAND_PROPOSERS) || c[i].kind != KR_KIND_MOTIE || !c[i].n_subs) continue;
        if (c[i].target && strncmp(c[i].target, "kst-", 4) == 0) continue;
        bool demonstrative = c[i].s >= 6 && (strncasecmp(s + c[i].s - 5, "deze ", 5) == 0 || strncasecmp(s + c[i].s - 4, "die ", 4) == 0);
        const kr_cand *hit = NULL;
        if (demonstrative) {
            /* the nearest motion before it that these members submitted */
            for (size_t k = i; k-- > 0;) {
                if (c[k].dead || (c[k].e <= c[i].s && c[i].s - c[k].e > 1500)) break;
                if (!c[k].target || strncmp(c[k].target, "kst-", 4) != 0) continue;
                /* "Dan de motie op stuk nr. 357.": its submitters are those of the numbered motion */
                const kr_cand *named = &c[k];
                for (size_t a = 0; !named->n_subs && a < n; a++)
                    if (!c[a].dead && (c[a].flags & CAND_ASSIGNS) && c[a].n_subs && c[a].target &&
                        strcmp(c[a].target, c[k].target) == 0)
                        named = &c[a];
                if (named->n_subs && all_among(c[i].subs, c[i].n_subs, named->subs, named->n_subs)) {
                    hit = &c[k];
                    break;
                }
                break; /* the motion just discussed is another one */
            }
        } else {
            int count = 0;
            /* a motion numbered before the mention: one numbered later is not yet the one named
             * ("In 2021 is de motie-Omtzigt aangenomen", and his new motion numbered after it);
             * only the numbered motions are looked at (a text of many named motions and none
             * numbered costs nothing here) */
            for (size_t a = 0; a < n_assigned && c[assigned[a]].s < c[i].s; a++) {
                size_t k = assigned[a];
                if (c[k].dead || !c[k].n_subs) continue;
                if (all_among(c[i].subs, c[i].n_subs, c[k].subs, c[k].n_subs) && same_name(c[i].subs[0], c[k].subs[0])) {
                    hit = &c[k];
                    count++;
                }
            }
            if (count != 1) hit = NULL;
        }
        if (hit && set_from(&c[i], hit->target, "motion numbered in this document")) rc = KR_ENOMEM;
    }
    free(assigned);
    if (rc) return rc;
    for (size_t i = 0; i < n; i++)
        if (!c[i].dead && (c[i].flags & CAND_PROPOSERS)) kill(&c[i]);
    return 0;
}

/* A paper cited with what it is in brackets after it ("Kamerstuk 36 410, nr. 31 (motie van de
 * leden Bikker en Omtzigt)"): the motion named there is that paper. */
static int resolve_described(const kr_text *t, kr_cand *c, size_t n)
{
    const char *s = t->clean;
    for (size_t i = 1; i < n; i++) {
        if (c[i].dead || (c[i].kind != KR_KIND_MOTIE && c[i].kind != KR_KIND_AMENDEMENT) ||
            (c[i].target && strncmp(c[i].target, "kst-", 4) == 0))
            continue;
        size_t j = i;
        while (j > 0 && c[j - 1].dead) j--;
        if (j == 0) continue;
        const kr_cand *k = &c[j - 1];
        if (k->kind != KR_KIND_KAMERSTUK || !k->target || strncmp(k->target, "kst-", 4) != 0 || k->e > c[i].s) continue;
        /* "nr. 31 (motie …": a bracket, white space, "de"/"het" at most between them */
        size_t p = k->e;
        while (p < c[i].s && s[p] == ' ') p++;
        if (p == c[i].s || s[p] != '(') continue;
        p++;
        while (p < c[i].s && s[p] == ' ') p++;
        if (c[i].s - p > 4 || (c[i].s > p && strncmp(s + p, "de ", 3) != 0 && strncmp(s + p, "het ", 4) != 0)) continue;
        if (set_from(&c[i], k->target, "the paper it describes in brackets")) return KR_ENOMEM;
    }
    return 0;
}

/* "het gewijzigde amendement van het lid Martens-America¹ ter vervanging van nr. 45": what a
 * motion or amendment replaces is of its dossier, once the mention before it in the sentence is
 * resolved (here through its footnote, kst-36410-VIII-112). */
static int resolve_replaced(const kr_text *t, kr_cand *c, size_t n)
{
    const char *s = t->clean;
    for (size_t i = 1; i < n; i++) {
        if (c[i].dead || c[i].target || (c[i].flags & (CAND_STUK | CAND_REPLACED)) != (CAND_STUK | CAND_REPLACED) ||
            !c[i].number)
            continue;
        size_t j = i;
        while (j > 0 && c[j - 1].dead) j--;
        if (j == 0) continue;
        const kr_cand *m = &c[j - 1];
        if ((m->kind != KR_KIND_MOTIE && m->kind != KR_KIND_AMENDEMENT) || !m->target || strncmp(m->target, "kst-", 4) != 0 ||
            m->e > c[i].s || c[i].s - m->e > 200 || !same_zone(t, m->s, c[i].s) ||
            sentence_end(s, m->s, m->e, c[i].s) < c[i].s)
            continue;
        const char *last = strrchr(m->target, '-');
        char target[96], from[128];
        snprintf(target, sizeof target, "%.*s-%s", (int)(last - m->target), m->target, c[i].number);
        snprintf(from, sizeof from, "dossier of the %s it is replaced by (%.60s)", m->kind == KR_KIND_MOTIE ? "motion" : "amendment",
                 m->target);
        if (strcmp(target, m->target) != 0 && set_from(&c[i], target, from)) return KR_ENOMEM;
    }
    return 0;
}

/* Whether a dossier mention heads the document: at the start of a line in its opening, alone or
 * before the dossier's title, with the paper's number ("Nr. 207 VERSLAG …") soon after. A paper
 * of two dossiers heads itself with both ("21 501-31 Raad voor …", "21 501-27 Sportraad"). */
static bool dossier_heading(const kr_text *t, const kr_cand *c)
{
    const char *s = t->clean;
    if (c->s > 1500 || c->s >= t->body_end || (c->s > 0 && s[c->s - 1] != '\n')) return false;
    size_t e = c->e;
    if (e < t->len && s[e] != '\n' && !(s[e] == ' ' && e + 1 < t->len && ((s[e + 1] >= 'A' && s[e + 1] <= 'Z') || (unsigned char)s[e + 1] >= 0xC3)))
        return false;
    size_t lim = e + 400 < t->body_end ? e + 400 : t->body_end;
    for (const char *p = s + e; (p = memchr(p, '\n', (size_t)(s + lim - p))); p++)
        if (s + lim - p > 5 && (p[1] == 'N' || p[1] == 'n') && p[2] == 'r' && p[3] == '.' && (kr_is_digit((unsigned char)p[4]) ||
                                                                                          (p[4] == ' ' && kr_is_digit((unsigned char)p[5]))))
            return true;
    return false;
}

int kr_resolve(const kr_text *t, kr_vec *cands, const char *self_id)
{
    kr_cand *c = cands->data;
    size_t n = cands->len;
    if (n) qsort(c, n, sizeof *c, cmp_cand);
    /* A match may not run from one footnote into the next, or from the running text into the
     * footnotes: the text between them was put together by the text layer, not written so. This
     * goes before overlaps are settled, or such a match would take the mentions it overlaps with
     * it. */
    for (size_t i = 0; i < n; i++)
        if (!c[i].dead && c[i].e > c[i].s &&
            (kr_text_footnote_at(t, c[i].s) != kr_text_footnote_at(t, c[i].e - 1) ||
             (c[i].s < t->body_end && c[i].e > t->body_end)))
            kill(&c[i]);
    /* Overlaps: the longer, more specific mention wins. */
    size_t keep = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (c[i].dead) continue;
        /* the numbers a range leaves out share its separator: each stays, once */
        if (keep != SIZE_MAX && (c[i].flags & c[keep].flags & CAND_RANGE) && c[i].s == c[keep].s && c[i].e == c[keep].e) {
            bool twice = false;
            for (size_t k = keep; k < i && !twice; k++)
                twice = !c[k].dead && c[k].target && c[i].target && strcmp(c[k].target, c[i].target) == 0;
            if (twice) kill(&c[i]);
            continue;
        }
        if (keep != SIZE_MAX && c[i].s < c[keep].e) {
            if (c[i].e <= c[keep].e || c[i].e - c[i].s <= c[keep].e - c[keep].s) {
                kill(&c[i]);
                continue;
            }
            kill(&c[keep]);
        }
        keep = i;
    }
    int rc = merge_pairs(t, c, n);
    if (!rc) rc = resolve_context(t, c, n, self_id);
    if (!rc) rc = resolve_by_bracket(t, c, n);
    if (!rc) rc = resolve_by_footnote(t, c, n);
    if (!rc) rc = resolve_by_submitters(t, c, n);
    if (!rc) rc = resolve_replaced(t, c, n);
    if (!rc) rc = resolve_described(t, c, n);
    if (rc) return rc;
    for (size_t i = 0; i < n; i++) {
        if (c[i].dead) continue;
        if (c[i].kind == KR_KIND_NEWS && !c[i].target && (rc = news_target(&c[i]))) return rc;
        if (self_id && c[i].target && strcmp(c[i].target, self_id) == 0) kill(&c[i]);
        else if (self_id && c[i].kind == KR_KIND_DOSSIER && is_own_dossier(c[i].target, self_id)) kill(&c[i]);
        else if (c[i].kind == KR_KIND_DOSSIER && dossier_heading(t, &c[i])) kill(&c[i]);
    }
    return 0;
}
