/* kamerref command line: parses arguments, walks the inputs, calls the library, prints. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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
    "options for every command that reads documents:\n"
    "  -j, --jobs N             documents analysed on N threads (default: the number of cores);\n"
    "                           the output is the same whatever N\n"
    "  --files-from FILE        also read the paths listed in FILE, one a line (- for stdin)\n"
    "  -0, --null               the list of --files-from is separated by NUL bytes\n"
    "  -q, --quiet              no progress line on standard error\n"
    "\n"
    "general options:\n"
    "  -h, --help               show this help\n"
    "  -V, --version            show the version\n"
    "\n"
    "Inputs are files, directories (read recursively for .txt and .xml files, in name order)\n"
    "or - for standard input. The official XML of officielebekendmakingen is read with its links and\n"
    "footnotes. Positions are 1-based lines and columns (in characters) and byte offsets into\n"
    "the original file (for XML: the line in the XML, offsets into the text read from it).\n"
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

/* Documents in a directory: text files, and the official XML. */
static bool has_txt_ext(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && (strcmp(name + n - 4, ".txt") == 0 || strcmp(name + n - 4, ".xml") == 0);
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
        if (stat(here.v[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            walk(here.v[i], out, depth + 1);
        } else if (has_txt_ext(here.v[i])) {
            /* a document both as text and as official XML is read once, from the XML */
            size_t l = strlen(here.v[i]);
            bool twin = false;
            if (strcmp(here.v[i] + l - 4, ".txt") == 0) {
                char *x = strdup(here.v[i]);
                if (x) {
                    memcpy(x + l - 4, ".xml", 4);
                    twin = bsearch(&x, here.v, here.n, sizeof *here.v, cmp_str) != NULL;
                    free(x);
                }
            }
            if (!twin) paths_add(out, here.v[i]);
        }
    }
    for (size_t i = 0; i < here.n; i++) free(here.v[i]);
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
                fprintf(stderr, "kamerref: %s: no .txt or .xml files in this directory\n", a);
                bad++;
            }
        } else {
            paths_add(out, a);
        }
    }
    return bad;
}

/* ---------------------------------------------------------------- common options */

typedef struct common {
    int jobs;
    const char *files_from;
    bool null_sep;
    bool quiet;
} common;

enum { OPT_KINDS = 256, OPT_MIN_WEIGHT, OPT_CORPUS_ONLY, OPT_NO_DOSSIERS, OPT_QA, OPT_NO_PEOPLE, OPT_FILES_FROM,
       OPT_OPEN, OPT_BY, OPT_FROM_REFS };

#define COMMON_OPTIONS                                                                                      \
    {"jobs", required_argument, NULL, 'j'}, {"files-from", required_argument, NULL, OPT_FILES_FROM},       \
        {"null", no_argument, NULL, '0'}, {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}
#define COMMON_SHORT "j:0qh"

/* Handles an option every reading command shares; returns 1 when handled, -1 on a bad value. */
static int common_option(common *c, int opt, const char *arg)
{
    switch (opt) {
    case 'j': {
        char *end;
        long v = strtol(arg, &end, 10);
        if (*end || v < 1 || v > 1024) return -1;
        c->jobs = (int)v;
        return 1;
    }
    case OPT_FILES_FROM: c->files_from = arg; return 1;
    case '0': c->null_sep = true; return 1;
    case 'q': c->quiet = true; return 1;
    default: return 0;
    }
}

/* Appends the paths listed in a file (or stdin), one a line or NUL-separated. */
static int read_list(const char *file, bool null_sep, paths *out)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
    if (!f) {
        fprintf(stderr, "kamerref: %s: %s\n", file, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getdelim(&line, &cap, null_sep ? '\0' : '\n', f)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == '\0')) line[--n] = '\0';
        if (n > 0) paths_add(out, line);
    }
    free(line);
    if (f != stdin) fclose(f);
    return 0;
}

static void progress_line(void *ctx, size_t done, size_t total, size_t bytes)
{
    const double *start = ctx;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    double t = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9 - *start;
    double rate = t > 0 ? (double)bytes / 1e6 / t : 0;
    double eta = done ? t * (double)(total - done) / (double)done : 0;
    fprintf(stderr, "\r%zu/%zu documents, %.1f MB/s, %s %.0f s   ", done, total, rate, done == total ? "took" : "ETA",
            done == total ? t : eta);
    if (done == total) fputc('\n', stderr);
}

typedef struct run_ctx {
    double start; /* first: the progress line reads it */
    int status;
    void *user;
    int (*each)(void *user, const char *path, kr_doc *doc);
} run_ctx;

static void run_error(void *ctx, const char *path, const char *message)
{
    run_ctx *r = ctx;
    fprintf(stderr, "kamerref: %s: %s\n", strcmp(path, "-") ? path : "(stdin)", message);
    r->status = 1;
}

static int run_sink(void *ctx, const char *path, kr_doc *doc)
{
    run_ctx *r = ctx;
    for (size_t w = 0; w < kr_doc_warning_count(doc); w++) {
        const kr_warning *wr = kr_doc_warning(doc, w);
        fprintf(stderr, "kamerref: %s:%zu: warning: %s\n", path, wr->line, wr->message);
    }
    if (r->each(r->user, path, doc)) r->status = 1;
    return 0;
}

/* Expands the inputs, analyses them on c->jobs threads and hands each document, in input order,
 * to each(). Returns the exit status so far (0, or 1 when an input failed). */
static int for_each_doc(const common *c, char **inputs, int n, unsigned want, void *user,
                        int (*each)(void *user, const char *path, kr_doc *doc))
{
    paths in = {0};
    run_ctx r = {.user = user, .each = each};
    if (expand_inputs(inputs, n, &in)) r.status = 1;
    if (c->files_from && read_list(c->files_from, c->null_sep, &in)) r.status = 1;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    r.start = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
    bool show = !c->quiet && isatty(STDERR_FILENO) && in.n > 1;
    if (kr_run((const char *const *)in.v, in.n, want, c->jobs, run_sink, run_error, show ? progress_line : NULL, &r)) {
        fprintf(stderr, "kamerref: %s\n", kr_last_error());
        r.status = 1;
    }
    for (size_t i = 0; i < in.n; i++) free(in.v[i]);
    free(in.v);
    return r.status;
}

/* refs and docs: one record-per-line writer over every document */
typedef int (*doc_writer)(FILE *, const kr_doc *, const char *, kr_format);
typedef int (*header_writer)(FILE *, kr_format);

typedef struct writer_ctx {
    doc_writer write;
    kr_format format;
} writer_ctx;

static int write_each(void *user, const char *path, kr_doc *doc)
{
    writer_ctx *w = user;
    if (w->write(stdout, doc, strcmp(path, "-") ? path : "-", w->format)) {
        fprintf(stderr, "kamerref: (stdout): %s\n", kr_last_error());
        return 1;
    }
    return 0;
}

static int each_doc(const common *c, char **inputs, int n, kr_format format, header_writer header, doc_writer write,
                    unsigned want)
{
    int status = header(stdout, format) ? 1 : 0;
    writer_ctx w = {write, format};
    status |= for_each_doc(c, inputs, n, want, &w, write_each);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "kamerref: (stdout): %s\n", strerror(errno));
        status = 1;
    }
    return status;
}

/* `refs` and `docs`: one record per reference or per document, as TSV or JSONL. */
static int cmd_records(int argc, char **argv, const char *name, header_writer header, doc_writer write,
                       unsigned want)
{
    kr_format format = KR_FORMAT_TSV;
    common c = {0};
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'}, COMMON_OPTIONS, {NULL, 0, NULL, 0}};
    int o;
    optind = 1;
    while ((o = getopt_long(argc, argv, "f:" COMMON_SHORT, opts, NULL)) != -1) {
        int k = common_option(&c, o, optarg);
        if (k < 0) return usage_error("--jobs takes a number from 1 to 1024, not '%s'", optarg);
        if (k) continue;
        switch (o) {
        case 'f':
            if (strcmp(optarg, "tsv") == 0) format = KR_FORMAT_TSV;
            else if (strcmp(optarg, "jsonl") == 0 || strcmp(optarg, "json") == 0) format = KR_FORMAT_JSONL;
            else return usage_error("unknown format '%s' (use tsv or jsonl)", optarg);
            break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: return usage_error("invalid option for %s", name);
        }
    }
    if (optind >= argc && !c.files_from) return usage_error("%s needs at least one FILE, DIR or -", name);
    return each_doc(&c, argv + optind, argc - optind, format, header, write, want);
}

typedef struct questions_ctx {
    kr_format format;
    bool summary;
    int report;
    int open_only;
    kr_table *table;
} questions_ctx;

static int questions_each(void *user, const char *path, kr_doc *doc)
{
    questions_ctx *q = user;
    int rc = q->table         ? kr_table_add(q->table, doc)
             : q->report >= 0 ? kr_report_doc(stdout, doc, path, (kr_report_format)q->report)
             : q->summary     ? kr_questions_write_summary(stdout, doc, KR_FORMAT_TSV)
                              : kr_questions_write(stdout, doc, path, q->format, q->open_only);
    if (rc) fprintf(stderr, "kamerref: %s\n", kr_last_error());
    return rc != 0;
}

static int cmd_questions(int argc, char **argv)
{
    questions_ctx q = {.format = KR_FORMAT_TSV, .report = -1};
    common c = {0};
    int by = -1;
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"open", no_argument, NULL, OPT_OPEN},
                                         {"by", required_argument, NULL, OPT_BY},
                                         COMMON_OPTIONS,
                                         {NULL, 0, NULL, 0}};
    int o;
    optind = 1;
    while ((o = getopt_long(argc, argv, "f:" COMMON_SHORT, opts, NULL)) != -1) {
        int k = common_option(&c, o, optarg);
        if (k < 0) return usage_error("--jobs takes a number from 1 to 1024, not '%s'", optarg);
        if (k) continue;
        switch (o) {
        case 'f':
            if (strcmp(optarg, "tsv") == 0) q.format = KR_FORMAT_TSV;
            else if (strcmp(optarg, "jsonl") == 0) q.format = KR_FORMAT_JSONL;
            else if (strcmp(optarg, "summary") == 0) q.summary = true;
            else if (strcmp(optarg, "report") == 0) q.report = KR_REPORT_TEXT;
            else if (strcmp(optarg, "html") == 0) q.report = KR_REPORT_HTML;
            else return usage_error("unknown format '%s' (use tsv, jsonl, summary, report or html)", optarg);
            break;
        case OPT_OPEN: q.open_only = 1; break;
        case OPT_BY:
            if (strcmp(optarg, "ministry") == 0) by = KR_BY_MINISTRY;
            else if (strcmp(optarg, "party") == 0) by = KR_BY_PARTY;
            else if (strcmp(optarg, "member") == 0) by = KR_BY_MEMBER;
            else return usage_error("unknown grouping '%s' (use ministry, party or member)", optarg);
            break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: return usage_error("%s", "invalid option for questions");
        }
    }
    if (optind >= argc && !c.files_from) return usage_error("%s", "questions needs at least one FILE, DIR or -");
    if (by >= 0 && kr_table_new(&q.table, (kr_by)by)) {
        fprintf(stderr, "kamerref: %s\n", kr_last_error());
        return 1;
    }
    int status = 0;
    if (q.table) {
        /* the table is written once, after every document */
    } else if (q.report >= 0) {
        status |= kr_report_begin(stdout, (kr_report_format)q.report) != 0;
    } else if (q.summary) {
        fputs("doc\tquestions\tanswered\tdeferred\treferred\tdeclined\tunanswered\n", stdout);
    } else {
        status |= kr_questions_write_header(stdout, q.format) != 0;
    }
    status |= for_each_doc(&c, argv + optind, argc - optind, KR_WANT_ALL, &q, questions_each);
    if (q.table) {
        if (kr_table_write(stdout, q.table, q.format)) {
            fprintf(stderr, "kamerref: %s\n", kr_last_error());
            status = 1;
        }
        kr_table_free(q.table);
    } else if (q.report >= 0 && kr_report_end(stdout, (kr_report_format)q.report)) {
        status = 1;
    }
    if (fflush(stdout) != 0) status = 1;
    return status;
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

static int graph_each(void *user, const char *path, kr_doc *doc)
{
    if (kr_graph_add_doc(user, doc)) {
        fprintf(stderr, "kamerref: %s: %s\n", path, kr_last_error());
        return 1;
    }
    return 0;
}

/* graph and stats share their options; stats has no output file */
static int cmd_graph(int argc, char **argv, bool stats)
{
    const char *output = NULL, *format_name = NULL;
    kr_graph_options go = {0};
    common c = {0};
    paths from_refs = {0};
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"format", required_argument, NULL, 'f'},
                                         {"kinds", required_argument, NULL, OPT_KINDS},
                                         {"min-weight", required_argument, NULL, OPT_MIN_WEIGHT},
                                         {"corpus-only", no_argument, NULL, OPT_CORPUS_ONLY},
                                         {"no-dossiers", no_argument, NULL, OPT_NO_DOSSIERS},
                                         {"qa", no_argument, NULL, OPT_QA},
                                         {"no-people", no_argument, NULL, OPT_NO_PEOPLE},
                                         {"from-refs", required_argument, NULL, OPT_FROM_REFS},
                                         COMMON_OPTIONS,
                                         {NULL, 0, NULL, 0}};
    int o;
    optind = 1;
    while ((o = getopt_long(argc, argv, "o:f:" COMMON_SHORT, opts, NULL)) != -1) {
        int k = common_option(&c, o, optarg);
        if (k < 0) return usage_error("--jobs takes a number from 1 to 1024, not '%s'", optarg);
        if (k) continue;
        switch (o) {
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
        case OPT_FROM_REFS: paths_add(&from_refs, optarg); break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: return usage_error("%s", stats ? "invalid option for stats" : "invalid option for graph");
        }
    }
    if (optind >= argc && !c.files_from && !from_refs.n)
        return usage_error("%s", stats ? "stats needs at least one FILE, DIR or -" : "graph needs at least one FILE, DIR or -");
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
    kr_graph *g = NULL;
    if (kr_graph_new(&g)) {
        fprintf(stderr, "kamerref: %s\n", kr_last_error());
        return 1;
    }
    int status = 0;
    for (size_t i = 0; i < from_refs.n; i++) {
        if (kr_graph_add_refs_jsonl(g, from_refs.v[i])) {
            fprintf(stderr, "kamerref: %s\n", kr_last_error());
            status = 1;
        }
        free(from_refs.v[i]);
    }
    free(from_refs.v);
    /* what became of each question is needed only for the question nodes of --qa */
    unsigned want = KR_WANT_REFS | KR_WANT_META | (go.qa ? KR_WANT_QA : 0);
    if (optind < argc || c.files_from) status |= for_each_doc(&c, argv + optind, argc - optind, want, g, graph_each);
    int rc = kr_graph_finish(g, &go);
    if (!rc) rc = stats ? kr_graph_write_stats(stdout, g, sf) : kr_graph_write(g, gf, output);
    if (rc) {
        fprintf(stderr, "kamerref: %s\n", kr_last_error());
        status = 1;
    } else if (!stats && !c.quiet) {
        fprintf(stderr, "kamerref: wrote %s (%zu nodes, %zu edges)\n", output, kr_graph_node_count(g), kr_graph_edge_count(g));
    }
    kr_graph_free(g);
    if (fflush(stdout) != 0) status = 1;
    return status;
}

/* A standard descriptor closed when kamerref starts would be the number the next open() returns,
 * and reading "-" would then read some other file. Each closed one is taken by /dev/null opened
 * the wrong way round, so that using it still fails as with a closed descriptor. */
static void hold_standard_fds(void)
{
    for (int fd = 0; fd <= 2; fd++)
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            int got = open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
            if (got >= 0 && got != fd) close(got); /* a lower one was closed too: taken already */
        }
}

int main(int argc, char **argv)
{
    hold_standard_fds();
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
    if (strcmp(cmd, "refs") == 0)
        return cmd_records(argc - 1, argv + 1, "refs", kr_refs_write_header, kr_refs_write, KR_WANT_REFS);
    if (strcmp(cmd, "graph") == 0) return cmd_graph(argc - 1, argv + 1, false);
    if (strcmp(cmd, "stats") == 0) return cmd_graph(argc - 1, argv + 1, true);
    if (strcmp(cmd, "questions") == 0) return cmd_questions(argc - 1, argv + 1);
    if (strcmp(cmd, "docs") == 0)
        return cmd_records(argc - 1, argv + 1, "docs", kr_docs_write_header, kr_docs_write, KR_WANT_REFS | KR_WANT_META);
    return usage_error("unknown command '%s'", cmd);
}
