/*
 * kamerref: citations and cross-references in Dutch parliamentary documents.
 *
 * This header is the whole public API. Everything not declared here is private to the library.
 *
 * Conventions:
 *  - Functions that can fail return int: 0 (KR_OK) on success, a negative KR_E* code otherwise.
 *    Output parameters come first and are set only on success.
 *  - The library never prints and never exits. On failure it records a message, retrievable
 *    with kr_last_error() (per thread).
 *  - Text is passed as (pointer, length); it need not be NUL-terminated. Offsets are byte
 *    offsets into the original input, so every reported position points at the real text.
 *  - Free functions accept NULL.
 */
#ifndef KAMERREF_H
#define KAMERREF_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KR_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */

enum {
    KR_OK = 0,
    KR_ENOMEM = -1,    /* out of memory */
    KR_EIO = -2,       /* a file could not be read or written */
    KR_EINVAL = -3,    /* an argument was invalid */
    KR_ENOTTEXT = -4,  /* the input is binary, not text */
    KR_EINTERNAL = -5, /* a dependency (PCRE2, igraph) failed */
};

/* The message recorded by the last failing call on this thread ("" if none). The string
 * belongs to the library and stays valid until the next failing call on the same thread. */
const char *kr_last_error(void);

/* A short name for an error code, e.g. "out of memory". Static storage. */
const char *kr_strerror(int code);

/* ---------------------------------------------------------------- references */

typedef enum kr_kind {
    KR_KIND_KAMERSTUK,   /* a numbered parliamentary paper: kst-32317-967 */
    KR_KIND_DOSSIER,     /* a dossier without a document number: dossier-36200 */
    KR_KIND_HANDELINGEN, /* plenary proceedings: h-tk-20122013-71-15 */
    KR_KIND_AANHANGSEL,  /* appendix to the proceedings (written questions): ah-tk-20192020-89 */
    KR_KIND_MOTIE,       /* a motion named by its submitters */
    KR_KIND_AMENDEMENT,  /* an amendment named by its submitters */
    KR_KIND_NEWS,        /* a newspaper or broadcaster article */
    KR_KIND_URL,         /* any other web address */
    KR_KIND_ZAAK,        /* Tweede Kamer case number: 2025Z12345 */
    KR_KIND_DOCUMENT,    /* Tweede Kamer document number: 2025D12345 */
    KR_KIND_ECLI,        /* European Case Law Identifier */
    KR_KIND_EU,          /* EU document: COM(2025)944 */
    KR_KIND_STB,         /* Staatsblad: stb-2011-35 */
    KR_KIND_STCRT,       /* Staatscourant: stcrt-2023-1234 */
    KR_KIND_COUNT
} kr_kind;

/* The kind's name as used in output ("kamerstuk", "motie", ...). Static storage. */
const char *kr_kind_name(kr_kind kind);

/* Parses a kind name; returns 0 and sets *out, or KR_EINVAL. */
int kr_kind_parse(kr_kind *out, const char *name);

/* One mention of a reference in a document. All strings are owned by the document that holds
 * the reference and live as long as it; optional strings are NULL when absent. */
typedef struct kr_ref {
    kr_kind kind;
    const char *target;  /* canonical id, or NULL when the mention cannot be resolved */
    size_t start, end;   /* byte offsets [start, end) into the original input */
    size_t line, col;    /* 1-based; col counts characters (code points) in the line */
    int footnote;        /* number of the footnote the mention stands in, 0 if none */
    size_t marker_line;  /* for a mention in a footnote: where its marker stands in the */
    size_t marker_col;   /*   running text (1-based), 0 when the marker was not found */
    size_t marker_start; /*   byte offset of the marker */
    const char *text;    /* the mention as written, whitespace folded, line breaks repaired */
    /* news */
    const char *outlet;
    const char *date; /* ISO yyyy-mm-dd */
    const char *title;
    const char *url;
    /* motie, amendement, and kamerstuk mentions that name a motion's submitters */
    const char *const *submitters;
    size_t n_submitters;
    /* set when the target came from context rather than the mention itself */
    const char *resolved_from;
} kr_ref;

/* A diagnostic about the input that did not stop the analysis (invalid UTF-8, NUL bytes). */
typedef struct kr_warning {
    size_t offset; /* byte offset into the original input */
    size_t line;   /* 1-based */
    const char *message;
} kr_warning;

/* ---------------------------------------------------------------- documents */

/* One analysed document: its normalised text, identity, footnotes and references. */
typedef struct kr_doc kr_doc;

/* Analyses a document held in memory. `name` is the file name or path it came from (used for
 * the document id when the text states none; may be NULL). `bytes` need not be
 * NUL-terminated and is copied. Invalid UTF-8 is repaired (reported as warnings); input that
 * is not UTF-8 at all is read as Windows-1252. Returns KR_ENOTTEXT for binary input (NUL bytes
 * in more than a sliver of it). The caller frees *out with kr_doc_free(). */
int kr_doc_parse(kr_doc **out, const char *name, const char *bytes, size_t len);

/* Reads and analyses the file at `path`. Returns KR_EIO when it cannot be read. */
int kr_doc_load(kr_doc **out, const char *path);

/* What to analyse: kr_doc_parse and kr_doc_load do everything; a caller that needs only the
 * references (kamerref refs on a whole archive) saves the questions and facts stages, and one
 * that needs the facts but not what became of each question (kamerref graph without --qa) saves
 * judging the answers. A document parsed without KR_WANT_QA has no questions; without
 * KR_WANT_META its facts are empty. */
enum { KR_WANT_REFS = 1, KR_WANT_QA = 2, KR_WANT_META = 4, KR_WANT_ALL = 7 };
int kr_doc_parse_with(kr_doc **out, const char *name, const char *bytes, size_t len, unsigned want);
int kr_doc_load_with(kr_doc **out, const char *path, unsigned want);

void kr_doc_free(kr_doc *doc);

/* The document's canonical id ("kst-32317-974"), from its own text, else its file name, else
 * the name given. Owned by the document. */
const char *kr_doc_id(const kr_doc *doc);

/* The name the document was parsed with ("" when none). Owned by the document. */
const char *kr_doc_name(const kr_doc *doc);

size_t kr_doc_ref_count(const kr_doc *doc);
/* The i-th reference in document order; NULL when i is out of range. */
const kr_ref *kr_doc_ref(const kr_doc *doc, size_t i);

size_t kr_doc_footnote_count(const kr_doc *doc);
/* The i-th footnote: its number, and where its marker and its text stand (byte offsets into
 * the original; marker_start is (size_t)-1 when no marker was found). Returns KR_EINVAL when i
 * is out of range. */
int kr_doc_footnote(const kr_doc *doc, size_t i, int *number, size_t *marker_start,
                    size_t *text_start, size_t *text_end);

size_t kr_doc_warning_count(const kr_doc *doc);
const kr_warning *kr_doc_warning(const kr_doc *doc, size_t i);

/* The normalised text the matchers see (NUL-terminated, owned by the document), and the map
 * from its byte positions back to the original: kr_doc_clean_to_orig(doc, i) is the original
 * byte offset of clean byte i (i may equal the clean length). */
const char *kr_doc_clean_text(const kr_doc *doc, size_t *len);
size_t kr_doc_clean_to_orig(const kr_doc *doc, size_t i);

/* Output formats of the record-per-line writers. */
typedef enum kr_format { KR_FORMAT_TSV, KR_FORMAT_JSONL } kr_format;

/* ---------------------------------------------------------------- questions and answers */

typedef enum kr_qstatus {
    KR_Q_ANSWERED,   /* a real answer (possibly also postponing a part: defers) */
    KR_Q_DEFERRED,   /* the answer puts the question off ("Uw Kamer wordt … geïnformeerd") */
    KR_Q_REFERRED,   /* the answer only points elsewhere ("Zie antwoord op vraag 3") */
    KR_Q_DECLINED,   /* the answer explicitly does not answer ("kan niet vooruitlopen op") */
    KR_Q_UNANSWERED, /* no answer at all */
} kr_qstatus;

const char *kr_qstatus_name(kr_qstatus s);

/* One question of a document and what became of it. Strings are owned by the document. */
typedef struct kr_question {
    int number;            /* as in the text ("Vraag 3"), or 1-based order */
    const char *label;     /* the heading as written ("Vraag 2 en 3"), or NULL */
    const char *party;     /* asking party where stated ("GroenLinks-PvdA"), or NULL */
    const char *asker;     /* asking members where stated, or NULL */
    const char *topic;     /* the section heading it stands under, or NULL */
    size_t line;           /* 1-based line of the question in the original */
    size_t start, end;     /* byte offsets of the question text */
    const char *text;      /* the question, whitespace folded */
    int answer;            /* number of the answer block that answers it, 0 when none */
    const char *answer_label;
    size_t answer_line;    /* 0 when none */
    const char *answer_text;
    kr_qstatus status;
    int defers;            /* the answer postpones (a part of) the question */
    const int *refers_to;  /* questions the answer points to, resolved */
    size_t n_refers_to;
    const char *referral_text; /* the sentence that points elsewhere */
    double confidence;     /* how sure the referral resolution is, 0..1 */
    int final;             /* end of the referral chain: the question whose answer has substance, 0 none */
    const char *flag;      /* "referral_mismatch" (the question pointed to does not fit; see nearest),
                              "referral_unresolved", "referral_external" (points to a letter, not a
                              question), "referral_cycle", or NULL */
    int nearest;           /* for a flagged referral: the closest question found, 0 none */
    double nearest_confidence;
    int repeats;           /* another question whose answer this one repeats nearly verbatim, 0 none */
    const char *reason;    /* the sentence that decided a status other than answered */
} kr_question;

size_t kr_doc_question_count(const kr_doc *doc);
const kr_question *kr_doc_question(const kr_doc *doc, size_t i);

/* Output of `kamerref questions`: one record per question (TSV with a header, or JSONL), only
 * the questions not answered when open_only. */
int kr_questions_write_header(FILE *out, kr_format format);
int kr_questions_write(FILE *out, const kr_doc *doc, const char *file, kr_format format, int open_only);

/* One summary line per document: counts per status (TSV or JSONL). */
int kr_questions_write_summary(FILE *out, const kr_doc *doc, kr_format format);

/* A readable report of the questions that were not answered, with the sentence that shows why:
 * plain text, or a self-contained HTML page. Call begin once, doc per document, end once. */
typedef enum kr_report_format { KR_REPORT_TEXT, KR_REPORT_HTML } kr_report_format;
int kr_report_begin(FILE *out, kr_report_format format);
int kr_report_doc(FILE *out, const kr_doc *doc, const char *file, kr_report_format format);
int kr_report_end(FILE *out, kr_report_format format);

/* ---------------------------------------------------------------- document facts */

typedef struct kr_person {
    const char *name;  /* surname as printed ("Van Nispen"), NULL for a party section */
    const char *party; /* as printed ("GroenLinks-PvdA"), or NULL */
} kr_person;

typedef struct kr_official {
    const char *name;     /* "Yeşilgöz-Zegerius", or NULL ("mede namens de Minister voor …") */
    const char *role;     /* "Minister", "Staatssecretaris", or "Minister voor Rechtsbescherming" */
    const char *ministry; /* "Justitie en Veiligheid" where stated, or NULL */
} kr_official;

/* Who asked whom, when, and how long the answer took, read from the document's own text.
 * Strings and arrays are owned by the document. */
typedef struct kr_docinfo {
    const char *type; /* kamervragen, antwoordbrief, schriftelijk-overleg, lijst-van-vragen,
                         debate, motion, decision-list, other */
    const char *subject;
    const kr_person *askers;
    size_t n_askers;
    const char *const *addressees;
    size_t n_addressees;
    const kr_official *answering;
    size_t n_answering;
    const char *submitted; /* ISO dates, or NULL */
    const char *received;
    long delay_days;       /* -1 when a date is missing */
    const char *const *postponements; /* ah-tk ids of postponement notices */
    size_t n_postponements;
    int mededeling;                 /* a Mededeling instead of answers */
    const char *answered_elsewhere; /* the letter that answered instead (kst id), or NULL */
    int late; /* over 21 days without a postponement notice, over 42 with one; -1 unknown */
    size_t questions; /* questions the document puts or answers */
} kr_docinfo;

const kr_docinfo *kr_doc_info(const kr_doc *doc);

/* Output of `kamerref docs`: one record per document (TSV with a header, or JSONL). */
int kr_docs_write_header(FILE *out, kr_format format);
int kr_docs_write(FILE *out, const kr_doc *doc, const char *file, kr_format format);

/* `kamerref questions --by ministry|party|member`: sets of questions, questions, median and 90th
 * percentile answer delay, share late, share not answered, per group. */
typedef struct kr_table kr_table;
typedef enum kr_by { KR_BY_MINISTRY, KR_BY_PARTY, KR_BY_MEMBER } kr_by;
int kr_table_new(kr_table **out, kr_by by);
int kr_table_add(kr_table *t, const kr_doc *doc);
int kr_table_write(FILE *out, const kr_table *t, kr_format format);
void kr_table_free(kr_table *t);

/* The parliamentary year the document states ("2024-2025"), or NULL. Owned by the document. */
const char *kr_doc_year(const kr_doc *doc);

/* The first full date in the document's opening ("2025-10-06"), or NULL. Owned by the document. */
const char *kr_doc_date(const kr_doc *doc);

/* ---------------------------------------------------------------- many documents */

/* Receives each document, on the calling thread and in input order, whatever the number of
 * workers. doc is lent: it stays valid until the sink returns, and kr_run frees it (on the
 * thread that analysed it). Returns 0, or non-zero to stop the run. */
typedef int (*kr_sink)(void *ctx, const char *path, kr_doc *doc);
/* Receives each document that could not be read or analysed, in input order. */
typedef void (*kr_sink_error)(void *ctx, const char *path, const char *message);
/* Called about twice a second on the calling thread: documents done, total, bytes read. */
typedef void (*kr_progress)(void *ctx, size_t done, size_t total, size_t bytes);

/* Reads and analyses the files at paths[0..n) on `jobs` threads (0: as many as cores), and hands
 * the documents to sink in input order, so that the output of a run does not depend on the
 * number of threads. At most a few documents per thread are in memory at once. Returns 0, or the
 * sink's non-zero value, or KR_ENOMEM/KR_EINTERNAL when threads cannot be started. */
int kr_run(const char *const *paths, size_t n, unsigned want, int jobs, kr_sink sink, kr_sink_error on_error,
           kr_progress progress, void *ctx);

/* ---------------------------------------------------------------- output */

/* Writes the header line of the references table (TSV only; nothing for JSONL). */
int kr_refs_write_header(FILE *out, kr_format format);

/* Writes one record per reference of `doc`, in document order. `file` is the path printed in
 * the `file` column (NULL: the document's name). Returns KR_EIO when writing fails. */
int kr_refs_write(FILE *out, const kr_doc *doc, const char *file, kr_format format);

/* ---------------------------------------------------------------- graph */

/* One directed graph across all documents: every document read and every target referred to is
 * a node, identified by its canonical id; `cites` edges run from a document to what it cites
 * (one edge per pair, weighted by the number of mentions), `part_of` edges from a Kamerstuk to
 * its dossier. Built one document at a time, so memory follows the graph, not the corpus. */
typedef struct kr_graph kr_graph;

typedef struct kr_node {
    const char *id;
    const char *label;   /* human-readable: "Kamerstuk 32 317, nr. 967", an article's title */
    const char *kind;    /* "kamerstuk", "dossier", "motie", "news", ... or "document" */
    const char *dossier; /* "32317" for Kamerstukken and dossiers, else NULL */
    const char *date;    /* ISO date where known, else NULL */
    int year;            /* first calendar year of the parliamentary year, or of the date; 0 unknown */
    int in_corpus;       /* the document was read, not only cited */
    const char *outlet;  /* news */
    const char *url;     /* news and url */
    const char *status;  /* questions (graph --qa): "answered", "deferred", ... */
    size_t refs;         /* for documents read: the number of mentions they hold */
    /* metrics, set by kr_graph_finish() */
    int in_degree, out_degree;
    double pagerank;
    int component; /* weakly connected component, 0 is the largest */
} kr_node;

typedef struct kr_edge {
    size_t source, target; /* node indices */
    const char *type;      /* "cites", "part_of", "asks", "member_of", "answered_by"; with --qa also
                              "answers" and "refers_to" */
    int weight;            /* number of mentions (1 for part_of) */
    const char *kinds;     /* mention kinds, comma-separated ("kamerstuk,motie") */
} kr_edge;

typedef struct kr_graph_options {
    unsigned kinds;  /* bit (1u << kr_kind) per kind of mention to keep; 0 keeps all */
    int min_weight;  /* drop cites edges with fewer mentions */
    int corpus_only; /* keep only edges between documents read */
    int no_dossiers; /* leave dossier nodes and part_of edges out */
    int qa;          /* add question, answer and party nodes: asks, answers, refers_to edges */
    int no_people;   /* leave out member, party and ministry nodes (asks, member_of, answered_by) */
} kr_graph_options;

int kr_graph_new(kr_graph **out);
void kr_graph_free(kr_graph *g);

/* Adds a document and its references. The graph copies what it keeps; doc may be freed after. */
int kr_graph_add_doc(kr_graph *g, const kr_doc *doc);

/* Adds documents from JSONL records instead of texts, for runs split over shards or machines:
 * the output of `kamerref refs --format jsonl` (references, grouped by their `doc`) and, for
 * dates and people, of `kamerref docs --format jsonl`, in one file or several (call once per
 * file; a file's references and document records together). Documents are added in the order
 * their records first appear. Returns KR_EIO when the file cannot be read, KR_EINVAL with "FILE:LINE:
 * reason" for a line that is not such a record. */
int kr_graph_add_refs_jsonl(kr_graph *g, const char *path);

/* Applies the filters and computes the metrics with igraph (degree, PageRank, weakly
 * connected components). Call once, after the last document; nodes and edges then describe the
 * filtered graph. Returns KR_EINTERNAL with a message if igraph fails. */
int kr_graph_finish(kr_graph *g, const kr_graph_options *opts);

size_t kr_graph_node_count(const kr_graph *g);
size_t kr_graph_edge_count(const kr_graph *g);
const kr_node *kr_graph_node(const kr_graph *g, size_t i);
const kr_edge *kr_graph_edge(const kr_graph *g, size_t i);

typedef enum kr_graph_format {
    KR_GRAPH_GRAPHML, /* for Gephi, yEd, igraph, NetworkX */
    KR_GRAPH_GEXF,    /* GEXF 1.3 for Gephi, with time */
    KR_GRAPH_DOT,     /* Graphviz, one cluster per dossier */
    KR_GRAPH_JSON,    /* nodes and links, for d3 and web tools */
    KR_GRAPH_CSV,     /* PATH-nodes.csv and PATH-edges.csv, Gephi's spreadsheet import */
} kr_graph_format;

/* The format named by a file name's extension (.graphml .gexf .dot .gv .json .csv); KR_EINVAL
 * when none fits. */
int kr_graph_format_from_path(kr_graph_format *out, const char *path);

/* Parses "graphml", "gexf", "dot", "json", "csv". */
int kr_graph_format_parse(kr_graph_format *out, const char *name);

/* Writes the finished graph. The file is written under a temporary name and renamed into place,
 * so a failed write leaves any earlier file untouched. For CSV, `path` is a directory (files
 * nodes.csv and edges.csv in it) or a prefix (PREFIX-nodes.csv, PREFIX-edges.csv; a trailing
 * ".csv" is dropped). Numbers are written in the C locale whatever the process locale. */
int kr_graph_write(const kr_graph *g, kr_graph_format format, const char *path);

/* Writes a readable summary (or, with jsonl, one JSON object per line) of the finished graph:
 * documents read, references by kind, most cited targets, top PageRank, components, documents
 * without references, targets cited but not read. */
int kr_graph_write_stats(FILE *out, const kr_graph *g, kr_format format);

#ifdef __cplusplus
}
#endif

#endif /* KAMERREF_H */
