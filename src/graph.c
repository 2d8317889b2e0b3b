/* Graph stage: one directed graph across all documents, built one document at a time, then
 * filtered and measured with igraph (degree, PageRank, weakly connected components). */
#include "graph.h"
#include "ids.h"
#include "meta.h"
#include "qa.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- igraph errors */

/* igraph aborts the process on any error unless a handler is installed. This one records the
 * reason for kr_last_error() and lets the failing igraph call return its error code. */
static void on_igraph_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    IGRAPH_FINALLY_FREE();
    kr_fail(KR_EINTERNAL, "igraph: %s (%s:%d, code %d)", reason, file, line, (int)err);
}

static void on_igraph_warning(const char *reason, const char *file, int line) {}

static pthread_once_t igraph_once = PTHREAD_ONCE_INIT;
static void install_igraph_handlers(void)
{
    igraph_set_error_handler(on_igraph_error);
    igraph_set_warning_handler(on_igraph_warning);
}

/* ---------------------------------------------------------------- hashing */

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

const char *const kr_rel_names[KR_REL_COUNT] = {"cites",     "part_of",   "asks",       "answers",
                                                "refers_to", "member_of", "answered_by"};

int kr_rel_of(const char *type)
{
    for (int r = 0; r < KR_REL_COUNT; r++) /* the graph's own edges point at these names */
        if (type == kr_rel_names[r]) return r;
    for (int r = 0; r < KR_REL_COUNT; r++)
        if (strcmp(type, kr_rel_names[r]) == 0) return r;
    return KR_REL_CITES;
}

static uint64_t hash_edge(size_t a, size_t b, int rel)
{
    uint64_t h = (uint64_t)a * 0x9E3779B97F4A7C15ull ^ ((uint64_t)b + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    return h ^ (uint64_t)rel * 0x165667B19E3779F9ull;
}

/* A node's (or an edge's) slot: the hash in the top half, so that most probes of the table read
 * no node or edge. */
static uint64_t node_slot(uint64_t h, size_t i) { return (h >> 32 << 32) | (uint64_t)(i + 1); }

static int grow_nodes(kr_graph *g)
{
    size_t cap = g->node_cap ? g->node_cap * 2 : 1024;
    uint64_t *slots = calloc(cap, sizeof *slots);
    if (!slots) return KR_ENOMEM;
    for (size_t i = 0; i < g->nodes.len; i++) {
        uint64_t h = hash_str(KR_VEC_AT(&g->nodes, kr_node, i).id);
        size_t k = h & (cap - 1);
        while (slots[k]) k = (k + 1) & (cap - 1);
        slots[k] = node_slot(h, i);
    }
    free(g->node_slots);
    g->node_slots = slots;
    g->node_cap = cap;
    return 0;
}

static int grow_edges(kr_graph *g)
{
    size_t cap = g->edge_cap ? g->edge_cap * 2 : 1024;
    uint64_t *slots = calloc(cap, sizeof *slots);
    if (!slots) return KR_ENOMEM;
    for (size_t i = 0; i < g->edges.len; i++) {
        const kr_edge *e = &KR_VEC_AT(&g->edges, kr_edge, i);
        uint64_t h = hash_edge(e->source, e->target, kr_rel_of(e->type));
        size_t k = h & (cap - 1);
        while (slots[k]) k = (k + 1) & (cap - 1);
        slots[k] = node_slot(h, i);
    }
    free(g->edge_slots);
    g->edge_slots = slots;
    g->edge_cap = cap;
    return 0;
}

/* ---------------------------------------------------------------- labels */

/* "32317" -> "32 317", "21501-02" -> "21 501-02", "35300-XVI" -> "35 300 XVI" */
static void put_dossier(kr_buf *b, const char *d, size_t n)
{
    size_t i = 0;
    while (i < n && kr_is_digit((unsigned char)d[i])) i++;
    if (i == 5) {
        kr_buf_append(b, d, 2);
        kr_buf_putc(b, ' ');
        kr_buf_append(b, d + 2, 3);
    } else {
        kr_buf_append(b, d, i);
    }
    if (i < n) {
        /* numbered sub-dossiers keep their hyphen, roman and letter parts get a space */
        bool digit = kr_is_digit((unsigned char)d[i + 1]);
        kr_buf_putc(b, digit ? '-' : ' ');
        kr_buf_append(b, d + i + 1, n - i - 1);
    }
}

/* "ah-tk-20232024-89", "h-tk-20122013-71-15": a house, eight digits of years, a dash, a number. */
static bool is_handelingen_id(const char *id)
{
    const char *p = strncmp(id, "ah-", 3) == 0 ? id + 3 : strncmp(id, "h-", 2) == 0 ? id + 2 : NULL;
    if (!p || (strncmp(p, "tk-", 3) != 0 && strncmp(p, "ek-", 3) != 0)) return false;
    p += 3;
    for (int i = 0; i < 8; i++)
        if (!kr_is_digit((unsigned char)p[i])) return false;
    return p[8] == '-' && kr_is_digit((unsigned char)p[9]);
}

char *kr_id_label(const char *id)
{
    kr_buf b = {0};
    size_t n = strlen(id);
    const char *last = strrchr(id, '-');
    if (strncmp(id, "kst-", 4) == 0 && last > id + 4) {
        kr_buf_puts(&b, "Kamerstuk ");
        put_dossier(&b, id + 4, (size_t)(last - id - 4));
        kr_buf_puts(&b, ", nr. ");
        kr_buf_puts(&b, last + 1);
    } else if (strncmp(id, "dossier-", 8) == 0) {
        kr_buf_puts(&b, "Dossier ");
        put_dossier(&b, id + 8, n - 8);
    } else if (is_handelingen_id(id)) {
        bool ah = id[0] == 'a';
        const char *p = id + (ah ? 3 : 2);
        bool ek = strncmp(p, "ek-", 3) == 0;
        p += 3;
        kr_buf_puts(&b, ah ? "Aanhangsel Handelingen " : "Handelingen ");
        kr_buf_puts(&b, ek ? "I " : "II ");
        kr_buf_append(&b, p, strnlen(p, 4));
        kr_buf_putc(&b, '/');
        kr_buf_append(&b, p + 6, strnlen(p + 6, 2));
        kr_buf_puts(&b, ", nr. ");
        p += 9;
        const char *dash = strchr(p, '-');
        if (dash) {
            kr_buf_append(&b, p, strnlen(p, (size_t)(dash - p)));
            kr_buf_puts(&b, ", item ");
            kr_buf_puts(&b, dash + 1);
        } else {
            kr_buf_puts(&b, p);
        }
    } else if (strncmp(id, "motie:", 6) == 0 || strncmp(id, "amendement:", 11) == 0) {
        /* the slug is rebuilt by the caller from the submitters when it has them */
        kr_buf_puts(&b, id);
    } else {
        kr_buf_puts(&b, id);
    }
    if (b.err) {
        kr_buf_free(&b);
        return NULL;
    }
    return kr_buf_steal(&b);
}

static const char *kind_of_id(const char *id)
{
    if (strncmp(id, "kst-", 4) == 0) return "kamerstuk";
    if (strncmp(id, "ah-", 3) == 0) return "aanhangsel";
    if (strncmp(id, "h-", 2) == 0) return "handelingen";
    if (strncmp(id, "dossier-", 8) == 0) return "dossier";
    return NULL;
}

/* ---------------------------------------------------------------- building */

int kr_graph_new(kr_graph **out)
{
    pthread_once(&igraph_once, install_igraph_handlers);
    kr_graph *g = calloc(1, sizeof *g);
    if (!g) return kr_fail(KR_ENOMEM, "out of memory");
    kr_vec_init(&g->nodes, sizeof(kr_node));
    kr_vec_init(&g->edges, sizeof(kr_edge));
    kr_vec_init(&g->edge_kinds, sizeof(unsigned));
    if (grow_nodes(g) || grow_edges(g)) {
        kr_graph_free(g);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    *out = g;
    return 0;
}

static void free_node(kr_node *n)
{
    free((char *)n->id);
    free((char *)n->label);
    free((char *)n->dossier);
    free((char *)n->date);
    free((char *)n->outlet);
    free((char *)n->url);
}

void kr_graph_free(kr_graph *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->nodes.len; i++) free_node(&KR_VEC_AT(&g->nodes, kr_node, i));
    if (g->finished)
        for (size_t i = 0; i < g->edges.len; i++) free((char *)KR_VEC_AT(&g->edges, kr_edge, i).kinds);
    kr_vec_free(&g->nodes);
    kr_vec_free(&g->edges);
    kr_vec_free(&g->edge_kinds);
    free(g->node_slots);
    free(g->edge_slots);
    free(g);
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* The node for id, created when new (kind and label from the id). Returns its index, or
 * SIZE_MAX when out of memory. */
static size_t node_for(kr_graph *g, const char *id, const char *kind)
{
    uint64_t h = hash_str(id);
    size_t k = h & (g->node_cap - 1);
    for (uint64_t slot; (slot = g->node_slots[k]); k = (k + 1) & (g->node_cap - 1)) {
        size_t i = (size_t)(slot & 0xFFFFFFFFu) - 1;
        if (slot >> 32 == h >> 32 && strcmp(KR_VEC_AT(&g->nodes, kr_node, i).id, id) == 0) return i;
    }
    if (g->nodes.len >= UINT32_MAX - 1) return SIZE_MAX; /* a slot holds a 32-bit index */
    if ((g->nodes.len + 1) * 2 > g->node_cap) {
        if (grow_nodes(g)) return SIZE_MAX;
        return node_for(g, id, kind);
    }
    kr_node *n = kr_vec_push(&g->nodes);
    if (!n) return SIZE_MAX;
    n->id = strdup(id);
    n->label = kr_id_label(id);
    const char *k2 = kind_of_id(id);
    n->kind = k2 ? k2 : kind;
    if (!n->id || !n->label) {
        free_node(n);
        g->nodes.len--;
        return SIZE_MAX;
    }
    const char *last = strrchr(id, '-');
    if (strncmp(id, "kst-", 4) == 0 && last > id + 4) {
        n->dossier = kr_strndup(id + 4, (size_t)(last - id - 4));
    } else if (strncmp(id, "dossier-", 8) == 0) {
        n->dossier = strdup(id + 8);
    }
    if (is_handelingen_id(id)) {
        const char *p = id + (id[0] == 'a' ? 6 : 5);
        n->year = atoi(p) / 10000;
    }
    g->node_slots[k] = node_slot(h, g->nodes.len - 1);
    return g->nodes.len - 1;
}

static int add_edge(kr_graph *g, size_t a, size_t b, int rel, unsigned kind_bit)
{
    if (a == b) return 0; /* no self-loops */
    uint64_t h = hash_edge(a, b, rel);
    size_t k = h & (g->edge_cap - 1);
    for (uint64_t slot; (slot = g->edge_slots[k]); k = (k + 1) & (g->edge_cap - 1)) {
        if (slot >> 32 != h >> 32) continue; /* another edge, known without reading it */
        size_t i = (size_t)(slot & 0xFFFFFFFFu) - 1;
        kr_edge *e = &KR_VEC_AT(&g->edges, kr_edge, i);
        if (e->source == a && e->target == b && kr_rel_of(e->type) == rel) {
            if (rel == KR_REL_CITES) e->weight++;
            KR_VEC_AT(&g->edge_kinds, unsigned, i) |= kind_bit;
            return 0;
        }
    }
    if (g->edges.len >= UINT32_MAX - 1) return KR_ENOMEM; /* a slot holds a 32-bit index */
    if ((g->edges.len + 1) * 2 > g->edge_cap) {
        if (grow_edges(g)) return KR_ENOMEM;
        return add_edge(g, a, b, rel, kind_bit);
    }
    kr_edge *e = kr_vec_push(&g->edges);
    unsigned *kb = kr_vec_push(&g->edge_kinds);
    if (!e || !kb) return KR_ENOMEM;
    e->source = a;
    e->target = b;
    e->type = kr_rel_names[rel];
    e->weight = 1;
    *kb = kind_bit;
    g->edge_slots[k] = node_slot(h, g->edges.len - 1);
    return 0;
}

/* A Kamerstuk belongs to its dossier: a dossier node and a part_of edge. */
static int link_dossier(kr_graph *g, size_t ni)
{
    kr_node *n = &KR_VEC_AT(&g->nodes, kr_node, ni);
    if (strcmp(n->kind, "dossier") == 0 || !n->dossier || strncmp(n->id, "kst-", 4) != 0) return 0;
    char small[64], *did = small; /* "dossier-" and the number, on the stack when it fits */
    size_t dl = strlen(n->dossier);
    if (dl + 9 > sizeof small && !(did = malloc(dl + 9))) return KR_ENOMEM;
    memcpy(did, "dossier-", 8);
    memcpy(did + 8, n->dossier, dl + 1);
    size_t di = node_for(g, did, "dossier");
    if (did != small) free(did);
    if (di == SIZE_MAX) return KR_ENOMEM;
    return add_edge(g, ni, di, KR_REL_PART_OF, 0);
}

/* What a reference adds to its target node: the motion's submitters, the article's facts. */
static int describe_target(kr_node *n, const kr_ref *r)
{
    if (r->kind == KR_KIND_NEWS) {
        n->kind = "news";
        if (!n->outlet && r->outlet && !(n->outlet = strdup(r->outlet))) return KR_ENOMEM;
        if (!n->url && r->url && !(n->url = strdup(r->url))) return KR_ENOMEM;
        if (!n->date && r->date) {
            if (!(n->date = strdup(r->date))) return KR_ENOMEM;
            n->year = atoi(r->date);
        }
        if (strcmp(n->label, n->id) == 0 || strncmp(n->label, "news:", 5) == 0) {
            char *l = NULL;
            if (r->title) l = strdup(r->title);
            else if (asprintf(&l, "%s, %s", r->outlet ? r->outlet : "", r->date ? r->date : "") < 0) l = NULL;
            if (!l) return KR_ENOMEM;
            free((char *)n->label);
            n->label = l;
        }
    } else if ((r->kind == KR_KIND_MOTIE || r->kind == KR_KIND_AMENDEMENT) && r->n_submitters) {
        if (strcmp(n->kind, "kamerstuk") == 0 || strncmp(n->id, "motie:", 6) == 0 ||
            strncmp(n->id, "amendement:", 11) == 0) {
            bool was_generic = strncmp(n->label, "Kamerstuk", 9) != 0 && strchr(n->label, ':');
            n->kind = r->kind == KR_KIND_MOTIE ? "motie" : "amendement";
            if (was_generic || strncmp(n->label, "Kamerstuk", 9) == 0) {
                kr_buf b = {0};
                kr_buf_puts(&b, r->kind == KR_KIND_MOTIE ? "Motie " : "Amendement ");
                for (size_t i = 0; i < r->n_submitters; i++) {
                    if (i) kr_buf_puts(&b, i + 1 == r->n_submitters ? " en " : ", ");
                    kr_buf_puts(&b, r->submitters[i]);
                }
                if (strncmp(n->id, "kst-", 4) == 0) {
                    char *kl = kr_id_label(n->id);
                    if (kl) kr_buf_printf(&b, " (%s)", kl);
                    free(kl);
                }
                if (b.err) return KR_ENOMEM;
                free((char *)n->label);
                n->label = kr_buf_steal(&b);
            }
        }
    } else if (r->kind == KR_KIND_URL && !n->url) {
        n->kind = "url";
        if (!(n->url = strdup(r->target))) return KR_ENOMEM;
    } else if (strcmp(n->kind, "document") == 0) {
        n->kind = kr_kind_name(r->kind);
    }
    return 0;
}

/* The node of the party a question names, labelled as the question spells it; SIZE_MAX when
 * out of memory. */
static size_t party_node(kr_graph *g, const char *party)
{
    char *slug = kr_slug(party, strlen(party));
    if (!slug) return SIZE_MAX;
    char buf[600];
    kr_cat(buf, sizeof buf, "party:", slug, NULL);
    free(slug);
    size_t pi = node_for(g, buf, "party");
    if (pi == SIZE_MAX) return SIZE_MAX;
    kr_node *pn = &KR_VEC_AT(&g->nodes, kr_node, pi);
    pn->kind = "party";
    free((char *)pn->label);
    if (!(pn->label = strdup(party))) return SIZE_MAX;
    return pi;
}

/* Question, answer and party nodes of a document (kept by kr_graph_finish only with --qa). A
 * document read without judging its answers (graph without --qa) adds its parties alone, in
 * the same order and with the same labels. */
static int add_questions(kr_graph *g, const kr_doc *doc, size_t di)
{
    const char *id = kr_doc_id(doc);
    char buf[600];
    size_t nq = kr_doc_questions_found(doc);
    bool judged = kr_doc_question_count(doc) == nq;
    for (size_t i = 0; i < nq && !judged; i++) {
        const kr_question *q = kr_doc_question_found(doc, i);
        if (q->party && party_node(g, q->party) == SIZE_MAX) return KR_ENOMEM;
    }
    for (size_t i = 0; i < nq && judged; i++) {
        const kr_question *q = kr_doc_question(doc, i);
        snprintf(buf, sizeof buf, "%s#q%d", id, q->number);
        size_t qi = node_for(g, buf, "question");
        if (qi == SIZE_MAX) return KR_ENOMEM;
        kr_node *qn = &KR_VEC_AT(&g->nodes, kr_node, qi);
        qn->kind = "question";
        qn->status = kr_qstatus_name(q->status);
        free((char *)qn->label);
        if (asprintf((char **)&qn->label, "Vraag %d%s%s%s (%s)", q->number, q->party ? " (" : "", q->party ? q->party : "",
                     q->party ? ")" : "", id) < 0) {
            qn->label = NULL;
            return KR_ENOMEM;
        }
        if (add_edge(g, qi, di, KR_REL_PART_OF, 0)) return KR_ENOMEM;
        if (q->party) {
            size_t pi = party_node(g, q->party);
            if (pi == SIZE_MAX || add_edge(g, pi, qi, KR_REL_ASKS, 0)) return KR_ENOMEM;
        }
        if (!q->answer) continue;
        snprintf(buf, sizeof buf, "%s#a%d", id, q->answer);
        size_t ai = node_for(g, buf, "answer");
        if (ai == SIZE_MAX) return KR_ENOMEM;
        kr_node *an = &KR_VEC_AT(&g->nodes, kr_node, ai);
        an->kind = "answer";
        free((char *)an->label);
        if (asprintf((char **)&an->label, "Antwoord %d (%s)", q->answer, id) < 0) {
            an->label = NULL;
            return KR_ENOMEM;
        }
        if (add_edge(g, ai, qi, KR_REL_ANSWERS, 0)) return KR_ENOMEM;
        for (size_t r = 0; r < q->n_refers_to; r++) {
            /* an answer points to the answer of the question it names */
            int target_answer = 0;
            for (size_t j = 0; j < kr_doc_question_count(doc); j++)
                if (kr_doc_question(doc, j)->number == q->refers_to[r]) target_answer = kr_doc_question(doc, j)->answer;
            if (!target_answer || target_answer == q->answer) continue;
            snprintf(buf, sizeof buf, "%s#a%d", id, target_answer);
            size_t ti = node_for(g, buf, "answer");
            if (ti == SIZE_MAX) return KR_ENOMEM;
            if (add_edge(g, ai, ti, KR_REL_REFERS_TO, 0)) return KR_ENOMEM;
        }
    }
    return 0;
}

/* The earliest date a person or institution was involved, for Gephi's timeline. */
static int date_at_least(kr_node *n, const char *iso)
{
    if (!iso || (n->date && strcmp(n->date, iso) <= 0)) return 0;
    char *d = strdup(iso);
    if (!d) return KR_ENOMEM;
    free((char *)n->date);
    n->date = d;
    n->year = atoi(iso);
    return 0;
}

static size_t person_node(kr_graph *g, const char *prefix, const char *name, const char *kind, const char *label)
{
    char *slug = kr_slug(name, strlen(name));
    size_t size = slug ? strlen(prefix) + strlen(slug) + 2 : 0;
    char *id = slug ? malloc(size) : NULL;
    if (id) kr_cat(id, size, prefix, ":", slug, NULL);
    free(slug);
    if (!id) return SIZE_MAX;
    size_t i = node_for(g, id, kind);
    free(id);
    if (i == SIZE_MAX) return i;
    kr_node *n = &KR_VEC_AT(&g->nodes, kr_node, i);
    n->kind = kind;
    if (strcmp(n->label, n->id) == 0) {
        char *l = strdup(label);
        if (!l) return SIZE_MAX;
        free((char *)n->label);
        n->label = l;
    }
    return i;
}

/* Members, parties and ministries: who asked, and who answered. */
static int add_people(kr_graph *g, const kr_docinfo *in, size_t di)
{
    const char *when = in->submitted ? in->submitted : in->received;
    for (size_t i = 0; i < in->n_askers; i++) {
        const kr_person *p = &in->askers[i];
        size_t pi = SIZE_MAX, mi = SIZE_MAX;
        if (p->party && (pi = person_node(g, "party", p->party, "party", p->party)) == SIZE_MAX) return KR_ENOMEM;
        if (p->name) {
            char label[256];
            kr_cat(label, sizeof label, p->name, p->party ? " (" : "", p->party ? p->party : "", p->party ? ")" : "",
                   NULL);
            if ((mi = person_node(g, "member", p->name, "member", label)) == SIZE_MAX) return KR_ENOMEM;
            if (add_edge(g, mi, di, KR_REL_ASKS, 0) || date_at_least(&KR_VEC_AT(&g->nodes, kr_node, mi), when))
                return KR_ENOMEM;
            if (pi != SIZE_MAX && add_edge(g, mi, pi, KR_REL_MEMBER_OF, 0)) return KR_ENOMEM;
        } else if (pi != SIZE_MAX && add_edge(g, pi, di, KR_REL_ASKS, 0)) {
            return KR_ENOMEM;
        }
        if (pi != SIZE_MAX && date_at_least(&KR_VEC_AT(&g->nodes, kr_node, pi), when)) return KR_ENOMEM;
    }
    char buf[256];
    for (size_t i = 0; i < in->n_answering; i++) {
        if (!in->answering[i].ministry) continue;
        const char *m = kr_ministry_name(in->answering[i].ministry, buf, sizeof buf);
        char label[300];
        kr_cat(label, sizeof label, "Ministerie van ", m, NULL);
        size_t ni = person_node(g, "ministry", m, "ministry", label);
        if (ni == SIZE_MAX || add_edge(g, di, ni, KR_REL_ANSWERED_BY, 0) ||
            date_at_least(&KR_VEC_AT(&g->nodes, kr_node, ni), when))
            return KR_ENOMEM;
    }
    return 0;
}

int kr_graph_add_view(kr_graph *g, const kr_docview *v)
{
    if (g->finished) return kr_fail(KR_EINVAL, "the graph is finished");
    size_t di = node_for(g, v->id, "document");
    if (di == SIZE_MAX) return kr_fail(KR_ENOMEM, "out of memory");
    kr_node *dn = &KR_VEC_AT(&g->nodes, kr_node, di);
    dn->in_corpus = 1;
    g->docs++;
    /* the date the questions were put, else the first date of the text */
    const char *when = v->info && v->info->submitted ? v->info->submitted : v->date;
    if (!dn->date && when && !(dn->date = dup_or_null(when))) return kr_fail(KR_ENOMEM, "out of memory");
    if (!dn->year && v->year) dn->year = atoi(v->year);
    if (!dn->year && dn->date) dn->year = atoi(dn->date);
    dn->refs += v->n_refs;
    if (link_dossier(g, di)) return kr_fail(KR_ENOMEM, "out of memory");
    for (size_t i = 0; i < v->n_refs; i++) {
        const kr_ref *r = &v->refs[i];
        g->refs_total++;
        g->refs_by_kind[r->kind]++;
        if (!r->target) continue;
        size_t ti = node_for(g, r->target, kr_kind_name(r->kind));
        if (ti == SIZE_MAX) return kr_fail(KR_ENOMEM, "out of memory");
        if (describe_target(&KR_VEC_AT(&g->nodes, kr_node, ti), r) || link_dossier(g, ti) ||
            add_edge(g, di, ti, KR_REL_CITES, 1u << r->kind))
            return kr_fail(KR_ENOMEM, "out of memory");
    }
    if (v->doc && add_questions(g, v->doc, di)) return kr_fail(KR_ENOMEM, "out of memory");
    if (v->info && add_people(g, v->info, di)) return kr_fail(KR_ENOMEM, "out of memory");
    return 0;
}

int kr_graph_add_doc(kr_graph *g, const kr_doc *doc)
{
    /* the references, contiguous: kr_doc_ref returns pointers into one array */
    kr_docview v = {.id = kr_doc_id(doc), .date = kr_doc_date(doc), .year = kr_doc_year(doc),
                    .refs = kr_doc_ref_count(doc) ? kr_doc_ref(doc, 0) : NULL, .n_refs = kr_doc_ref_count(doc),
                    .info = kr_doc_info(doc), .doc = doc};
    return kr_graph_add_view(g, &v);
}

/* ---------------------------------------------------------------- finishing */

static char *kinds_string(unsigned bits)
{
    kr_buf b = {0};
    for (int k = 0; k < KR_KIND_COUNT; k++)
        if (bits & (1u << k)) {
            if (b.len) kr_buf_putc(&b, ',');
            kr_buf_puts(&b, kr_kind_name((kr_kind)k));
        }
    if (b.err) {
        kr_buf_free(&b);
        return NULL;
    }
    return kr_buf_steal(&b);
}

static int metrics(kr_graph *g)
{
    size_t nn = g->nodes.len, ne = g->edges.len;
    igraph_t ig;
    igraph_vector_int_t el, deg, memb, csize;
    igraph_vector_t w, pr;
    int rc = KR_EINTERNAL;
    if (igraph_vector_int_init(&el, (igraph_integer_t)(2 * ne))) return kr_fail(KR_ENOMEM, "out of memory");
    for (size_t i = 0; i < ne; i++) {
        const kr_edge *e = &KR_VEC_AT(&g->edges, kr_edge, i);
        VECTOR(el)[2 * i] = (igraph_integer_t)e->source;
        VECTOR(el)[2 * i + 1] = (igraph_integer_t)e->target;
    }
    if (igraph_create(&ig, &el, (igraph_integer_t)nn, IGRAPH_DIRECTED)) {
        igraph_vector_int_destroy(&el);
        return KR_EINTERNAL;
    }
    igraph_vector_int_destroy(&el);
    igraph_vector_int_init(&deg, 0);
    igraph_vector_int_init(&memb, 0);
    igraph_vector_int_init(&csize, 0);
    igraph_vector_init(&w, (igraph_integer_t)ne);
    igraph_vector_init(&pr, 0);
    for (size_t i = 0; i < ne; i++) VECTOR(w)[i] = KR_VEC_AT(&g->edges, kr_edge, i).weight;
    if (igraph_degree(&ig, &deg, igraph_vss_all(), IGRAPH_IN, IGRAPH_LOOPS)) goto out;
    for (size_t i = 0; i < nn; i++) KR_VEC_AT(&g->nodes, kr_node, i).in_degree = (int)VECTOR(deg)[i];
    if (igraph_degree(&ig, &deg, igraph_vss_all(), IGRAPH_OUT, IGRAPH_LOOPS)) goto out;
    for (size_t i = 0; i < nn; i++) KR_VEC_AT(&g->nodes, kr_node, i).out_degree = (int)VECTOR(deg)[i];
    if (nn > 0) {
        igraph_real_t value;
        if (igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all(), IGRAPH_DIRECTED, 0.85,
                            ne ? &w : NULL, NULL))
            goto out;
        /* GraphML, GEXF and JSON have no NaN or infinity: a score igraph could not give is 0 */
        for (size_t i = 0; i < nn; i++)
            KR_VEC_AT(&g->nodes, kr_node, i).pagerank = isfinite(VECTOR(pr)[i]) ? VECTOR(pr)[i] : 0.0;
    }
    igraph_integer_t ncomp = 0;
    if (igraph_connected_components(&ig, &memb, &csize, &ncomp, IGRAPH_WEAK)) goto out;
    /* number components by size, largest first, ties by first node, so ids are stable */
    {
        igraph_integer_t *order = malloc(sizeof *order * (size_t)(ncomp ? ncomp : 1));
        igraph_integer_t *rank = malloc(sizeof *rank * (size_t)(ncomp ? ncomp : 1));
        if (!order || !rank) {
            free(order);
            free(rank);
            rc = kr_fail(KR_ENOMEM, "out of memory");
            goto out;
        }
        for (igraph_integer_t c = 0; c < ncomp; c++) order[c] = c;
        /* insertion sort is fine: stable and components are few compared with nodes */
        for (igraph_integer_t i = 1; i < ncomp; i++) {
            igraph_integer_t x = order[i], j = i;
            while (j > 0 && VECTOR(csize)[order[j - 1]] < VECTOR(csize)[x]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = x;
        }
        for (igraph_integer_t c = 0; c < ncomp; c++) rank[order[c]] = c;
        for (size_t i = 0; i < nn; i++) KR_VEC_AT(&g->nodes, kr_node, i).component = (int)rank[VECTOR(memb)[i]];
        free(order);
        free(rank);
    }
    rc = 0;
out:
    igraph_vector_int_destroy(&deg);
    igraph_vector_int_destroy(&memb);
    igraph_vector_int_destroy(&csize);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&pr);
    igraph_destroy(&ig);
    return rc;
}

int kr_graph_finish(kr_graph *g, const kr_graph_options *opts)
{
    if (g->finished) return kr_fail(KR_EINVAL, "the graph is already finished");
    kr_graph_options o = {0};
    if (opts) o = *opts;
    size_t nn = g->nodes.len, ne = g->edges.len;
    bool *keep_node = calloc(nn ? nn : 1, sizeof *keep_node);
    bool *keep_edge = calloc(ne ? ne : 1, sizeof *keep_edge);
    size_t *remap = malloc(sizeof *remap * (nn ? nn : 1));
    int rc = 0;
    if (!keep_node || !keep_edge || !remap) {
        rc = kr_fail(KR_ENOMEM, "out of memory");
        goto out;
    }
    const kr_node *N = g->nodes.data;
    const kr_edge *E = g->edges.data;
    const unsigned *K = g->edge_kinds.data;
    for (size_t i = 0; i < nn; i++) keep_node[i] = N[i].in_corpus;
    for (size_t i = 0; i < ne; i++) {
        if (kr_rel_of(E[i].type) != KR_REL_CITES) continue;
        bool k = E[i].weight >= o.min_weight && (!o.kinds || (K[i] & o.kinds));
        if (o.corpus_only) k = k && N[E[i].source].in_corpus && N[E[i].target].in_corpus;
        if (o.no_dossiers && strcmp(N[E[i].target].kind, "dossier") == 0) k = false;
        keep_edge[i] = k;
        if (k) keep_node[E[i].source] = keep_node[E[i].target] = true;
    }
    /* dossiers of kept Kamerstukken */
    for (size_t i = 0; i < ne; i++) {
        if (kr_rel_of(E[i].type) != KR_REL_PART_OF || strcmp(N[E[i].target].kind, "dossier") != 0) continue;
        if (o.no_dossiers || o.corpus_only || !keep_node[E[i].source]) continue;
        keep_edge[i] = true;
        keep_node[E[i].target] = true;
    }
    /* members, parties and ministries of the documents kept */
    if (!o.no_people)
        for (size_t pass = 0; pass < 2; pass++)
            for (size_t i = 0; i < ne; i++) {
                int rel = kr_rel_of(E[i].type);
                bool doc_edge = (rel == KR_REL_ASKS && !N[E[i].target].status) || rel == KR_REL_ANSWERED_BY;
                if (doc_edge) {
                    size_t d = rel == KR_REL_ASKS ? E[i].target : E[i].source, p = rel == KR_REL_ASKS ? E[i].source : E[i].target;
                    if (keep_node[d]) keep_edge[i] = keep_node[p] = true;
                } else if (rel == KR_REL_MEMBER_OF) {
                    if (keep_node[E[i].source]) keep_edge[i] = keep_node[E[i].target] = true;
                }
            }
    /* questions, answers and parties of the documents kept, with --qa */
    if (o.qa) {
        for (size_t i = 0; i < ne; i++)
            if (kr_rel_of(E[i].type) == KR_REL_PART_OF && N[E[i].source].status && keep_node[E[i].target])
                keep_node[E[i].source] = true;
        for (size_t pass = 0; pass < 2; pass++)
            for (size_t i = 0; i < ne; i++) {
                int rel = kr_rel_of(E[i].type);
                if (rel == KR_REL_ASKS || rel == KR_REL_ANSWERS) {
                    /* the party and the answer of a kept question */
                    if (keep_node[E[i].target]) keep_node[E[i].source] = true;
                }
                if (rel == KR_REL_PART_OF && N[E[i].source].status) keep_edge[i] = keep_node[E[i].source];
                if (rel == KR_REL_ANSWERS || rel == KR_REL_REFERS_TO || (rel == KR_REL_ASKS && N[E[i].target].status))
                    keep_edge[i] = keep_node[E[i].source] && keep_node[E[i].target];
            }
    }
    size_t m = 0;
    for (size_t i = 0; i < nn; i++) {
        kr_node *n = &KR_VEC_AT(&g->nodes, kr_node, i);
        if (!keep_node[i]) {
            free_node(n);
            remap[i] = SIZE_MAX;
            continue;
        }
        remap[i] = m;
        KR_VEC_AT(&g->nodes, kr_node, m++) = *n;
    }
    g->nodes.len = m;
    size_t me = 0;
    for (size_t i = 0; i < ne; i++) {
        if (!keep_edge[i]) continue;
        kr_edge e = KR_VEC_AT(&g->edges, kr_edge, i);
        e.source = remap[e.source];
        e.target = remap[e.target];
        e.kinds = kr_rel_of(e.type) != KR_REL_CITES ? strdup("") : kinds_string(K[i]);
        KR_VEC_AT(&g->edges, kr_edge, me++) = e;
        if (!e.kinds) {
            g->edges.len = me;
            g->finished = 1;
            rc = kr_fail(KR_ENOMEM, "out of memory");
            goto out;
        }
    }
    g->edges.len = me;
    g->finished = 1;
    free(g->node_slots);
    free(g->edge_slots);
    g->node_slots = g->edge_slots = NULL;
    g->node_cap = g->edge_cap = 0;
    rc = metrics(g);
out:
    free(keep_node);
    free(keep_edge);
    free(remap);
    return rc;
}

size_t kr_graph_node_count(const kr_graph *g) { return g->nodes.len; }
size_t kr_graph_edge_count(const kr_graph *g) { return g->edges.len; }
const kr_node *kr_graph_node(const kr_graph *g, size_t i)
{
    return i < g->nodes.len ? &KR_VEC_AT(&g->nodes, kr_node, i) : NULL;
}
const kr_edge *kr_graph_edge(const kr_graph *g, size_t i)
{
    return i < g->edges.len ? &KR_VEC_AT(&g->edges, kr_edge, i) : NULL;
}
