/* kamerref command line: parses arguments, walks the inputs, calls the library, prints. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kamerref.h"

static const char *usage_text =
    "usage: kamerref COMMAND [OPTIONS] FILE|DIR|- ...\n"
    "\n"
    "Turns Dutch parliamentary documents into a citation and cross-reference graph.\n"
    "\n"
    "commands:\n"
    "  refs        print every reference with its exact place, one record per mention\n"
    "  graph       build the citation graph of all inputs and write it to a file\n"
    "  stats       print a summary: references by kind, most cited, PageRank, components\n"
    "  questions   list the questions of each document with what became of them\n"
    "  docs        one record per document: type, askers, ministers, dates, answer delay\n"
    "\n"
    "options for refs:\n"
    "  -f, --format tsv|jsonl   output format (default: tsv, with a header line)\n"
    "\n"
    "options for docs:\n"
    "  -f, --format tsv|jsonl   output format (default: tsv, with a header line)\n"
    "\n"
    "options for questions:\n"
    "  -f, --format tsv|jsonl|summary|report|html\n"
    "                           one record per question (default tsv); one summary line per\n"
    "                           document (questions, answered, deferred, referred, declined,\n"
    "                           unanswered); a readable report of the open questions with\n"
    "                           the sentence that shows why; or that report as an HTML page\n"
    "  --open                   only the questions that were not answered\n"
    "  --by ministry|party|member\n"
    "                           a table per group: sets of questions, questions, median and\n"
    "                           90th percentile answer delay in days, share answered late,\n"
    "                           share of questions not answered\n"
    "\n"
    "options for graph:\n"
    "  -o, --output OUT         the file to write (required); its extension names the format:\n"
    "                           .graphml (Gephi), .gexf (Gephi, with time), .dot (Graphviz),\n"
    "                           .json (nodes and links), .csv (OUT-nodes.csv and OUT-edges.csv,\n"
    "                           or nodes.csv and edges.csv when OUT is a directory)\n"
    "  -f, --format FORMAT      graphml, gexf, dot, json or csv, whatever the extension\n"
    "\n"
    "options for graph and stats:\n"
    "  --kinds K1,K2,...        keep only references of these kinds (kamerstuk, dossier,\n"
    "                           handelingen, aanhangsel, motie, amendement, news, url, zaak,\n"
    "                           document, ecli, eu, stb, stcrt)\n"
    "  --min-weight N           keep only citations made at least N times\n"
    "  --corpus-only            keep only citations between documents read\n"
    "  --no-dossiers            leave out dossier nodes and part_of edges\n"
    "  --qa                     add question, answer and party nodes with asks, answers and\n"
    "                           refers_to edges, so Gephi shows the referral web\n"
    "  --no-people              leave out members, parties and ministries (asks, member_of\n"
    "                           and answered_by edges)\n"
    "  -f, --format text|jsonl  (stats) readable text (default) or one JSON object per line\n"
    "\n"
    "general options:\n"
    "  -h, --help               show this help\n"
    "  -V, --version            show the version\n"
    "\n"
    "Inputs are files, directories (read recursively for .txt files, in name order) or - for\n"
    "standard input. Positions are 1-based lines and columns (in characters) and byte offsets\n"
    "into the original file.\n"
    "\n"
    "exit status: 0 success; 1 a document could not be read (the others are still processed);\n"
    "2 usage error.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "kamerref: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\ntry 'kamerref --help'\n");
    return 2;
}

typedef struct paths {
    char **v;
    size_t n, cap;
} paths;

static int paths_add(paths *p, const char *s)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        char **v = realloc(p->v, cap * sizeof *v);
        if (!v) return -1;
        p->v = v;
        p->cap = cap;
    }
    if (!(p->v[p->n] = strdup(s))) return -1;
    p->n++;
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool has_txt_ext(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

/* Collects the .txt files below dir, sorted, so that output order does not depend on the file
 * system. Returns -1 when the directory cannot be read. */
static int walk(const char *dir, paths *out, int depth)
{
    if (depth > 64) return 0;
    DIR *d = opendir(dir);
    if (!d) return -1;
    paths here = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p) break;
        snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        paths_add(&here, p);
        free(p);
    }
    closedir(d);
    qsort(here.v, here.n, sizeof *here.v, cmp_str);
    for (size_t i = 0; i < here.n; i++) {
        struct stat st;
        if (stat(here.v[i], &st) == 0 && S_ISDIR(st.st_mode)) walk(here.v[i], out, depth + 1);
        else if (has_txt_ext(here.v[i])) paths_add(out, here.v[i]);
        free(here.v[i]);
    }
    free(here.v);
    return 0;
}

/* Expands the command line inputs into the documents to read. Reports unreadable inputs and
 * returns the number of them. */
static int expand_inputs(char **argv, int argc, paths *out)
{
    int bad = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-") == 0) {
            paths_add(out, a);
            continue;
        }
        struct stat st;
        if (stat(a, &st) != 0) {
            fprintf(stderr, "kamerref: %s: %s\n", a, strerror(errno));
            bad++;
        } else if (S_ISDIR(st.st_mode)) {
            size_t before = out->n;
            if (walk(a, out, 0) != 0) {
                fprintf(stderr, "kamerref: %s: %s\n", a, strerror(errno));
                bad++;
            } else if (out->n == before) {
                fprintf(stderr, "kamerref: %s: no .txt files in this directory\n", a);
                bad++;
            }
        } else {
            paths_add(out, a);
        }
    }
    return bad;
}

/* refs and docs: one record-per-line writer over every document */
typedef int (*doc_writer)(FILE *, const kr_doc *, const char *, kr_format);
typedef int (*header_writer)(FILE *, kr_format);

static int each_doc(char **inputs, int n, kr_format format, header_writer header, doc_writer write, unsigned want)
{
    paths in = {0};
    int status = expand_inputs(inputs, n, &in) ? 1 : 0;
    if (header(stdout, format)) status = 1;
    for (size_t i = 0; i < in.n; i++) {
        const char *path = in.v[i];
        kr_doc *doc = NULL;
        if (kr_doc_load_with(&doc, path, want)) {
            fprintf(stderr, "kamerref: %s: %s\n", strcmp(path, "-") ? path : "(stdin)", kr_last_error());
            status = 1;
            continue;
        }
        for (size_t w = 0; w < kr_doc_warning_count(doc); w++) {
            const kr_warning *wr = kr_doc_warning(doc, w);
            fprintf(stderr, "kamerref: %s:%zu: warning: %s\n", path, wr->line, wr->message);
        }
        if (write(stdout, doc, strcmp(path, "-") ? path : "-", format)) {
            fprintf(stderr, "kamerref: (stdout): %s\n", kr_last_error());
            status = 1;
        }
        kr_doc_free(doc);
    }
    for (size_t i = 0; i < in.n; i++) free(in.v[i]);
    free(in.v);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "kamerref: (stdout): %s\n", strerror(errno));
        status = 1;
    }
    return status;
}

static int cmd_docs(int argc, char **argv)
{
    kr_format format = KR_FORMAT_TSV;
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "tsv") == 0) format = KR_FORMAT_TSV;
            else if (strcmp(optarg, "jsonl") == 0) format = KR_FORMAT_JSONL;
            else return usage_error("unknown format '%s' (use tsv or jsonl)", optarg);
            break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: return usage_error("%s", "invalid option for docs");
        }
    }
    if (optind >= argc) return usage_error("%s", "docs needs at least one FILE, DIR or -");
    return each_doc(argv + optind, argc - optind, format, kr_docs_write_header, kr_docs_write, KR_WANT_ALL);
}

static int cmd_refs(int argc, char **argv)
{
    kr_format format = KR_FORMAT_TSV;
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "tsv") == 0) format = KR_FORMAT_TSV;
            else if (strcmp(optarg, "jsonl") == 0 || strcmp(optarg, "json") == 0) format = KR_FORMAT_JSONL;
            else return usage_error("unknown format '%s' (use tsv or jsonl)", optarg);
            break;
        case 'h':
            fputs(usage_text, stdout);
            return 0;
        default:
            return usage_error("%s", "invalid option for refs");
        }
    }
    if (optind >= argc) return usage_error("%s", "refs needs at least one FILE, DIR or -");
    return each_doc(argv + optind, argc - optind, format, kr_refs_write_header, kr_refs_write, KR_WANT_REFS);
}

static int cmd_questions(int argc, char **argv)
{
    kr_format format = KR_FORMAT_TSV;
    bool summary = false;
    int report = -1;
    int open_only = 0;
    int by = -1;
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"open", no_argument, NULL, 'O'},
                                         {"by", required_argument, NULL, 'B'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "tsv") == 0) format = KR_FORMAT_TSV;
            else if (strcmp(optarg, "jsonl") == 0) format = KR_FORMAT_JSONL;
            else if (strcmp(optarg, "summary") == 0) summary = true;
            else if (strcmp(optarg, "report") == 0) report = KR_REPORT_TEXT;
            else if (strcmp(optarg, "html") == 0) report = KR_REPORT_HTML;
            else return usage_error("unknown format '%s' (use tsv, jsonl, summary, report or html)", optarg);
            break;
        case 'O': open_only = 1; break;
        case 'B':
            if (strcmp(optarg, "ministry") == 0) by = KR_BY_MINISTRY;
            else if (strcmp(optarg, "party") == 0) by = KR_BY_PARTY;
            else if (strcmp(optarg, "member") == 0) by = KR_BY_MEMBER;
            else return usage_error("unknown grouping '%s' (use ministry, party or member)", optarg);
            break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: return usage_error("%s", "invalid option for questions");
        }
    }
    if (optind >= argc) return usage_error("%s", "questions needs at least one FILE, DIR or -");
    paths in = {0};
    int status = expand_inputs(argv + optind, argc - optind, &in) ? 1 : 0;
    kr_table *table = NULL;
    if (by >= 0 && kr_table_new(&table, (kr_by)by)) {
        fprintf(stderr, "kamerref: %s\n", kr_last_error());
        return 1;
    }
    if (table) {
        /* the table is written once, after every document */
    } else if (report >= 0) {
        if (kr_report_begin(stdout, (kr_report_format)report)) status = 1;
    } else if (summary) {
        fputs("doc\tquestions\tanswered\tdeferred\treferred\tdeclined\tunanswered\n", stdout);
    } else if (kr_questions_write_header(stdout, format)) {
        status = 1;
    }
    for (size_t i = 0; i < in.n; i++) {
        const char *path = in.v[i];
        kr_doc *doc = NULL;
        if (kr_doc_load(&doc, path)) {
            fprintf(stderr, "kamerref: %s: %s\n", strcmp(path, "-") ? path : "(stdin)", kr_last_error());
            status = 1;
            continue;
        }
        int rc = table          ? kr_table_add(table, doc)
                 : report >= 0 ? kr_report_doc(stdout, doc, path, (kr_report_format)report)
                 : summary   ? kr_questions_write_summary(stdout, doc, KR_FORMAT_TSV)
                             : kr_questions_write(stdout, doc, path, format, open_only);
        if (rc) {
            fprintf(stderr, "kamerref: (stdout): %s\n", kr_last_error());
            status = 1;
        }
        kr_doc_free(doc);
    }
    if (table) {
        if (kr_table_write(stdout, table, format)) {
            fprintf(stderr, "kamerref: %s\n", kr_last_error());
            status = 1;
        }
        kr_table_free(table);
    } else if (report >= 0 && kr_report_end(stdout, (kr_report_format)report)) {
        status = 1;
    }
    for (size_t i = 0; i < in.n; i++) free(in.v[i]);
    free(in.v);
    if (fflush(stdout) != 0) status = 1;
    return status;
}

/* Reads every input and adds it to a new graph; reports failing documents. */
static int build_graph(char **inputs, int n, kr_graph **out, int *status)
{
    paths in = {0};
    if (expand_inputs(inputs, n, &in)) *status = 1;
    kr_graph *g = NULL;
    if (kr_graph_new(&g)) {
        fprintf(stderr, "kamerref: %s\n", kr_last_error());
        return -1;
    }
    for (size_t i = 0; i < in.n; i++) {
        kr_doc *doc = NULL;
        const char *path = in.v[i];
        if (kr_doc_load(&doc, path)) {
            fprintf(stderr, "kamerref: %s: %s\n", strcmp(path, "-") ? path : "(stdin)", kr_last_error());
            *status = 1;
            continue;
        }
        for (size_t w = 0; w < kr_doc_warning_count(doc); w++) {
            const kr_warning *wr = kr_doc_warning(doc, w);
            fprintf(stderr, "kamerref: %s:%zu: warning: %s\n", path, wr->line, wr->message);
        }
        if (kr_graph_add_doc(g, doc)) {
            fprintf(stderr, "kamerref: %s: %s\n", path, kr_last_error());
            *status = 1;
        }
        kr_doc_free(doc);
    }
    for (size_t i = 0; i < in.n; i++) free(in.v[i]);
    free(in.v);
    *out = g;
    return 0;
}

static int parse_kinds(const char *list, unsigned *mask)
{
    char *copy = strdup(list);
    if (!copy) return -1;
    *mask = 0;
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        kr_kind k;
        if (kr_kind_parse(&k, tok)) {
            free(copy);
            return -1;
        }
        *mask |= 1u << k;
    }
    free(copy);
    return 0;
}

enum { OPT_KINDS = 256, OPT_MIN_WEIGHT, OPT_CORPUS_ONLY, OPT_NO_DOSSIERS, OPT_QA, OPT_NO_PEOPLE };

/* graph and stats share their options; stats has no output file */
static int cmd_graph(int argc, char **argv, bool stats)
{
    const char *output = NULL, *format_name = NULL;
    kr_graph_options go = {0};
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"kinds", required_argument, NULL, OPT_KINDS},
                                         {"min-weight", required_argument, NULL, OPT_MIN_WEIGHT},
                                         {"corpus-only", no_argument, NULL, OPT_CORPUS_ONLY},
                                         {"no-dossiers", no_argument, NULL, OPT_NO_DOSSIERS},
                                         {"qa", no_argument, NULL, OPT_QA},
                                         {"no-people", no_argument, NULL, OPT_NO_PEOPLE},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'f': format_name = optarg; break;
        case OPT_KINDS:
            if (parse_kinds(optarg, &go.kinds)) return usage_error("%s", kr_last_error());
            break;
        case OPT_MIN_WEIGHT: {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 0 || v > 1000000) return usage_error("--min-weight takes a whole number, not '%s'", optarg);
            go.min_weight = (int)v;
            break;
        }
        case OPT_CORPUS_ONLY: go.corpus_only = 1; break;
        case OPT_NO_DOSSIERS: go.no_dossiers = 1; break;
        case OPT_QA: go.qa = 1; break;
        case OPT_NO_PEOPLE: go.no_people = 1; break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: return usage_error("%s", stats ? "invalid option for stats" : "invalid option for graph");
        }
    }
    if (optind >= argc) return usage_error("%s", stats ? "stats needs at least one FILE, DIR or -" : "graph needs at least one FILE, DIR or -");
    kr_graph_format gf = KR_GRAPH_GRAPHML;
    kr_format sf = KR_FORMAT_TSV;
    if (stats) {
        if (format_name && strcmp(format_name, "jsonl") == 0) sf = KR_FORMAT_JSONL;
        else if (format_name && strcmp(format_name, "text") != 0) return usage_error("unknown format '%s' (use text or jsonl)", format_name);
        if (output) return usage_error("%s", "stats writes to standard output; -o is for graph");
    } else {
        if (!output) return usage_error("%s", "graph needs -o OUT");
        if (format_name ? kr_graph_format_parse(&gf, format_name) : kr_graph_format_from_path(&gf, output))
            return usage_error("%s", kr_last_error());
    }
    int status = 0;
    kr_graph *g = NULL;
    if (build_graph(argv + optind, argc - optind, &g, &status)) return 1;
    int rc = kr_graph_finish(g, &go);
    if (!rc) rc = stats ? kr_graph_write_stats(stdout, g, sf) : kr_graph_write(g, gf, output);
    if (rc) {
        fprintf(stderr, "kamerref: %s\n", kr_last_error());
        status = 1;
    } else if (!stats) {
        fprintf(stderr, "kamerref: wrote %s (%zu nodes, %zu edges)\n", output, kr_graph_node_count(g), kr_graph_edge_count(g));
    }
    kr_graph_free(g);
    if (fflush(stdout) != 0) status = 1;
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) return usage_error("%s", "missing command");
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("kamerref %s\n", KR_VERSION);
        return 0;
    }
    if (strcmp(cmd, "refs") == 0) return cmd_refs(argc - 1, argv + 1);
    if (strcmp(cmd, "graph") == 0) return cmd_graph(argc - 1, argv + 1, false);
    if (strcmp(cmd, "stats") == 0) return cmd_graph(argc - 1, argv + 1, true);
    if (strcmp(cmd, "questions") == 0) return cmd_questions(argc - 1, argv + 1);
    if (strcmp(cmd, "docs") == 0) return cmd_docs(argc - 1, argv + 1);
    return usage_error("unknown command '%s'", cmd);
}
