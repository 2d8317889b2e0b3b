/* Questions and answers stage: pairs the questions of a document with their answers, tells
 * whether each was answered, deferred, declined or only referred elsewhere, and resolves the
 * referrals. Works on the clean running text of the text layer. */
#ifndef KR_QA_H
#define KR_QA_H

#include "kamerref.h"
#include "text.h"
#include "util.h"

typedef struct kr_qa {
    kr_question *q;
    size_t n;
    kr_vec strings; /* owned strings */
    kr_vec ints;    /* owned int arrays */
} kr_qa;

/* Finds the questions of a document and their answers. With judge_answers it also tells what
 * became of each (status, defers, reason), resolves referrals and repeats, and keeps the answer
 * texts; without, a question reads as answered when an answer to it stands in the document. */
int kr_qa_build(kr_qa *qa, const kr_text *t, bool judge_answers);
void kr_qa_free(kr_qa *qa);

/* Every question found in a document, whether or not what became of it was judged
 * (kr_doc_question shows them only when it was: KR_WANT_QA). */
size_t kr_doc_questions_found(const kr_doc *d);
const kr_question *kr_doc_question_found(const kr_doc *d, size_t i);

#endif
