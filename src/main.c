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
    "\n"
    "options for refs:\n"
    "  -f, --format tsv|jsonl   output format (default: tsv, with a header line)\n"
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
    paths in = {0};
    int status = expand_inputs(argv + optind, argc - optind, &in) ? 1 : 0;
    if (kr_refs_write_header(stdout, format)) status = 1;
    for (size_t i = 0; i < in.n; i++) {
        const char *path = in.v[i];
        kr_doc *doc = NULL;
        int rc = kr_doc_load(&doc, path);
        if (rc) {
            fprintf(stderr, "kamerref: %s: %s\n", strcmp(path, "-") ? path : "(stdin)", kr_last_error());
            status = 1;
            continue;
        }
        for (size_t w = 0; w < kr_doc_warning_count(doc); w++) {
            const kr_warning *wr = kr_doc_warning(doc, w);
            fprintf(stderr, "kamerref: %s:%zu: warning: %s\n", path, wr->line, wr->message);
        }
        if (kr_refs_write(stdout, doc, strcmp(path, "-") ? path : "-", format)) {
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
    return usage_error("unknown command '%s'", cmd);
}
