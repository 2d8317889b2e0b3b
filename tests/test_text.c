/* Unit tests of the text layer: line-break repair, footnotes, page furniture, encodings. */
#include "helpers.h"

#include <math.h>
#include "write.h"

static void joins_word_broken_at_hyphen(void **st)
{
    (void)st;
    kr_doc *d = parse("over de geanno-\nteerde agenda");
    size_t n;
    const char *c = kr_doc_clean_text(d, &n);
    assert_string_equal(c, "over de geannoteerde agenda");
    /* the clean text maps back to the original bytes: "teerde" starts at byte 15 */
    assert_int_equal(kr_doc_clean_to_orig(d, 14), 16);
    /* every byte: "over de geanno" as it was, the hyphen and line break left out */
    for (size_t i = 0; i < n; i++) assert_int_equal(kr_doc_clean_to_orig(d, i), i < 14 ? i : i + 2);
    assert_int_equal(kr_doc_clean_to_orig(d, n), strlen("over de geanno-\nteerde agenda"));
    kr_doc_free(d);
}

/* The clean text of orig is clean, and its byte i (and the end, i = its length) maps back to
 * original byte want[i]. */
static void assert_maps(const char *orig, const char *clean, const size_t *want, size_t n_want)
{
    kr_doc *d = parse(orig);
    size_t n;
    assert_string_equal(kr_doc_clean_text(d, &n), clean);
    assert_int_equal(n + 1, n_want);
    for (size_t i = 0; i <= n; i++) assert_int_equal(kr_doc_clean_to_orig(d, i), want[i]);
    kr_doc_free(d);
}

/* A character decoded into more bytes than it was read in maps each of them to its one byte. */
static void decoded_characters_map_to_their_original_byte(void **st)
{
    (void)st;
    const size_t want[] = {0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    assert_maps("caf\xE9 en\nthee", "caf\xC3\xA9 en\nthee", want, sizeof want / sizeof *want);
}

/* Line breaks, a paragraph break and an indented line: every clean byte, separators included,
 * maps back to its byte of the original (a line break to the break it stands for). */
static void separators_map_to_the_breaks_they_stand_for(void **st)
{
    (void)st;
    const size_t want[] = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 14, 18, 19, 20, 21, 22};
    assert_maps("een twee\r\ndrie\n\n  vijf", "een twee\ndrie\n\nvijf", want, sizeof want / sizeof *want);
}

/* A text read in place: lines joined by their line breaks, or by the blank line between two
 * paragraphs, are copied with them, and every byte maps back as it does when they are written
 * one by one (a trimmed space, a dropped hyphen), but for a paragraph's second line break, which
 * maps to itself (written one by one, both map to the first). */
static void lines_read_in_place_map_to_their_bytes(void **st)
{
    (void)st;
    size_t same[24];
    for (size_t i = 0; i < 24; i++) same[i] = i;
    assert_maps("een twee\ndrie vier\nvijf", "een twee\ndrie vier\nvijf", same, 24);
    assert_maps("een twee\n\ndrie\n\nvier", "een twee\n\ndrie\n\nvier", same, 21);
    const size_t blank_spaces[] = {0, 1, 2, 3, 3, 7, 8, 9, 10, 11};
    assert_maps("een\n  \ntwee", "een\n\ntwee", blank_spaces, sizeof blank_spaces / sizeof *blank_spaces);
    const size_t trimmed[] = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23};
    assert_maps("een \ntwee\ngeanno-\nteerd", "een\ntwee\ngeannoteerd", trimmed, sizeof trimmed / sizeof *trimmed);
}

static void keeps_hyphen_before_capital_and_conjunction(void **st)
{
    (void)st;
    kr_doc *d = parse("de GroenLinks-\nPvdA-fractie en het asiel-\nen migratiebeleid");
    assert_string_equal(kr_doc_clean_text(d, NULL), "de GroenLinks-PvdA-fractie en het asiel-\nen migratiebeleid");
    kr_doc_free(d);
}

static void finds_kamerstuk_split_across_lines(void **st)
{
    (void)st;
    kr_doc *d = parse("brieven (Kamerstuk\n32 317, nr. 967) gaan");
    const kr_ref *r = only_ref(d);
    assert_string_equal(r->target, "kst-32317-967");
    assert_string_equal(r->text, "Kamerstuk 32 317, nr. 967");
    assert_int_equal(r->line, 1);
    assert_int_equal(r->col, 10);
    assert_int_equal(r->start, 9);
    assert_int_equal(r->end, 34);
    kr_doc_free(d);
}

static void repairs_url_split_at_hyphen(void **st)
{
    (void)st;
    kr_doc *d = parse("zie https://www.telegraaf.nl/politiek/zorgen-om-van-weel-wil-\ndure-rekening/951.html voor");
    const kr_ref *r = only_ref(d);
    assert_string_equal(r->target, "https://www.telegraaf.nl/politiek/zorgen-om-van-weel-wil-dure-rekening/951.html");
    kr_doc_free(d);
}

static void url_at_line_end_does_not_swallow_next_word(void **st)
{
    (void)st;
    kr_doc *d = parse("zie https://puc.overheid.nl/nza/doc/PUC_1/\nik denk");
    assert_string_equal(only_ref(d)->target, "https://puc.overheid.nl/nza/doc/PUC_1/");
    kr_doc_free(d);
    /* nor the number of the next item of a list; an address's own digits it keeps */
    d = parse("5. https://www.trouw.nl/binnenland/stijgt~b1234/\n6. Het water");
    assert_string_equal(only_ref(d)->target, "https://www.trouw.nl/binnenland/stijgt~b1234/");
    kr_doc_free(d);
    /* a footnote's last line that can only be the address's rest is glued to it */
    d = parse("Tekst.1\n\n1 https://www.rijksoverheid.nl/onderwerpen/stikstof/\ndepositie\n");
    assert_string_equal(only_ref(d)->target, "https://www.rijksoverheid.nl/onderwerpen/stikstof/depositie");
    kr_doc_free(d);
    d = parse("5. https://www.trouw.nl/binnenland/\n2024.html zegt");
    assert_string_equal(only_ref(d)->target, "https://www.trouw.nl/binnenland/2024.html");
    kr_doc_free(d);
}

static const char *footnoted =
    "Het kabinet zet in op samenwerking1.\n"
    "Wat is er sinds zondag2 gebeurd?\n"
    "\n"
    "1 Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 967\n"
    "2 Telegraaf, 4 oktober 2025, «Zorgen», https://www.telegraaf.nl/a-\n"
    "b/1.html\n"
    "\n"
    "Tweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 974 5\n";

/* A marker glued to an acronym or a per cent sign ("de NOS1", "30%3"); not to a formula ("CO2") */
static void markers_after_acronyms(void **st)
{
    (void)st;
    kr_doc *d = parse("Volgens de NOS1 en het CBS2 steeg het met 30%3 terwijl CO2 daalde.\n\n1 Kamerstuk 32 317, nr. 11\n"
                      "2 Kamerstuk 32 317, nr. 12\n3 Kamerstuk 32 317, nr. 13\n");
    assert_int_equal(kr_doc_footnote_count(d), 3);
    assert_int_equal(kr_doc_ref_count(d), 3);
    for (size_t k = 0; k < 3; k++) assert_int_equal(kr_doc_ref(d, k)->footnote, (int)k + 1);
    kr_doc_free(d);
    /* a channel's number before the marker of the same value: the plain marker wins */
    d = parse("Het rapport1 en rapport2 en rapport3. Het kwam op RTL4 en later in de Kamer4.\n\n1 Kamerstuk 32 317, nr. 11\n"
              "2 Kamerstuk 32 317, nr. 12\n3 Kamerstuk 32 317, nr. 13\n4 Kamerstuk 32 317, nr. 14\n");
    assert_int_equal(kr_doc_ref_count(d), 4);
    assert_int_equal(kr_doc_ref(d, 3)->marker_col, 76); /* "Kamer4", not "RTL4" (54) */
    kr_doc_free(d);
    d = parse("De uitstoot van CO2 en NH3 daalde1.\n\n1 Kamerstuk 32 317, nr. 11\n");
    assert_int_equal(kr_doc_footnote_count(d), 1);
    assert_int_equal(kr_doc_ref(d, 0)->footnote, 1);
    kr_doc_free(d);
}

static void links_footnotes_to_glued_markers(void **st)
{
    (void)st;
    kr_doc *d = parse(footnoted);
    assert_int_equal(kr_doc_footnote_count(d), 2);
    int num;
    size_t marker, ts, te;
    assert_int_equal(kr_doc_footnote(d, 0, &num, &marker, &ts, &te), 0);
    assert_int_equal(num, 1);
    assert_int_equal(marker, 34); /* the "1" of "samenwerking1." */
    assert_int_equal(kr_doc_footnote(d, 1, &num, &marker, &ts, &te), 0);
    assert_int_equal(num, 2);
    assert_int_equal(marker, 59); /* "zondag2" */
    assert_int_equal(kr_doc_ref_count(d), 2);
    const kr_ref *r = kr_doc_ref(d, 0);
    assert_int_equal(r->footnote, 1);
    assert_int_equal(r->marker_line, 1);
    assert_int_equal(r->marker_col, 35);
    assert_string_equal(r->target, "kst-32317-967");
    r = kr_doc_ref(d, 1);
    assert_int_equal(r->footnote, 2);
    assert_string_equal(r->target, "https://www.telegraaf.nl/a-b/1.html");
    kr_doc_free(d);
}

/* Markers are found wherever the line's bytes fall against the sixteen-byte blocks: in the middle
 * of a long line, in its last bytes, in a line shorter than a block, after a letter beyond ASCII
 * and in brackets; numbers after a space, units and long numbers are not markers. */
static void markers_are_found_in_every_part_of_a_line(void **st)
{
    (void)st;
    const char *text = "Kort hé1\n"
                       "Een regel met een getal 12 en een marker aan het eind van de regel hier2\n"
                       "Kort ding3\n"
                       "In het midden staat er een4 en ook 1234567 en 5 km2 in deze regel.\n"
                       "Een café5 en [6] tot slot.\n"
                       "\n"
                       "1 Eerste noot.\n2 Tweede noot.\n3 Derde noot.\n4 Vierde noot.\n5 Vijfde noot.\n"
                       "6 Zesde noot.\n";
    kr_doc *d = parse(text);
    assert_int_equal(kr_doc_footnote_count(d), 6);
    const size_t want[] = {8, 81, 92, 120, 170, 176}; /* the offsets of the markers' digits */
    for (size_t i = 0; i < 6; i++) {
        int num;
        size_t marker, ts, te;
        assert_int_equal(kr_doc_footnote(d, i, &num, &marker, &ts, &te), 0);
        assert_int_equal(num, (int)i + 1);
        assert_int_equal(marker, want[i]);
    }
    kr_doc_free(d);
}

/* A marker in the first sixteen bytes of a text whose first line is longer than that. */
static void marker_at_the_very_start_of_a_long_first_line(void **st)
{
    (void)st;
    kr_doc *d = parse("Zie het stuk1 en dan nog wat meer tekst.\n\n1 Noot.\n");
    assert_int_equal(kr_doc_footnote_count(d), 1);
    int num;
    size_t marker, ts, te;
    assert_int_equal(kr_doc_footnote(d, 0, &num, &marker, &ts, &te), 0);
    assert_int_equal(marker, 12);
    kr_doc_free(d);
}

/* The numbers (and where their markers start) of d's footnotes, as "n@offset n@offset …". */
static void footnotes_are(const char *text, const char *want)
{
    kr_doc *d = parse(text);
    char got[256] = "";
    for (size_t i = 0; i < kr_doc_footnote_count(d); i++) {
        int num;
        size_t marker, ts, te;
        assert_int_equal(kr_doc_footnote(d, i, &num, &marker, &ts, &te), 0);
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s%d@%zu", i ? " " : "", num, marker);
    }
    assert_string_equal(got, want);
    kr_doc_free(d);
}

/* Markers that a space or a digit stands before: a year's glued marker, "vraag? 1) 2)", both
 * numbers of "[4 5 ]", and the numbering that goes on past a marker that cannot be seen. */
static void markers_apart_from_their_word(void **st)
{
    (void)st;
    /* after a month or a dash: the year's four digits, then the marker; not a postbox */
    footnotes_are("Postbus 20301 Den Haag.\nMijn brief van 7 november 20231 en de strategie 2022–20282.\n\n"
                  "1 Brief.\n2 Strategie.\n",
                  "1@54 2@83");
    /* a recent year after any word; 2030 is not one */
    footnotes_are("Het rapport uit 20221 en 20302 stuks.\n\n1 Rapport.\n2 Twee.\n", "1@20");
    /* "N)" after a word at the line's end or before punctuation; not closing "(zie vraag 3)" */
    footnotes_are("Wat bedoelt u (zie vraag 3)? 1) 2)\nDe Code 3), met name.\n\n1) Eerste.\n\n2) Tweede.\n\n3) Derde.\n",
                  "1@29 2@32 3@43");
    footnotes_are("De typering.[1 2 ] En [3 ] hier.\n\n1 Een.\n2 Twee.\n3 Drie.\n", "1@13 2@15 3@23");
    /* "NIS24": marker 2 is not seen, 3 follows 1; a 3 before the 2 that does come is not taken */
    footnotes_are("Eerst dit1, dan NIS22 en dat3.\n\n1 Een.\n2 Twee.\n3 Drie.\n", "1@9 3@28");
    footnotes_are("Eerst dit1, dan dat3 en zus2 en daar3.\n\n1 Een.\n2 Twee.\n3 Drie.\n", "1@9 2@27 3@36");
    /* markers an extraction moved to a line's start, alone or before the sentence going on; a
     * footnote glued to its number right after the text ("3Kamerstuk …"), which ends at the page
     * footer glued to the next heading */
    const char *moved = "Kent u het bericht?\n1\nAntwoord 1\nJa.\nIn de Kamerbrief van 30 juni\n2 ingegaan op het "
                        "proces.\nLopen zij een risico?\n2Kamerstuk 29 383, nr. 406.\nTweede Kamer, vergaderjaar "
                        "2022–2023, Aanhangsel 3Antwoord 12\nNee.\n\n1(Aanhangsel Handelingen, nr. 5).\n";
    footnotes_are(moved, "2@66 1@20");
    kr_doc *d = parse(moved);
    const char *clean = kr_doc_clean_text(d, NULL);
    int num;
    size_t marker, ts, te;
    assert_int_equal(kr_doc_footnote(d, 0, &num, &marker, &ts, &te), 0);
    assert_int_equal(te - ts, strlen("Kamerstuk 29 383, nr. 406.")); /* the number left out */
    assert_memory_equal(moved + ts, "Kamerstuk", 9);
    assert_non_null(strstr(clean, "3Antwoord 12\nNee.")); /* the footer stays text, for the heading in it */
    assert_non_null(strstr(clean, "\n\nKamerstuk 29 383, nr. 406.\n\n(Aanhangsel Handelingen"));
    kr_doc_free(d);
    /* a footnote that cites a paper the footer's way runs on over that line; "[1]Tekst" loses "]" */
    footnotes_are("Wat vindt u van het debat?1 En de brief?2\n\n1 Zie het verslag van het debat,\nTweede Kamer, "
                  "vergaderjaar 2019–2020, 35 300, nr. 5, blz. 3.\n2 Kamerstuk 36200, nr. 6.\n",
                  "1@26 2@40");
    d = parse("Zie de brief1.\n\n[1]Kamerstuk 36200, nr. 5.\n");
    assert_int_equal(kr_doc_footnote(d, 0, &num, &marker, &ts, &te), 0);
    assert_int_equal(te - ts, strlen("Kamerstuk 36200, nr. 5."));
    kr_doc_free(d);
    /* footnotes numbered in brackets, as their markers are */
    footnotes_are("Kinderen zijn gewond geraakt[1], een baby is overleden [2].\n\n[1] https://a.nl/x\n[2] Kamerstuk II "
                  "28286, nr. 1056\n",
                  "1@29 2@56");
}

static void page_footer_identifies_document(void **st)
{
    (void)st;
    kr_doc *d = parse_named("whatever.txt", footnoted);
    assert_string_equal(kr_doc_id(d), "kst-32317-974");
    kr_doc_free(d);
}

/* A paper filed under two dossiers: its footers name it by the first, and cite nothing */
static void footer_of_a_paper_under_two_dossiers(void **st)
{
    (void)st;
    kr_doc *d = parse_named("whatever.txt", "Tekst.\n\nTweede Kamer, vergaderjaar 2023–2024, 31 765 en 29 689, nr. 400 2\n\n"
                                            "Meer.\n\nTweede Kamer, vergaderjaar 2023–2024, 31 765 en 29 689, nr. 400 3\n");
    assert_string_equal(kr_doc_id(d), "kst-31765-400");
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
}

static void id_from_file_name(void **st)
{
    (void)st;
    kr_doc *d = parse_named("dir/ah-tk-20232024-387.md-extract.txt", "geen kop");
    assert_string_equal(kr_doc_id(d), "ah-tk-20232024-387");
    kr_doc_free(d);
    d = parse_named("notities.txt", "geen kop");
    assert_string_equal(kr_doc_id(d), "notities");
    kr_doc_free(d);
}

static void page_furniture_is_cut_and_text_joined(void **st)
{
    (void)st;
    kr_doc *d = parse("eventuele ontwik-\n\nah-tk-20232024-1\nISSN 0921 - 7398\n’s-Gravenhage 2024\n\f kelingen beoordeelt");
    assert_string_equal(kr_doc_clean_text(d, NULL), "eventuele ontwikkelingen beoordeelt");
    assert_string_equal(kr_doc_id(d), "ah-tk-20232024-1");
    kr_doc_free(d);
}

/* An id line whose hyphens became spaces (a Markdown extraction) is page furniture too. */
static void spaced_id_line_is_furniture(void **st)
{
    (void)st;
    kr_doc *d = parse("op basis van feiten\n\n\nh tk 20232024 387\n\n\n-----\n\n(12-10-2023).");
    assert_string_equal(kr_doc_clean_text(d, NULL), "op basis van feiten\n(12-10-2023).");
    kr_doc_free(d);
}

static void footnote_number_on_its_own_line(void **st)
{
    (void)st;
    kr_doc *d = parse("in de ADR.1\n\n1\nKamerstukken II 2023/24, 31 839, nr. 1024\n\nTweede Kamer, vergaderjaar "
                      "2023–2024, Aanhangsel\n\n1\n");
    const kr_ref *r = only_ref(d);
    assert_int_equal(kr_doc_footnote_count(d), 1);
    assert_int_equal(r->footnote, 1);
    assert_string_equal(r->target, "kst-31839-1024");
    kr_doc_free(d);
}

/* Most texts are read without a copy: those that hold none of the characters decoding changes.
 * Either way every character comes out as decoding has it, and line numbers count the same. */
static void characters_are_kept_or_changed_alike_with_or_without_a_copy(void **st)
{
    (void)st;
    static const struct {
        uint32_t cp;
        const char *as; /* NULL: kept as it is */
    } cases[] = {
        {0x84, NULL},    {0x85, "\n"},  {0x86, NULL},    {0x9F, NULL},   {0xA0, " "},    {0xA1, NULL},
        {0xAC, NULL},    {0xAD, ""},    {0xAE, NULL},    {0x1FFF, NULL}, {0x2000, " "},  {0x200A, " "},
        {0x200B, ""},    {0x200D, ""},  {0x200E, NULL},  {0x2027, NULL}, {0x2028, "\n"}, {0x2029, "\n"},
        {0x202A, NULL},  {0x202E, NULL}, {0x202F, " "},  {0x2030, NULL}, {0x205E, NULL}, {0x205F, " "},
        {0x2060, ""},    {0x2061, NULL}, {0x2FFF, NULL}, {0x3000, " "},  {0x3001, NULL}, {0xFEFE, NULL},
        {0xFEFF, ""},    {0xFF00, NULL}, {0x1F600, NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char ch[5] = {0};
        uint32_t cp = cases[k].cp;
        if (cp < 0x800) {
            ch[0] = (char)(0xC0 | cp >> 6), ch[1] = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            ch[0] = (char)(0xE0 | cp >> 12), ch[1] = (char)(0x80 | (cp >> 6 & 0x3F)), ch[2] = (char)(0x80 | (cp & 0x3F));
        } else {
            ch[0] = (char)(0xF0 | cp >> 18), ch[1] = (char)(0x80 | (cp >> 12 & 0x3F));
            ch[2] = (char)(0x80 | (cp >> 6 & 0x3F)), ch[3] = (char)(0x80 | (cp & 0x3F));
        }
        char orig[128], want[128];
        snprintf(orig, sizeof orig, "een\ftwee x%sy\nzie Kamerstuk 32 317, nr. 967", ch);
        snprintf(want, sizeof want, "een\ntwee x%sy\nzie Kamerstuk 32 317, nr. 967", cases[k].as ? cases[k].as : ch);
        kr_doc *d = parse(orig);
        assert_string_equal(kr_doc_clean_text(d, NULL), want);
        /* a page break starts no line of the original; U+0085, U+2028 and U+2029 do not either */
        const kr_ref *r = only_ref(d);
        assert_int_equal(r->line, 2);
        assert_int_equal(r->col, 5);
        kr_doc_free(d);
    }
}

/* Columns count characters, not bytes, on long lines too: two references on a line of accented
 * letters (the second column is counted on from the first). */
static void columns_count_characters(void **st)
{
    (void)st;
    char text[512] = "eerste regel\n";
    for (int i = 0; i < 20; i++) strcat(text, "\xC3\xA9");
    strcat(text, " zie Kamerstuk 32 317, nr. 967 en ");
    for (int i = 0; i < 17; i++) strcat(text, "\xE2\x80\x94");
    strcat(text, " Kamerstuk 32 317, nr. 968");
    kr_doc *d = parse(text);
    assert_int_equal(kr_doc_ref_count(d), 2);
    const kr_ref *a = kr_doc_ref(d, 0), *b = kr_doc_ref(d, 1);
    assert_int_equal(a->line, 2);
    assert_int_equal(a->col, 26);
    assert_int_equal(b->line, 2);
    assert_int_equal(b->col, 26 + 29 + 17 + 1);
    kr_doc_free(d);
}

/* A NUL is a space, except in a text read as Windows-1252 throughout (a bad byte and no valid
 * multi-byte sequence), which has no character for it: there it is U+FFFD. */
static void nul_is_a_space_or_a_replacement_character(void **st)
{
    (void)st;
    static const char latin[] = "caf\xE9 Kamerstuk\0" "32 317, nr. 967 gaat";
    kr_doc *d = NULL;
    assert_int_equal(kr_doc_parse(&d, "l.txt", latin, sizeof latin - 1), 0);
    assert_string_equal(kr_doc_clean_text(d, NULL), "caf\xC3\xA9 Kamerstuk\xEF\xBF\xBD" "32 317, nr. 967 gaat");
    kr_doc_free(d);
    static const char utf8[] = "caf\xC3\xA9 en \xFF Kamerstuk\0" "32 317, nr. 967 gaat";
    assert_int_equal(kr_doc_parse(&d, "u.txt", utf8, sizeof utf8 - 1), 0);
    assert_string_equal(kr_doc_clean_text(d, NULL), "caf\xC3\xA9 en \xC3\xBF Kamerstuk 32 317, nr. 967 gaat");
    kr_doc_free(d);
}

/* A footer is the document's own only when it states the document's id exactly: "35 300 X, nr. I"
 * is another document than "35 300, nr. XVI", and stays a reference. */
static void a_footer_of_another_document_stays_a_reference(void **st)
{
    (void)st;
    kr_doc *d = parse("Tekst.\n\nTweede Kamer, vergaderjaar 2024\xE2\x80\x93" "2025, 35 300, nr. XVI 2\n\nMeer tekst.\n\n"
                      "Tweede Kamer, vergaderjaar 2024\xE2\x80\x93" "2025, 35 300, nr. XVI 3\n\nEn verder.\n\n"
                      "Tweede Kamer, vergaderjaar 2024\xE2\x80\x93" "2025, 35 300 X, nr. I 4\n");
    assert_string_equal(kr_doc_id(d), "kst-35300-XVI");
    size_t found = 0;
    for (size_t i = 0; i < kr_doc_ref_count(d); i++) found += strcmp(kr_doc_ref(d, i)->target, "kst-35300-X-I") == 0;
    assert_int_equal(found, 1);
    kr_doc_free(d);
}

static void crlf_nbsp_and_dashes(void **st)
{
    (void)st;
    kr_doc *d = parse("zie\r\nKamerstuk\xC2\xA0" "32\xE2\x80\x89" "317, nr. 967\r\n");
    const kr_ref *r = only_ref(d);
    assert_string_equal(r->target, "kst-32317-967");
    assert_int_equal(r->line, 2);
    assert_int_equal(r->col, 1);
    kr_doc_free(d);
}

static void invalid_utf8_is_reported_with_offset(void **st)
{
    (void)st;
    kr_doc *d = parse("caf\xC3\xA9 en \xFF Kamerstuk 32 317, nr. 967");
    assert_int_equal(kr_doc_warning_count(d), 1);
    assert_int_equal(kr_doc_warning(d, 0)->offset, 9);
    assert_string_equal(only_ref(d)->target, "kst-32317-967");
    kr_doc_free(d);
}

static void windows_1252_input_is_converted(void **st)
{
    (void)st;
    /* "Ministerie van Financi\xEBn" and a en dash in Windows-1252 */
    kr_doc *d = parse("Financi\xEBn, vergaderjaar 2023\x96" "2024: Kamerstuk 32 317, nr. 967");
    assert_int_equal(kr_doc_warning_count(d), 1);
    assert_non_null(strstr(kr_doc_clean_text(d, NULL), "Financiën, vergaderjaar 2023–2024"));
    const kr_ref *r = only_ref(d);
    assert_int_equal(r->start, 35); /* one byte per character in the original */
    kr_doc_free(d);
}

static void nul_bytes_and_empty_input(void **st)
{
    (void)st;
    kr_doc *d = NULL;
    assert_int_equal(kr_doc_parse(&d, "e.txt", "", 0), 0);
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
    static const char withnul[] = "Kamerstuk 32 317,\0nr. 967 en nog veel meer tekst om het op tekst te laten lijken.";
    assert_int_equal(kr_doc_parse(&d, "n.txt", withnul, sizeof withnul - 1), 0);
    assert_int_equal(kr_doc_warning_count(d), 1);
    assert_string_equal(only_ref(d)->target, "kst-32317-967");
    kr_doc_free(d);
    char bin[256];
    for (int i = 0; i < 256; i++) bin[i] = (char)(i % 7 == 0 ? 0 : i);
    assert_int_equal(kr_doc_parse(&d, "b.bin", bin, sizeof bin), KR_ENOTTEXT);
}

/* Every writer cleans strings by one rule: TSV cells and kr_clean agree byte for byte. */
static void json_strings_are_escaped(void **state)
{
    (void)state;
    kr_buf b = {0};
    kr_json_str(&b, "a\"b\\c<d\te\x01" "f\x7f g\xe2\x80\xa8h\xff i\xc3\xa9 \xe2\x80\x94\n");
    kr_json_str(&b, NULL);
    kr_json_str(&b, "");
    kr_buf_putc(&b, '\0');
    assert_false(b.err);
    assert_string_equal(b.data, "\"a\\\"b\\\\c\\u003cd\\te\\u0001f\\u007f g\\u2028h\\ufffd i\xc3\xa9 \xe2\x80\x94\\n\"null\"\"");
    kr_buf_free(&b);
    /* Long strings of pieces that need escaping or not, at every offset of a sixteen-byte block,
     * against escaping them one at a time. */
    static const char *const pieces[] = {"a", "b c", "\"", "\\", "<", "\n", "\t", "\x01", "\x7f", "\xc3\xa9",
                                         "\xe2\x80\xa8", "\xe2\x80\x94", "\xff", "0123456789abcdef"};
    static const char *const escaped[] = {"a", "b c", "\\\"", "\\\\", "\\u003c", "\\n", "\\t", "\\u0001",
                                          "\\u007f", "\xc3\xa9", "\\u2028", "\xe2\x80\x94", "\\ufffd",
                                          "0123456789abcdef"};
    unsigned seed = 7;
    for (int round = 0; round < 5000; round++) {
        kr_buf in = {0}, want = {0}, got = {0};
        kr_buf_putc(&want, '"');
        for (int k = 0; k < round % 40; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t p = (seed >> 16) % (sizeof pieces / sizeof *pieces);
            kr_buf_puts(&in, pieces[p]);
            kr_buf_puts(&want, escaped[p]);
        }
        kr_buf_putc(&want, '"');
        kr_json_str(&got, in.data ? in.data : "");
        kr_buf_putc(&got, '\0');
        assert_string_equal(got.data, want.data);
        kr_buf_free(&in);
        kr_buf_free(&want);
        kr_buf_free(&got);
    }
}

static void white_space_is_folded(void **state)
{
    (void)state;
    const char *in[] = {"", "   ", "a", "  abcdefghijklmnop  \n\t qrstuvwxyz0123456789   ABC  ",
                        "ééééé  ààààà\x01" "bbbbbbbbbbbbbbbbbbbbbbbbbbbb\r\n", "12345678 12345678\f12345678"};
    const char *want[] = {"", "", "a", "abcdefghijklmnop qrstuvwxyz0123456789 ABC",
                          "ééééé ààààà\x01" "bbbbbbbbbbbbbbbbbbbbbbbbbbbb", "12345678 12345678 12345678"};
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        char *f = kr_fold_ws(in[i], strlen(in[i]));
        assert_string_equal(f, want[i]);
        free(f);
    }
    /* Strings of every length up to 70 from bytes that try the block-wise paths (white space of
     * every kind, control bytes, bytes from 0x80), against folding byte by byte. */
    static const char alphabet[] = "  \n\t\r\f\v!a b\x01\x08\x0e\x1f\x21\x80\x89\xff";
    unsigned seed = 1;
    for (int round = 0; round < 20000; round++) {
        char s[72], want1[80];
        size_t n = (size_t)round % 71, o = 0;
        bool pending = false;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            s[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
            if (kr_is_space((unsigned char)s[i])) {
                pending = o > 0;
                continue;
            }
            if (pending) want1[o++] = ' ';
            pending = false;
            want1[o++] = s[i];
        }
        want1[o] = '\0';
        char *f = kr_fold_ws(s, n);
        assert_string_equal(f, want1);
        free(f);
    }
}

static void clean_strings_are_cut_at_a_character(void **state)
{
    (void)state;
    char *c = kr_clean("aaaaaaaaaa", 8, 0);
    assert_string_equal(c, "aaaaa…");
    free(c);
    c = kr_clean("aaa\xC3\xA9\xC3\xA9" "b", 8, 0); /* "aaaééb": the second é does not fit */
    assert_string_equal(c, "aaa\xC3\xA9…");
    free(c);
    c = kr_clean("a\tb\x01" "cdefgh", 8, 0);
    assert_string_equal(c, "a b c…");
    free(c);
    c = kr_clean("abcde", 8, 0);
    assert_string_equal(c, "abcde");
    assert_true(kr_is_clean("abcde", 8));
    assert_false(kr_is_clean("abcdef", 8));
    assert_false(kr_is_clean("a\tb", 0));
    free(c);
}

static void odd_case_letters_are_seen(void **state)
{
    (void)state;
    assert_false(kr_has_odd_case("", 0));
    assert_false(kr_has_odd_case("oktober \xE2\x80\x93 september \xC5", 23));
    assert_true(kr_has_odd_case("\xC5\xBF" "eptember", 10));
    assert_true(kr_has_odd_case("o\xE2\x84\xAA" "tober", 9));
    assert_false(kr_has_odd_case("o\xE2\x84", 3));
}

static void numbers_are_written_in_decimal(void **state)
{
    (void)state;
    kr_buf b = {0};
    const size_t v[] = {0, 7, 10, 4096, SIZE_MAX};
    for (size_t i = 0; i < 5; i++) {
        kr_buf_putu(&b, v[i]);
        kr_buf_putc(&b, ' ');
    }
    kr_buf_putc(&b, '\0');
    assert_false(b.err);
    assert_string_equal(b.data, "0 7 10 4096 18446744073709551615 ");
    kr_buf_free(&b);
}

/* Fractions are written as printf's "%.*g" writes them, byte for byte: random values of every
 * size, and those where rounding carries into the next power of ten, ties, and the edges of the
 * fixed and the exponent form. */
static void fractions_are_written_as_printf_writes_them(void **state)
{
    (void)state;
    uint64_t x = 0x9E3779B97F4A7C15u;
    char got[40], want[40];
    static const double edge[] = {0, -0.0, 1, 0.5, 2.5, 0.125, 0.375, 1e-5, 1e-4, 9.9999999995e-5, 9.99999999949e-5,
                                  1e9, 9999999999.5, 9999999999.4, 1e10, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
                                  123456789.0, 0.000123456789012, 1e-300, 1e300, 5e-324, 1.7976931348623157e308,
                                  -1.5, -0.00001234};
    for (size_t i = 0; i < sizeof edge / sizeof *edge; i++)
        for (int p = 1; p <= 14; p++) {
            snprintf(want, sizeof want, "%.*g", p, edge[i]);
            assert_string_equal(kr_format_g(got, edge[i], p), want);
        }
    for (int i = 0; i < 400000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double v;
        if (i % 4 == 0) { /* any bits: every exponent */
            memcpy(&v, &x, sizeof v);
        } else if (i % 4 == 1) { /* a few digits, so that ties and carries come up */
            v = (double)(x % 100000) / 1e5 * pow(10, (double)((int)(x >> 40) % 24 - 12));
        } else { /* the size of a PageRank */
            v = (double)(x >> 11) / 9007199254740992.0 * pow(10, -(double)(x >> 60 & 7));
        }
        int p = 1 + (int)(x >> 32) % 12;
        if (i % 2) p = 10;
        snprintf(want, sizeof want, "%.*g", p, v);
        assert_string_equal(kr_format_g(got, v, p), want);
    }
}

/* kr_find_word finds the occurrence memmem finds, whichever byte of the word it looks for first. */
static void words_are_found_as_memmem_finds_them(void **state)
{
    (void)state;
    uint64_t x = 88172645463325252u;
    char hay[64], w[8];
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        size_t n = x % 40, wl = 1 + (x >> 8) % 5, k = (x >> 16) % wl;
        for (size_t j = 0; j < n; j++) hay[j] = "abn"[(x >> (20 + j % 40)) % 3];
        for (size_t j = 0; j < wl; j++) w[j] = "abn"[(x >> (30 + 3 * j)) % 3];
        assert_ptr_equal(kr_find_word(hay, n, w, wl, k), memmem(hay, n, w, wl));
        assert_int_equal(kr_contains(hay, n, w, wl, k), memmem(hay, n, w, wl) != NULL);
    }
}

static void tsv_cells_are_cleaned_like_every_other_output(void **state)
{
    (void)state;
    const char *in = "a\tb\nc\xC2\x85" "d\xFF" "e\xEF\xBF\xBE" "f\x7F" "g «ë»";
    const char *want = "a b c d\xEF\xBF\xBD" "e\xEF\xBF\xBD" "f g «ë»";
    kr_buf b = {0};
    kr_tsv_str(&b, in);
    kr_tsv_str(&b, NULL);
    kr_buf_putc(&b, '\0');
    assert_false(b.err);
    assert_string_equal(b.data, want);
    char *c = kr_clean(in, 0, 0);
    assert_string_equal(c, want);
    free(c);
    kr_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(joins_word_broken_at_hyphen),
        cmocka_unit_test(keeps_hyphen_before_capital_and_conjunction),
        cmocka_unit_test(finds_kamerstuk_split_across_lines),
        cmocka_unit_test(repairs_url_split_at_hyphen),
        cmocka_unit_test(url_at_line_end_does_not_swallow_next_word),
        cmocka_unit_test(markers_after_acronyms),
        cmocka_unit_test(links_footnotes_to_glued_markers),
        cmocka_unit_test(markers_are_found_in_every_part_of_a_line),
        cmocka_unit_test(marker_at_the_very_start_of_a_long_first_line),
        cmocka_unit_test(markers_apart_from_their_word),
        cmocka_unit_test(page_footer_identifies_document),
        cmocka_unit_test(footer_of_a_paper_under_two_dossiers),
        cmocka_unit_test(id_from_file_name),
        cmocka_unit_test(page_furniture_is_cut_and_text_joined),
        cmocka_unit_test(spaced_id_line_is_furniture),
        cmocka_unit_test(footnote_number_on_its_own_line),
        cmocka_unit_test(crlf_nbsp_and_dashes),
        cmocka_unit_test(nul_is_a_space_or_a_replacement_character),
        cmocka_unit_test(a_footer_of_another_document_stays_a_reference),
        cmocka_unit_test(columns_count_characters),
        cmocka_unit_test(characters_are_kept_or_changed_alike_with_or_without_a_copy),
        cmocka_unit_test(invalid_utf8_is_reported_with_offset),
        cmocka_unit_test(windows_1252_input_is_converted),
        cmocka_unit_test(nul_bytes_and_empty_input),
        cmocka_unit_test(tsv_cells_are_cleaned_like_every_other_output),
        cmocka_unit_test(numbers_are_written_in_decimal),
        cmocka_unit_test(words_are_found_as_memmem_finds_them),
        cmocka_unit_test(fractions_are_written_as_printf_writes_them),
        cmocka_unit_test(odd_case_letters_are_seen),
        cmocka_unit_test(clean_strings_are_cut_at_a_character),
        cmocka_unit_test(white_space_is_folded),
        cmocka_unit_test(json_strings_are_escaped),
        cmocka_unit_test(decoded_characters_map_to_their_original_byte),
        cmocka_unit_test(separators_map_to_the_breaks_they_stand_for),
        cmocka_unit_test(lines_read_in_place_map_to_their_bytes),
    };
    return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
