/* Reading the official XML of officielebekendmakingen (kst-, ah-tk-, h-tk- files): the text of
 * its paragraphs, footnotes and speakers, its exact links, and its identity. */
#ifndef KR_READ_XML_H
#define KR_READ_XML_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

typedef struct kr_xref {
    size_t start, end; /* in the extracted text */
    char *doc;         /* the <extref doc="…"> id */
} kr_xref;

typedef struct kr_xml_text {
    kr_buf text;      /* one line per paragraph, a blank line between speaking turns, footnotes last */
    kr_vec lines;     /* size_t per text line: the XML source line it came from */
    kr_vec xrefs;     /* kr_xref */
    char *id;         /* from the metadata, or NULL */
} kr_xml_text;

/* Does the input look like XML (an XML declaration or a root element first)? */
bool kr_looks_like_xml(const char *bytes, size_t len);

/* Extracts the text. No network, no external entities, no entity declarations at all (a
 * document declaring entities is refused, which stops expansion bombs). Returns 0, or
 * KR_EINVAL with the parser's message. */
int kr_xml_extract(kr_xml_text *out, const char *bytes, size_t len, const char *name);
void kr_xml_text_free(kr_xml_text *x);

#endif
