/* The report of open questions: what a journalist opens first. Plain text, or one HTML page
 * with every value escaped. */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "write.h"

static void html(kr_buf *b, const char *s)
{
    char *c = kr_clean(s ? s : "", 0, 0);
    for (const char *p = c ? c : ""; *p; p++) {
        switch (*p) {
        case '&': kr_buf_puts(b, "&amp;"); break;
        case '<': kr_buf_puts(b, "&lt;"); break;
        case '>': kr_buf_puts(b, "&gt;"); break;
        case '"': kr_buf_puts(b, "&quot;"); break;
        case '\'': kr_buf_puts(b, "&#39;"); break;
        default: kr_buf_putc(b, *p);
        }
    }
    free(c);
}

static void text(kr_buf *b, const char *s, size_t cap)
{
    char *c = kr_clean(s ? s : "", cap, 0);
    kr_buf_puts(b, c ? c : "");
    free(c);
}

static int flush(FILE *out, kr_buf *b)
{
    int rc = b->err ? kr_fail(KR_ENOMEM, "out of memory") : 0;
    if (!rc && b->len && fwrite(b->data, 1, b->len, out) != b->len) rc = kr_fail(KR_EIO, "write failed");
    kr_buf_free(b);
    return rc;
}

int kr_report_begin(FILE *out, kr_report_format format)
{
    if (format != KR_REPORT_HTML) return 0;
    kr_buf b = {0};
    kr_buf_puts(&b,
                "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<title>kamerref: open questions</title>\n<style>\n"
                "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\n"
                "h2{margin-top:2.5rem;border-bottom:1px solid #ccc}\n"
                ".counts span{margin-right:1rem}\n"
                ".q{border-left:4px solid #999;padding:.4rem .8rem;margin:1rem 0}\n"
                ".deferred{border-color:#f4a000}.referred{border-color:#4285f4}.declined{border-color:#db4437}"
                ".unanswered{border-color:#333}\n"
                ".status{font-weight:bold;text-transform:uppercase;font-size:.8rem}\n"
                ".why{background:#f6f6f6;padding:.3rem .5rem;font-style:italic}\n"
                ".flag{color:#b00}\n</style>\n</head>\n<body>\n<h1>Questions that did not get a real answer</h1>\n");
    return flush(out, &b);
}

int kr_report_end(FILE *out, kr_report_format format)
{
    if (format != KR_REPORT_HTML) return 0;
    kr_buf b = {0};
    kr_buf_puts(&b, "<p><small>Made by kamerref " KR_VERSION ".</small></p>\n</body>\n</html>\n");
    return flush(out, &b);
}

static const char *flag_text(const char *flag)
{
    if (!flag) return NULL;
    if (strcmp(flag, "referral_mismatch") == 0) return "the question it points to does not fit";
    if (strcmp(flag, "referral_unresolved") == 0) return "the question it points to was not found";
    if (strcmp(flag, "referral_external") == 0) return "it points to another document, not to a question";
    if (strcmp(flag, "referral_cycle") == 0) return "the referrals go round in a circle";
    return flag;
}

int kr_report_doc(FILE *out, const kr_doc *doc, const char *file, kr_report_format format)
{
    size_t n = kr_doc_question_count(doc), count[KR_Q_UNANSWERED + 1] = {0};
    for (size_t i = 0; i < n; i++) count[kr_doc_question(doc, i)->status]++;
    if (n == 0) return 0;
    kr_buf b = {0};
    bool h = format == KR_REPORT_HTML;
    if (h) {
        kr_buf_puts(&b, "<h2>");
        html(&b, kr_doc_id(doc));
        kr_buf_puts(&b, "</h2>\n<p class=\"counts\">");
        kr_buf_printf(&b, "<span>%zu questions</span>", n);
        for (int s = 0; s <= KR_Q_UNANSWERED; s++)
            kr_buf_printf(&b, "<span>%zu %s</span>", count[s], kr_qstatus_name((kr_qstatus)s));
        kr_buf_puts(&b, "</p>\n");
    } else {
        kr_buf_printf(&b, "%s (%s): %zu questions: %zu answered, %zu deferred, %zu referred, %zu declined, %zu unanswered\n",
                      kr_doc_id(doc), file ? file : kr_doc_name(doc), n, count[0], count[1], count[2], count[3], count[4]);
    }
    for (size_t i = 0; i < n; i++) {
        const kr_question *q = kr_doc_question(doc, i);
        if (q->status == KR_Q_ANSWERED && !q->flag) continue;
        char where[160];
        snprintf(where, sizeof where, "question %d%s%s%s, line %zu", q->number, q->party ? " (" : "",
                 q->party ? q->party : "", q->party ? ")" : "", q->line);
        char refs[128] = "";
        size_t rl = 0;
        for (size_t k = 0; k < q->n_refers_to && rl + 12 < sizeof refs; k++)
            rl += (size_t)snprintf(refs + rl, sizeof refs - rl, "%s%d", k ? ", " : "", q->refers_to[k]);
        if (h) {
            kr_buf_printf(&b, "<div class=\"q %s\">\n<div><span class=\"status\">%s</span> · ", kr_qstatus_name(q->status),
                          kr_qstatus_name(q->status));
            html(&b, where);
            if (q->n_refers_to) kr_buf_printf(&b, " · points to question %s", refs);
            if (q->final && (q->n_refers_to != 1 || q->final != q->refers_to[0]))
                kr_buf_printf(&b, " (answered in question %d)", q->final);
            kr_buf_puts(&b, "</div>\n<p>");
            html(&b, q->text);
            kr_buf_puts(&b, "</p>\n");
            if (q->reason) {
                kr_buf_puts(&b, "<p class=\"why\">");
                html(&b, q->reason);
                kr_buf_puts(&b, "</p>\n");
            }
            if (q->flag) {
                kr_buf_puts(&b, "<p class=\"flag\">Flagged: ");
                html(&b, flag_text(q->flag));
                if (q->nearest) kr_buf_printf(&b, "; the nearest is question %d (%.0f%% alike)", q->nearest, q->nearest_confidence * 100);
                kr_buf_puts(&b, ".</p>\n");
            }
            kr_buf_puts(&b, "</div>\n");
        } else {
            kr_buf_printf(&b, "\n  %s: %s", where, kr_qstatus_name(q->status));
            if (q->n_refers_to) kr_buf_printf(&b, ", points to question %s", refs);
            if (q->final && (q->n_refers_to != 1 || q->final != q->refers_to[0]))
                kr_buf_printf(&b, " (answered in question %d)", q->final);
            kr_buf_puts(&b, "\n    question: ");
            text(&b, q->text, 300);
            if (q->reason) {
                kr_buf_puts(&b, "\n    why:      ");
                text(&b, q->reason, 300);
            }
            if (q->flag) {
                kr_buf_printf(&b, "\n    flagged:  %s", flag_text(q->flag));
                if (q->nearest) kr_buf_printf(&b, "; the nearest is question %d (%.0f%% alike)", q->nearest, q->nearest_confidence * 100);
            }
            kr_buf_putc(&b, '\n');
        }
    }
    if (!h) kr_buf_putc(&b, '\n');
    return flush(out, &b);
}
