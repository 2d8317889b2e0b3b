/* Find stage: runs one PCRE2 pattern per reference family over the clean text and turns each
 * match into a candidate with its canonical target where the mention itself gives one. */
#ifndef KR_FIND_H
#define KR_FIND_H

#include "kamerref.h"
#include "text.h"
#include "util.h"

enum {
    CAND_STUK = 1,      /* a number cited by context only ("op stuk nr. 254"): needs a dossier */
    CAND_ASSIGNS = 2,   /* "Zij krijgt nr. 346 (32847)": numbers a motion in this document */
    CAND_HAS_TITLE = 4, /* news with a «title» */
    CAND_REPLACED = 8,  /* "ter vervanging van nr. 8": the paper replaced, not the one named */
    CAND_PROPOSERS = 16, /* "Deze motie is voorgesteld door de leden A en B": no reference, only
                            the submitters of the motion numbered next; resolve drops it */
    CAND_RANGE = 32,    /* a number a range leaves out ("125 t/m 128": 126, 127), at the range's
                           separator, which it shares with the others */
};

typedef struct kr_cand {
    kr_kind kind;
    size_t s, e; /* clean offsets */
    int flags;
    char *target;
    char *number; /* CAND_STUK: the number awaiting a dossier */
    char *outlet, *date, *title, *url;
    const char *outlet_article; /* the paper's own article, not written ("Telegraaf": "De"), or NULL */
    char **subs;
    size_t n_subs;
    char *resolved_from;
    bool dead;
} kr_cand;

/* Appends every candidate found in t's clean text to out (a kr_vec of kr_cand). */
int kr_find(const kr_text *t, kr_vec *out);

void kr_cand_clear(kr_cand *c);

/* Splits a list of submitters ("Kröger en Grashoff", "Tang/Irrgang", "mevrouw Beckerman en de
 * heer Van Kent c.s.") into surnames, appending to c->subs. */
int kr_cand_add_names(kr_cand *c, const char *s, size_t n);

#endif
