/* Document facts stage: type, askers, addressees, answering ministers, dates, postponements. */
#ifndef KR_META_H
#define KR_META_H

#include "kamerref.h"
#include "text.h"
#include "util.h"

typedef struct kr_meta {
    kr_docinfo info;
    kr_vec strings;  /* owned strings */
    kr_vec askers;   /* kr_person */
    kr_vec addr;     /* const char * */
    kr_vec answering; /* kr_official */
    kr_vec postp;    /* const char * */
} kr_meta;

/* Reads the facts from the clean text, the document's references and its questions. */
int kr_meta_build(kr_meta *m, const kr_text *t, const kr_ref *refs, size_t n_refs, const kr_question *qs,
                  size_t n_qs, const char *doc_id);
void kr_meta_free(kr_meta *m);

/* A ministry's usual name for an abbreviation ("BZ") or a state secretary's portfolio
 * ("Volksgezondheid, Welzijn en Sport – Jeugd, …"); returns m itself, a static string, or buf. */
const char *kr_ministry_name(const char *m, char *buf, size_t n);

/* Days from 1970-01-01 of an ISO date, or LONG_MIN. */
long kr_iso_days(const char *iso);

#endif
