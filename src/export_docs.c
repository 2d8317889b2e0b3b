/* Export of document facts: one record per document (TSV or JSONL). */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "write.h"

int kr_docs_write_header(FILE *out, kr_format format)
{
    if (format != KR_FORMAT_TSV) return 0;
    if (fputs("doc\tfile\ttype\tsubject\taskers\taddressees\tanswering\tsubmitted\treceived\tdelay_days\tpostponements\t"
              "mededeling\tanswered_elsewhere\tlate\tquestions\n",
              out) == EOF)
        return kr_fail(KR_EIO, "write failed");
    return 0;
}

int kr_docs_write(FILE *out, const kr_doc *doc, const char *file, kr_format format)
{
    const kr_docinfo *in = kr_doc_info(doc);
    if (!file) file = kr_doc_name(doc);
    kr_buf b = {0};
    if (format == KR_FORMAT_JSONL) {
        kr_buf_puts(&b, "{\"doc\":");
        kr_json_str(&b, kr_doc_id(doc));
        kr_buf_puts(&b, ",\"file\":");
        kr_json_str(&b, file);
        kr_buf_puts(&b, ",\"type\":");
        kr_json_str(&b, in->type);
        kr_buf_puts(&b, ",\"subject\":");
        kr_json_str(&b, in->subject);
        kr_buf_puts(&b, ",\"askers\":[");
        for (size_t i = 0; i < in->n_askers; i++) {
            kr_buf_puts(&b, i ? ",{\"name\":" : "{\"name\":");
            kr_json_str(&b, in->askers[i].name);
            kr_buf_puts(&b, ",\"party\":");
            kr_json_str(&b, in->askers[i].party);
            kr_buf_putc(&b, '}');
        }
        kr_buf_puts(&b, "],\"addressees\":[");
        for (size_t i = 0; i < in->n_addressees; i++) {
            if (i) kr_buf_putc(&b, ',');
            kr_json_str(&b, in->addressees[i]);
        }
        kr_buf_puts(&b, "],\"answering\":[");
        for (size_t i = 0; i < in->n_answering; i++) {
            kr_buf_puts(&b, i ? ",{\"name\":" : "{\"name\":");
            kr_json_str(&b, in->answering[i].name);
            kr_buf_puts(&b, ",\"role\":");
            kr_json_str(&b, in->answering[i].role);
            kr_buf_puts(&b, ",\"ministry\":");
            kr_json_str(&b, in->answering[i].ministry);
            kr_buf_putc(&b, '}');
        }
        kr_buf_puts(&b, "],\"submitted\":");
        kr_json_str(&b, in->submitted);
        kr_buf_puts(&b, ",\"received\":");
        kr_json_str(&b, in->received);
        if (in->delay_days >= 0) kr_buf_printf(&b, ",\"delay_days\":%ld", in->delay_days);
        else kr_buf_puts(&b, ",\"delay_days\":null");
        kr_buf_puts(&b, ",\"postponements\":[");
        for (size_t i = 0; i < in->n_postponements; i++) {
            if (i) kr_buf_putc(&b, ',');
            kr_json_str(&b, in->postponements[i]);
        }
        kr_buf_printf(&b, "],\"mededeling\":%s,\"answered_elsewhere\":", in->mededeling ? "true" : "false");
        kr_json_str(&b, in->answered_elsewhere);
        kr_buf_printf(&b, ",\"late\":%s,\"questions\":%zu,\"date\":", in->late < 0 ? "null" : in->late ? "true" : "false",
                      in->questions);
        kr_json_str(&b, kr_doc_date(doc));
        kr_buf_puts(&b, ",\"year\":");
        kr_json_str(&b, kr_doc_year(doc));
        kr_buf_puts(&b, "}\n");
    } else {
        kr_tsv_str(&b, kr_doc_id(doc));
        kr_buf_putc(&b, '\t');
        kr_tsv_str(&b, file);
        kr_buf_putc(&b, '\t');
        kr_tsv_str(&b, in->type);
        kr_buf_putc(&b, '\t');
        kr_tsv_str(&b, in->subject);
        kr_buf_putc(&b, '\t');
        for (size_t i = 0; i < in->n_askers; i++) {
            if (i) kr_buf_puts(&b, "; ");
            kr_tsv_str(&b, in->askers[i].name ? in->askers[i].name : "");
            if (in->askers[i].party) {
                kr_buf_puts(&b, in->askers[i].name ? " (" : "(");
                kr_tsv_str(&b, in->askers[i].party);
                kr_buf_putc(&b, ')');
            }
        }
        kr_buf_putc(&b, '\t');
        for (size_t i = 0; i < in->n_addressees; i++) {
            if (i) kr_buf_puts(&b, "; ");
            kr_tsv_str(&b, in->addressees[i]);
        }
        kr_buf_putc(&b, '\t');
        for (size_t i = 0; i < in->n_answering; i++) {
            if (i) kr_buf_puts(&b, "; ");
            kr_tsv_str(&b, in->answering[i].role);
            if (in->answering[i].name) {
                kr_buf_putc(&b, ' ');
                kr_tsv_str(&b, in->answering[i].name);
            }
        }
        kr_buf_putc(&b, '\t');
        kr_tsv_str(&b, in->submitted);
        kr_buf_putc(&b, '\t');
        kr_tsv_str(&b, in->received);
        kr_buf_putc(&b, '\t');
        if (in->delay_days >= 0) kr_buf_printf(&b, "%ld", in->delay_days);
        kr_buf_putc(&b, '\t');
        for (size_t i = 0; i < in->n_postponements; i++) {
            if (i) kr_buf_puts(&b, "; ");
            kr_tsv_str(&b, in->postponements[i]);
        }
        kr_buf_printf(&b, "\t%s\t", in->mededeling ? "true" : "false");
        kr_tsv_str(&b, in->answered_elsewhere);
        kr_buf_printf(&b, "\t%s\t%zu\n", in->late < 0 ? "" : in->late ? "true" : "false", in->questions);
    }
    int rc = b.err ? kr_fail(KR_ENOMEM, "out of memory") : 0;
    if (!rc && b.len && fwrite(b.data, 1, b.len, out) != b.len) rc = kr_fail(KR_EIO, "write failed");
    kr_buf_free(&b);
    return rc;
}
