/* Reading JSONL records back: the references and document facts that `kamerref refs` and
 * `kamerref docs` wrote, so a graph can be assembled from shards without the texts. A small
 * JSON reader covers what those records hold: objects, arrays, strings with every escape,
 * numbers, booleans and null. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "util.h"

/* ---------------------------------------------------------------- a small JSON reader */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jtype;

typedef struct jval {
    jtype t;
    double num;
    int b;
    char *str;          /* J_STR, owned */
    struct jval *items; /* J_ARR, J_OBJ values */
    char **keys;        /* J_OBJ keys, owned */
    size_t n;
} jval;

static void jfree(jval *v)
{
    if (!v) return;
    free(v->str);
    for (size_t i = 0; i < v->n; i++) {
        jfree(&v->items[i]);
        if (v->keys) free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    memset(v, 0, sizeof *v);
}

typedef struct jp {
    const char *s, *e;
    int depth;
} jp;

static void ws(jp *p)
{
    while (p->s < p->e && (*p->s == ' ' || *p->s == '\t' || *p->s == '\r' || *p->s == '\n')) p->s++;
}

static int hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

static int put_utf8(kr_buf *b, unsigned cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) t[0] = (char)cp, n = 1;
    else if (cp < 0x800) t[0] = (char)(0xC0 | (cp >> 6)), t[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000)
        t[0] = (char)(0xE0 | (cp >> 12)), t[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), t[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
        t[0] = (char)(0xF0 | (cp >> 18)), t[1] = (char)(0x80 | ((cp >> 12) & 0x3F)), t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        t[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    return kr_buf_append(b, t, n);
}

static int jstring(jp *p, char **out)
{
    if (p->s >= p->e || *p->s != '"') return -1;
    p->s++;
    kr_buf b = {0};
    while (p->s < p->e && *p->s != '"') {
        char c = *p->s++;
        if (c != '\\') {
            kr_buf_putc(&b, c);
            continue;
        }
        if (p->s >= p->e) break;
        c = *p->s++;
        switch (c) {
        case '"': kr_buf_putc(&b, '"'); break;
        case '\\': kr_buf_putc(&b, '\\'); break;
        case '/': kr_buf_putc(&b, '/'); break;
        case 'b': kr_buf_putc(&b, '\b'); break;
        case 'f': kr_buf_putc(&b, '\f'); break;
        case 'n': kr_buf_putc(&b, '\n'); break;
        case 'r': kr_buf_putc(&b, '\r'); break;
        case 't': kr_buf_putc(&b, '\t'); break;
        case 'u': {
            unsigned cp, lo;
            if (p->e - p->s < 4 || hex4(p->s, &cp)) goto bad;
            p->s += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && p->e - p->s >= 6 && p->s[0] == '\\' && p->s[1] == 'u' &&
                !hex4(p->s + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p->s += 6;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            put_utf8(&b, cp);
            break;
        }
        default: goto bad;
        }
    }
    if (p->s >= p->e || b.err) goto bad;
    p->s++;
    *out = kr_buf_steal(&b);
    return 0;
bad:
    kr_buf_free(&b);
    return -1;
}

static int jvalue(jp *p, jval *v)
{
    memset(v, 0, sizeof *v);
    ws(p);
    if (p->s >= p->e || ++p->depth > 32) return -1;
    int rc = 0;
    char c = *p->s;
    if (c == '"') {
        v->t = J_STR;
        rc = jstring(p, &v->str);
    } else if (c == '{' || c == '[') {
        bool obj = c == '{';
        v->t = obj ? J_OBJ : J_ARR;
        p->s++;
        ws(p);
        size_t cap = 0;
        if (p->s < p->e && *p->s == (obj ? '}' : ']')) {
            p->s++;
        } else {
            for (;;) {
                if (v->n == cap) {
                    cap = cap ? cap * 2 : 8;
                    jval *it = realloc(v->items, cap * sizeof *it);
                    char **ks = obj ? realloc(v->keys, cap * sizeof *ks) : NULL;
                    if (!it || (obj && !ks)) {
                        if (it) v->items = it;
                        if (ks) v->keys = ks;
                        rc = -1;
                        break;
                    }
                    v->items = it;
                    if (obj) v->keys = ks;
                }
                ws(p);
                char *key = NULL;
                if (obj) {
                    if (jstring(p, &key)) {
                        rc = -1;
                        break;
                    }
                    ws(p);
                    if (p->s >= p->e || *p->s != ':') {
                        free(key);
                        rc = -1;
                        break;
                    }
                    p->s++;
                }
                if (jvalue(p, &v->items[v->n])) {
                    jfree(&v->items[v->n]);
                    free(key);
                    rc = -1;
                    break;
                }
                if (obj) v->keys[v->n] = key;
                v->n++;
                ws(p);
                if (p->s < p->e && *p->s == ',') {
                    p->s++;
                    continue;
                }
                if (p->s < p->e && *p->s == (obj ? '}' : ']')) {
                    p->s++;
                    break;
                }
                rc = -1;
                break;
            }
        }
    } else if (c == 't' && p->e - p->s >= 4 && !memcmp(p->s, "true", 4)) {
        v->t = J_BOOL, v->b = 1, p->s += 4;
    } else if (c == 'f' && p->e - p->s >= 5 && !memcmp(p->s, "false", 5)) {
        v->t = J_BOOL, p->s += 5;
    } else if (c == 'n' && p->e - p->s >= 4 && !memcmp(p->s, "null", 4)) {
        v->t = J_NULL, p->s += 4;
    } else if (c == '-' || kr_is_digit((unsigned char)c)) {
        char tmp[64];
        size_t n = 0;
        while (p->s + n < p->e && n < 63 && strchr("+-0123456789.eE", p->s[n])) n++;
        memcpy(tmp, p->s, n);
        tmp[n] = '\0';
        char *end;
        v->t = J_NUM;
        v->num = strtod(tmp, &end);
        if (end == tmp) rc = -1;
        p->s += n;
    } else {
        rc = -1;
    }
    p->depth--;
    return rc;
}

static const jval *get(const jval *o, const char *key)
{
    if (o->t != J_OBJ) return NULL;
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->keys[i], key) == 0) return &o->items[i];
    return NULL;
}

static const char *gets(const jval *o, const char *key)
{
    const jval *v = get(o, key);
    return v && v->t == J_STR ? v->str : NULL;
}

/* ---------------------------------------------------------------- records to documents */

typedef struct pending {
    char *id;
    kr_vec refs;    /* kr_ref, strings owned by `strings` */
    kr_docinfo info;
    int has_info;
    char *date, *year;
    kr_vec people;  /* kr_person */
    kr_vec officials; /* kr_official */
} pending;

typedef struct store {
    kr_vec docs;    /* pending */
    kr_vec strings; /* char *, owned */
} store;

static char *keep(store *st, const char *s)
{
    if (!s) return NULL;
    char *c = strdup(s);
    char **slot = c ? kr_vec_push(&st->strings) : NULL;
    if (!slot) {
        free(c);
        return NULL;
    }
    return *slot = c;
}

static pending *doc_for(store *st, const char *id)
{
    /* records come grouped by document: the last one is the likely match */
    for (size_t i = st->docs.len; i-- > 0;)
        if (strcmp(KR_VEC_AT(&st->docs, pending, i).id, id) == 0) return &KR_VEC_AT(&st->docs, pending, i);
    pending *d = kr_vec_push(&st->docs);
    if (!d) return NULL;
    kr_vec_init(&d->refs, sizeof(kr_ref));
    kr_vec_init(&d->people, sizeof(kr_person));
    kr_vec_init(&d->officials, sizeof(kr_official));
    d->info.delay_days = -1;
    d->info.late = -1;
    if (!(d->id = keep(st, id))) {
        st->docs.len--;
        return NULL;
    }
    return d;
}

static int add_record(store *st, const jval *o)
{
    const char *doc = gets(o, "doc");
    if (!doc) return 1; /* 1: not such a record; KR_ENOMEM: out of memory */
    pending *d = doc_for(st, doc);
    if (!d) return KR_ENOMEM;
    const char *kind = gets(o, "kind");
    if (kind) {
        kr_ref *r = kr_vec_push(&d->refs);
        if (!r) return KR_ENOMEM;
        if (kr_kind_parse(&r->kind, kind)) {
            d->refs.len--;
            return 1;
        }
        r->target = keep(st, gets(o, "target"));
        r->text = keep(st, gets(o, "text"));
        r->outlet = keep(st, gets(o, "outlet"));
        r->date = keep(st, gets(o, "date"));
        r->title = keep(st, gets(o, "title"));
        r->url = keep(st, gets(o, "url"));
        const jval *subs = get(o, "submitters");
        if (subs && subs->t == J_ARR && subs->n) {
            const char **list = calloc(subs->n + 1, sizeof *list);
            char **slot = list ? kr_vec_push(&st->strings) : NULL;
            if (!slot) {
                free(list);
                return KR_ENOMEM;
            }
            *slot = (char *)list;
            for (size_t i = 0; i < subs->n; i++) list[i] = keep(st, subs->items[i].t == J_STR ? subs->items[i].str : "");
            r->submitters = list;
            r->n_submitters = subs->n;
        }
        return 0;
    }
    if (gets(o, "type")) {
        d->has_info = 1;
        d->info.type = keep(st, gets(o, "type"));
        d->info.submitted = keep(st, gets(o, "submitted"));
        d->info.received = keep(st, gets(o, "received"));
        d->date = keep(st, gets(o, "date"));
        d->year = keep(st, gets(o, "year"));
        const jval *a = get(o, "askers");
        for (size_t i = 0; a && a->t == J_ARR && i < a->n; i++) {
            kr_person *p = kr_vec_push(&d->people);
            if (!p) return KR_ENOMEM;
            p->name = keep(st, gets(&a->items[i], "name"));
            p->party = keep(st, gets(&a->items[i], "party"));
        }
        const jval *w = get(o, "answering");
        for (size_t i = 0; w && w->t == J_ARR && i < w->n; i++) {
            kr_official *f = kr_vec_push(&d->officials);
            if (!f) return KR_ENOMEM;
            f->name = keep(st, gets(&w->items[i], "name"));
            f->role = keep(st, gets(&w->items[i], "role"));
            f->ministry = keep(st, gets(&w->items[i], "ministry"));
        }
        return 0;
    }
    return 1;
}

/* The graph keeps the records it was given until it is finished, then adds them. */
typedef struct jsonl_state {
    store st;
} jsonl_state;

static void store_free(store *st)
{
    for (size_t i = 0; i < st->docs.len; i++) {
        pending *d = &KR_VEC_AT(&st->docs, pending, i);
        kr_vec_free(&d->refs);
        kr_vec_free(&d->people);
        kr_vec_free(&d->officials);
    }
    kr_vec_free(&st->docs);
    for (size_t i = 0; i < st->strings.len; i++) free(KR_VEC_AT(&st->strings, char *, i));
    kr_vec_free(&st->strings);
}

int kr_graph_add_refs_jsonl(kr_graph *g, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return kr_fail(KR_EIO, "%s: %s", path, strerror(errno));
    store st;
    kr_vec_init(&st.docs, sizeof(pending));
    kr_vec_init(&st.strings, sizeof(char *));
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int rc = 0;
    while (!rc && (n = getline(&line, &cap, f)) > 0) {
        lineno++;
        jp p = {line, line + n, 0};
        ws(&p);
        if (p.s == p.e) continue;
        jval v;
        if (jvalue(&p, &v) || (ws(&p), p.s != p.e)) {
            jfree(&v);
            rc = kr_fail(KR_EINVAL, "%s:%zu: not a JSON record", path, lineno);
            break;
        }
        int r = add_record(&st, &v);
        jfree(&v);
        if (r == KR_ENOMEM) rc = kr_fail(KR_ENOMEM, "out of memory");
        else if (r) rc = kr_fail(KR_EINVAL, "%s:%zu: not a record of kamerref refs or kamerref docs", path, lineno);
    }
    free(line);
    if (f != stdin) fclose(f);
    for (size_t i = 0; !rc && i < st.docs.len; i++) {
        pending *d = &KR_VEC_AT(&st.docs, pending, i);
        d->info.askers = d->people.data;
        d->info.n_askers = d->people.len;
        d->info.answering = d->officials.data;
        d->info.n_answering = d->officials.len;
        kr_docview v = {.id = d->id, .date = d->date, .year = d->year, .refs = d->refs.data, .n_refs = d->refs.len,
                        .info = d->has_info ? &d->info : NULL};
        rc = kr_graph_add_view(g, &v);
    }
    store_free(&st);
    return rc;
}
