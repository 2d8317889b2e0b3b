/* Export of questions: one record per question (TSV or JSONL) and a summary per document. */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "write.h"

int kr_questions_write_header(FILE *out, kr_format format)
{
    if (format != KR_FORMAT_TSV) return 0;
    if (fputs("doc\tfile\tq\tlabel\tparty\tasker\ttopic\tline\tstatus\tdefers\tanswer\tanswer_line\trefers_to\t"
              "confidence\tfinal\tflag\tnearest\trepeats\treason\treferral_text\ttext\n",
              out) == EOF)
        return kr_fail(KR_EIO, "write failed");
    return 0;
}

static void write_one(kr_buf *b, const kr_doc *doc, const char *file, const kr_question *q, kr_format f)
{
    if (f == KR_FORMAT_JSONL) {
        kr_buf_puts(b, "{\"doc\":");
        kr_json_str(b, kr_doc_id(doc));
        kr_buf_puts(b, ",\"file\":");
        kr_json_str(b, file);
        kr_buf_printf(b, ",\"q\":%d,\"label\":", q->number);
        kr_json_str(b, q->label);
        kr_buf_puts(b, ",\"party\":");
        kr_json_str(b, q->party);
        kr_buf_puts(b, ",\"asker\":");
        kr_json_str(b, q->asker);
        kr_buf_puts(b, ",\"topic\":");
        kr_json_str(b, q->topic);
        kr_buf_printf(b, ",\"line\":%zu,\"start\":%zu,\"end\":%zu,\"text\":", q->line, q->start, q->end);
        kr_json_str(b, q->text);
        if (q->answer) kr_buf_printf(b, ",\"answer\":%d,\"answer_line\":%zu", q->answer, q->answer_line);
        else kr_buf_puts(b, ",\"answer\":null,\"answer_line\":null");
        kr_buf_printf(b, ",\"status\":\"%s\",\"defers\":%s,\"refers_to\":[", kr_qstatus_name(q->status),
                      q->defers ? "true" : "false");
        for (size_t i = 0; i < q->n_refers_to; i++) kr_buf_printf(b, "%s%d", i ? "," : "", q->refers_to[i]);
        kr_buf_puts(b, "],\"referral_text\":");
        kr_json_str(b, q->referral_text);
        if (q->n_refers_to) kr_buf_printf(b, ",\"confidence\":%.2f", q->confidence);
        else kr_buf_puts(b, ",\"confidence\":null");
        if (q->final) kr_buf_printf(b, ",\"final\":%d", q->final);
        kr_buf_puts(b, ",\"flag\":");
        kr_json_str(b, q->flag);
        if (q->nearest) kr_buf_printf(b, ",\"nearest\":%d,\"nearest_confidence\":%.2f", q->nearest, q->nearest_confidence);
        if (q->repeats) kr_buf_printf(b, ",\"repeats\":%d", q->repeats);
        kr_buf_puts(b, ",\"reason\":");
        kr_json_str(b, q->reason);
        kr_buf_puts(b, ",\"answer_text\":");
        kr_json_str(b, q->answer_text);
        kr_buf_puts(b, "}\n");
        return;
    }
    kr_tsv_str(b, kr_doc_id(doc));
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, file);
    kr_buf_printf(b, "\t%d\t", q->number);
    kr_tsv_str(b, q->label);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, q->party);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, q->asker);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, q->topic);
    kr_buf_printf(b, "\t%zu\t%s\t%s\t", q->line, kr_qstatus_name(q->status), q->defers ? "true" : "false");
    if (q->answer) kr_buf_printf(b, "%d\t%zu", q->answer, q->answer_line);
    else kr_buf_putc(b, '\t');
    kr_buf_putc(b, '\t');
    for (size_t i = 0; i < q->n_refers_to; i++) kr_buf_printf(b, "%s%d", i ? "," : "", q->refers_to[i]);
    kr_buf_putc(b, '\t');
    if (q->n_refers_to) kr_buf_printf(b, "%.2f", q->confidence);
    kr_buf_putc(b, '\t');
    if (q->final) kr_buf_printf(b, "%d", q->final);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, q->flag);
    kr_buf_putc(b, '\t');
    if (q->nearest) kr_buf_printf(b, "%d", q->nearest);
    kr_buf_putc(b, '\t');
    if (q->repeats) kr_buf_printf(b, "%d", q->repeats);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, q->reason);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, q->referral_text);
    kr_buf_putc(b, '\t');
    kr_tsv_str(b, q->text);
    kr_buf_putc(b, '\n');
}

static int flush(FILE *out, kr_buf *b)
{
    int rc = b->err ? kr_fail(KR_ENOMEM, "out of memory") : 0;
    if (!rc && b->len && fwrite(b->data, 1, b->len, out) != b->len) rc = kr_fail(KR_EIO, "write failed");
    kr_buf_free(b);
    return rc;
}

int kr_questions_write(FILE *out, const kr_doc *doc, const char *file, kr_format format, int open_only)
{
    kr_buf b = {0};
    if (!file) file = kr_doc_name(doc);
    for (size_t i = 0; i < kr_doc_question_count(doc); i++) {
        const kr_question *q = kr_doc_question(doc, i);
        if (open_only && q->status == KR_Q_ANSWERED) continue;
        write_one(&b, doc, file, q, format);
    }
    return flush(out, &b);
}

int kr_questions_write_summary(FILE *out, const kr_doc *doc, kr_format format)
{
    size_t count[KR_Q_UNANSWERED + 1] = {0}, defers = 0;
    size_t n = kr_doc_question_count(doc);
    for (size_t i = 0; i < n; i++) {
        count[kr_doc_question(doc, i)->status]++;
        defers += kr_doc_question(doc, i)->defers != 0;
    }
    kr_buf b = {0};
    if (format == KR_FORMAT_JSONL) {
        kr_buf_puts(&b, "{\"doc\":");
        kr_json_str(&b, kr_doc_id(doc));
        kr_buf_printf(&b, ",\"questions\":%zu,\"answered\":%zu,\"deferred\":%zu,\"referred\":%zu,\"declined\":%zu,"
                          "\"unanswered\":%zu,\"defers\":%zu}\n",
                      n, count[0], count[1], count[2], count[3], count[4], defers);
    } else {
        kr_tsv_str(&b, kr_doc_id(doc));
        kr_buf_printf(&b, "\t%zu\t%zu\t%zu\t%zu\t%zu\t%zu\n", n, count[0], count[1], count[2], count[3], count[4]);
    }
    return flush(out, &b);
}
