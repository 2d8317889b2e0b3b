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

typedef struct kr_xml_line {
    size_t off;  /* offset into the text */
    size_t line; /* the line of the XML input that the text from off on stands on */
    size_t raw;  /* the byte of the parsed input where that text starts (SIZE_MAX: not found) */
    size_t line_start, line_end; /* its line in the parsed input */
    size_t col0; /* the column (1-based, in characters) of raw */
} kr_xml_line;

/* Where the last column was found: mentions asked about in order are found in one pass. */
typedef struct kr_xml_cursor {
    size_t stretch; /* index + 1 into lines; 0: none yet */
    size_t text, raw, col;
} kr_xml_cursor;

typedef struct kr_xml_text {
    kr_buf text;      /* one line per paragraph, a blank line between speaking turns, footnotes last */
    kr_vec lines;     /* kr_xml_line: where in the text each XML source line's words start */
    kr_vec xrefs;     /* kr_xref */
    char *id;         /* from the metadata, or NULL */
    char *title;      /* the agenda item's title (<item-titel>), or NULL */
    /* the input as libxml2 read it (what stood before the XML left out, double UTF-8 undone):
     * the caller's bytes, or raw_owned; valid as long as the caller's bytes are */
    const char *raw;
    size_t raw_len;
    char *raw_owned;
    size_t skipped; /* lines left out before it */
} kr_xml_text;

/* The line of the XML input that text offset off comes from (0: not known). */
size_t kr_xml_line_at(const kr_xml_text *x, size_t off);

/* The column (1-based, in characters) of the XML input's line that text offset off stands at
 * (0: not known), for offsets asked about in increasing order with the same cursor (zeroed at
 * first); out of order is right too, but slower. len is the mention's length in the text (its
 * bytes as they stand in the input tell it from a copy of its first words just before it). The
 * bytes given to kr_xml_extract must still be there. */
size_t kr_xml_col_next(const kr_xml_text *x, kr_xml_cursor *c, size_t off, size_t len);

/* Does the input look like XML (an XML declaration or a root element first)? */
bool kr_looks_like_xml(const char *bytes, size_t len);

/* Extracts the text. No network, no external entities, no entity declarations at all (a
 * document declaring entities is refused, which stops expansion bombs). Returns 0, or
 * KR_EINVAL with the parser's message. */
int kr_xml_extract(kr_xml_text *out, const char *bytes, size_t len, const char *name);
void kr_xml_text_free(kr_xml_text *x);

#endif
