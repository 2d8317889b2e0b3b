/* Allocation failure: every allocation the library makes is failed in turn (malloc, calloc,
 * realloc and strdup are wrapped at link time), and each run must end in a clean error or a
 * success, never a crash; under BUILD=asan, LeakSanitizer also checks that nothing leaks. */
#include <pthread.h>
#include <stdbool.h>
#include <unistd.h>

#include "helpers.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);

static long countdown = -1; /* fail when it reaches 0; -1: never */
static bool failed;

static bool fail_now(void)
{
    if (countdown < 0) return false;
    if (countdown-- == 0) {
        failed = true;
        return true;
    }
    return false;
}

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t m) { return fail_now() ? NULL : __real_calloc(n, m); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }
char *__wrap_strdup(const char *s) { return fail_now() ? NULL : __real_strdup(s); }

static const char *doc_text =
    "Vragen van de leden Sneller (D66) en Chakor (GroenLinks-PvdA) aan de Minister van Justitie en Veiligheid over "
    "iets (ingezonden 6 mei 2024).\nAntwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen 11 juni "
    "2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1843.\n"
    "Vraag 1\nKent u het bericht in de Telegraaf, 4 oktober 2025, «Titel», https://www.telegraaf.nl/a-\nb/1.html?1\n"
    "Antwoord 1\nJa, zie Kamerstuk 32 317, nr. 967 en de motie Rajkowski en Van Zanten.2 Uw Kamer wordt "
    "geïnformeerd.\nVraag 2\nEn verder?\nAntwoord 2\nZie antwoord op vraag 1.\n\n"
    "1 Tweede Kamer, vergaderjaar 2024–2025, 22 112, nr. 4131\n2 Zij krijgt nr. 346 (32847).\n";

/* One whole run: parse, graph, every writer. Returns 0 or the first error. */
static int one_run(const char *dir)
{
    kr_doc *d = NULL;
    kr_graph *g = NULL;
    int rc = kr_doc_parse(&d, "ah-tk-20232024-1.txt", doc_text, strlen(doc_text));
    if (!rc) rc = kr_graph_new(&g);
    if (!rc) rc = kr_graph_add_doc(g, d);
    kr_graph_options o = {.qa = 1};
    if (!rc) rc = kr_graph_finish(g, &o);
    static const char *const names[] = {"g.graphml", "g.gexf", "g.dot", "g.json", "g.csv"};
    for (size_t i = 0; i < 5 && !rc; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        kr_graph_format f;
        kr_graph_format_from_path(&f, path);
        rc = kr_graph_write(g, f, path);
    }
    FILE *null = fopen("/dev/null", "w");
    if (!rc) rc = kr_refs_write(null, d, NULL, KR_FORMAT_JSONL);
    if (!rc) rc = kr_questions_write(null, d, NULL, KR_FORMAT_JSONL, 0);
    if (!rc) rc = kr_docs_write(null, d, NULL, KR_FORMAT_JSONL);
    if (!rc) rc = kr_report_doc(null, d, NULL, KR_REPORT_HTML);
    fclose(null);
    kr_graph_free(g);
    kr_doc_free(d);
    return rc;
}

/* one_run on a thread of its own: the memory a thread keeps from one document to the next
 * (scratch buffers, match data) is allocated afresh in every run, so its allocations fail too,
 * and is freed when the thread ends. */
typedef struct run_arg {
    const char *dir;
    int rc;
} run_arg;

static void *run_thread(void *p)
{
    run_arg *a = p;
    a->rc = one_run(a->dir);
    return NULL;
}

static int one_fresh_run(const char *dir)
{
    run_arg a = {dir, 0};
    pthread_t th;
    if (pthread_create(&th, NULL, run_thread, &a) != 0) return -1;
    pthread_join(th, NULL);
    return a.rc;
}

static void every_allocation_may_fail(void **st)
{
    (void)st;
    char dir[] = "/tmp/kamerref-oom-XXXXXX";
    assert_non_null(mkdtemp(dir));
    /* a run without failures first: it must succeed */
    countdown = -1;
    assert_int_equal(one_fresh_run(dir), 0);
    long n;
    for (n = 0; n < 100000; n++) {
        countdown = n;
        failed = false;
        int rc = one_fresh_run(dir);
        countdown = -1;
        if (!failed) {
            assert_int_equal(rc, 0); /* no allocation left to fail: the run is whole */
            break;
        }
        /* a failed allocation is reported as an error, or absorbed (a warning's text, a
         * cache), never a crash */
        assert_true(rc == 0 || rc == KR_ENOMEM || rc == KR_EINTERNAL || rc == KR_EIO);
    }
    assert_true(n > 50); /* the runs did reach the library's allocations */
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_allocation_may_fail),
    };
    return cmocka_run_group_tests_name("oom", tests, NULL, NULL);
}
