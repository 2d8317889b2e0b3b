/* Fuzz target: untrusted bytes become labels, titles and URLs in the graph, which every writer
 * must keep inert. The XML outputs are parsed back with libxml2 and must be well-formed with
 * the same number of nodes. */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kamerref.h"

static size_t count_elements(xmlNode *n, const char *name)
{
    size_t k = 0;
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0) k++;
        k += count_elements(n->children, name);
    }
    return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kr_doc *d = NULL;
    kr_graph *g = NULL;
    if (kr_doc_parse(&d, "ah-tk-20232024-1.txt", (const char *)data, size)) return 0;
    if (kr_graph_new(&g)) abort();
    if (kr_graph_add_doc(g, d)) abort();
    kr_graph_options o = {.qa = 1};
    if (kr_graph_finish(g, &o)) abort();
    char dir[] = "/tmp/kr-fuzz-XXXXXX";
    if (!mkdtemp(dir)) abort();
    static const char *const names[] = {"g.graphml", "g.gexf", "g.dot", "g.json", "g.csv"};
    for (size_t i = 0; i < 5; i++) {
        char path[64];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        kr_graph_format f;
        if (kr_graph_format_from_path(&f, path) || kr_graph_write(g, f, path)) abort();
        if (i < 2) {
            xmlDoc *x = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
            if (!x) abort(); /* not well-formed */
            if (count_elements(xmlDocGetRootElement(x), "node") != kr_graph_node_count(g)) abort();
            xmlFreeDoc(x);
        }
        unlink(path);
    }
    char p[64];
    snprintf(p, sizeof p, "%s/g-nodes.csv", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/g-edges.csv", dir);
    unlink(p);
    rmdir(dir);
    kr_graph_free(g);
    kr_doc_free(d);
    return 0;
}
