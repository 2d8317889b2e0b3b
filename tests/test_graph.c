/* Unit tests of the graph stage: one node per canonical id, merged edges, filters, metrics, and
 * writers that keep the C locale and read back into igraph. */
#include <igraph.h>
#include <locale.h>
#include <unistd.h>

#include "helpers.h"

static kr_graph *graph_of(const char *const *names, const char *const *texts, size_t n, const kr_graph_options *o)
{
    kr_graph *g = NULL;
    assert_int_equal(kr_graph_new(&g), 0);
    for (size_t i = 0; i < n; i++) {
        kr_doc *d = parse_named(names[i], texts[i]);
        assert_int_equal(kr_graph_add_doc(g, d), 0);
        kr_doc_free(d);
    }
    assert_int_equal(kr_graph_finish(g, o), 0);
    return g;
}

static const kr_node *node(const kr_graph *g, const char *id)
{
    for (size_t i = 0; i < kr_graph_node_count(g); i++)
        if (strcmp(kr_graph_node(g, i)->id, id) == 0) return kr_graph_node(g, i);
    fail_msg("no node %s", id);
    return NULL;
}

static const kr_edge *edge(const kr_graph *g, const char *from, const char *to)
{
    for (size_t i = 0; i < kr_graph_edge_count(g); i++) {
        const kr_edge *e = kr_graph_edge(g, i);
        if (strcmp(kr_graph_node(g, e->source)->id, from) == 0 && strcmp(kr_graph_node(g, e->target)->id, to) == 0)
            return e;
    }
    return NULL;
}

static void same_target_cited_twice_is_one_node(void **st)
{
    (void)st;
    const char *names[] = {"kst-10000-1.txt", "kst-10000-2.txt"};
    const char *texts[] = {"Zie Kamerstuk 32 317, nr. 967 en nogmaals Kamerstuk 32 317, nr. 967.",
                           "Zie ook Kamerstuk 32 317, nr. 967."};
    kr_graph *g = graph_of(names, texts, 2, NULL);
    const kr_node *n = node(g, "kst-32317-967");
    assert_int_equal(n->in_degree, 2);
    assert_false(n->in_corpus);
    assert_string_equal(n->label, "Kamerstuk 32 317, nr. 967");
    assert_string_equal(n->kind, "kamerstuk");
    const kr_edge *e = edge(g, "kst-10000-1", "kst-32317-967");
    assert_non_null(e);
    assert_int_equal(e->weight, 2);
    assert_string_equal(e->kinds, "kamerstuk");
    assert_string_equal(e->type, "cites");
    /* its dossier, with a part_of edge */
    assert_non_null(edge(g, "kst-32317-967", "dossier-32317"));
    assert_string_equal(node(g, "dossier-32317")->label, "Dossier 32 317");
    /* nodes: two documents, their dossier, the target and its dossier */
    assert_int_equal(kr_graph_node_count(g), 5);
    kr_graph_free(g);
}

static void document_read_and_cited_is_one_node(void **st)
{
    (void)st;
    const char *names[] = {"kst-10000-1.txt", "kst-10000-2.txt"};
    const char *texts[] = {"Zie Kamerstuk 10 000, nr. 2.", "Geen verwijzingen."};
    kr_graph *g = graph_of(names, texts, 2, NULL);
    const kr_node *n = node(g, "kst-10000-2");
    assert_true(n->in_corpus);
    assert_int_equal(n->in_degree, 1);
    size_t count = 0;
    for (size_t i = 0; i < kr_graph_node_count(g); i++) count += strcmp(kr_graph_node(g, i)->id, "kst-10000-2") == 0;
    assert_int_equal(count, 1);
    kr_graph_free(g);
}

static void no_self_loops(void **st)
{
    (void)st;
    const char *names[] = {"kst-10000-1.txt"};
    const char *texts[] = {"Zie kst-10000-1 en Kamerstuk 10 000, nr. 1."};
    kr_graph *g = graph_of(names, texts, 1, NULL);
    for (size_t i = 0; i < kr_graph_edge_count(g); i++)
        assert_int_not_equal(kr_graph_edge(g, i)->source, kr_graph_edge(g, i)->target);
    kr_graph_free(g);
}

static const char *cycle_names[] = {"kst-10000-1.txt", "kst-10000-2.txt", "kst-10000-3.txt", "kst-10000-4.txt"};
static const char *cycle_texts[] = {"Zie Kamerstuk 10 000, nr. 2 en motie-Jansen.", "Zie Kamerstuk 10 000, nr. 3.",
                                    "Zie Kamerstuk 10 000, nr. 4.", "Zie Kamerstuk 10 000, nr. 1."};

static void filters_keep_what_was_asked(void **st)
{
    (void)st;
    kr_graph_options o = {.corpus_only = 1};
    kr_graph *g = graph_of(cycle_names, cycle_texts, 4, &o);
    assert_int_equal(kr_graph_node_count(g), 4);
    assert_int_equal(kr_graph_edge_count(g), 4);
    kr_graph_free(g);
    o = (kr_graph_options){.kinds = 1u << KR_KIND_MOTIE};
    g = graph_of(cycle_names, cycle_texts, 4, &o);
    /* the four documents, the motion, and the dossier of the documents */
    assert_int_equal(kr_graph_node_count(g), 6);
    assert_non_null(edge(g, "kst-10000-1", "motie:jansen"));
    assert_null(edge(g, "kst-10000-1", "kst-10000-2"));
    kr_graph_free(g);
    o = (kr_graph_options){.min_weight = 2, .no_dossiers = 1};
    g = graph_of(cycle_names, cycle_texts, 4, &o);
    assert_int_equal(kr_graph_edge_count(g), 0);
    assert_int_equal(kr_graph_node_count(g), 4);
    kr_graph_free(g);
}

static void pagerank_and_components(void **st)
{
    (void)st;
    kr_graph_options o = {.corpus_only = 1};
    kr_graph *g = graph_of(cycle_names, cycle_texts, 4, &o);
    for (size_t i = 0; i < 4; i++) {
        assert_float_equal(kr_graph_node(g, i)->pagerank, 0.25, 1e-9);
        assert_int_equal(kr_graph_node(g, i)->component, 0);
    }
    kr_graph_free(g);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
    s[n] = '\0';
    fclose(f);
    return s;
}

/* Under a German locale printf writes "0,25"; the writers must not. */
static void writers_use_the_c_locale(void **st)
{
    (void)st;
    assert_non_null(setlocale(LC_ALL, "de_DE.UTF-8"));
    char probe[16];
    snprintf(probe, sizeof probe, "%.2f", 0.25);
    assert_string_equal(probe, "0,25"); /* the locale is really in force */
    kr_graph_options o = {.corpus_only = 1};
    kr_graph *g = graph_of(cycle_names, cycle_texts, 4, &o);
    char dir[] = "/tmp/kamerref-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    static const char *const exts[] = {"graphml", "gexf", "json"};
    for (size_t i = 0; i < 3; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/g.%s", dir, exts[i]);
        kr_graph_format f;
        assert_int_equal(kr_graph_format_from_path(&f, path), 0);
        assert_int_equal(kr_graph_write(g, f, path), 0);
        char *s = slurp(path);
        assert_non_null(strstr(s, "0.25"));
        assert_null(strstr(s, "0,25"));
        free(s);
        unlink(path);
    }
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s/g.csv", dir);
    assert_int_equal(kr_graph_write(g, KR_GRAPH_CSV, prefix), 0);
    snprintf(prefix, sizeof prefix, "%s/g-nodes.csv", dir);
    char *s = slurp(prefix);
    assert_non_null(strstr(s, ",0.25,"));
    free(s);
    unlink(prefix);
    snprintf(prefix, sizeof prefix, "%s/g-edges.csv", dir);
    unlink(prefix);
    rmdir(dir);
    kr_graph_free(g);
    setlocale(LC_ALL, "C");
}

/* igraph's own GraphML reader sees the same nodes, edges and attributes. */
static void graphml_reads_back_into_igraph(void **st)
{
    (void)st;
    kr_graph *g = graph_of(cycle_names, cycle_texts, 4, NULL);
    char path[] = "/tmp/kamerref-test-XXXXXX.graphml";
    int fd = mkstemps(path, 8);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(kr_graph_write(g, KR_GRAPH_GRAPHML, path), 0);
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t ig;
    FILE *f = fopen(path, "r");
    assert_int_equal(igraph_read_graph_graphml(&ig, f, 0), IGRAPH_SUCCESS);
    fclose(f);
    assert_int_equal(igraph_vcount(&ig), kr_graph_node_count(g));
    assert_int_equal(igraph_ecount(&ig), kr_graph_edge_count(g));
    assert_true(igraph_is_directed(&ig));
    igraph_strvector_t gn, vn, en;
    igraph_vector_int_t gt, vt, et;
    igraph_strvector_init(&gn, 0);
    igraph_strvector_init(&vn, 0);
    igraph_strvector_init(&en, 0);
    igraph_vector_int_init(&gt, 0);
    igraph_vector_int_init(&vt, 0);
    igraph_vector_int_init(&et, 0);
    assert_int_equal(igraph_cattribute_list(&ig, &gn, &gt, &vn, &vt, &en, &et), IGRAPH_SUCCESS);
    assert_int_equal(igraph_strvector_size(&gn), 0); /* no graph-level keys */
    assert_int_equal(igraph_strvector_size(&vn), 15); /* 14 keys and igraph's own "id" */
    assert_int_equal(igraph_strvector_size(&en), 4);  /* 3 keys and the edge "id" */
    /* ids and labels survive */
    assert_string_equal(VAS(&ig, "id", 0), kr_graph_node(g, 0)->id);
    assert_string_equal(VAS(&ig, "label", 0), kr_graph_node(g, 0)->label);
    assert_float_equal(VAN(&ig, "pagerank", 0), kr_graph_node(g, 0)->pagerank, 1e-9);
    igraph_strvector_destroy(&gn);
    igraph_strvector_destroy(&vn);
    igraph_strvector_destroy(&en);
    igraph_vector_int_destroy(&gt);
    igraph_vector_int_destroy(&vt);
    igraph_vector_int_destroy(&et);
    igraph_destroy(&ig);
    unlink(path);
    kr_graph_free(g);
}

static void failed_write_leaves_old_file(void **st)
{
    (void)st;
    kr_graph *g = graph_of(cycle_names, cycle_texts, 4, NULL);
    assert_int_equal(kr_graph_write(g, KR_GRAPH_JSON, "/nonexistent-dir/g.json"), KR_EIO);
    assert_non_null(strstr(kr_last_error(), "/nonexistent-dir/g.json"));
    kr_graph_free(g);
}

/* A graph without --qa is the same whether or not the questions' answers were judged: the
 * parties of a written consultation come in the same order and with the same labels. */
static void parties_alike_without_judging(void **st)
{
    (void)st;
    const char *paths[] = {"tests/fixtures/consultation-parties.txt", "tests/corpus/ah-tk-20232024-1314.txt"};
    kr_graph *g[2];
    for (int k = 0; k < 2; k++) {
        assert_int_equal(kr_graph_new(&g[k]), 0);
        for (size_t i = 0; i < 2; i++) {
            kr_doc *d = NULL;
            assert_int_equal(kr_doc_load_with(&d, paths[i], k ? KR_WANT_REFS | KR_WANT_META : KR_WANT_ALL), 0);
            assert_int_equal(kr_graph_add_doc(g[k], d), 0);
            kr_doc_free(d);
        }
        kr_graph_options o = {0};
        assert_int_equal(kr_graph_finish(g[k], &o), 0);
    }
    assert_int_equal(kr_graph_node_count(g[0]), kr_graph_node_count(g[1]));
    size_t parties = 0;
    for (size_t i = 0; i < kr_graph_node_count(g[0]); i++) {
        assert_string_equal(kr_graph_node(g[0], i)->id, kr_graph_node(g[1], i)->id);
        assert_string_equal(kr_graph_node(g[0], i)->label, kr_graph_node(g[1], i)->label);
        parties += strncmp(kr_graph_node(g[0], i)->id, "party:", 6) == 0;
    }
    assert_true(parties >= 2);
    kr_graph_free(g[0]);
    kr_graph_free(g[1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_target_cited_twice_is_one_node),
        cmocka_unit_test(document_read_and_cited_is_one_node),
        cmocka_unit_test(no_self_loops),
        cmocka_unit_test(filters_keep_what_was_asked),
        cmocka_unit_test(pagerank_and_components),
        cmocka_unit_test(writers_use_the_c_locale),
        cmocka_unit_test(graphml_reads_back_into_igraph),
        cmocka_unit_test(failed_write_leaves_old_file),
        cmocka_unit_test(parties_alike_without_judging),
    };
    return cmocka_run_group_tests_name("graph", tests, NULL, NULL);
}
