/* Graph stage: private parts shared with the graph writers. */
#ifndef KR_GRAPH_H
#define KR_GRAPH_H

#include "kamerref.h"
#include "util.h"

struct kr_graph {
    kr_vec nodes; /* kr_node, strings owned */
    kr_vec edges; /* kr_edge; kinds owned once finished */
    kr_vec edge_kinds; /* unsigned per edge: bit per kr_kind, until finished */
    uint64_t *node_slots; /* open addressing: the id's hash (top 32 bits) and node index + 1, 0 empty */
    size_t node_cap;
    uint64_t *edge_slots; /* the same for edges, by source, target and relation */
    size_t edge_cap;
    size_t docs;        /* documents read */
    size_t refs_by_kind[KR_KIND_COUNT];
    size_t refs_total;
    int finished;
};

/* Edge relations. */
enum { KR_REL_CITES, KR_REL_PART_OF, KR_REL_ASKS, KR_REL_ANSWERS, KR_REL_REFERS_TO, KR_REL_MEMBER_OF, KR_REL_ANSWERED_BY,
       KR_REL_COUNT };
extern const char *const kr_rel_names[KR_REL_COUNT];
int kr_rel_of(const char *type);

/* A document as the graph sees it: from a kr_doc, or put together from JSONL records. */
typedef struct kr_docview {
    const char *id;
    const char *date; /* first date of the text, ISO, or NULL */
    const char *year; /* parliamentary year "2024-2025", or NULL */
    const kr_ref *refs;
    size_t n_refs;
    const kr_docinfo *info; /* may be NULL */
    const kr_doc *doc;      /* for its questions (--qa); NULL when put together */
} kr_docview;

int kr_graph_add_view(kr_graph *g, const kr_docview *v);

/* Label for a canonical id: "Kamerstuk 32 317, nr. 967", "Dossier 32 317", ...; caller frees. */
char *kr_id_label(const char *id);

#endif
