/* Graph writers: GraphML and GEXF through a small streaming XML writer, DOT, JSON and CSV by hand.
 * Every string goes through kr_clean() first, every file through one atomic write, and numbers
 * are written in the C locale. */
#include <errno.h>
#include <igraph.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "graph.h"
#include "write.h"

#define LABEL_CAP 1000 /* Graphviz rejects strings of about 16 KB; Gephi shows a line */
#define ID_CAP 4000

int kr_graph_format_parse(kr_graph_format *out, const char *name)
{
    static const struct {
        const char *name;
        kr_graph_format f;
    } names[] = {{"graphml", KR_GRAPH_GRAPHML}, {"gexf", KR_GRAPH_GEXF}, {"dot", KR_GRAPH_DOT}, {"gv", KR_GRAPH_DOT},
                 {"json", KR_GRAPH_JSON},       {"csv", KR_GRAPH_CSV}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(name, names[i].name) == 0) {
            *out = names[i].f;
            return 0;
        }
    return kr_fail(KR_EINVAL, "unknown graph format '%s' (use graphml, gexf, dot, json or csv)", name);
}

int kr_graph_format_from_path(kr_graph_format *out, const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash)) return kr_fail(KR_EINVAL, "%s: no extension to tell the format", path);
    return kr_graph_format_parse(out, dot + 1);
}

/* ---------------------------------------------------------------- node styling */

typedef struct style {
    const char *kind;
    const char *shape; /* DOT */
    unsigned char r, g, b;
} style;

static const style styles[] = {
    {"kamerstuk", "box", 66, 133, 244},    {"dossier", "folder", 160, 160, 160},   {"motie", "box", 219, 68, 55},
    {"amendement", "box", 244, 160, 0},    {"handelingen", "note", 15, 157, 88},   {"aanhangsel", "note", 0, 172, 193},
    {"news", "ellipse", 171, 71, 188},     {"url", "ellipse", 120, 144, 156},      {"zaak", "octagon", 121, 85, 72},
    {"question", "diamond", 244, 180, 0},  {"answer", "note", 158, 158, 158},      {"party", "house", 80, 80, 80},
    {"member", "oval", 255, 138, 101},     {"ministry", "house", 0, 121, 107},
    {"document", "box", 96, 125, 139},     {"ecli", "hexagon", 255, 112, 67},      {"eu", "hexagon", 63, 81, 181},
    {"stb", "component", 141, 110, 99},    {"stcrt", "component", 141, 110, 99},
};

/* Questions are coloured by what became of them. */
static const style status_styles[] = {
    {"answered", "diamond", 52, 168, 83},   {"deferred", "diamond", 244, 160, 0}, {"referred", "diamond", 66, 133, 244},
    {"declined", "diamond", 219, 68, 55},   {"unanswered", "diamond", 33, 33, 33},
};

static const style *node_style(const kr_node *n);

static const style *style_of(const char *kind)
{
    for (size_t i = 0; i < sizeof styles / sizeof *styles; i++)
        if (strcmp(styles[i].kind, kind) == 0) return &styles[i];
    return &styles[12];
}

/* A node's id as written: cleaned, and when too long cut with a hash so ids stay unique. */
static char *out_id(const char *id)
{
    char *c = kr_clean(id, 0, 0);
    if (!c || strlen(c) <= ID_CAP) return c;
    uint64_t h = 1469598103934665603ull;
    for (const char *p = id; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211ull;
    char *cut = kr_clean(c, ID_CAP, 0);
    free(c);
    char *r = NULL;
    if (!cut || asprintf(&r, "%s#%016llx", cut, (unsigned long long)h) < 0) r = NULL;
    free(cut);
    return r;
}

/* GraphML ids are XML NMTOKENs: letters, digits, '.', '-', ':'. Any other byte is written as
 * "_HH" (its hex value; '_' itself as "_5F"), which keeps ids unique and canonical ids such as
 * kst-32317-967 unchanged. */
static char *graphml_id(const char *id)
{
    char *o = out_id(id);
    if (!o) return NULL;
    size_t plain = strspn(o, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:");
    if (!o[plain]) return o;
    kr_buf b = {0};
    kr_buf_append(&b, o, plain);
    for (const unsigned char *p = (const unsigned char *)o + plain; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || kr_is_digit(*p) || *p == '.' || *p == '-' ||
            *p == ':')
            kr_buf_putc(&b, (char)*p);
        else
            kr_buf_printf(&b, "_%02X", *p);
    }
    free(o);
    if (b.err) {
        kr_buf_free(&b);
        return NULL;
    }
    return kr_buf_steal(&b);
}

/* ---------------------------------------------------------------- XML */

/* A streaming XML writer: elements one per line, indented by two spaces a level, an element that
 * holds only text on one line, an empty one closed with "/>"; text and attribute values escaped
 * as XML requires (and as libxml2's xmlTextWriter, which this replaces for speed, escaped them).
 * Output is buffered and written to the file in blocks, so that a graph of millions of nodes is
 * never held in memory as text. */
#define XW_DEPTH 16
#define XW_BLOCK 65536

typedef struct xw {
    FILE *f;
    kr_buf b;
    const char *names[XW_DEPTH]; /* the open elements */
    unsigned char state[XW_DEPTH]; /* X_OPEN: start tag not yet closed, X_TEXT, X_CHILDREN */
    int depth;
    int err;
} xw;

enum { X_OPEN, X_TEXT, X_CHILDREN };

static void x_flush(xw *x)
{
    if (!x->err && x->b.err) x->err = 1;
    if (!x->err && x->b.len && fwrite(x->b.data, 1, x->b.len, x->f) != x->b.len) x->err = 1;
    x->b.len = 0;
}

static inline void x_put(xw *x, const char *s, size_t n)
{
    if (x->b.len + n + 1 > x->b.cap && kr_buf_reserve(&x->b, n + XW_BLOCK)) return;
    memcpy(x->b.data + x->b.len, s, n);
    x->b.len += n;
    if (x->b.len >= XW_BLOCK) x_flush(x);
}

static inline void x_puts(xw *x, const char *s) { x_put(x, s, strlen(s)); }

/* s escaped: in text < > & " and CR, in an attribute value also tab and line feed. Runs of
 * other bytes are found with a table and copied in one piece. */
static void x_escaped(xw *x, const char *s, bool attr)
{
    /* 1: escaped everywhere, 2: in attribute values, 3: the end */
    static const unsigned char special[256] = {['\0'] = 3, ['<'] = 1, ['>'] = 1, ['&'] = 1, ['"'] = 1,
                                               ['\r'] = 1, ['\n'] = 2, ['\t'] = 2};
    const unsigned char *p = (const unsigned char *)s, *run = p;
    for (;; p++) {
        while (!special[*p]) p++;
        if (special[*p] == 2 && !attr) continue;
        x_put(x, (const char *)run, (size_t)(p - run));
        if (!*p) return;
        const char *rep = *p == '<' ? "&lt;" : *p == '>' ? "&gt;" : *p == '&' ? "&amp;" : *p == '"' ? "&quot;"
                        : *p == '\r' ? "&#13;" : *p == '\n' ? "&#10;" : "&#9;";
        x_puts(x, rep);
        run = p + 1;
    }
}

static void x_indent(xw *x, int level)
{
    static const char spaces[2 * XW_DEPTH] = "                                ";
    x_put(x, spaces, 2 * (size_t)level);
}

/* The start of a child element's line: its parent's start tag closed if still open. */
static void x_child(xw *x)
{
    if (x->depth && x->state[x->depth - 1] == X_OPEN) x_puts(x, ">\n");
    if (x->depth) x->state[x->depth - 1] = X_CHILDREN;
    x_indent(x, x->depth);
}

static void x_start(xw *x, const char *name)
{
    if (x->depth == XW_DEPTH) {
        x->err = 1;
        return;
    }
    x_child(x);
    x_puts(x, "<");
    x_puts(x, name);
    x->names[x->depth] = name;
    x->state[x->depth++] = X_OPEN;
}

static void x_end(xw *x)
{
    if (!x->depth) {
        x->err = 1;
        return;
    }
    int d = --x->depth;
    if (x->state[d] == X_OPEN) {
        x_puts(x, "/>\n");
        return;
    }
    if (x->state[d] == X_CHILDREN) x_indent(x, d);
    x_puts(x, "</");
    x_puts(x, x->names[d]);
    x_puts(x, ">\n");
}

static void x_attr_raw(xw *x, const char *name, const char *value)
{
    x_puts(x, " ");
    x_puts(x, name);
    x_puts(x, "=\"");
    x_escaped(x, value, true);
    x_puts(x, "\"");
}

/* The length of s when all its bytes are printable ASCII that XML writes as they are (no < > &
 * or "), and it is short enough to need no cut, else SIZE_MAX: most values (kinds, numbers,
 * ids) are written so at once, without the check for invalid UTF-8 and the escaping. */
static size_t plain_len(const char *s)
{
    static const unsigned char special[256] = {['<'] = 1, ['>'] = 1, ['&'] = 1, ['"'] = 1, [0x7F] = 1};
    size_t i = 0;
    for (unsigned char c; (c = (unsigned char)s[i]) != 0; i++)
        if (c < 0x20 || c >= 0x80 || special[c]) return SIZE_MAX;
    return i <= LABEL_CAP * 20 - 3 ? i : SIZE_MAX;
}

/* open, name, mid, the n bytes of a value that needs no escaping, close: ' name="v"' and
 * '<data key="k">v</data>' */
static void x_put_named(xw *x, const char *open, const char *name, const char *mid, const char *v, size_t n,
                        const char *close)
{
    x_puts(x, open);
    x_puts(x, name);
    x_puts(x, mid);
    x_put(x, v, n);
    x_puts(x, close);
}

static void x_attr(xw *x, const char *name, const char *value)
{
    if (!value) value = "";
    size_t n = plain_len(value);
    if (n != SIZE_MAX) {
        x_put_named(x, " ", name, "=\"", value, n, "\"");
        return;
    }
    bool clean = kr_is_clean(value, LABEL_CAP * 20);
    char *c = clean ? NULL : kr_clean(value, LABEL_CAP * 20, 0);
    if (!clean && !c) x->err = 1;
    else x_attr_raw(x, name, clean ? value : c);
    free(c);
}
/* An attribute of a number in decimal (what "%ld" writes), with a prefix ("e12") of at most 8
 * bytes. */
static void x_attri(xw *x, const char *name, const char *prefix, long v)
{
    char buf[32];
    char *p = kr_decimal(buf + 8, v);
    size_t pl = strlen(prefix);
    p -= pl;
    memcpy(p, prefix, pl);
    x_attr_raw(x, name, p);
}

static void x_attrf(xw *x, const char *name, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void x_attrf(xw *x, const char *name, const char *fmt, ...)
{
    char buf[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    x_attr_raw(x, name, buf);
}
static void x_text(xw *x, const char *s, size_t cap)
{
    if (!s || !x->depth) {
        x->err = 1;
        return;
    }
    bool clean = kr_is_clean(s, cap);
    char *c = clean ? NULL : kr_clean(s, cap, 0);
    if (!clean && !c) {
        x->err = 1;
        return;
    }
    if (x->state[x->depth - 1] == X_OPEN) x_puts(x, ">");
    x->state[x->depth - 1] = X_TEXT;
    x_escaped(x, clean ? s : c, false);
    free(c);
}

static void x_begin_document(xw *x) { x_puts(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); }

static int x_end_document(xw *x)
{
    while (x->depth) x_end(x);
    x_flush(x);
    return x->err ? kr_fail(KR_EINTERNAL, "XML writer failed") : 0;
}

typedef void (*put_value)(xw *x, const char *key, const char *value);

static void put_int(xw *x, put_value put, const char *key, long v)
{
    char buf[24];
    put(x, key, kr_decimal(buf, v));
}

/* A node's attributes after its label, the same in GraphML (data) and GEXF (attvalue). */
static void node_values(xw *x, const kr_node *n, put_value put)
{
    put(x, "kind", n->kind);
    put(x, "dossier", n->dossier);
    put(x, "date", n->date);
    if (n->year) put_int(x, put, "year", n->year);
    put(x, "in_corpus", n->in_corpus ? "true" : "false");
    if (n->in_corpus) put_int(x, put, "refs", (long)n->refs);
    put_int(x, put, "in_degree", n->in_degree);
    put_int(x, put, "out_degree", n->out_degree);
    char pr[40];
    put(x, "pagerank", kr_format_g(pr, n->pagerank, 10));
    put_int(x, put, "component", n->component);
    put(x, "outlet", n->outlet);
    put(x, "url", n->url);
    put(x, "status", n->status);
}

/* GraphML data element */
/* <data key="KEY">VALUE</data> in one go (keys are names of our own: nothing to escape). */
static void g_data(xw *x, const char *key, const char *value)
{
    if (!value) return;
    size_t n = plain_len(value);
    if (n != SIZE_MAX) {
        x_child(x);
        x_put_named(x, "<data key=\"", key, "\">", value, n, "</data>\n");
        return;
    }
    size_t cap = strcmp(key, "label") == 0 ? LABEL_CAP * 20 : 0;
    bool clean = kr_is_clean(value, cap);
    char *c = clean ? NULL : kr_clean(value, cap, 0);
    if (!clean && !c) {
        x->err = 1;
        return;
    }
    x_child(x);
    x_puts(x, "<data key=\"");
    x_puts(x, key);
    x_puts(x, "\">");
    x_escaped(x, clean ? value : c, false);
    x_puts(x, "</data>\n");
    free(c);
}

typedef struct keydef {
    const char *id, *for_, *type;
} keydef;

static const keydef node_keys[] = {
    {"label", "node", "string"},   {"kind", "node", "string"},        {"dossier", "node", "string"},
    {"date", "node", "string"},    {"year", "node", "int"},           {"in_corpus", "node", "boolean"},
    {"refs", "node", "int"},       {"in_degree", "node", "int"},      {"out_degree", "node", "int"},
    {"pagerank", "node", "double"}, {"component", "node", "int"},     {"outlet", "node", "string"},
    {"url", "node", "string"},     {"status", "node", "string"},
};
static const keydef edge_keys[] = {
    {"weight", "edge", "int"}, {"relation", "edge", "string"}, {"kinds", "edge", "string"}};

static int write_graphml(const kr_graph *g, xw *x)
{
    x_begin_document(x);
    x_start(x, "graphml");
    x_attr(x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
    x_attr(x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    x_attr(x, "xsi:schemaLocation",
           "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    for (int pass = 0; pass < 2; pass++) {
        const keydef *k = pass ? edge_keys : node_keys;
        size_t n = pass ? sizeof edge_keys / sizeof *edge_keys : sizeof node_keys / sizeof *node_keys;
        for (size_t i = 0; i < n; i++) {
            x_start(x, "key");
            x_attr(x, "id", k[i].id);
            x_attr(x, "for", k[i].for_);
            x_attr(x, "attr.name", k[i].id);
            x_attr(x, "attr.type", k[i].type);
            x_end(x);
        }
    }
    x_start(x, "graph");
    x_attr(x, "id", "kamerref");
    x_attr(x, "edgedefault", "directed");
    char **ids = calloc(g->nodes.len + 1, sizeof *ids);
    if (!ids) return KR_ENOMEM;
    for (size_t i = 0; i < g->nodes.len && !x->err; i++) {
        const kr_node *n = kr_graph_node(g, i);
        if (!(ids[i] = graphml_id(n->id))) x->err = 1;
        x_start(x, "node");
        x_attr(x, "id", ids[i]);
        g_data(x, "label", n->label);
        node_values(x, n, g_data);
        x_end(x);
    }
    for (size_t i = 0; i < g->edges.len && !x->err; i++) {
        const kr_edge *e = kr_graph_edge(g, i);
        x_start(x, "edge");
        x_attri(x, "id", "e", (long)i);
        x_attr(x, "source", ids[e->source]);
        x_attr(x, "target", ids[e->target]);
        put_int(x, g_data, "weight", e->weight);
        g_data(x, "relation", e->type);
        if (e->kinds && *e->kinds) g_data(x, "kinds", e->kinds);
        x_end(x);
    }
    for (size_t i = 0; i < g->nodes.len; i++) free(ids[i]);
    free(ids);
    x_end(x);
    x_end(x);
    return x_end_document(x);
}

static const keydef gexf_node_attrs[] = {
    {"kind", "node", "string"},    {"dossier", "node", "string"},      {"date", "node", "string"},
    {"year", "node", "integer"},   {"in_corpus", "node", "boolean"},   {"refs", "node", "integer"},
    {"in_degree", "node", "integer"}, {"out_degree", "node", "integer"}, {"pagerank", "node", "double"},
    {"component", "node", "integer"}, {"outlet", "node", "string"},    {"url", "node", "string"},
    {"status", "node", "string"},
};

/* <attvalue for="KEY" value="VALUE"/> in one go */
static void gexf_val(xw *x, const char *key, const char *value)
{
    if (!value) return;
    x_child(x);
    x_puts(x, "<attvalue for=\"");
    x_puts(x, key);
    x_puts(x, "\"");
    x_attr(x, "value", value);
    x_puts(x, "/>\n");
}

static int write_gexf(const kr_graph *g, xw *x)
{
    x_begin_document(x);
    x_start(x, "gexf");
    x_attr(x, "xmlns", "http://gexf.net/1.3");
    x_attr(x, "xmlns:viz", "http://gexf.net/1.3/viz");
    x_attr(x, "version", "1.3");
    x_start(x, "meta");
    x_start(x, "creator");
    x_text(x, "kamerref " KR_VERSION, 0);
    x_end(x);
    x_start(x, "description");
    x_text(x, "Citations between Dutch parliamentary documents", 0);
    x_end(x);
    x_end(x);
    x_start(x, "graph");
    x_attr(x, "defaultedgetype", "directed");
    x_attr(x, "mode", "dynamic");
    x_attr(x, "timeformat", "date");
    x_start(x, "attributes");
    x_attr(x, "class", "node");
    for (size_t i = 0; i < sizeof gexf_node_attrs / sizeof *gexf_node_attrs; i++) {
        x_start(x, "attribute");
        x_attr(x, "id", gexf_node_attrs[i].id);
        x_attr(x, "title", gexf_node_attrs[i].id);
        x_attr(x, "type", gexf_node_attrs[i].type);
        x_end(x);
    }
    x_end(x);
    x_start(x, "attributes");
    x_attr(x, "class", "edge");
    static const char *const eattrs[] = {"relation", "kinds"};
    for (size_t i = 0; i < 2; i++) {
        x_start(x, "attribute");
        x_attr(x, "id", eattrs[i]);
        x_attr(x, "title", eattrs[i]);
        x_attr(x, "type", "string");
        x_end(x);
    }
    x_end(x);
    char **ids = calloc(g->nodes.len + 1, sizeof *ids);
    if (!ids) return KR_ENOMEM;
    int max_in = 1;
    for (size_t i = 0; i < g->nodes.len; i++)
        if (kr_graph_node(g, i)->in_degree > max_in) max_in = kr_graph_node(g, i)->in_degree;
    x_start(x, "nodes");
    x_attri(x, "count", "", (long)g->nodes.len);
    for (size_t i = 0; i < g->nodes.len && !x->err; i++) {
        const kr_node *n = kr_graph_node(g, i);
        if (!(ids[i] = out_id(n->id))) x->err = 1;
        x_start(x, "node");
        x_attr(x, "id", ids[i]);
        char *label = kr_clean(n->label, LABEL_CAP, 0);
        x_attr(x, "label", label);
        free(label);
        /* Gephi's timeline: a node exists from its date on */
        if (n->date && strlen(n->date) == 10) x_attr(x, "start", n->date);
        else if (n->year) x_attrf(x, "start", "%04d-09-01", n->year);
        x_start(x, "attvalues");
        node_values(x, n, gexf_val);
        x_end(x);
        const style *st = node_style(n);
        x_start(x, "viz:color");
        x_attri(x, "r", "", st->r);
        x_attri(x, "g", "", st->g);
        x_attri(x, "b", "", st->b);
        x_end(x);
        x_start(x, "viz:size");
        x_attrf(x, "value", "%.2f", 4.0 + 26.0 * (double)n->in_degree / max_in);
        x_end(x);
        x_end(x);
    }
    x_end(x);
    x_start(x, "edges");
    x_attri(x, "count", "", (long)g->edges.len);
    for (size_t i = 0; i < g->edges.len && !x->err; i++) {
        const kr_edge *e = kr_graph_edge(g, i);
        x_start(x, "edge");
        x_attri(x, "id", "", (long)i);
        x_attr(x, "source", ids[e->source]);
        x_attr(x, "target", ids[e->target]);
        x_attri(x, "weight", "", e->weight);
        x_start(x, "attvalues");
        gexf_val(x, "relation", e->type);
        if (e->kinds && *e->kinds) gexf_val(x, "kinds", e->kinds);
        x_end(x);
        x_end(x);
    }
    x_end(x);
    for (size_t i = 0; i < g->nodes.len; i++) free(ids[i]);
    free(ids);
    x_end(x);
    x_end(x);
    return x_end_document(x);
}

/* XML goes to the file in blocks as it is written (see xw). */
static int write_xml(const kr_graph *g, kr_graph_format f, const char *path)
{
    kr_atomic a;
    int rc = kr_atomic_begin(&a, path);
    if (rc) return rc;
    xw x = {.f = a.f};
    rc = f == KR_GRAPH_GRAPHML ? write_graphml(g, &x) : write_gexf(g, &x);
    kr_buf_free(&x.b);
    if (rc) {
        kr_atomic_abort(&a);
        return rc == KR_EINTERNAL ? kr_fail(KR_EIO, "%s: %s", path, strerror(errno ? errno : EIO)) : rc;
    }
    return kr_atomic_commit(&a);
}

/* ---------------------------------------------------------------- DOT */

static void dot_str(kr_buf *b, const char *s, size_t cap)
{
    char *c = kr_clean(s ? s : "", cap, 1);
    kr_buf_putc(b, '"');
    for (const char *p = c ? c : ""; *p; p++) {
        if (*p == '"' || *p == '\\') kr_buf_putc(b, '\\');
        if (*p == '\n') kr_buf_puts(b, "\\n");
        else kr_buf_putc(b, *p);
    }
    kr_buf_putc(b, '"');
    free(c);
}

static void dot_node(kr_buf *b, const kr_node *n, const char *id, const char *indent)
{
    const style *st = node_style(n);
    kr_buf_puts(b, indent);
    dot_str(b, id, 0);
    kr_buf_puts(b, " [label=");
    dot_str(b, n->label, 200);
    kr_buf_printf(b, ", shape=%s, fillcolor=\"#%02x%02x%02x\"%s];\n", st->shape, st->r, st->g, st->b,
                  n->in_corpus ? ", penwidth=2.5" : "");
}

static int write_dot(const kr_graph *g, kr_buf *b)
{
    size_t nn = g->nodes.len;
    char **ids = calloc(nn + 1, sizeof *ids);
    bool *done = calloc(nn + 1, sizeof *done);
    if (!ids || !done) {
        free(ids);
        free(done);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    int rc = 0;
    for (size_t i = 0; i < nn; i++)
        if (!(ids[i] = out_id(kr_graph_node(g, i)->id))) rc = KR_ENOMEM;
    kr_buf_puts(b, "digraph \"kamerref\" {\n"
                   "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\", fontsize=11];\n"
                   "  node [style=filled, fontname=\"Helvetica\", fontsize=10, fontcolor=\"#ffffff\", color=\"#333333\"];\n"
                   "  edge [color=\"#77777799\", arrowsize=0.6];\n");
    /* one cluster per dossier: the dossier and its Kamerstukken */
    for (size_t i = 0; i < nn && !rc; i++) {
        const kr_node *d = kr_graph_node(g, i);
        if (strcmp(d->kind, "dossier") != 0) continue;
        kr_buf_puts(b, "  subgraph ");
        char *cl = NULL;
        if (asprintf(&cl, "cluster_%s", d->dossier ? d->dossier : d->id) < 0) {
            rc = KR_ENOMEM;
            break;
        }
        dot_str(b, cl, 0);
        free(cl);
        kr_buf_puts(b, " {\n    label=");
        dot_str(b, d->label, 200);
        kr_buf_puts(b, ";\n    style=rounded;\n    color=\"#bbbbbb\";\n");
        dot_node(b, d, ids[i], "    ");
        done[i] = true;
        for (size_t k = 0; k < g->edges.len; k++) {
            const kr_edge *e = kr_graph_edge(g, k);
            if (e->target != i || kr_rel_of(e->type) != KR_REL_PART_OF || done[e->source]) continue;
            dot_node(b, kr_graph_node(g, e->source), ids[e->source], "    ");
            done[e->source] = true;
        }
        kr_buf_puts(b, "  }\n");
    }
    for (size_t i = 0; i < nn && !rc; i++)
        if (!done[i]) dot_node(b, kr_graph_node(g, i), ids[i], "  ");
    for (size_t i = 0; i < g->edges.len && !rc; i++) {
        const kr_edge *e = kr_graph_edge(g, i);
        kr_buf_puts(b, "  ");
        dot_str(b, ids[e->source], 0);
        kr_buf_puts(b, " -> ");
        dot_str(b, ids[e->target], 0);
        int rel = kr_rel_of(e->type);
        if (rel == KR_REL_PART_OF) kr_buf_puts(b, " [style=dashed, arrowhead=none];\n");
        else if (rel == KR_REL_REFERS_TO) kr_buf_puts(b, " [style=dotted, color=\"#4285f4\"];\n");
        else if (rel != KR_REL_CITES) kr_buf_puts(b, " [color=\"#bbbbbb\"];\n");
        else kr_buf_printf(b, " [weight=%d, penwidth=%.1f];\n", e->weight, 1.0 + (e->weight > 5 ? 5 : e->weight - 1) * 0.5);
    }
    kr_buf_puts(b, "}\n");
    for (size_t i = 0; i < nn; i++) free(ids[i]);
    free(ids);
    free(done);
    return rc ? kr_fail(KR_ENOMEM, "out of memory") : 0;
}

/* ---------------------------------------------------------------- JSON and CSV */

static int write_json(const kr_graph *g, kr_buf *b)
{
    kr_buf_puts(b, "{\"directed\":true,\"multigraph\":false,\"nodes\":[");
    for (size_t i = 0; i < g->nodes.len; i++) {
        const kr_node *n = kr_graph_node(g, i);
        kr_buf_puts(b, i ? ",\n{\"id\":" : "\n{\"id\":");
        char *id = out_id(n->id);
        kr_json_str(b, id);
        free(id);
        char *label = kr_clean(n->label, LABEL_CAP * 20, 0);
        kr_buf_puts(b, ",\"label\":");
        kr_json_str(b, label);
        free(label);
        kr_buf_puts(b, ",\"kind\":");
        kr_json_str(b, n->kind);
        kr_buf_puts(b, ",\"dossier\":");
        kr_json_str(b, n->dossier);
        kr_buf_puts(b, ",\"date\":");
        kr_json_str(b, n->date);
        if (n->year) kr_buf_printf(b, ",\"year\":%d", n->year);
        else kr_buf_puts(b, ",\"year\":null");
        char pr[40];
        kr_buf_printf(b, ",\"in_corpus\":%s,\"in_degree\":%d,\"out_degree\":%d,\"pagerank\":%s,\"component\":%d",
                      n->in_corpus ? "true" : "false", n->in_degree, n->out_degree, kr_format_g(pr, n->pagerank, 10),
                      n->component);
        if (n->in_corpus) kr_buf_printf(b, ",\"refs\":%zu", n->refs);
        if (n->outlet) {
            kr_buf_puts(b, ",\"outlet\":");
            kr_json_str(b, n->outlet);
        }
        if (n->url) {
            kr_buf_puts(b, ",\"url\":");
            kr_json_str(b, n->url);
        }
        if (n->status) {
            kr_buf_puts(b, ",\"status\":");
            kr_json_str(b, n->status);
        }
        kr_buf_putc(b, '}');
    }
    kr_buf_puts(b, "\n],\"links\":[");
    for (size_t i = 0; i < g->edges.len; i++) {
        const kr_edge *e = kr_graph_edge(g, i);
        kr_buf_puts(b, i ? ",\n{\"source\":" : "\n{\"source\":");
        char *s = out_id(kr_graph_node(g, e->source)->id), *t = out_id(kr_graph_node(g, e->target)->id);
        kr_json_str(b, s);
        kr_buf_puts(b, ",\"target\":");
        kr_json_str(b, t);
        free(s);
        free(t);
        kr_buf_printf(b, ",\"type\":\"%s\",\"weight\":%d,\"kinds\":", e->type, e->weight);
        kr_json_str(b, e->kinds);
        kr_buf_putc(b, '}');
    }
    kr_buf_puts(b, "\n]}\n");
    return b->err;
}

static int write_csv_nodes(const kr_graph *g, kr_buf *b)
{
    kr_buf_puts(b, "Id,Label,kind,dossier,date,year,in_corpus,refs,in_degree,out_degree,pagerank,component,outlet,url,status\n");
    for (size_t i = 0; i < g->nodes.len; i++) {
        const kr_node *n = kr_graph_node(g, i);
        char *id = out_id(n->id);
        kr_csv_str(b, id);
        free(id);
        kr_buf_putc(b, ',');
        char *label = kr_clean(n->label, LABEL_CAP * 20, 0);
        kr_csv_str(b, label);
        free(label);
        kr_buf_putc(b, ',');
        kr_csv_str(b, n->kind);
        kr_buf_putc(b, ',');
        kr_csv_str(b, n->dossier);
        kr_buf_putc(b, ',');
        kr_csv_str(b, n->date);
        kr_buf_putc(b, ',');
        if (n->year) kr_buf_printf(b, "%d", n->year);
        kr_buf_printf(b, ",%s,", n->in_corpus ? "true" : "false");
        if (n->in_corpus) kr_buf_printf(b, "%zu", n->refs);
        char pr[40];
        kr_buf_printf(b, ",%d,%d,%s,%d,", n->in_degree, n->out_degree, kr_format_g(pr, n->pagerank, 10), n->component);
        kr_csv_str(b, n->outlet);
        kr_buf_putc(b, ',');
        kr_csv_str(b, n->url);
        kr_buf_putc(b, ',');
        kr_csv_str(b, n->status);
        kr_buf_putc(b, '\n');
    }
    return b->err;
}

static int write_csv_edges(const kr_graph *g, kr_buf *b)
{
    kr_buf_puts(b, "Source,Target,Type,Weight,relation,kinds\n");
    for (size_t i = 0; i < g->edges.len; i++) {
        const kr_edge *e = kr_graph_edge(g, i);
        char *s = out_id(kr_graph_node(g, e->source)->id), *t = out_id(kr_graph_node(g, e->target)->id);
        kr_csv_str(b, s);
        kr_buf_putc(b, ',');
        kr_csv_str(b, t);
        free(s);
        free(t);
        kr_buf_printf(b, ",Directed,%d,\"%s\",", e->weight, e->type);
        kr_csv_str(b, e->kinds);
        kr_buf_putc(b, '\n');
    }
    return b->err;
}

/* ---------------------------------------------------------------- files */

static int write_file(const char *path, const kr_buf *b)
{
    kr_atomic a;
    int rc = kr_atomic_begin(&a, path);
    if (rc) return rc;
    if (b->len && fwrite(b->data, 1, b->len, a.f) != b->len) {
        kr_fail(KR_EIO, "%s: %s", path, strerror(errno ? errno : EIO));
        kr_atomic_abort(&a);
        return KR_EIO;
    }
    return kr_atomic_commit(&a);
}

/* CSV goes to DIR/nodes.csv and DIR/edges.csv, or PREFIX-nodes.csv and PREFIX-edges.csv. */
static int csv_paths(const char *path, char **nodes, char **edges)
{
    struct stat st;
    size_t n = strlen(path);
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        const char *sep = n && path[n - 1] == '/' ? "" : "/";
        if (asprintf(nodes, "%s%snodes.csv", path, sep) < 0) return KR_ENOMEM;
        if (asprintf(edges, "%s%sedges.csv", path, sep) < 0) return KR_ENOMEM;
        return 0;
    }
    if (n > 4 && strcmp(path + n - 4, ".csv") == 0) n -= 4;
    if (asprintf(nodes, "%.*s-nodes.csv", (int)n, path) < 0) return KR_ENOMEM;
    if (asprintf(edges, "%.*s-edges.csv", (int)n, path) < 0) return KR_ENOMEM;
    return 0;
}

int kr_graph_write(const kr_graph *g, kr_graph_format format, const char *path)
{
    if (!g->finished) return kr_fail(KR_EINVAL, "the graph is not finished");
    /* numbers in the C locale, whatever the process locale ("0.25", never "0,25") */
    igraph_safelocale_t loc;
    if (igraph_enter_safelocale(&loc)) return kr_fail(KR_EINTERNAL, "cannot switch to the C locale");
    kr_buf b = {0};
    int rc = 0;
    switch (format) {
    case KR_GRAPH_GRAPHML:
    case KR_GRAPH_GEXF:
        rc = write_xml(g, format, path);
        igraph_exit_safelocale(&loc);
        return rc;
    case KR_GRAPH_DOT:
        rc = write_dot(g, &b);
        break;
    case KR_GRAPH_JSON:
        rc = write_json(g, &b);
        break;
    case KR_GRAPH_CSV: {
        char *np = NULL, *ep = NULL;
        kr_buf eb = {0};
        rc = csv_paths(path, &np, &ep);
        if (!rc) rc = write_csv_nodes(g, &b);
        if (!rc) rc = write_csv_edges(g, &eb);
        if (rc) rc = kr_fail(KR_ENOMEM, "out of memory");
        if (!rc) rc = write_file(np, &b);
        if (!rc) rc = write_file(ep, &eb);
        free(np);
        free(ep);
        kr_buf_free(&eb);
        kr_buf_free(&b);
        igraph_exit_safelocale(&loc);
        return rc;
    }
    }
    igraph_exit_safelocale(&loc);
    if (!rc && b.err) rc = kr_fail(KR_ENOMEM, "out of memory");
    if (!rc) rc = write_file(path, &b);
    kr_buf_free(&b);
    return rc;
}

static const style *node_style(const kr_node *n)
{
    if (n->status)
        for (size_t i = 0; i < sizeof status_styles / sizeof *status_styles; i++)
            if (strcmp(status_styles[i].kind, n->status) == 0) return &status_styles[i];
    return style_of(n->kind);
}
