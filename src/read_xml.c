/* Reading the official XML of officielebekendmakingen: the text of its paragraphs (<al>, list
 * items, titles), its speakers, its footnotes (<noot>, written as "N text" after the running
 * text with the marker glued where the note stands, as the text layer expects), its exact links
 * (<extref doc="kst-32847-346">), and its identity from the metadata. */
#include "read_xml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

bool kr_looks_like_xml(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF) i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) i++;
    return n - i >= 5 && (strncmp(s + i, "<?xml", 5) == 0 || strncmp(s + i, "<offi", 5) == 0);
}

typedef struct walker {
    kr_xml_text *x;
    kr_vec notes; /* char * note texts, in order */
    long line;    /* XML line of the paragraph being written */
    int err;
} walker;

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
    if (t->len && t->data[t->len - 1] != '\n') {
        kr_buf_putc(t, '\n');
        size_t *l = kr_vec_push(&w->x->lines);
        if (!l) w->err = KR_ENOMEM;
        else *l = (size_t)(w->line > 0 ? w->line : 0);
    }
}

static void blank_line(walker *w)
{
    newline(w);
    kr_buf *t = &w->x->text;
    if (t->len >= 2 && t->data[t->len - 2] == '\n') return;
    if (t->len) {
        kr_buf_putc(t, '\n');
        size_t *l = kr_vec_push(&w->x->lines);
        if (l) *l = (size_t)(w->line > 0 ? w->line : 0);
    }
}

/* Appends text with its white space folded to single spaces. Pretty-printed XML puts white
 * space around inline elements; none is kept after "(" or before ")", ",", ".", ":" or ";". */
static void put_text(walker *w, const char *s)
{
    kr_buf *t = &w->x->text;
    for (; *s; s++) {
        bool sp = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
        if (sp) {
            if (t->len && t->data[t->len - 1] != ' ' && t->data[t->len - 1] != '\n' && t->data[t->len - 1] != '(')
                kr_buf_putc(t, ' ');
        } else {
            if (strchr("),.:;", *s) && t->len && t->data[t->len - 1] == ' ') t->data[--t->len] = '\0';
            kr_buf_putc(t, *s);
        }
    }
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
        walker sub = {.x = w->x, .line = xmlGetLineNo(n)};
        size_t before = w->x->text.len;
        children(&sub, n, true);
        /* no text at all yet (or no memory for any): the buffer may have no data */
        const char *base = w->x->text.data ? w->x->text.data : "";
        char *note = kr_strndup(base + before, w->x->text.len - before);
        w->x->text.len = before;
        if (w->x->text.data) w->x->text.data[before] = '\0';
        char **slot = note ? kr_vec_push(&w->notes) : NULL;
        if (!slot) {
            free(note);
            w->err = KR_ENOMEM;
            return;
        }
        *slot = note;
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
    bool turn = strcmp(name, "spreekbeurt") == 0 || strcmp(name, "motie") == 0 || strcmp(name, "vraag") == 0 ||
                strcmp(name, "antwoord") == 0;
    if (turn) blank_line(w);
    if (block) {
        newline(w);
        w->line = xmlGetLineNo(n);
    }
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

int kr_xml_extract(kr_xml_text *x, const char *bytes, size_t len, const char *name)
{
    memset(x, 0, sizeof *x);
    kr_vec_init(&x->lines, sizeof(size_t));
    kr_vec_init(&x->xrefs, sizeof(kr_xref));
    /* Entity declarations are the way to expansion bombs; official XML has none. */
    if (memmem(bytes, len, "<!ENTITY", 8))
        return kr_fail(KR_EINVAL, "XML entity declarations are not accepted (no expansion, no external entities)");
    xmlSetGenericErrorFunc(NULL, quiet);
    xmlDoc *doc = xmlReadMemory(bytes, (int)(len > 0x7fffffff ? 0x7fffffff : len), name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        return kr_fail(KR_EINVAL, "XML: %s", e && e->message ? e->message : "not well-formed");
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    walker w = {.x = x};
    kr_vec_init(&w.notes, sizeof(char *));
    if (root) {
        x->id = metadata_id(root);
        walk(&w, root, false);
    }
    newline(&w);
    /* the notes after the running text, "N text", as the text layer expects */
    if (w.notes.len) blank_line(&w);
    for (size_t i = 0; i < w.notes.len; i++) {
        char *note = KR_VEC_AT(&w.notes, char *, i);
        kr_buf_printf(&x->text, "%zu ", i + 1);
        const char *p = note;
        while (*p == ' ') p++;
        put_text(&w, p);
        newline(&w);
        free(note);
    }
    kr_vec_free(&w.notes);
    xmlFreeDoc(doc);
    if (w.err || x->text.err) {
        kr_xml_text_free(x);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    if (!x->text.data) kr_buf_puts(&x->text, "");
    return 0;
}

void kr_xml_text_free(kr_xml_text *x)
{
    kr_buf_free(&x->text);
    kr_vec_free(&x->lines);
    for (size_t i = 0; i < x->xrefs.len; i++) free(KR_VEC_AT(&x->xrefs, kr_xref, i).doc);
    kr_vec_free(&x->xrefs);
    free(x->id);
    memset(x, 0, sizeof *x);
}
