/* Reading the official XML of officielebekendmakingen: the text of its paragraphs (<al>, list
 * items, titles), its speakers, its footnotes (<noot>, written as "N text" after the running
 * text with the marker glued where the note stands, as the text layer expects), its exact links
 * (<extref doc="kst-32847-346">), and its identity from the metadata. */
#include "read_xml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The bytes before the XML proper: a byte order mark, the same mark read as Latin-1 and written
 * again as UTF-8 ("ï»¿", as files that went through such a conversion start), and white space,
 * which libxml2 refuses before an XML declaration. */
static size_t leading_junk(const char *s, size_t n)
{
    static const char *const marks[] = {"\xEF\xBB\xBF", "\xC3\xAF\xC2\xBB\xC2\xBF"};
    size_t i = 0;
    for (bool more = true; more;) {
        more = false;
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
            size_t l = strlen(marks[k]);
            if (n - i >= l && memcmp(s + i, marks[k], l) == 0) {
                i += l;
                more = true;
            }
        }
        while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) {
            i++;
            more = true;
        }
    }
    return i;
}

bool kr_looks_like_xml(const char *s, size_t n)
{
    size_t i = leading_junk(s, n);
    return n - i >= 5 && (strncmp(s + i, "<?xml", 5) == 0 || strncmp(s + i, "<offi", 5) == 0);
}

/* UTF-8 that was read as Latin-1 or Windows-1252 and written as UTF-8 again ("cliÃ«nt", "â€“"):
 * when every character of s is one byte of those code pages and the bytes they make are valid
 * UTF-8 that says more than ASCII, that is the text; *out gets it (malloc'd) and its length. Line
 * breaks stay where they were. Returns false, with *out NULL, for any other text. */
static bool undo_double_utf8(const char *s, size_t n, char **out, size_t *out_len)
{
    *out = NULL;
    const unsigned char *u = (const unsigned char *)s;
    bool wide = false;
    for (size_t i = 0; i < n && !wide; i++) wide = u[i] >= 0x80;
    if (!wide) return false;
    char *o = malloc(n + 1);
    if (!o) return false;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t l = kr_utf8_seq_len(u + i, n - i);
        if (!l) goto no;
        uint32_t cp = kr_utf8_cp(u + i, l);
        i += l;
        if (cp < 0x100) {
            o[k++] = (char)cp;
            continue;
        }
        size_t b = 0;
        while (b < 32 && kr_cp1252[b] != cp) b++;
        if (b == 32) goto no;
        o[k++] = (char)(0x80 + b);
    }
    for (size_t i = 0; i < k;) { /* the bytes must be UTF-8 themselves */
        size_t l = kr_utf8_seq_len((const unsigned char *)o + i, k - i);
        if (!l) goto no;
        i += l;
    }
    o[k] = '\0';
    *out = o;
    *out_len = k;
    return true;
no:
    free(o);
    return false;
}

typedef struct walker {
    kr_xml_text *x;
    kr_vec notes;      /* xml_note, in order */
    long line;         /* the XML line being read: an element's own, counted on through its text */
    long skipped;      /* lines before what libxml2 was given (its line 1) */
    bool in_note;      /* a note's text is set aside: its lines are the note's */
    bool mark_pending; /* the next text written starts on a new XML line */
    long first_line;   /* in a note: the line its first words stand on */
    int err;
} walker;

typedef struct xml_note {
    char *text;
    long line;
    size_t xrefs_from, xrefs_to; /* its links, their offsets into text until it is appended */
} xml_note;

/* Records that the text written from here on stands on XML line w->line. */
static void mark_at(walker *w, bool own);

static void mark(walker *w) { mark_at(w, false); }

/* own: a stretch of its own even on the line of the last one (a note's text, which follows the
 * running text here but stands inside it in the input) */
static void mark_at(walker *w, bool own)
{
    w->mark_pending = false;
    if (w->in_note && !w->first_line && w->line > 0) w->first_line = w->line;
    if (w->in_note || w->line <= 0) return;
    kr_vec *v = &w->x->lines;
    size_t off = w->x->text.len;
    if (v->len) {
        kr_xml_line *last = &KR_VEC_AT(v, kr_xml_line, v->len - 1);
        if (last->line == (size_t)w->line && !own) return;
        if (last->off == off) {
            last->line = (size_t)w->line;
            return;
        }
    }
    kr_xml_line *l = kr_vec_push(v);
    if (!l) w->err = KR_ENOMEM;
    else *l = (kr_xml_line){off, (size_t)w->line, SIZE_MAX, SIZE_MAX, SIZE_MAX, 0};
}

/* The marked stretch of text that offset off lies in, or NULL. */
static const kr_xml_line *stretch_at(const kr_xml_text *x, size_t off)
{
    size_t lo = 0, hi = x->lines.len;
    if (!hi || KR_VEC_AT(&x->lines, kr_xml_line, 0).off > off) return NULL;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (KR_VEC_AT(&x->lines, kr_xml_line, mid).off <= off) lo = mid;
        else hi = mid;
    }
    return &KR_VEC_AT(&x->lines, kr_xml_line, lo);
}

size_t kr_xml_line_at(const kr_xml_text *x, size_t off)
{
    const kr_xml_line *l = stretch_at(x, off);
    return l ? l->line : 0;
}

static bool is_block(const char *n)
{
    static const char *const blocks[] = {"al", "li", "titel", "item-titel", "kop", "spreker", "tussenkop", "alinea",
                                         "dagtekening", "ondertekening", "functie", "naam", "slotformulering", "nr"};
    for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
        if (strcmp(n, blocks[i]) == 0) return true;
    return false;
}

static void newline(walker *w)
{
    kr_buf *t = &w->x->text;
    if (t->len && t->data[t->len - 1] != '\n') kr_buf_putc(t, '\n');
}

static void blank_line(walker *w)
{
    newline(w);
    kr_buf *t = &w->x->text;
    if (t->len >= 2 && t->data[t->len - 2] == '\n') return;
    if (t->len) kr_buf_putc(t, '\n');
}

/* Appends text with its white space folded to single spaces. Pretty-printed XML puts white
 * space around inline elements; none is kept after "(" or before ")", ",", ".", ":" or ";". The
 * line breaks of the source are counted, and where its text goes on after one is marked. */
static void put_text(walker *w, const char *s)
{
    kr_buf *t = &w->x->text;
    w->mark_pending = true;
    for (; *s; s++) {
        bool sp = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
        if (*s == '\n') {
            w->line += w->line > 0;
            w->mark_pending = true;
        }
        if (sp) {
            if (t->len && t->data[t->len - 1] != ' ' && t->data[t->len - 1] != '\n' && t->data[t->len - 1] != '(')
                kr_buf_putc(t, ' ');
        } else {
            if (strchr("),.:;", *s) && t->len && t->data[t->len - 1] == ' ') t->data[--t->len] = '\0';
            if (w->mark_pending) mark(w);
            kr_buf_putc(t, *s);
        }
    }
}

/* The line of element n in the whole input. */
static long line_of(const walker *w, xmlNode *n)
{
    long l = xmlGetLineNo(n);
    return l > 0 ? l + w->skipped : 0;
}

static void walk(walker *w, xmlNode *n, bool in_note);

static void children(walker *w, xmlNode *n, bool in_note)
{
    for (xmlNode *c = n->children; c; c = c->next) walk(w, c, in_note);
}

static void walk(walker *w, xmlNode *n, bool in_note)
{
    if (w->err) return;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content) put_text(w, (const char *)n->content);
        return;
    }
    if (n->type != XML_ELEMENT_NODE) return;
    const char *name = (const char *)n->name;
    if (strcmp(name, "metadata") == 0 || strcmp(name, "meta") == 0) return;
    if (strcmp(name, "noot") == 0 && !in_note) {
        /* the marker glued to the text, the note itself after the running text */
        walker sub = {.x = w->x, .line = line_of(w, n), .skipped = w->skipped, .in_note = true};
        size_t before = w->x->text.len, links = w->x->xrefs.len;
        children(&sub, n, true);
        /* the running text goes on on the line where the note ends */
        if (sub.line > w->line) w->line = sub.line;
        w->mark_pending = true;
        /* the note's links lie in its text, which goes after the running text */
        for (size_t k = links; k < w->x->xrefs.len; k++) {
            kr_xref *r = &KR_VEC_AT(&w->x->xrefs, kr_xref, k);
            r->start -= before;
            r->end -= before;
        }
        /* no text at all yet (or no memory for any): the buffer may have no data */
        const char *base = w->x->text.data ? w->x->text.data : "";
        char *note = kr_strndup(base + before, w->x->text.len - before);
        w->x->text.len = before;
        if (w->x->text.data) w->x->text.data[before] = '\0';
        xml_note *slot = note ? kr_vec_push(&w->notes) : NULL;
        if (!slot) {
            free(note);
            w->err = KR_ENOMEM;
            return;
        }
        *slot = (xml_note){note, sub.first_line ? sub.first_line : line_of(w, n), links, w->x->xrefs.len};
        kr_buf *t = &w->x->text;
        while (t->len && t->data[t->len - 1] == ' ') t->data[--t->len] = '\0';
        kr_buf_printf(t, "%zu", w->notes.len);
        return;
    }
    if (strcmp(name, "noot") == 0 || strcmp(name, "nootnr") == 0) {
        if (strcmp(name, "nootnr") == 0) return; /* numbered by position */
        children(w, n, in_note);
        return;
    }
    bool block = !in_note && is_block(name);
    /* a turn in a note (as hostile input may put one) breaks no line: a note is one line */
    bool turn = !in_note && (strcmp(name, "spreekbeurt") == 0 || strcmp(name, "motie") == 0 || strcmp(name, "vraag") == 0 ||
                             strcmp(name, "antwoord") == 0);
    if (turn) blank_line(w);
    if (block) newline(w);
    long at = line_of(w, n);
    if (at > 0) w->line = at;
    size_t start = w->x->text.len;
    children(w, n, in_note);
    if (strcmp(name, "extref") == 0) {
        xmlChar *doc = xmlGetProp(n, BAD_CAST "doc");
        if (doc) {
            kr_xref *r = kr_vec_push(&w->x->xrefs);
            if (!r) {
                w->err = KR_ENOMEM;
            } else {
                /* the link's own words, without the space folded in before them */
                while (start < w->x->text.len && w->x->text.data[start] == ' ') start++;
                r->start = start;
                r->end = w->x->text.len;
                r->doc = kr_strndup((const char *)doc, strlen((const char *)doc));
            }
            xmlFree(doc);
        }
    }
    if (!in_note && !w->x->title && strcmp(name, "item-titel") == 0 && w->x->text.len > start) {
        const char *t = w->x->text.data + start;
        size_t tl = w->x->text.len - start;
        while (tl && (*t == ' ' || *t == '\n')) t++, tl--;
        while (tl && (t[tl - 1] == ' ' || t[tl - 1] == '\n')) tl--;
        if (tl && !(w->x->title = kr_strndup(t, tl))) w->err = KR_ENOMEM;
    }
    if (block) newline(w);
    if (turn) blank_line(w);
}

/* The document's own id from its metadata: "…/h-tk-20172018-70-9/metadata.xml", DC.identifier */
static char *metadata_id(xmlNode *root)
{
    for (xmlNode *n = root->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "metadata") != 0) continue;
        for (xmlNode *m = n->children; m; m = m->next) {
            if (m->type != XML_ELEMENT_NODE || strcmp((const char *)m->name, "meta") != 0) continue;
            xmlChar *c = xmlGetProp(m, BAD_CAST "content");
            if (!c) continue;
            const char *s = (const char *)c;
            const char *hit = NULL;
            static const char *const pre[] = {"/kst-", "/ah-tk-", "/h-tk-", "/ah-ek-", "/h-ek-"};
            for (size_t k = 0; k < 5 && !hit; k++) hit = strstr(s, pre[k]);
            char *id = NULL;
            if (hit) {
                hit++;
                size_t l = strcspn(hit, "/.?#");
                id = kr_strndup(hit, l);
            } else if (strncmp(s, "kst-", 4) == 0 || strncmp(s, "ah-tk-", 6) == 0 || strncmp(s, "h-tk-", 5) == 0) {
                id = kr_strndup(s, strcspn(s, "/.?# "));
            }
            xmlFree(c);
            if (id) return id;
        }
    }
    return NULL;
}

static void quiet(void *ctx, const char *msg, ...) {}

/* The first occurrence of p[0, n) in s[0, len), or NULL. */
static const char *find_bytes(const char *s, size_t len, const char *p, size_t n)
{
    return n && n <= len ? memmem(s, len, p, n) : NULL;
}

/* Where in the input each marked stretch of text starts: its first word looked for on its line
 * (from where the last stretch on that line was found, and at most SEARCH bytes on), its line's
 * start and end, and the column there. */
#define SEARCH (64u << 10)
static void find_raw(kr_xml_text *x)
{
    kr_vec starts; /* the byte where each line of the parsed input starts */
    kr_vec_init(&starts, sizeof(size_t));
    size_t *p0 = kr_vec_push(&starts);
    if (p0) *p0 = 0;
    for (const char *q = x->raw, *e = x->raw + x->raw_len; p0 && (q = memchr(q, '\n', (size_t)(e - q))); q++) {
        size_t *p = kr_vec_push(&starts);
        if (!p) break;
        *p = (size_t)(q - x->raw) + 1;
    }
    size_t prev_line = 0, prev_raw = 0, prev_col = 0; /* the last stretch found: its line, byte after it, column */
    for (size_t i = 0; i < x->lines.len; i++) {
        kr_xml_line *l = &KR_VEC_AT(&x->lines, kr_xml_line, i);
        l->raw = l->line_start = l->line_end = SIZE_MAX;
        l->col0 = 0;
        size_t want = l->line > x->skipped ? l->line - x->skipped : 0;
        if (want == 0 || want > starts.len) continue;
        size_t at = KR_VEC_AT(&starts, size_t, want - 1);
        size_t end = want < starts.len ? KR_VEC_AT(&starts, size_t, want) - 1 : x->raw_len;
        size_t from = want == prev_line && prev_raw > at ? prev_raw : at;
        size_t lim = end - from > SEARCH ? from + SEARCH : end;
        const char *w = x->text.data + l->off;
        size_t n = 0;
        /* its first word, without what folding may have pulled up from the next line ("21501-08"
         * of "21501-08, nr. 719", whose comma stands on a line of its own) */
        while (l->off + n < x->text.len && n < 16 && !strchr(" \n,.:;)", w[n])) n++;
        const char *hit = find_bytes(x->raw + from, lim - from, w, n);
        if (!hit) continue;
        l->raw = (size_t)(hit - x->raw);
        l->line_start = at;
        l->line_end = end;
        /* the column counted on from the last stretch found on this line, not from its start */
        size_t k = from > at ? from - 1 : at;
        l->col0 = from > at ? prev_col : 1;
        for (; k < l->raw; k++) l->col0 += ((unsigned char)x->raw[k] & 0xC0) != 0x80;
        prev_line = want;
        prev_raw = l->raw + 1;
        prev_col = l->col0;
    }
    kr_vec_free(&starts);
}

size_t kr_xml_col_next(const kr_xml_text *x, kr_xml_cursor *c, size_t off, size_t len)
{
    const kr_xml_line *l = stretch_at(x, off);
    if (!l || l->raw == SIZE_MAX) return 0;
    size_t idx = (size_t)(l - (const kr_xml_line *)x->lines.data) + 1;
    if (c->stretch != idx || c->text > off) { /* a stretch of its own: from its start */
        *c = (kr_xml_cursor){idx, l->off, l->raw, l->col0};
    }
    const char *t = x->text.data, *r = x->raw;
    /* the text as it stands in the input, byte for byte, up to the mention */
    while (c->text < off && c->raw < l->line_end && t[c->text] == r[c->raw]) {
        c->col += ((unsigned char)r[c->raw] & 0xC0) != 0x80;
        c->text++;
        c->raw++;
    }
    if (c->text == off && c->raw < l->line_end && t[off] == r[c->raw]) return c->col;
    /* else (markup, white space folded) the mention's first bytes looked for further on: where the
     * whole mention stands so, that a note's copy of its first words before it is passed by, else
     * where its first 16 bytes do */
    size_t n = 0;
    while (off + n < x->text.len && n < 16 && t[off + n] != '\n') n++;
    size_t whole = len > 64 ? 64 : len;
    size_t lim = l->line_end - c->raw > SEARCH ? c->raw + SEARCH : l->line_end;
    const char *hit = find_bytes(r + c->raw, lim - c->raw, t + off, n);
    if (!hit) return 0;
    if (whole > n && off + whole <= x->text.len && !memchr(t + off, '\n', whole)) {
        size_t near = (size_t)(r + lim - hit) < 4096 ? (size_t)(r + lim - hit) : 4096; /* a note's copy stands near */
        const char *full = find_bytes(hit, near, t + off, whole);
        if (full) hit = full;
    }
    for (size_t p = (size_t)(hit - r); c->raw < p; c->raw++) c->col += ((unsigned char)r[c->raw] & 0xC0) != 0x80;
    c->text = off;
    return c->col;
}

/* libxml2 must be set up once before threads parse (xmlInitParser is not safe to race). */
static pthread_once_t xml_once = PTHREAD_ONCE_INIT;
static void xml_init(void) { xmlInitParser(); }

int kr_xml_extract(kr_xml_text *x, const char *bytes, size_t len, const char *name)
{
    pthread_once(&xml_once, xml_init);
    memset(x, 0, sizeof *x);
    kr_vec_init(&x->lines, sizeof(kr_xml_line));
    kr_vec_init(&x->xrefs, sizeof(kr_xref));
    /* Entity declarations are the way to expansion bombs; official XML has none. */
    if (memmem(bytes, len, "<!ENTITY", 8))
        return kr_fail(KR_EINVAL, "XML entity declarations are not accepted (no expansion, no external entities)");
    /* what stands before the XML is skipped; its line breaks still count for the line numbers */
    size_t skip = leading_junk(bytes, len);
    long lines_skipped = 0;
    for (size_t i = 0; i < skip; i++) lines_skipped += bytes[i] == '\n';
    bytes += skip;
    len -= skip;
    char *repaired = NULL;
    size_t repaired_len = 0;
    if (undo_double_utf8(bytes, len, &repaired, &repaired_len)) {
        bytes = repaired;
        len = repaired_len;
    }
    xmlSetGenericErrorFunc(NULL, quiet);
    xmlDoc *doc = xmlReadMemory(bytes, (int)(len > 0x7fffffff ? 0x7fffffff : len), name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
    if (!doc) {
        free(repaired);
        const xmlError *e = xmlGetLastError();
        return kr_fail(KR_EINVAL, "XML: %s", e && e->message ? e->message : "not well-formed");
    }
    x->raw = bytes;
    x->raw_len = len;
    x->raw_owned = repaired;
    x->skipped = (size_t)lines_skipped;
    xmlNode *root = xmlDocGetRootElement(doc);
    walker w = {.x = x, .skipped = lines_skipped};
    kr_vec_init(&w.notes, sizeof(xml_note));
    if (root) {
        x->id = metadata_id(root);
        walk(&w, root, false);
    }
    newline(&w);
    /* the notes after the running text, "N text", as the text layer expects */
    if (w.notes.len) blank_line(&w);
    for (size_t i = 0; i < w.notes.len; i++) {
        xml_note *note = &KR_VEC_AT(&w.notes, xml_note, i);
        kr_buf_printf(&x->text, "%zu ", i + 1);
        w.line = note->line; /* the note's own words stand on its line; its number is kamerref's */
        mark_at(&w, true);
        const char *p = note->text;
        while (*p == ' ') p++;
        size_t at = x->text.len, lead = (size_t)(p - note->text), pl = strlen(p);
        for (size_t k = note->xrefs_from; k < note->xrefs_to; k++) {
            kr_xref *r = &KR_VEC_AT(&x->xrefs, kr_xref, k);
            r->start = r->start >= lead ? at + (r->start - lead < pl ? r->start - lead : pl) : at;
            r->end = r->end >= lead ? at + (r->end - lead < pl ? r->end - lead : pl) : at;
        }
        /* the note's text was folded already (its own line breaks are gone): as it is */
        kr_buf_append(&x->text, p, pl);
        newline(&w);
        free(note->text);
    }
    kr_vec_free(&w.notes);
    xmlFreeDoc(doc);
    find_raw(x);
    if (w.err || x->text.err) {
        kr_xml_text_free(x);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    if (!x->text.data) kr_buf_puts(&x->text, "");
    return 0;
}

void kr_xml_text_free(kr_xml_text *x)
{
    free(x->raw_owned);
    free(x->title);
    kr_buf_free(&x->text);
    kr_vec_free(&x->lines);
    for (size_t i = 0; i < x->xrefs.len; i++) free(KR_VEC_AT(&x->xrefs, kr_xref, i).doc);
    kr_vec_free(&x->xrefs);
    free(x->id);
    memset(x, 0, sizeof *x);
}
