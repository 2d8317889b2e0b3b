/* Fuzz target: untrusted bytes through the whole per-document pipeline (decoding, text layer,
 * extractor, resolver, questions) and the record writers. Nothing may crash, leak or hang. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kamerref.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kr_doc *d = NULL;
    if (kr_doc_parse(&d, "kst-32317-974.txt", (const char *)data, size)) return 0;
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        kr_refs_write(null, d, NULL, KR_FORMAT_JSONL);
        kr_refs_write(null, d, NULL, KR_FORMAT_TSV);
        kr_questions_write(null, d, NULL, KR_FORMAT_JSONL, 0);
        kr_questions_write_summary(null, d, KR_FORMAT_TSV);
        kr_report_doc(null, d, NULL, KR_REPORT_HTML);
        fclose(null);
    }
    /* every position points into the input, in order */
    for (size_t i = 0; i < kr_doc_ref_count(d); i++) {
        const kr_ref *r = kr_doc_ref(d, i);
        if (r->start > r->end || r->end > size) abort();
    }
    kr_doc_free(d);
    return 0;
}
