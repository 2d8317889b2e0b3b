/* Answer delays per ministry, party or member: the table journalists ask for first. */
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "util.h"
#include "write.h"

typedef struct group {
    char *name;
    size_t sets, questions, open, late, late_known;
    kr_vec delays; /* long */
} group;

struct kr_table {
    kr_by by;
    kr_vec groups; /* group */
};

int kr_table_new(kr_table **out, kr_by by)
{
    kr_table *t = calloc(1, sizeof *t);
    if (!t) return kr_fail(KR_ENOMEM, "out of memory");
    t->by = by;
    kr_vec_init(&t->groups, sizeof(group));
    *out = t;
    return 0;
}

void kr_table_free(kr_table *t)
{
    if (!t) return;
    for (size_t i = 0; i < t->groups.len; i++) {
        group *g = &KR_VEC_AT(&t->groups, group, i);
        free(g->name);
        kr_vec_free(&g->delays);
    }
    kr_vec_free(&t->groups);
    free(t);
}

static group *group_for(kr_table *t, const char *name)
{
    for (size_t i = 0; i < t->groups.len; i++)
        if (strcmp(KR_VEC_AT(&t->groups, group, i).name, name) == 0) return &KR_VEC_AT(&t->groups, group, i);
    group *g = kr_vec_push(&t->groups);
    if (!g) return NULL;
    kr_vec_init(&g->delays, sizeof(long));
    if (!(g->name = strdup(name))) {
        t->groups.len--;
        return NULL;
    }
    return g;
}

/* The ministry that answered: the first answering official's portfolio, else the addressee's. */
static const char *ministry_of(const kr_docinfo *in, char *buf, size_t n)
{
    for (size_t i = 0; i < in->n_answering; i++)
        if (in->answering[i].ministry) return kr_ministry_name(in->answering[i].ministry, buf, n);
    const char *src = in->n_answering && in->answering[0].role ? in->answering[0].role
                      : in->n_addressees                       ? in->addressees[0]
                                                               : NULL;
    if (!src) return NULL;
    const char *of = strstr(src, " van ");
    if (!of) of = strstr(src, " voor ");
    if (!of) return NULL;
    of = strchr(of + 1, ' ') + 1;
    snprintf(buf, n, "%s", of);
    return buf;
}

int kr_table_add(kr_table *t, const kr_doc *doc)
{
    const kr_docinfo *in = kr_doc_info(doc);
    size_t nq = kr_doc_question_count(doc);
    if (nq == 0) return 0;
    size_t open = 0;
    for (size_t i = 0; i < nq; i++) open += kr_doc_question(doc, i)->status != KR_Q_ANSWERED;
    const char *names[64];
    size_t k = 0;
    char buf[256];
    if (t->by == KR_BY_MINISTRY) {
        const char *m = ministry_of(in, buf, sizeof buf);
        names[k++] = m ? m : "(unknown)";
    } else {
        for (size_t i = 0; i < in->n_askers && k < 64; i++) {
            const char *v = t->by == KR_BY_PARTY ? in->askers[i].party : in->askers[i].name;
            if (!v) continue;
            bool dup = false;
            for (size_t j = 0; j < k; j++) dup |= strcmp(names[j], v) == 0;
            if (!dup) names[k++] = v;
        }
        if (k == 0) names[k++] = "(unknown)";
    }
    for (size_t i = 0; i < k; i++) {
        group *g = group_for(t, names[i]);
        if (!g) return kr_fail(KR_ENOMEM, "out of memory");
        g->sets++;
        g->questions += nq;
        g->open += open;
        if (in->late >= 0) {
            g->late_known++;
            g->late += in->late > 0;
        }
        if (in->delay_days >= 0) {
            long *d = kr_vec_push(&g->delays);
            if (!d) return kr_fail(KR_ENOMEM, "out of memory");
            *d = in->delay_days;
        }
    }
    return 0;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return x < y ? -1 : x > y;
}

/* Nearest-rank percentile of sorted values. */
static long percentile(const long *v, size_t n, int p)
{
    size_t rank = (size_t)((p * n + 99) / 100);
    if (rank < 1) rank = 1;
    return v[rank - 1];
}

static int by_questions(const void *a, const void *b)
{
    const group *x = a, *y = b;
    if (x->questions != y->questions) return x->questions < y->questions ? 1 : -1;
    return strcmp(x->name, y->name);
}

int kr_table_write(FILE *out, const kr_table *t, kr_format format)
{
    static const char *const by_name[] = {"ministry", "party", "member"};
    size_t n = t->groups.len;
    group *gs = malloc((n ? n : 1) * sizeof *gs);
    if (!gs) return kr_fail(KR_ENOMEM, "out of memory");
    if (n) memcpy(gs, t->groups.data, n * sizeof *gs);
    qsort(gs, n, sizeof *gs, by_questions);
    kr_buf b = {0};
    if (format == KR_FORMAT_TSV)
        kr_buf_printf(&b, "%s\tsets\tquestions\tmedian_delay\tp90_delay\tlate\tnot_answered\n", by_name[t->by]);
    for (size_t i = 0; i < n; i++) {
        group *g = &gs[i];
        long *d = g->delays.data;
        size_t nd = g->delays.len;
        if (nd) qsort(d, nd, sizeof *d, cmp_long);
        long med = nd ? (nd % 2 ? d[nd / 2] : (d[nd / 2 - 1] + d[nd / 2]) / 2) : -1;
        long p90 = nd ? percentile(d, nd, 90) : -1;
        double late = g->late_known ? (double)g->late / (double)g->late_known : -1;
        double open = g->questions ? (double)g->open / (double)g->questions : 0;
        if (format == KR_FORMAT_JSONL) {
            kr_buf_printf(&b, "{\"%s\":", by_name[t->by]);
            kr_json_str(&b, g->name);
            kr_buf_printf(&b, ",\"sets\":%zu,\"questions\":%zu", g->sets, g->questions);
            if (med >= 0) kr_buf_printf(&b, ",\"median_delay\":%ld,\"p90_delay\":%ld", med, p90);
            else kr_buf_puts(&b, ",\"median_delay\":null,\"p90_delay\":null");
            if (late >= 0) kr_buf_printf(&b, ",\"late\":%.2f", late);
            else kr_buf_puts(&b, ",\"late\":null");
            kr_buf_printf(&b, ",\"not_answered\":%.2f}\n", open);
        } else {
            char *name = kr_clean(g->name, 60, 0);
            kr_buf_printf(&b, "%s\t%zu\t%zu\t", name ? name : "", g->sets, g->questions);
            free(name);
            if (med >= 0) kr_buf_printf(&b, "%ld\t%ld\t", med, p90);
            else kr_buf_puts(&b, "\t\t");
            if (late >= 0) kr_buf_printf(&b, "%.0f%%\t", late * 100);
            else kr_buf_putc(&b, '\t');
            kr_buf_printf(&b, "%.0f%%\n", open * 100);
        }
    }
    free(gs);
    int rc = b.err ? kr_fail(KR_ENOMEM, "out of memory") : 0;
    if (!rc && b.len && fwrite(b.data, 1, b.len, out) != b.len) rc = kr_fail(KR_EIO, "write failed");
    kr_buf_free(&b);
    return rc;
}
