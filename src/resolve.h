/* Resolve stage: settles overlaps between families, merges mentions that belong together
 * (a motion and its Kamerstuk, an article and its URL), resolves numbers cited by context
 * only, and drops references to the document itself. */
#ifndef KR_RESOLVE_H
#define KR_RESOLVE_H

#include "find.h"
#include "text.h"

/* Works on the candidates in place; dead ones are marked `dead` and cleared. `self_id` is the
 * document's own id (may be NULL). Leaves the live candidates sorted by position. */
int kr_resolve(const kr_text *t, kr_vec *cands, const char *self_id);

#endif
