/* Many documents: a pool of threads reads and analyses documents, and the calling thread hands
 * them to the sink in input order. The window of documents in flight is bounded, so memory
 * follows the number of threads, not the corpus. Analysis shares no mutable state between
 * documents (patterns are compiled once and are read-only; match data is per thread). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

typedef struct slot {
    kr_doc *doc;
    char *error; /* message when the document failed */
    size_t bytes;
    size_t garbage; /* the next document its worker is to free, as slot index + 1 (0: none) */
    unsigned worker; /* the worker that analysed it */
    int state;       /* 0 waiting, 1 taken, 2 done */
} slot;

typedef struct pool {
    const char *const *paths;
    size_t n;
    unsigned want;
    bool sizes; /* file sizes are wanted (for the progress line) */
    slot *slots;
    size_t next;     /* next index a worker takes */
    size_t consumed; /* index the sink waits for */
    size_t window;
    size_t want_done; /* the sink sleeps until this slot is done (SIZE_MAX: it does not sleep) */
    int stop;
    size_t *garbage; /* per worker: documents the sink is done with, a list through the slots */
    unsigned workers; /* workers that have an index */
    pthread_mutex_t mu;
    pthread_cond_t ready;  /* a slot became done */
    pthread_cond_t room;   /* the window moved */
} pool;

/* Documents the sink waits for at once; the window of documents in flight exceeds it. */
#define BATCH 16

/* Frees the documents on list g (a slot index + 1), which the caller has taken from the pool. */
static void free_garbage(pool *p, size_t g)
{
    while (g) {
        slot *s = &p->slots[g - 1];
        g = s->garbage;
        kr_doc_free(s->doc);
        s->doc = NULL;
    }
}

/* Each document is freed by the worker that allocated it: memory freed on another thread goes
 * back to the allocating thread's arena under its lock, which costs more than the analysis of a
 * small document. */
static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    unsigned me = p->workers++;
    pthread_mutex_unlock(&p->mu);
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->stop && p->next < p->n && p->next >= p->consumed + p->window) pthread_cond_wait(&p->room, &p->mu);
        size_t g = p->garbage[me];
        p->garbage[me] = 0;
        if (p->stop || p->next >= p->n) {
            pthread_mutex_unlock(&p->mu);
            free_garbage(p, g);
            return NULL;
        }
        size_t i = p->next++;
        p->slots[i].state = 1;
        p->slots[i].worker = me;
        pthread_mutex_unlock(&p->mu);
        free_garbage(p, g);

        kr_doc *doc = NULL;
        char *err = NULL;
        struct stat st;
        size_t bytes = p->sizes && stat(p->paths[i], &st) == 0 ? (size_t)st.st_size : 0;
        if (kr_doc_load_with(&doc, p->paths[i], p->want)) {
            const char *m = kr_last_error();
            err = strdup(m && *m ? m : "failed");
        }
        pthread_mutex_lock(&p->mu);
        p->slots[i].doc = doc;
        p->slots[i].error = err;
        p->slots[i].bytes = bytes;
        p->slots[i].state = 2;
        if (i == p->want_done || i + 1 == p->n) pthread_cond_broadcast(&p->ready);
        pthread_mutex_unlock(&p->mu);
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int kr_run(const char *const *paths, size_t n, unsigned want, int jobs, kr_sink sink, kr_sink_error on_error,
           kr_progress progress, void *ctx)
{
    if (jobs <= 0) {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = c > 0 ? (int)c : 1;
    }
    if ((size_t)jobs > n) jobs = n ? (int)n : 1;
    pool p = {.paths = paths,
              .n = n,
              .want = want,
              .sizes = progress != NULL,
              .window = (size_t)jobs * 4 + BATCH,
              .want_done = SIZE_MAX};
    p.slots = calloc(n ? n : 1, sizeof *p.slots);
    p.garbage = calloc((size_t)jobs, sizeof *p.garbage);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    if (!p.slots || !p.garbage || !th) {
        free(p.slots);
        free(p.garbage);
        free(th);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.ready, NULL);
    pthread_cond_init(&p.room, NULL);
    int started = 0, rc = 0;
    for (; started < jobs; started++)
        if (pthread_create(&th[started], NULL, worker, &p) != 0) break;
    if (started == 0) rc = kr_fail(KR_EINTERNAL, "cannot start a thread");
    size_t bytes = 0;
    double last = now();
    size_t lent = 0; /* the document the sink had last, as slot index + 1 */
    for (size_t i = 0; i < n && !rc; i++) {
        pthread_mutex_lock(&p.mu);
        if (lent) { /* back to its worker, to be freed there */
            slot *l = &p.slots[lent - 1];
            l->garbage = p.garbage[l->worker];
            p.garbage[l->worker] = lent;
            lent = 0;
        }
        /* Waking up costs two system calls: the sink sleeps until a batch of documents is done
         * (or the last one), not until the next one is. */
        if (p.slots[i].state != 2) {
            size_t upto = i + BATCH < n ? i + BATCH : n - 1;
            while (p.slots[i].state != 2 || p.slots[upto].state != 2) {
                p.want_done = p.slots[i].state != 2 ? i : upto;
                pthread_cond_wait(&p.ready, &p.mu);
            }
            p.want_done = SIZE_MAX;
        }
        slot s = p.slots[i];
        p.slots[i].error = NULL;
        p.consumed = i + 1;
        pthread_cond_broadcast(&p.room);
        pthread_mutex_unlock(&p.mu);
        bytes += s.bytes;
        if (s.error) {
            if (on_error) on_error(ctx, paths[i], s.error);
            free(s.error);
        } else {
            rc = sink(ctx, paths[i], s.doc);
            lent = i + 1;
        }
        if (progress && (now() - last >= 0.5 || i + 1 == n)) {
            progress(ctx, i + 1, n, bytes);
            last = now();
        }
    }
    pthread_mutex_lock(&p.mu);
    p.stop = 1;
    pthread_cond_broadcast(&p.room);
    pthread_mutex_unlock(&p.mu);
    for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
    for (size_t i = 0; i < n; i++) {
        kr_doc_free(p.slots[i].doc);
        free(p.slots[i].error);
    }
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.ready);
    pthread_cond_destroy(&p.room);
    free(p.slots);
    free(p.garbage);
    free(th);
    return rc;
}
