/* Export of references: one JSON object per line, or a TSV table with a header. Strings pass
 * through one cleaning step: invalid UTF-8 becomes U+FFFD and control characters are escaped
 * (JSON) or turned into spaces (TSV), so no value can break out of its field. */
#include <string.h>

#include "util.h"
#include "write.h"

int kr_refs_write_header(FILE *out, kr_format format)
{
    if (format != KR_FORMAT_TSV) return 0;
    if (fputs("doc\tfile\tkind\ttarget\tline\tcol\tstart\tend\tfootnote\ttext\toutlet\tdate\ttitle\turl\t"
              "submitters\tresolved_from\tmarker_line\tmarker_col\n",
              out) == EOF)
        return kr_fail(KR_EIO, "write failed");
    return 0;
}

static void put_int(kr_buf *b, int v)
{
    char tmp[24];
    kr_buf_puts(b, kr_decimal(tmp, v));
}

/* The start that all of a document's records share. */
static void json_prefix(kr_buf *b, const kr_doc *doc, const char *file)
{
    kr_buf_puts(b, "{\"doc\":");
    kr_json_str(b, kr_doc_id(doc));
    kr_buf_puts(b, ",\"file\":");
    kr_json_str(b, file);
    kr_buf_puts(b, ",\"kind\":\"");
}

static void write_json(kr_buf *b, const kr_ref *r)
{
    kr_buf_puts(b, kr_kind_name(r->kind));
    kr_buf_puts(b, "\",\"target\":");
    kr_json_str(b, r->target);
    const char *keys[] = {",\"line\":", ",\"col\":", ",\"start\":", ",\"end\":"};
    const size_t nums[] = {r->line, r->col, r->start, r->end};
    for (size_t i = 0; i < 4; i++) {
        kr_buf_puts(b, keys[i]);
        kr_buf_putu(b, nums[i]);
    }
    kr_buf_puts(b, ",\"footnote\":");
    if (r->footnote) put_int(b, r->footnote);
    else kr_buf_puts(b, "null");
    kr_buf_puts(b, ",\"text\":");
    kr_json_str(b, r->text);
    if (r->footnote && r->marker_line) {
        static const char *const mkeys[] = {",\"marker_line\":", ",\"marker_col\":", ",\"marker_start\":"};
        const size_t mnums[] = {r->marker_line, r->marker_col, r->marker_start};
        for (size_t i = 0; i < 3; i++) {
            kr_buf_puts(b, mkeys[i]);
            kr_buf_putu(b, mnums[i]);
        }
    }
    if (r->kind == KR_KIND_NEWS) {
        kr_buf_puts(b, ",\"outlet\":");
        kr_json_str(b, r->outlet);
        kr_buf_puts(b, ",\"date\":");
        kr_json_str(b, r->date);
        kr_buf_puts(b, ",\"title\":");
        kr_json_str(b, r->title);
        kr_buf_puts(b, ",\"url\":");
        kr_json_str(b, r->url);
    }
    if (r->kind == KR_KIND_MOTIE || r->kind == KR_KIND_AMENDEMENT || r->n_submitters) {
        kr_buf_puts(b, ",\"submitters\":[");
        for (size_t i = 0; i < r->n_submitters; i++) {
            if (i) kr_buf_putc(b, ',');
            kr_json_str(b, r->submitters[i]);
        }
        kr_buf_putc(b, ']');
    }
    if (r->resolved_from) {
        kr_buf_puts(b, ",\"resolved_from\":");
        kr_json_str(b, r->resolved_from);
    }
    kr_buf_puts(b, "}\n");
}

static void tsv_prefix(kr_buf *b, const kr_doc *doc, const char *file)
{
    kr_tsv_str(b, kr_doc_id(doc));
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, file);
    kr_buf_putc(b, '\t');
}

static void write_tsv(kr_buf *b, const kr_ref *r)
{
    kr_buf_puts(b, kr_kind_name(r->kind));
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, r->target);
    const size_t nums[] = {r->line, r->col, r->start, r->end};
    for (size_t i = 0; i < 4; i++) {
        kr_buf_putc(b, '\t');
        kr_buf_putu(b, nums[i]);
    }
    kr_buf_putc(b, '\t');
    if (r->footnote) put_int(b, r->footnote);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, r->text);
    const char *fields[] = {r->outlet, r->date, r->title, r->url};
    for (size_t i = 0; i < 4; i++) {
        kr_buf_putc(b, '\t');
        kr_tsv_str(b, fields[i]);
    }
    kr_buf_putc(b, '\t');
    for (size_t i = 0; i < r->n_submitters; i++) {
        if (i) kr_buf_puts(b, "; ");
        kr_tsv_str(b, r->submitters[i]);
    }
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, r->resolved_from);
    kr_buf_putc(b, '\t');
    if (r->marker_line) {
        kr_buf_putu(b, r->marker_line);
        kr_buf_putc(b, '\t');
        kr_buf_putu(b, r->marker_col);
    } else {
        kr_buf_putc(b, '\t');
    }
    kr_buf_putc(b, '\n');
}

/* The records of a document are built in a buffer that the thread keeps for the next one. */
static void release_buf(void *p) { kr_buf_free(p); }
static kr_tls buf_tls = {.size = sizeof(kr_buf), .release = release_buf};

int kr_refs_write(FILE *out, const kr_doc *doc, const char *file, kr_format format)
{
    if (!file) file = kr_doc_name(doc);
    kr_buf mine = {0}, *b = kr_tls_get(&buf_tls);
    if (!b) b = &mine;
    b->len = 0;
    size_t pre_len = 0; /* the shared start, written once at the buffer's start and copied */
    for (size_t i = 0; i < kr_doc_ref_count(doc) && !b->err; i++) {
        const kr_ref *r = kr_doc_ref(doc, i);
        if (i == 0) {
            if (format == KR_FORMAT_JSONL) json_prefix(b, doc, file);
            else tsv_prefix(b, doc, file);
            pre_len = b->len;
        } else if (!kr_buf_reserve(b, pre_len)) {
            memcpy(b->data + b->len, b->data, pre_len);
            b->len += pre_len;
        }
        if (format == KR_FORMAT_JSONL) write_json(b, r);
        else write_tsv(b, r);
    }
    int rc = b->err || kr_buf_reserve(b, 0) ? kr_fail(KR_ENOMEM, "out of memory") : 0;
    if (!rc && b->len && fwrite(b->data, 1, b->len, out) != b->len) rc = kr_fail(KR_EIO, "write failed");
    if (b == &mine || b->err || b->cap > (1u << 20)) kr_buf_free(b); /* kept no larger than 1 MB */
    return rc;
}
