/* Documents: runs the stages (text layer, find, resolve) over one input and holds the result. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "find.h"
#include "meta.h"
#include "qa.h"
#include "read_xml.h"
#include "resolve.h"
#include "text.h"
#include "util.h"

struct kr_doc {
    char *name;
    char *id;
    char *orig;
    size_t orig_len;
    kr_text text;
    kr_qa qa;
    size_t questions; /* the questions the caller sees: none unless asked for with KR_WANT_QA */
    kr_meta meta;
    kr_ref *refs;
    size_t n_refs;
    struct block *strings; /* the references' strings, copied in blocks the document owns */
};

/* The strings of a document's references live in a few blocks: the thread that reads the
 * document copies them there, and the one that frees it (another, when many documents are read
 * at once) frees a few blocks instead of a few strings per reference. */
typedef struct block {
    struct block *next;
    size_t used, cap;
    max_align_t data[];
} block;
#define BLOCK_SIZE 8192

static const char *const kind_names[KR_KIND_COUNT] = {
    "kamerstuk", "dossier", "handelingen", "aanhangsel", "motie",  "amendement", "news",
    "url",       "zaak",    "document",    "ecli",       "eu",     "stb",        "stcrt"};

const char *kr_kind_name(kr_kind kind)
{
    return (unsigned)kind < KR_KIND_COUNT ? kind_names[kind] : "unknown";
}

int kr_kind_parse(kr_kind *out, const char *name)
{
    for (int k = 0; k < KR_KIND_COUNT; k++)
        if (strcmp(name, kind_names[k]) == 0) {
            *out = (kr_kind)k;
            return 0;
        }
    return kr_fail(KR_EINVAL, "unknown reference kind '%s'", name);
}

/* n bytes, aligned for pointers, in the document's blocks; NULL when out of memory. */
static void *take(kr_doc *d, size_t n)
{
    n = (n + sizeof(void *) - 1) / sizeof(void *) * sizeof(void *);
    block *b = d->strings;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > BLOCK_SIZE / 4 ? n : BLOCK_SIZE; /* a long string gets a block of its own */
        if (!(b = malloc(sizeof *b + cap))) return NULL;
        b->used = 0;
        b->cap = cap;
        if (cap == n && d->strings) { /* behind the block being filled, which goes on */
            b->next = d->strings->next;
            d->strings->next = b;
        } else {
            b->next = d->strings;
            d->strings = b;
        }
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

/* s[0, n) with its white space folded (kr_fold_ws), written straight into the document's blocks;
 * NULL when out of memory. */
static const char *own_folded(kr_doc *d, const char *s, size_t n)
{
    char *p = take(d, n + 1);
    if (!p) return NULL;
    size_t len = kr_fold_ws_into(p, s, n);
    block *b = d->strings;
    const size_t a = sizeof(void *);
    /* what folding left unused goes back, when p is the end of the block being filled */
    if ((char *)b->data + b->used == p + (n + 1 + a - 1) / a * a) b->used = (size_t)(p - (char *)b->data) + (len + 1 + a - 1) / a * a;
    return p;
}

/* Hands a string to the document: copies it into its blocks and frees it. Returns the copy, or
 * NULL when out of memory. */
static const char *own(kr_doc *d, char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *p = take(d, n);
    if (p) memcpy(p, s, n);
    free(s);
    return p;
}

/* The id a file name gives: "kst-32317-974.txt" and "ah-tk-20232024-387.md-extract.txt" name
 * their documents; other names are kept without their extension. */
static char *id_from_name(const char *name)
{
    if (!name || !*name || strcmp(name, "-") == 0) return strdup("stdin");
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    bool is_id = strncmp(base, "kst-", 4) == 0 || strncmp(base, "ah-tk-", 6) == 0 ||
                 strncmp(base, "h-tk-", 5) == 0 || strncmp(base, "ah-ek-", 6) == 0 ||
                 strncmp(base, "h-ek-", 5) == 0;
    size_t n = strlen(base);
    if (is_id) n = strcspn(base, ".");
    else if (n > 4 && strcmp(base + n - 4, ".txt") == 0) n -= 4;
    return kr_strndup(base, n);
}

static int by_start(const void *a, const void *b)
{
    const kr_ref *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end < y->end ? -1 : 1;
    return kr_cmp_ids(x->target, y->target); /* the numbers of a range share a place */
}

static int build_refs(kr_doc *d, kr_vec *cands)
{
    size_t live = 0;
    for (size_t i = 0; i < cands->len; i++) live += !KR_VEC_AT(cands, kr_cand, i).dead;
    d->refs = calloc(live ? live : 1, sizeof(kr_ref));
    if (!d->refs) return KR_ENOMEM;
    const kr_text *t = &d->text;
    for (size_t i = 0; i < cands->len; i++) {
        kr_cand *c = &KR_VEC_AT(cands, kr_cand, i);
        if (c->dead) continue;
        kr_ref *r = &d->refs[d->n_refs++];
        r->kind = c->kind;
        r->start = kr_text_orig(t, c->s);
        r->end = c->e > c->s ? kr_text_orig(t, c->e - 1) + 1 : r->start;
        if (r->end < r->start) r->end = r->start; /* never inverted, whatever the map says */
        int fi = kr_text_footnote_at(t, c->s);
        if (fi >= 0) {
            const kr_footnote *f = &KR_VEC_AT(&t->footnotes, kr_footnote, fi);
            r->footnote = f->number;
            r->marker_start = f->marker_orig;
            if (f->marker_orig != SIZE_MAX) kr_text_linecol(t, f->marker_orig, &r->marker_line, &r->marker_col);
        }
        if (!(r->text = own_folded(d, t->clean + c->s, c->e - c->s))) return KR_ENOMEM;
#define MOVE(field)                                                                                \
    if (c->field) {                                                                                \
        if (!(r->field = own(d, c->field))) {                                                      \
            c->field = NULL;                                                                       \
            return KR_ENOMEM;                                                                      \
        }                                                                                          \
        c->field = NULL;                                                                           \
    }
        MOVE(target)
        MOVE(outlet)
        MOVE(date)
        MOVE(title)
        MOVE(url)
        MOVE(resolved_from)
#undef MOVE
        if (c->n_subs) {
            const char **subs = take(d, (c->n_subs + 1) * sizeof *subs);
            if (!subs) return KR_ENOMEM;
            for (size_t k = 0; k < c->n_subs; k++) {
                subs[k] = own(d, c->subs[k]);
                c->subs[k] = NULL;
                if (!subs[k]) return KR_ENOMEM;
            }
            subs[c->n_subs] = NULL;
            r->submitters = subs;
            r->n_submitters = c->n_subs;
        }
    }
    /* document order: footnote texts were moved behind the running text */
    qsort(d->refs, d->n_refs, sizeof *d->refs, by_start);
    kr_linecol_cursor cur = {0};
    for (size_t i = 0; i < d->n_refs; i++)
        kr_text_linecol_next(t, &cur, d->refs[i].start, &d->refs[i].line, &d->refs[i].col);
    return 0;
}

int kr_doc_parse(kr_doc **out, const char *name, const char *bytes, size_t len)
{
    return kr_doc_parse_with(out, name, bytes, len, KR_WANT_ALL);
}

/* The official XML's links are exact: a mention the text layer found at the same place takes
 * the link's target, and a link no mention covers becomes a reference of its own. */
/* Whether the words of a link, s[0, n), hold the number that ends its target ("726" of
 * kst-21501-08-726) as a word of their own. */
static bool link_names_number(const char *s, size_t n, const char *target)
{
    const char *num = strrchr(target, '-');
    if (!num || !*++num) return false;
    size_t l = strlen(num);
    for (size_t i = 0; i + l <= n; i++)
        if (memcmp(s + i, num, l) == 0 && (i == 0 || !isalnum((unsigned char)s[i - 1])) &&
            (i + l == n || !isalnum((unsigned char)s[i + l])))
            return true;
    return false;
}

static int apply_xrefs(kr_doc *d, const kr_xml_text *x)
{
    size_t n0 = d->n_refs; /* the text's mentions, in order of start; links without one come after */
    for (size_t i = 0; i < x->xrefs.len; i++) {
        const kr_xref *xr = &KR_VEC_AT(&x->xrefs, kr_xref, i);
        if (!xr->doc || !*xr->doc) continue;
        /* the last mention that starts before the link ends, or one of the few before it that
         * reaches into the link */
        size_t lo = 0, hi = n0;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (d->refs[mid].start < xr->end) lo = mid + 1;
            else hi = mid;
        }
        kr_ref *hit = NULL;
        for (size_t k = lo; k-- > 0 && lo - k <= 8 && !hit;)
            if (xr->start < d->refs[k].end) hit = &d->refs[k];
        if (hit) {
            /* a link whose words are the dossier alone ("was nr. 719 (<extref
             * doc="kst-21501-08-726">21501-08</extref>)", where the link is the motion's new
             * number) does not decide which paper of the dossier the mention names */
            if (hit->target && strcmp(hit->target, xr->doc) != 0 &&
                !link_names_number(d->orig + xr->start, xr->end - xr->start, xr->doc))
                continue;
            if (!hit->target || strcmp(hit->target, xr->doc) != 0) {
                if (!(hit->target = own(d, strdup(xr->doc)))) return KR_ENOMEM;
                if (!(hit->resolved_from = own(d, strdup("link in the official XML")))) return KR_ENOMEM;
            }
            continue;
        }
        if (strcmp(xr->doc, d->id) == 0) continue;
        kr_ref *refs = realloc(d->refs, (d->n_refs + 1) * sizeof *refs);
        if (!refs) return KR_ENOMEM;
        d->refs = refs;
        kr_ref *r = &d->refs[d->n_refs++];
        memset(r, 0, sizeof *r);
        r->kind = strncmp(xr->doc, "ah-", 3) == 0 ? KR_KIND_AANHANGSEL
                  : strncmp(xr->doc, "h-", 2) == 0 ? KR_KIND_HANDELINGEN
                  : strncmp(xr->doc, "stb-", 4) == 0 ? KR_KIND_STB
                  : strncmp(xr->doc, "stcrt-", 6) == 0 ? KR_KIND_STCRT
                                                      : KR_KIND_KAMERSTUK;
        r->start = xr->start;
        r->end = xr->end;
        if (!(r->target = own(d, strdup(xr->doc))) || !(r->text = own(d, kr_fold_ws(d->orig + xr->start, xr->end - xr->start))) ||
            !(r->resolved_from = own(d, strdup("link in the official XML"))))
            return KR_ENOMEM;
        kr_text_linecol(&d->text, r->start, &r->line, &r->col);
    }
    qsort(d->refs, d->n_refs, sizeof *d->refs, by_start);
    return 0;
}

/* The parliamentary year ("2017-2018") of a document into *out (NULL when nothing tells): from an
 * id that holds it (h-tk-20172018-70-9, ah-tk-20232024-1076), else from its date (a year runs from
 * the third Tuesday of September). Returns KR_ENOMEM or 0. */
static int year_of(const char *id, const char *date, char **out)
{
    *out = NULL;
    int first = 0;
    const char *p = strncmp(id, "ah-", 3) == 0 ? id + 3 : strncmp(id, "h-", 2) == 0 ? id + 2 : NULL;
    bool digits = p && (strncmp(p, "tk-", 3) == 0 || strncmp(p, "ek-", 3) == 0);
    for (int i = 3; digits && i < 11; i++) digits = kr_is_digit((unsigned char)p[i]);
    if (digits && p[11] == '-' && atoi((char[5]){p[3], p[4], p[5], p[6], 0}) + 1 == atoi(p + 7)) {
        first = atoi((char[5]){p[3], p[4], p[5], p[6], 0});
    } else if (date && kr_iso_days(date) != LONG_MIN) {
        int year = atoi(date), month = atoi(date + 5), day = atoi(date + 8);
        /* the third Tuesday of September: 1970-01-01 (day 0) was a Thursday */
        char sep1[16];
        snprintf(sep1, sizeof sep1, "%04d-09-01", year % 10000);
        int dow = (int)(((kr_iso_days(sep1) % 7) + 7 + 3) % 7); /* 0 Monday … 6 Sunday */
        int third_tuesday = 1 + (1 - dow + 7) % 7 + 14;
        first = month > 9 || (month == 9 && day >= third_tuesday) ? year : year - 1;
    } else {
        return 0;
    }
    if (asprintf(out, "%04d-%04d", first, first + 1) >= 0) return 0;
    *out = NULL; /* asprintf leaves it undefined */
    return KR_ENOMEM;
}

/* kr_doc_parse_with; `owned`, when not NULL, is a malloc'd copy of bytes the document takes
 * over (freed here on failure), which spares copying a file read whole. */
#define AS_TEXT 0x100 /* the text of an XML document: never read as XML again */

static int parse(kr_doc **out, const char *name, const char *bytes, size_t len, unsigned want, char *owned,
                 const kr_xml_text *xml)
{
    if (bytes && !(want & AS_TEXT) && kr_looks_like_xml(bytes, len)) {
        /* the official XML: its text is analysed; links and identity come from the XML */
        kr_xml_text x;
        int rc = kr_xml_extract(&x, bytes, len, name);
        if (rc) {
            free(owned);
            return rc;
        }
        kr_doc *d = NULL;
        rc = parse(out ? &d : NULL, name, x.text.data, x.text.len, want | AS_TEXT, NULL, &x);
        if (!rc) rc = apply_xrefs(d, &x);
        /* lines are the XML's: the line each mention's first word stands on */
        kr_xml_cursor at = {0};
        for (size_t i = 0; !rc && i < d->n_refs; i++) {
            kr_ref *r = &d->refs[i];
            size_t l = kr_xml_line_at(&x, r->start), c = kr_xml_col_next(&x, &at, r->start, r->end - r->start);
            if (l) {
                r->line = l;
                if (c) r->col = c;
            }
            if (r->marker_line && (l = kr_xml_line_at(&x, r->marker_start))) {
                /* the note's number is kamerref's, not in the XML: its column there is not known */
                r->marker_line = l;
                r->marker_col = 0;
            }
        }
        kr_xml_text_free(&x);
        free(owned);
        if (rc) {
            kr_doc_free(d);
            return rc == KR_ENOMEM ? kr_fail(KR_ENOMEM, "out of memory") : rc;
        }
        *out = d;
        return 0;
    }
    if (!out || (!bytes && len)) {
        free(owned);
        return kr_fail(KR_EINVAL, "invalid argument");
    }
    kr_doc *d = calloc(1, sizeof *d);
    if (!d) {
        free(owned);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    kr_vec cands;
    kr_vec_init(&cands, sizeof(kr_cand));
    int rc = KR_ENOMEM;
    d->name = strdup(name ? name : "");
    d->orig = owned ? owned : malloc(len + 1);
    if (!d->name || !d->orig) goto fail;
    if (len && !owned) memcpy(d->orig, bytes, len);
    d->orig[len] = '\0'; /* kr_text_build reads the text in place */
    d->orig_len = len;
    if ((rc = kr_text_build(&d->text, d->orig, len))) goto fail;
    /* the official XML's metadata names it; else its own text, else its file */
    d->id = xml && xml->id ? strdup(xml->id) : d->text.self_id ? strdup(d->text.self_id) : id_from_name(name);
    rc = KR_ENOMEM;
    if (!d->id) goto fail;
    if (!d->text.year && year_of(d->id, d->text.date, &d->text.year)) goto fail;
    if ((rc = kr_find(&d->text, &cands))) goto fail;
    if ((rc = kr_resolve(&d->text, &cands, d->id))) goto fail;
    if ((rc = build_refs(d, &cands))) goto fail;
    /* the facts need the questions (who asked, where they start), not what became of them */
    if ((want & (KR_WANT_QA | KR_WANT_META)) && (rc = kr_qa_build(&d->qa, &d->text, want & KR_WANT_QA))) goto fail;
    d->questions = want & KR_WANT_QA ? d->qa.n : 0;
    if ((want & KR_WANT_META) && (rc = kr_meta_build(&d->meta, &d->text, d->refs, d->n_refs, d->qa.q, d->qa.n, d->id))) goto fail;
    /* a debate's subject is the title of its agenda item, which the XML marks */
    if ((want & KR_WANT_META) && !d->meta.info.subject && xml && xml->title &&
        !(d->meta.info.subject = own(d, strdup(xml->title)))) {
        rc = KR_ENOMEM;
        goto fail;
    }
    if (!(want & KR_WANT_META)) {
        d->meta.info.type = "other";
        d->meta.info.delay_days = -1;
        d->meta.info.late = -1;
    }
    for (size_t i = 0; i < cands.len; i++) kr_cand_clear(&KR_VEC_AT(&cands, kr_cand, i));
    kr_vec_free(&cands);
    *out = d;
    return 0;
fail:
    for (size_t i = 0; i < cands.len; i++) kr_cand_clear(&KR_VEC_AT(&cands, kr_cand, i));
    kr_vec_free(&cands);
    kr_doc_free(d);
    if (rc == KR_ENOMEM) kr_fail(KR_ENOMEM, "out of memory");
    return rc;
}

int kr_doc_parse_with(kr_doc **out, const char *name, const char *bytes, size_t len, unsigned want)
{
    return parse(out, name, bytes, len, want, NULL, NULL);
}

int kr_doc_load(kr_doc **out, const char *path) { return kr_doc_load_with(out, path, KR_WANT_ALL); }

/* Reads a whole file (or standard input for "-") into one buffer: sized from fstat for a regular
 * file, so that a document is read with one read() and not copied. */
static int read_all(const char *path, char **data, size_t *len)
{
    bool is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return kr_fail(KR_EIO, "%s", strerror(errno));
    struct stat st;
    bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    size_t cap = regular ? (size_t)st.st_size + 1 : 65536;
    char *buf = malloc(cap);
    size_t n = 0;
    int rc = buf ? 0 : kr_fail(KR_ENOMEM, "out of memory");
    /* a regular file is read in one call, mostly: the read that would say so is not made */
    while (!rc && !(regular && n == cap - 1 && n > 0)) {
        if (n == cap) {
            char *p = cap <= SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
            if (!p) {
                rc = kr_fail(KR_ENOMEM, "out of memory");
                break;
            }
            buf = p;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) rc = kr_fail(KR_EIO, "%s", strerror(errno));
        if (r <= 0) break;
        n += (size_t)r;
    }
    if (!is_stdin) close(fd);
    if (rc) {
        free(buf);
        return rc;
    }
    buf[n] = '\0'; /* there is room: a read ends with n < cap (see kr_text_build) */
    *data = buf;
    *len = n;
    return 0;
}

int kr_doc_load_with(kr_doc **out, const char *path, unsigned want)
{
    char *data = NULL;
    size_t len = 0;
    int rc = read_all(path, &data, &len);
    return rc ? rc : parse(out, path, data, len, want, data, NULL);
}

void kr_doc_free(kr_doc *d)
{
    if (!d) return;
    for (block *b = d->strings, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    kr_meta_free(&d->meta);
    kr_qa_free(&d->qa);
    kr_text_free(&d->text);
    free(d->refs);
    free(d->orig);
    free(d->name);
    free(d->id);
    free(d);
}

const char *kr_doc_id(const kr_doc *d) { return d->id; }
const char *kr_doc_name(const kr_doc *d) { return d->name; }
size_t kr_doc_ref_count(const kr_doc *d) { return d->n_refs; }
const kr_ref *kr_doc_ref(const kr_doc *d, size_t i) { return i < d->n_refs ? &d->refs[i] : NULL; }
size_t kr_doc_footnote_count(const kr_doc *d) { return d->text.footnotes.len; }

int kr_doc_footnote(const kr_doc *d, size_t i, int *number, size_t *marker_start, size_t *text_start,
                    size_t *text_end)
{
    if (i >= d->text.footnotes.len) return kr_fail(KR_EINVAL, "no footnote %zu", i);
    const kr_footnote *f = &KR_VEC_AT(&d->text.footnotes, kr_footnote, i);
    if (number) *number = f->number;
    if (marker_start) *marker_start = f->marker_orig;
    if (text_start) *text_start = kr_text_orig(&d->text, f->clean_start);
    if (text_end)
        *text_end = f->clean_end > f->clean_start ? kr_text_orig(&d->text, f->clean_end - 1) + 1
                                                  : kr_text_orig(&d->text, f->clean_start);
    return 0;
}

size_t kr_doc_warning_count(const kr_doc *d) { return d->text.warnings.len; }
const kr_warning *kr_doc_warning(const kr_doc *d, size_t i)
{
    return i < d->text.warnings.len ? &KR_VEC_AT(&d->text.warnings, kr_warning, i) : NULL;
}

const char *kr_doc_clean_text(const kr_doc *d, size_t *len)
{
    if (len) *len = d->text.len;
    return d->text.clean;
}

size_t kr_doc_clean_to_orig(const kr_doc *d, size_t i) { return i < d->text.len ? kr_text_orig(&d->text, i) : d->orig_len; }

const char *kr_doc_year(const kr_doc *d) { return d->text.year; }
const char *kr_doc_date(const kr_doc *d) { return d->text.date; }

size_t kr_doc_question_count(const kr_doc *d) { return d->questions; }
size_t kr_doc_questions_found(const kr_doc *d) { return d->qa.n; }
const kr_question *kr_doc_question_found(const kr_doc *d, size_t i) { return i < d->qa.n ? &d->qa.q[i] : NULL; }
const kr_question *kr_doc_question(const kr_doc *d, size_t i) { return i < d->questions ? &d->qa.q[i] : NULL; }
const kr_docinfo *kr_doc_info(const kr_doc *d) { return &d->meta.info; }
