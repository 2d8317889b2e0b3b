/* Reads a GraphML file with igraph's own reader and prints what it saw:
 * "NODES EDGES NODE_ATTRIBUTES EDGE_ATTRIBUTES GRAPH_ATTRIBUTES". Used by tests/validate.sh. */
#include <igraph.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: tool_graphml_count FILE.graphml\n");
        return 2;
    }
    igraph_set_error_handler(igraph_error_handler_printignore);
    igraph_set_attribute_table(&igraph_cattribute_table);
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    igraph_t g;
    if (igraph_read_graph_graphml(&g, f, 0) != IGRAPH_SUCCESS) {
        fclose(f);
        return 1;
    }
    fclose(f);
    igraph_strvector_t gn, vn, en;
    igraph_vector_int_t gt, vt, et;
    igraph_strvector_init(&gn, 0);
    igraph_strvector_init(&vn, 0);
    igraph_strvector_init(&en, 0);
    igraph_vector_int_init(&gt, 0);
    igraph_vector_int_init(&vt, 0);
    igraph_vector_int_init(&et, 0);
    igraph_cattribute_list(&g, &gn, &gt, &vn, &vt, &en, &et);
    printf("%ld %ld %ld %ld %ld\n", (long)igraph_vcount(&g), (long)igraph_ecount(&g), (long)igraph_strvector_size(&vn),
           (long)igraph_strvector_size(&en), (long)igraph_strvector_size(&gn));
    igraph_strvector_destroy(&gn);
    igraph_strvector_destroy(&vn);
    igraph_strvector_destroy(&en);
    igraph_vector_int_destroy(&gt);
    igraph_vector_int_destroy(&vt);
    igraph_vector_int_destroy(&et);
    igraph_destroy(&g);
    return 0;
}
