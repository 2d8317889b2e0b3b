/* Summary of a finished graph: what a user asks first about a corpus. */
#include <igraph.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "write.h"

#define TOP 10

typedef struct ranked {
    size_t node;
    int citing; /* documents citing it */
    long mentions;
    double score;
} ranked;

static int by_citing(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->citing != y->citing) return y->citing - x->citing;
    if (x->mentions != y->mentions) return y->mentions > x->mentions ? 1 : -1;
    return x->node < y->node ? -1 : x->node > y->node;
}

static int by_score(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->score != y->score) return y->score > x->score ? 1 : -1;
    return x->node < y->node ? -1 : x->node > y->node;
}

static void jline(kr_buf *b, const char *section, const kr_node *n, const ranked *r, int rank)
{
    kr_buf_printf(b, "{\"section\":\"%s\",\"rank\":%d,\"id\":", section, rank);
    kr_json_str(b, n->id);
    kr_buf_puts(b, ",\"label\":");
    kr_json_str(b, n->label);
    kr_buf_puts(b, ",\"kind\":");
    kr_json_str(b, n->kind);
    kr_buf_printf(b, ",\"in_corpus\":%s,\"citing_documents\":%d,\"mentions\":%ld,\"pagerank\":%.10g}\n",
                  n->in_corpus ? "true" : "false", r ? r->citing : 0, r ? r->mentions : 0L, n->pagerank);
}

int kr_graph_write_stats(FILE *out, const kr_graph *g, kr_format format)
{
    if (!g->finished) return kr_fail(KR_EINVAL, "the graph is not finished");
    size_t nn = g->nodes.len;
    ranked *r = calloc(nn ? nn : 1, sizeof *r);
    int *comp_size = calloc(nn ? nn : 1, sizeof *comp_size);
    if (!r || !comp_size) {
        free(r);
        free(comp_size);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nn; i++) r[i].node = i;
    for (size_t i = 0; i < g->edges.len; i++) {
        const kr_edge *e = kr_graph_edge(g, i);
        if (kr_rel_of(e->type) != KR_REL_CITES) continue;
        r[e->target].citing++;
        r[e->target].mentions += e->weight;
    }
    int ncomp = 0;
    for (size_t i = 0; i < nn; i++) {
        const kr_node *n = kr_graph_node(g, i);
        comp_size[n->component]++;
        if (n->component + 1 > ncomp) ncomp = n->component + 1;
        r[i].score = n->pagerank;
    }
    size_t not_in_corpus = 0, no_refs = 0;
    for (size_t i = 0; i < nn; i++) {
        const kr_node *n = kr_graph_node(g, i);
        if (!n->in_corpus && r[i].citing) not_in_corpus++;
        if (n->in_corpus && n->refs == 0) no_refs++;
    }
    igraph_safelocale_t loc;
    igraph_enter_safelocale(&loc);
    kr_buf b = {0};
    bool text = format == KR_FORMAT_TSV;
    if (text) {
        kr_buf_printf(&b, "documents read       %zu\n", g->docs);
        kr_buf_printf(&b, "references           %zu\n", g->refs_total);
        for (int k = 0; k < KR_KIND_COUNT; k++)
            if (g->refs_by_kind[k]) kr_buf_printf(&b, "  %-18s %zu\n", kr_kind_name((kr_kind)k), g->refs_by_kind[k]);
        kr_buf_printf(&b, "nodes                %zu\n", nn);
        kr_buf_printf(&b, "edges                %zu\n", g->edges.len);
        kr_buf_printf(&b, "components           %d (largest: %d nodes)\n", ncomp, ncomp ? comp_size[0] : 0);
        kr_buf_printf(&b, "cited, not read      %zu\n", not_in_corpus);
    } else {
        kr_buf_printf(&b, "{\"section\":\"summary\",\"documents\":%zu,\"references\":%zu,\"nodes\":%zu,\"edges\":%zu,"
                          "\"components\":%d,\"largest_component\":%d,\"cited_not_read\":%zu,\"documents_without_references\":%zu,"
                          "\"references_by_kind\":{",
                      g->docs, g->refs_total, nn, g->edges.len, ncomp, ncomp ? comp_size[0] : 0, not_in_corpus, no_refs);
        bool first = true;
        for (int k = 0; k < KR_KIND_COUNT; k++)
            if (g->refs_by_kind[k]) {
                kr_buf_printf(&b, "%s\"%s\":%zu", first ? "" : ",", kr_kind_name((kr_kind)k), g->refs_by_kind[k]);
                first = false;
            }
        kr_buf_puts(&b, "}}\n");
    }
    qsort(r, nn, sizeof *r, by_citing);
    if (text) kr_buf_puts(&b, "\nmost cited (documents citing, mentions)\n");
    for (size_t i = 0; i < nn && i < TOP && r[i].citing > 0; i++) {
        const kr_node *n = kr_graph_node(g, r[i].node);
        if (text) {
            char *l = kr_clean(n->label, 90, 0);
            kr_buf_printf(&b, "  %2zu. %4d %5ld  %s  %s\n", i + 1, r[i].citing, r[i].mentions, n->id, l ? l : "");
            free(l);
        } else {
            jline(&b, "most_cited", n, &r[i], (int)i + 1);
        }
    }
    /* back to node order for PageRank, keeping the citation counts */
    ranked *byid = calloc(nn ? nn : 1, sizeof *byid);
    if (byid) {
        for (size_t i = 0; i < nn; i++) byid[r[i].node] = r[i];
        memcpy(r, byid, nn * sizeof *r);
        free(byid);
    }
    qsort(r, nn, sizeof *r, by_score);
    if (text) kr_buf_puts(&b, "\ntop PageRank\n");
    for (size_t i = 0; i < nn && i < TOP; i++) {
        const kr_node *n = kr_graph_node(g, r[i].node);
        if (text) {
            char *l = kr_clean(n->label, 90, 0);
            kr_buf_printf(&b, "  %2zu. %.4f  %s  %s\n", i + 1, n->pagerank, n->id, l ? l : "");
            free(l);
        } else {
            jline(&b, "pagerank", n, &r[i], (int)i + 1);
        }
    }
    if (text) kr_buf_printf(&b, "\ndocuments without references (%zu)\n", no_refs);
    for (size_t i = 0; i < nn; i++) {
        const kr_node *n = kr_graph_node(g, i);
        if (!n->in_corpus || n->refs) continue;
        if (text) {
            kr_buf_printf(&b, "  %s\n", n->id);
        } else {
            kr_buf_puts(&b, "{\"section\":\"no_references\",\"id\":");
            kr_json_str(&b, n->id);
            kr_buf_puts(&b, "}\n");
        }
    }
    qsort(r, nn, sizeof *r, by_citing);
    if (text) kr_buf_printf(&b, "\ncited but not read (%zu; the first %d)\n", not_in_corpus, TOP);
    int shown = 0;
    for (size_t i = 0; i < nn && shown < TOP; i++) {
        const kr_node *n = kr_graph_node(g, r[i].node);
        if (n->in_corpus || !r[i].citing || strcmp(n->kind, "dossier") == 0) continue;
        shown++;
        if (text) {
            char *l = kr_clean(n->label, 90, 0);
            kr_buf_printf(&b, "  %4d  %s  %s\n", r[i].citing, n->id, l ? l : "");
            free(l);
        } else {
            jline(&b, "cited_not_read", n, &r[i], shown);
        }
    }
    igraph_exit_safelocale(&loc);
    free(r);
    free(comp_size);
    int rc = b.err ? kr_fail(KR_ENOMEM, "out of memory") : 0;
    if (!rc && b.len && fwrite(b.data, 1, b.len, out) != b.len) rc = kr_fail(KR_EIO, "write failed");
    kr_buf_free(&b);
    return rc;
}
