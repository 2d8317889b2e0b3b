/* Unit tests of the find and resolve stages: one test per reference form seen in real text. */
#include "helpers.h"

static void finds_kamerstuk_with_prefix(void **st)
{
    (void)st;
    expect_one("zie (Kamerstuk 32 317, nr. 967) hierover.", KR_KIND_KAMERSTUK, "kst-32317-967");
}

static void finds_kamerstukken_with_year_and_roman_part(void **st)
{
    (void)st;
    expect_one("Kamerstukken II 2019/20, 35 300 XVI, nr. 133.", KR_KIND_KAMERSTUK, "kst-35300-XVI-133");
}

static void finds_subdossier_with_number(void **st)
{
    (void)st;
    expect_one("zie 21 501-20, nr. 2041 en verder", KR_KIND_KAMERSTUK, "kst-21501-20-2041");
}

static void finds_compact_forms(void **st)
{
    (void)st;
    expect_one("Kamerstuk 21501-32-1740 gaat", KR_KIND_KAMERSTUK, "kst-21501-32-1740");
    expect_one("zie 25424-430 voor", KR_KIND_KAMERSTUK, "kst-25424-430");
    expect_one("zie 35000-A-28 voor", KR_KIND_KAMERSTUK, "kst-35000-A-28");
    expect_one("zie 34775-XII-76; voor", KR_KIND_KAMERSTUK, "kst-34775-XII-76");
    expect_one("zie kst-32317-967 voor", KR_KIND_KAMERSTUK, "kst-32317-967");
}

static void compact_subdossier_alone_is_a_dossier(void **st)
{
    (void)st;
    expect_one("brieven over 21501-02 en", KR_KIND_DOSSIER, "dossier-21501-02");
}

static void finds_bare_dossier_and_number(void **st)
{
    (void)st;
    expect_one("zoals gevraagd (24691, nr. 35) is", KR_KIND_KAMERSTUK, "kst-24691-35");
    /* text taken from pretty-printed XML keeps the spaces around its links */
    expect_one("zoals gevraagd ( 21501-08 , nr. 719 ); is", KR_KIND_KAMERSTUK, "kst-21501-08-719");
}

static void finds_motion_numbering(void **st)
{
    (void)st;
    expect_one("Zij krijgt nr. 346 (32847).", KR_KIND_KAMERSTUK, "kst-32847-346");
    expect_one("Zij krijgt nr. 721(19637).", KR_KIND_KAMERSTUK, "kst-19637-721");
    expect_one("Zij krijgt nr. 915 (21501-20).", KR_KIND_KAMERSTUK, "kst-21501-20-915");
    expect_one("Zij krijgt nr. 253 ( 29538 ).", KR_KIND_KAMERSTUK, "kst-29538-253");
}

static void splits_number_lists(void **st)
{
    (void)st;
    kr_doc *d = parse("Kamerstuk 32 317, nrs. 520 en 548 gaan");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-32317-520");
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-32317-548");
    assert_string_equal(kr_doc_ref(d, 1)->text, "548");
    kr_doc_free(d);
    /* an amount or a date after the number ends the list */
    expect_one("Kamerstuk 29 544, nr. 1150 en 12 gemeenten.", KR_KIND_KAMERSTUK, "kst-29544-1150");
    expect_one("Kamerstuk 29 544, nr. 1150 en 12 april 2024.", KR_KIND_KAMERSTUK, "kst-29544-1150");
    expect_one("Kamerstuk 29 544, nr. 1150 en 1.200 mensen.", KR_KIND_KAMERSTUK, "kst-29544-1150");
    expect_one("Volgens Kamerstuk 31 839, nr. 1024, was 35 % van de aanbieders klaar.", KR_KIND_KAMERSTUK, "kst-31839-1024");
}

/* A range is one record per number; those it leaves out stand at its separator. */
static void number_ranges_give_every_number(void **st)
{
    (void)st;
    kr_doc *d = parse("Kamerstuk 31 311, nrs. 125 t/m 128 zijn");
    assert_int_equal(kr_doc_ref_count(d), 4);
    for (int k = 0; k < 4; k++) {
        char want[32];
        snprintf(want, sizeof want, "kst-31311-%d", 125 + k);
        assert_string_equal(kr_doc_ref(d, (size_t)k)->target, want);
    }
    assert_string_equal(kr_doc_ref(d, 1)->text, "t/m");
    assert_string_equal(kr_doc_ref(d, 3)->text, "128");
    kr_doc_free(d);
    d = parse("Zie Kamerstuk 36 228, nrs. 1–3.");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36228-2");
    kr_doc_free(d);
    d = parse("Kamerstuk 36200, nrs. 10 tot\nen met 12.");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36200-11");
    kr_doc_free(d);
    d = parse("de moties-Graus (31311, nrs. 125 tot en met 127) zijn");
    assert_int_equal(kr_doc_ref_count(d), 4); /* the motions, and each paper in the brackets */
    assert_int_equal(kr_doc_ref(d, 0)->kind, KR_KIND_MOTIE);
    assert_string_equal(kr_doc_ref(d, 2)->target, "kst-31311-126");
    kr_doc_free(d);
    /* the dossier after a list belongs to it: no dossier record of its own */
    d = parse("de motie op stuk nrs. 5 en 7 (32847) is");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-32847-7");
    kr_doc_free(d);
}

/* "items 12 en 13" of one Handelingen number: a record per item. */
static void handelingen_item_lists(void **st)
{
    (void)st;
    kr_doc *d = parse("Zie Handelingen II 2019/20, nr. 45, items 12 en 13.");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "h-tk-20192020-45-12");
    assert_string_equal(kr_doc_ref(d, 0)->text, "Handelingen II 2019/20, nr. 45, items 12");
    assert_string_equal(kr_doc_ref(d, 1)->target, "h-tk-20192020-45-13");
    assert_string_equal(kr_doc_ref(d, 1)->text, "13");
    kr_doc_free(d);
    expect_one("Zie Handelingen I 2019/20, nr. 12, item 5.", KR_KIND_HANDELINGEN, "h-ek-20192020-12-5");
    expect_one("Zie Handelingen II 2019/20, 45, item 12.", KR_KIND_HANDELINGEN, "h-tk-20192020-45-12");
    expect_none("Zie Handelingen II 2019/20, 45 keer.");
    expect_one("Zie Handelingen II 2023/24, nr. 30, item 7, 12 december 2023.", KR_KIND_HANDELINGEN, "h-tk-20232024-30-7");
    /* lists of Aanhangsel numbers, which end before a date */
    d = parse("Zie Aanhangsel Handelingen II 2023/24, nrs. 1523 en 1524.");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 1)->target, "ah-tk-20232024-1524");
    kr_doc_free(d);
    expect_one("Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 1121 en 12 april.", KR_KIND_AANHANGSEL,
               "ah-tk-20232024-1121");
    /* the abbreviations of older papers */
    expect_one("Zie Hand. II 2008/09, nr. 45, blz. 3456.", KR_KIND_HANDELINGEN, "h-tk-20082009-45");
    expect_one("Zie Aanh. Hand. II 2008/09, nr. 123.", KR_KIND_AANHANGSEL, "ah-tk-20082009-123");
}

/* The Eerste Kamer's papers are letters, cited without "nr."; only after "Kamerstukken I" is a
 * bare letter a paper's number ("35 300, VWS" is no paper). */
static void eerste_kamer_letters(void **st)
{
    (void)st;
    expect_one("Zie Kamerstukken I 2019/20, 35 300, C.", KR_KIND_KAMERSTUK, "kst-35300-C");
    kr_doc *d = parse("Zie Kamerstukken I 2019/20, 35 300, A en B.");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-35300-B");
    kr_doc_free(d);
    expect_one("Zie Kamerstukken II 2019/20, 35 300, nr. A.", KR_KIND_KAMERSTUK, "kst-35300-A");
    expect_none("Zie Kamerstukken II 2019/20, 35 300, A.");
}

/* A line may break at any space of a citation, and in an ECLI after a colon */
static void citations_broken_over_lines(void **st)
{
    (void)st;
    expect_one("Zie Kamerstuk 36 410\nXV, nr. 12.", KR_KIND_KAMERSTUK, "kst-36410-XV-12");
    expect_one("Zie Kamerstuk 36\n410, nr. 12.", KR_KIND_KAMERSTUK, "kst-36410-12");
    expect_one("Zie ECLI:NL:HR:\n2024:712.", KR_KIND_ECLI, "ECLI:NL:HR:2024:712");
    /* spellings: an en dash, a chapter with a letter, the house in words, an item without a comma */
    expect_one("Zie Kamerstuk 21501–02, nr. 2732.", KR_KIND_KAMERSTUK, "kst-21501-02-2732");
    expect_one("Zie Kamerstuk 36 410 IXB, nr. 5.", KR_KIND_KAMERSTUK, "kst-36410-IXB-5");
    expect_one("Zie Handelingen Tweede Kamer 2023/24, nr. 97, item 8.", KR_KIND_HANDELINGEN, "h-tk-20232024-97-8");
    expect_one("Zie Aanhangsel Handelingen Eerste Kamer 2023–2024, nr. 15.", KR_KIND_AANHANGSEL, "ah-ek-20232024-15");
    expect_one("Zie Handelingen II 2023/24, nr. 45 item 12.", KR_KIND_HANDELINGEN, "h-tk-20232024-45-12");
}

/* The mention as written: the words naming the paper before its number, a bracket it opens closed,
 * no article that belongs to the word after the outlet; a dossier is its number */
static void spans_as_written(void **st)
{
    (void)st;
    kr_doc *d = parse("Zie TK 2023/24, 31 839, nr. 1024 en (Kamerstuk 30111-108) en NOS, 14 augustus 2024 "
                      "(https://nos.nl/a-b) en het NRC-artikel «Kop» en de wetsvoorstellen 30174 en 30372.");
    assert_int_equal(kr_doc_ref_count(d), 6);
    assert_string_equal(kr_doc_ref(d, 0)->text, "TK 2023/24, 31 839, nr. 1024");
    assert_string_equal(kr_doc_ref(d, 1)->text, "Kamerstuk 30111-108");
    assert_string_equal(kr_doc_ref(d, 2)->text, "NOS, 14 augustus 2024 (https://nos.nl/a-b)");
    assert_string_equal(kr_doc_ref(d, 3)->text, "NRC-artikel «Kop»");
    assert_string_equal(kr_doc_ref(d, 4)->text, "30174");
    kr_doc_free(d);
    expect_one("de motie op stuk nr. 356 van mevrouw Dik-Faber cum suis", KR_KIND_KAMERSTUK, NULL);
    d = parse("Zie Bijlage bij Kamerstuk 29 383, nr. 384 en Bijlage 1 van kamerstuk 32 813, nr. 1395.");
    assert_string_equal(kr_doc_ref(d, 0)->text, "Bijlage bij Kamerstuk 29 383, nr. 384");
    assert_string_equal(kr_doc_ref(d, 1)->text, "Bijlage 1 van kamerstuk 32 813, nr. 1395");
    kr_doc_free(d);
    d = parse("Zie Bijlage bij\nKamerstuk 29 383, nr. 384.");
    assert_string_equal(kr_doc_ref(d, 0)->text, "Bijlage bij Kamerstuk 29 383, nr. 384");
    kr_doc_free(d);
}

/* A dossier in brackets: a budget bill's, one ending an agenda's line; not a count */
static void dossier_in_brackets(void **st)
{
    (void)st;
    expect_one("het wetsvoorstel Vaststelling van de begrotingsstaten ( 34775-XVI ).", KR_KIND_DOSSIER,
               "dossier-34775-XVI");
    expect_one("Voortgang Huis voor democratie (31 475)\n", KR_KIND_DOSSIER, "dossier-31475");
    expect_none("Er waren meer meldingen (12 345) dan in 2022 (11 234).");
    expect_none("Het gaat om 10 000-15 000 gevallen."); /* a range of amounts */
    /* an agenda item's dossier after its dash: an en dash, the line broken at the dash */
    expect_one("Brief over de eigen gemeente -\n30569\n", KR_KIND_DOSSIER, "dossier-30569");
    expect_one("Brief over iets\n- 30570\n", KR_KIND_DOSSIER, "dossier-30570");
    expect_none("Het bedrag was 120 -\n12345\n");
    expect_one("Jaarverslag VWS 2023 – 36560-XVI\n", KR_KIND_DOSSIER, "dossier-36560-XVI");
}

/* "21 501-32" is the Raad dossier's sub-series 32 however it is spaced, not its paper 32. */
static void council_dossier_series(void **st)
{
    (void)st;
    expect_one("Zie Kamerstukken 21 501-32.", KR_KIND_DOSSIER, "dossier-21501-32");
    expect_one("Zie Kamerstukken 21501-33.", KR_KIND_DOSSIER, "dossier-21501-33");
    expect_one("Zie Kamerstuk 21 501-20, nr. 5.", KR_KIND_KAMERSTUK, "kst-21501-20-5");
}

static void number_list_stops_before_the_next_dossier(void **st)
{
    (void)st;
    kr_doc *d = parse("Kamerstuk 36 200, nrs. A en B en 35 300 XVI, nr. 5.");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36200-A");
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36200-B");
    assert_string_equal(kr_doc_ref(d, 2)->target, "kst-35300-XVI-5");
    kr_doc_free(d);
    d = parse("Kamerstukken 36 200, nrs. 3 en 4 en 35300, nr. 5.");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36200-4");
    assert_string_equal(kr_doc_ref(d, 2)->target, "kst-35300-5");
    kr_doc_free(d);
}

static void finds_eerste_kamer_letter(void **st)
{
    (void)st;
    expect_one("Kamerstukken I 2021/22, 35 925, nr. E.", KR_KIND_KAMERSTUK, "kst-35925-E");
}

static void finds_dotted_subdossier(void **st)
{
    (void)st;
    expect_one("zie 31700.VIII, 32 over", KR_KIND_KAMERSTUK, "kst-31700-VIII-32");
}

static void finds_rijkswet_dossier(void **st)
{
    (void)st;
    expect_one("het voorstel 34 356 (R2064) wordt", KR_KIND_DOSSIER, "dossier-34356");
    /* with a paper's number the Kingdom act's number is no part of its id */
    expect_one("Zie Kamerstukken II 2015/16, 34 356 (R2064), nr. 3.", KR_KIND_KAMERSTUK, "kst-34356-3");
    expect_one("(Kamerstukken I 2003/04, 27 484 (R 1669), nr. 289)", KR_KIND_KAMERSTUK, "kst-27484-289");
    /* glued to the part before it, or "nr" glued after it */
    expect_one("Zie 36600-XIV(R2064), nr. 3.", KR_KIND_KAMERSTUK, "kst-36600-XIV-3");
    expect_one("Zie ook de brief 34 356 (R2064)nr. 3 en verder.", KR_KIND_KAMERSTUK, "kst-34356-3");
}

static void finds_the_next_paper_after_cited_pages(void **st)
{
    (void)st;
    kr_doc *d = parse("Zie Kamerstukken II 2020/21, 35 625, nr. 4, p. 12 en 13, en nr. 6. En 26 271, nr. 6, p. 15-16; "
                      "nr. 7, p. 5-6. Maar Kamerstuk 32 317, nr. 5, p. 3, en de brief.");
    const char *want[] = {"kst-35625-4", "kst-35625-6", "kst-26271-6", "kst-26271-7", "kst-32317-5"};
    assert_int_equal(kr_doc_ref_count(d), 5);
    for (size_t i = 0; i < 5; i++) assert_string_equal(kr_doc_ref(d, i)->target, want[i]);
    assert_string_equal(kr_doc_ref(d, 1)->text, "nr. 6");
    kr_doc_free(d);
}

static void finds_budget_chapter_glued_to_its_dossier(void **st)
{
    (void)st;
    expect_one("stel ik voor zijn motie (36600XIV, nr. 32) aan te houden", KR_KIND_KAMERSTUK, "kst-36600-XIV-32");
}

static void finds_vergaderjaar_footnote(void **st)
{
    (void)st;
    expect_one("Tweede Kamer, vergaderjaar 2024–2025, 22 112, nr. 4131.", KR_KIND_KAMERSTUK,
               "kst-22112-4131");
}

static void footnote_that_is_a_url_alone(void **st)
{
    (void)st;
    /* an address that ends a line is not continued by the next footnote's, glued to its number */
    kr_doc *u = parse("Tekst.\n\n7 https://www.reuters.com/world/africa/mass-grave-2024-07-09/\n8https://ec.europa.eu/ip_23_3887\n");
    assert_int_equal(kr_doc_ref_count(u), 2);
    assert_string_equal(kr_doc_ref(u, 0)->target, "https://www.reuters.com/world/africa/mass-grave-2024-07-09/");
    kr_doc_free(u);
    /* "2https://…" glued to its number after another footnote: a footnote of its own */
    kr_doc *d = parse("Zelensky zei dit1 en het ministerie ontkende het2.\n\n1New York Post, 17 oktober 2024, «Zelensky "
                      "says he told Trump»\n2https://mfa.gov.ua/en/news/komentar\n");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "news:new-york-post:2024-10-17");
    assert_int_equal(kr_doc_ref(d, 0)->footnote, 1);
    assert_string_equal(kr_doc_ref(d, 1)->target, "https://mfa.gov.ua/en/news/komentar");
    assert_int_equal(kr_doc_ref(d, 1)->footnote, 2);
    kr_doc_free(d);
}

static void finds_officielebekendmakingen_url(void **st)
{
    (void)st;
    expect_one("zie https://zoek.officielebekendmakingen.nl/kst-32317-967.html hier", KR_KIND_KAMERSTUK,
               "kst-32317-967");
}

static void finds_dossiers(void **st)
{
    (void)st;
    expect_one("het wetsvoorstel 36 200 is", KR_KIND_DOSSIER, "dossier-36200");
    expect_one("het initiatiefwetsvoorstel 30 373 is", KR_KIND_DOSSIER, "dossier-30373");
    kr_doc *dl = parse("De begrotingen (33400-VI en 33400-XVI) en (31065, 31066) en (12345 en 5).");
    assert_int_equal(kr_doc_ref_count(dl), 4);
    assert_string_equal(kr_doc_ref(dl, 1)->target, "dossier-33400-XVI");
    assert_string_equal(kr_doc_ref(dl, 3)->target, "dossier-31066");
    kr_doc_free(dl);
    expect_one("Het Initiatiefvoorstel 30 374 is", KR_KIND_DOSSIER, "dossier-30374");
    expect_one("(Aanhangsel van de Handelingen, vergaderjaar 2012–2013, aanhangselnummer 1333)", KR_KIND_AANHANGSEL,
               "ah-tk-20122013-1333");
    kr_doc *d = parse("de Kamerstukken 32 317 en 22 112 gaan");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "dossier-32317");
    assert_string_equal(kr_doc_ref(d, 1)->target, "dossier-22112");
    kr_doc_free(d);
}

static void finds_handelingen(void **st)
{
    (void)st;
    expect_one("Handelingen II 2012/13, nr. 71, item 15.", KR_KIND_HANDELINGEN, "h-tk-20122013-71-15");
    expect_one("zie h-tk-20232024-45-12 voor", KR_KIND_HANDELINGEN, "h-tk-20232024-45-12");
}

static void finds_aanhangsel(void **st)
{
    (void)st;
    expect_one("Aanhangsel Handelingen II 2019/20, nr. 89.", KR_KIND_AANHANGSEL, "ah-tk-20192020-89");
    expect_one("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2147.", KR_KIND_AANHANGSEL,
               "ah-tk-20232024-2147");
    expect_one("zie ah-tk-20152016-832 voor", KR_KIND_AANHANGSEL, "ah-tk-20152016-832");
    /* PDF text that runs words together */
    expect_one("Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025,nr. 318.", KR_KIND_AANHANGSEL,
               "ah-tk-20242025-318");
    expect_one("Zie ook Aanhangsel Handelingen,vergaderjaar 2024–2025, nr. 342.", KR_KIND_AANHANGSEL,
               "ah-tk-20242025-342");
    expect_one("(Kamerstukken II,vergaderjaar 2022/2023 36 229, nr. 29)", KR_KIND_KAMERSTUK, "kst-36229-29");
    /* as a footnote writes it, the year first */
    expect_one("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386", KR_KIND_AANHANGSEL,
               "ah-tk-20232024-2386");
    /* a page footer of an Aanhangsel is none */
    expect_none("Tekst.\n\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 4\n");
}

static void finds_motions_by_submitters(void **st)
{
    (void)st;
    kr_doc *d = parse("In lijn met de motie Rajkowski en Van Zanten over het alles");
    const kr_ref *r = only_ref(d);
    assert_int_equal(r->kind, KR_KIND_MOTIE);
    assert_string_equal(r->target, "motie:rajkowski+van-zanten");
    assert_int_equal(r->n_submitters, 2);
    assert_string_equal(r->submitters[0], "Rajkowski");
    assert_string_equal(r->submitters[1], "Van Zanten");
    kr_doc_free(d);
    expect_one("de motie-Van der Plas is", KR_KIND_MOTIE, "motie:van-der-plas");
    expect_one("de moties van 14 december 2021 van de leden Michon-Derkzen en Van der Plas gaan", KR_KIND_MOTIE,
               "motie:michon-derkzen+van-der-plas");
    expect_one("de motie van de heren Moorlag en Van der Lee, waarin", KR_KIND_MOTIE, "motie:moorlag+van-der-lee");
    expect_one("de motie van de dames Dijksma en Agema over iets", KR_KIND_MOTIE, "motie:dijksma+agema");
    /* after a possessive, "van X" is who asks about the motion, or it is the speaker's own */
    expect_none("Er is een vraag over uw motie van mevrouw Voortman.");
    expect_none("Dat staat in mijn motie van vorige week.");
    /* a footnote marker glued to the last name is not part of it; other digits are */
    expect_one("de motie Hagen/Sneller1 is", KR_KIND_MOTIE, "motie:hagen+sneller");
    expect_none("de motie Agema2019 is");
    /* "De" starting a surname; a surname of two words, or after a first name; "Te" as a particle */
    expect_one("het amendement van mevrouw De Vries over de vertrekvergoeding", KR_KIND_AMENDEMENT, "amendement:de-vries");
    expect_one("de motie-Van Haersma Buma/Pechtold is", KR_KIND_MOTIE, "motie:van-haersma-buma+pechtold");
    expect_one("de motie van de heer Pieter Heerma over", KR_KIND_MOTIE, "motie:pieter-heerma");
    expect_one("de motie van het lid Klaver Dat is", KR_KIND_MOTIE, "motie:klaver");
    expect_one("de motie-Te Kolsté is", KR_KIND_MOTIE, "motie:te-kolsté");
    /* capitals beyond Latin-1 lowered in the id: Ć, Ş, Ž; İ kept (its small letter is "i̇") */
    expect_one("de motie-Ćosić/Şahin/Žižek/İlhan is", KR_KIND_MOTIE, "motie:ćosić+şahin+žižek+İlhan");
    /* the submitters before the word: "de door het lid X ingediende motie" */
    expect_one("de op 20 juni door het lid Mutluer ingediende motie over", KR_KIND_MOTIE, "motie:mutluer");
    expect_one("de door de leden Klaver en Jetten aangehouden\nmotie", KR_KIND_MOTIE, "motie:klaver+jetten");
    expect_one("het door het lid Bontenbal c.s. voorgestelde amendement", KR_KIND_AMENDEMENT, "amendement:bontenbal");
    d = parse("de door het lid Sneller ingediende motie (Kamerstuk 36 171, nr. 11) vraagt");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->text, "door het lid Sneller ingediende motie");
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36171-11");
    kr_doc_free(d);
    /* a word on the next paragraph or a label is no submitter */
    d = parse("Het overnemen van moties\n\nNr. 5 MOTIE VAN HET LID X\n\nMotie\nDatum: 2025-01-30\n");
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
    /* not a motion's submitters: "door de leden van de commissie" */
    d = parse("de door de leden van de commissie ingediende vragen en de door het lid X ingediende motie");
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
}

/* Handelingen before 2011 cited by page: the range names the item as officielebekendmakingen
 * does; a number of the meeting comes first where both are given */
static void handelingen_by_page(void **st)
{
    (void)st;
    expect_one("Zie Handelingen II 2007/08, blz. 2993–3014.", KR_KIND_HANDELINGEN, "h-tk-20072008-2993-3014");
    expect_one("Zie Hand. II 2001/02, pp. 4567 - 4590 en", KR_KIND_HANDELINGEN, "h-tk-20012002-4567-4590");
    expect_one("Zie Handelingen I 2005/06, p. 123.", KR_KIND_HANDELINGEN, "h-ek-20052006-123");
    /* before 1995 the meeting's number and a page, kept as written */
    expect_one("Handelingen II, 1988/89, blz. 39-2410.", KR_KIND_HANDELINGEN, "h-tk-19881989-39-2410");
    expect_one("Handelingen II 2000/01, p. 3014-2993.", KR_KIND_HANDELINGEN, "h-tk-20002001-3014");
    /* with the meeting's number: by pages before 2009, by meeting and page in 2009 and 2010 */
    expect_one("Zie Handelingen II 2003/04, nr. 82, p. 5281-5282.", KR_KIND_HANDELINGEN, "h-tk-20032004-5281-5282");
    expect_one("Zie Handelingen II 2009/10, nr. 12, blz. 1044.", KR_KIND_HANDELINGEN, "h-tk-20092010-12-1044");
    expect_one("Zie Hand. II 2008/09, nr. 45, blz. 3456.", KR_KIND_HANDELINGEN, "h-tk-20082009-45");
    expect_one("(Handelingen TK 1997–1998, 6368–6375)", KR_KIND_HANDELINGEN, "h-tk-19971998-6368-6375");
    kr_doc *d0 = parse("Zie Handelingen II 2008/09, nr. 45, blz. 3456.");
    assert_string_equal(kr_doc_ref(d0, 0)->text, "Handelingen II 2008/09, nr. 45");
    kr_doc_free(d0);
    kr_doc *d = parse("Zie Handelingen II 2007/08, p. 12.345 of blz. x.");
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
}

static void motion_takes_the_kamerstuk_beside_it(void **st)
{
    (void)st;
    /* the paper in brackets is a mention of its own, as the motion is */
    kr_doc *d = parse("de motie van het lid Sneller c.s. (Kamerstuk 36 171, nr. 11) vraagt");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_int_equal(kr_doc_ref(d, 0)->kind, KR_KIND_MOTIE);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36171-11");
    assert_string_equal(kr_doc_ref(d, 0)->text, "motie van het lid Sneller c.s.");
    assert_int_equal(kr_doc_ref(d, 1)->kind, KR_KIND_KAMERSTUK);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36171-11");
    kr_doc_free(d);
    /* a motion named twice before "op stuk nr.": one mention, its submitters once (no leak) */
    d = parse("De motie-Schalk c.s. motie-Schalk c.s. op stuk nr. 121 is aangenomen.");
    assert_int_equal(kr_doc_ref_count(d), 1);
    assert_int_equal(kr_doc_ref(d, 0)->n_submitters, 1);
    assert_string_equal(kr_doc_ref(d, 0)->submitters[0], "Schalk");
    kr_doc_free(d);
    /* the paper first, what it is in brackets after it */
    d = parse("2 Kamerstuk 36 410, nr. 31 (motie van de leden Bikker en Omtzigt)");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_int_equal(kr_doc_ref(d, 1)->kind, KR_KIND_MOTIE);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36410-31");
    kr_doc_free(d);
    /* t.v.v.: the number is the motion this one replaces, not its own */
    d = parse("de gewijzigde motie van het lid Ceder (t.v.v. 33885, nr. 18) is");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "motie:ceder");
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-33885-18");
    kr_doc_free(d);
}

/* A paper of two dossiers heads itself with both: no citation; the same number in its text is */
static void dossier_headings(void **st)
{
    (void)st;
    static const char *const texts[] = {
        "21 501-31 Raad voor de Werkgelegenheid\n\n21 501-27 Sportraad\n\nNr. 207 VERSLAG\n\nIn 21 501-27 staat iets.\n",
        "Tweede Kamer\n\n21 501-31\n\nRaad\n\n21 501-27\n\nSportraad\n\nNr. 207\n\nVERSLAG\n\nIn 21 501-27 staat iets.\n",
    };
    for (size_t k = 0; k < 2; k++) {
        kr_doc *d = parse(texts[k]);
        assert_int_equal(kr_doc_ref_count(d), 1);
        assert_string_equal(kr_doc_ref(d, 0)->target, "dossier-21501-27");
        assert_true(kr_doc_ref(d, 0)->line > 4);
        kr_doc_free(d);
    }
}

/* The Eerste Kamer's papers by letter in brackets after a motion */
static void senate_letters_in_brackets(void **st)
{
    (void)st;
    kr_doc *d = parse("Zie de motie-De Boer c.s. (35979, letter G, was letter E) en de motie-Schalk c.s. (35300, L).");
    assert_int_equal(kr_doc_ref_count(d), 5);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-35979-G");
    assert_int_equal(kr_doc_ref(d, 0)->kind, KR_KIND_MOTIE);
    assert_string_equal(kr_doc_ref(d, 1)->text, "35979, letter G");
    assert_string_equal(kr_doc_ref(d, 2)->target, "kst-35979-E");
    assert_string_equal(kr_doc_ref(d, 3)->target, "kst-35300-L");
    kr_doc_free(d);
    d = parse("Zie (95000, A) en (35300, Zie hier).");
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
}

/* A paper of two dossiers, cited by both: one paper, by the first, as its footer names it */
static void paper_of_two_dossiers(void **st)
{
    (void)st;
    expect_one("(Kamerstukken 36 600 B en 36 600 C, nr. 6)", KR_KIND_KAMERSTUK, "kst-36600-B-6");
    expect_one("Kamerstukken II 2022/23, 36222 en 31015, nr. 6.", KR_KIND_KAMERSTUK, "kst-36222-6");
}

/* A Rijkswet's number in a list of papers to drop: "35172-(R2123)-1" */
static void compact_rijkswet(void **st)
{
    (void)st;
    kr_doc *d = parse("Ik stel voor: 35185-1; 35172-(R2123)-1 en 35158-1.");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-35172-1");
    assert_string_equal(kr_doc_ref(d, 1)->text, "35172-(R2123)-1");
    kr_doc_free(d);
}

/* Debates: an amended motion "was nr." both numbers, a spaced dossier after "Zij krijgt"; the
 * parts of an amendment are no papers; a bracket after a motion closed */
static void debate_numbering_forms(void **st)
{
    (void)st;
    kr_doc *d = parse("Zij krijgt nr. 20, was nr. 12 (36410-XVI).\n\nDe gewijzigde motie op stuk nr. 20 ontraad ik.\n");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36410-XVI-20");
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36410-XVI-12");
    assert_string_equal(kr_doc_ref(d, 2)->target, "kst-36410-XVI-20");
    kr_doc_free(d);
    expect_one("Zij krijgt nr. 12 (36 410 XVI).", KR_KIND_KAMERSTUK, "kst-36410-XVI-12");
    /* a motion named before a motion of the same member is numbered is not that one */
    d = parse("In 2021 is de motie-Omtzigt over de hersteloperatie aangenomen.\n\nDeze motie is voorgesteld door het "
              "lid Omtzigt.\n\nZij krijgt nr. 12 (31066).\n");
    assert_string_equal(kr_doc_ref(d, 0)->target, "motie:omtzigt");
    kr_doc_free(d);
    d = parse("In stemming komt de motie-Bikker (31839, nr. 1030, was nr. 1024).");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 2)->target, "kst-31839-1024");
    kr_doc_free(d);
    d = parse_named("kst-36147-24.txt", "In stemming komt het amendement-Ceder (stuk nr. 16, I en II).");
    assert_int_equal(kr_doc_ref_count(d), 1);
    assert_string_equal(kr_doc_ref(d, 0)->text, "amendement-Ceder (stuk nr. 16");
    kr_doc_free(d);
    d = parse("Zie Kamerstuk 36 410 XVI, nrs. 12, 13 en BBB steunen dat.");
    assert_int_equal(kr_doc_ref_count(d), 2); /* a party is no paper */
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36410-XVI-13");
    kr_doc_free(d);
}

/* Submitters as "Kamerleden", "het toenmalige lid", with their parties in brackets */
static void motion_submitters_variants(void **st)
{
    (void)st;
    expect_one("de motie van het lid Bikker en het voormalige Kamerlid Omtzigt over x", KR_KIND_MOTIE,
               "motie:bikker+omtzigt");
    /* as said in a debate */
    expect_one("Twee lijken op de motie van meneer Wörsdörfer, dus", KR_KIND_MOTIE, "motie:wörsdörfer");
    expect_one("Ik steun de motie van collega Van der Lee.", KR_KIND_MOTIE, "motie:van-der-lee");
    /* a paper's id in brackets is no party */
    kr_doc *d = parse("de motie van het lid Omtzigt (kst-35510-9) is aangenomen.");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-35510-9");
    kr_doc_free(d);
    /* the next motion of a list is looked for up to the next motion word only */
    d = parse("de moties van de leden Aa en Bb over x (Kamerstuk 35 510, nr. 8). De motie van het lid Ee over z (Kamerstuk "
              "35 510, nr. 9) en van het lid Ff weet ik niets.");
    for (size_t k = 0; k < kr_doc_ref_count(d); k++)
        assert_true(kr_doc_ref(d, k)->target == NULL || strcmp(kr_doc_ref(d, k)->target, "motie:ff") != 0);
    kr_doc_free(d);
    expect_one("de motie van de Kamerleden Bikker en Omtzigt over x", KR_KIND_MOTIE, "motie:bikker+omtzigt");
    expect_one("de motie van het toenmalige lid Omtzigt over x", KR_KIND_MOTIE, "motie:omtzigt");
    expect_one("de motie van de leden Bikker (ChristenUnie) en Omtzigt (NSC) over x", KR_KIND_MOTIE,
               "motie:bikker+omtzigt");
}

/* "de moties van de leden X en Y over … (Kamerstuk …) en van de leden Z en W over …": the second
 * motion of the list is named without the word */
static void motion_list_names_the_next_without_the_word(void **st)
{
    (void)st;
    /* the vote heading names a topic, not a member */
    expect_none("16 Stemmingen moties Wonen\n");
    kr_doc *d = parse("Zie de moties van de leden Michon-Derkzen en Van der Plas over het uniform (Kamerstuk "
                      "35925-VI-56) en van de leden Markuszower en Helder over een hoofddoek (Kamerstuk 35925-VI-41).");
    assert_int_equal(kr_doc_ref_count(d), 4);
    assert_int_equal(kr_doc_ref(d, 2)->kind, KR_KIND_MOTIE);
    assert_string_equal(kr_doc_ref(d, 2)->text, "van de leden Markuszower en Helder");
    assert_string_equal(kr_doc_ref(d, 2)->target, "kst-35925-VI-41");
    kr_doc_free(d);
    /* one motion: "en van" after its bracket is no motion */
    d = parse("Zie de motie van het lid Omtzigt over het uniform (Kamerstuk 35925-VI-56) en van de leden Markuszower "
              "en Helder weet ik niets.");
    assert_int_equal(kr_doc_ref_count(d), 2);
    kr_doc_free(d);
}

static void motion_takes_the_kamerstuk_after_its_subject(void **st)
{
    (void)st;
    kr_doc *d = parse("Uitvoering van de motie van het lid Ellemeet c.s. over zorgbestuurders aanspreken op "
                      "salarisstijging (Kamerstuk 30111-108) - 30111-109");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_int_equal(kr_doc_ref(d, 0)->kind, KR_KIND_MOTIE);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-30111-108");
    assert_string_equal(kr_doc_ref(d, 0)->resolved_from, "Kamerstuk in brackets after the motion's subject");
    assert_int_equal(kr_doc_ref(d, 1)->kind, KR_KIND_KAMERSTUK); /* cited too: it stays */
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-30111-108");
    kr_doc_free(d);
    /* a footnote's "Motie van het lid X over Y, Kamerstuk …": a comma does as a bracket */
    d = parse("Zie de motie.1\n\n1 Motie van het lid Bontenbal over de energietransitie, Kamerstuk 32 813, nr. 1300.\n");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-32813-1300");
    kr_doc_free(d);
    /* a decision list's item that is the motion itself, not a letter about one */
    d = parse("Motie van het lid Dobbe over de jeugdzorg - 36410-XVI-13\nReactie op de motie van het lid Snels over iets - "
              "21501-07-1502\n");
    assert_int_equal(kr_doc_ref_count(d), 4);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36410-XVI-13");
    assert_string_equal(kr_doc_ref(d, 2)->target, "motie:snels");
    kr_doc_free(d);
    /* another paper named in between: the bracket is its Kamerstuk */
    d = parse("de motie Van Raak over de brief van de minister (Kamerstuk 29754, nr. 145) is");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "motie:van-raak");
    kr_doc_free(d);
    /* a bracket that says what it holds first */
    d = parse("de motie van het lid Ceder over voedselhulp (t.v.v. 33885, nr. 18) is");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "motie:ceder");
    kr_doc_free(d);
    /* the sentence ended before it */
    d = parse("Zie de motie van het lid Ceder over voedselhulp. Dat was in juni (Kamerstuk 29754, nr. 145).");
    assert_string_equal(kr_doc_ref(d, 0)->target, "motie:ceder");
    kr_doc_free(d);
}

static void motion_heading_is_not_a_citation(void **st)
{
    (void)st;
    expect_none("Motie\nDe Kamer,\ngehoord de beraadslaging,");
}

static void parties_and_the_house_are_not_submitters(void **st)
{
    (void)st;
    expect_none("de motie van GroenLinks en de ChristenUnie is");
    expect_none("een motie van de Kamer is");
    expect_one("de motie van Van Tongeren en Dik-Faber is", KR_KIND_MOTIE, "motie:van-tongeren+dik-faber");
}

static void finds_amendments(void **st)
{
    (void)st;
    kr_doc *d = parse("het amendement-Tang/Irrgang wordt");
    const kr_ref *r = only_ref(d);
    assert_int_equal(r->kind, KR_KIND_AMENDEMENT);
    assert_string_equal(r->target, "amendement:tang+irrgang");
    kr_doc_free(d);
    d = parse("het amendement van het lid Oskam ter vervanging van nr. 9 is");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_int_equal(kr_doc_ref(d, 0)->kind, KR_KIND_AMENDEMENT);
    assert_string_equal(kr_doc_ref(d, 0)->target, "amendement:oskam");
    assert_int_equal(kr_doc_ref(d, 1)->kind, KR_KIND_KAMERSTUK);
    assert_null(kr_doc_ref(d, 1)->target); /* no dossier in sight */
    kr_doc_free(d);
}

/* A sitting numbers each debate's motions: "nr. 36" of the debate the mention stands in. */
static void stuk_number_takes_the_nearest_numbering_before_it(void **st)
{
    (void)st;
    kr_doc *d = parse("Zij krijgt nr. 36 (33964).\n\nDe motie op stuk nr. 36 van de heer Van Hijum gaat over X.\n\n"
                      "Zij krijgt nr. 36 (33972).\n");
    assert_int_equal(kr_doc_ref_count(d), 3);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-33964-36");
    kr_doc_free(d);
}

static void stuk_number_takes_submitters_without_a_title(void **st)
{
    (void)st;
    kr_doc *d = parse("De motie op stuk nr. 212 van Bergkamp, Segers en Dijksma vraagt");
    const kr_ref *r = only_ref(d);
    assert_int_equal(r->n_submitters, 3);
    assert_string_equal(r->submitters[2], "Dijksma");
    kr_doc_free(d);
    d = parse("de motie op stuk nr. 211, van het lid Hijink, vraagt");
    r = only_ref(d);
    assert_int_equal(r->n_submitters, 1);
    assert_string_equal(r->submitters[0], "Hijink");
    kr_doc_free(d);
}

static void resolves_stuk_number_from_motion_numbering(void **st)
{
    (void)st;
    kr_doc *d = parse("Zij krijgt nr. 346 (32847).\n\nDe motie van de leden Kröger en Grashoff op stuk nr. 346 "
                      "gaat over normen.");
    assert_int_equal(kr_doc_ref_count(d), 2);
    const kr_ref *r = kr_doc_ref(d, 1);
    assert_int_equal(r->kind, KR_KIND_KAMERSTUK);
    assert_string_equal(r->target, "kst-32847-346");
    assert_non_null(r->resolved_from);
    assert_int_equal(r->n_submitters, 2);
    assert_string_equal(r->submitters[1], "Grashoff");
    kr_doc_free(d);
}

static void motion_named_by_submitters_in_a_debate(void **st)
{
    (void)st;
    /* a motion renumbered when changed keeps the submitters of the one it was */
    kr_doc *rd = parse("De voorzitter:\nDe motie-Hertzberger/Van Campen (36518, nr. 8) is in die zin gewijzigd dat zij thans "
                      "luidt:\n\nMotie\n\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering iets te doen,\nen gaat "
                      "over tot de orde van de dag.\nZij krijgt nr. 13, was nr. 8 (36518).\n");
    const kr_ref *renumbered = NULL;
    for (size_t i = 0; i < kr_doc_ref_count(rd); i++)
        if (kr_doc_ref(rd, i)->target && strcmp(kr_doc_ref(rd, i)->target, "kst-36518-13") == 0) renumbered = kr_doc_ref(rd, i);
    assert_non_null(renumbered);
    assert_int_equal(renumbered->n_submitters, 2);
    assert_string_equal(renumbered->submitters[1], "Van Campen");
    kr_doc_free(rd);
    kr_doc *d = parse("Deze motie is voorgesteld door de leden Krol, Beckerman en Kröger. Naar mij blijkt, wordt de "
                      "indiening ervan voldoende ondersteund.\nZij krijgt nr. 357 (32847).\n\n"
                      "Dan de motie op stuk nr. 357.\n\nDeze motie van de heer Krol is een onderzoeksmotie. "
                      "Later noemt men de motie van de heer Krol nog eens.\n");
    assert_int_equal(kr_doc_ref_count(d), 4);
    const kr_ref *r = kr_doc_ref(d, 2); /* "Deze motie van de heer Krol": the motion just discussed */
    assert_int_equal(r->kind, KR_KIND_MOTIE);
    assert_string_equal(r->target, "kst-32847-357");
    r = kr_doc_ref(d, 3); /* by its submitter: the one numbered motion of Krol */
    assert_string_equal(r->target, "kst-32847-357");
    assert_string_equal(r->resolved_from, "motion numbered in this document");
    kr_doc_free(d);
}

static void leaves_uncertain_stuk_number_unresolved(void **st)
{
    (void)st;
    expect_one("Het amendement op stuk nr. 12 is aangenomen.", KR_KIND_KAMERSTUK, NULL);
    /* an agenda item that names two dossiers does not say which */
    kr_doc *d = parse("Aan de orde is de behandeling van: het wetsvoorstel A (36001) en het wetsvoorstel B (36002).\n"
                      "De voorzitter: het amendement op stuk nr. 12 is aangenomen.\n");
    for (size_t i = 0; i < kr_doc_ref_count(d); i++)
        if (strstr(kr_doc_ref(d, i)->text, "stuk")) assert_null(kr_doc_ref(d, i)->target);
    kr_doc_free(d);
}

static void stuk_number_takes_the_dossier_of_its_agenda_item(void **st)
{
    (void)st;
    kr_doc *d = parse("Aan de orde is de voortzetting van de behandeling van:\nhet wetsvoorstel Vaststelling van de "
                      "begrotingsstaten van het Ministerie van LVVN (XIV) voor het jaar 2025 (36600-XIV).\n\n"
                      "Staatssecretaris Rummenie:\nWe beginnen met de motie op stuk nr. 32 van de heer Graus.\n\n"
                      "Aan de orde is de behandeling van:\nhet wetsvoorstel Wijziging van de Pensioenwet (33972).\n\n"
                      "De heer Klaver (GroenLinks):\nHet amendement op stuk nr. 8 steun ik.\n");
    const char *want[] = {"kst-36600-XIV-32", "kst-33972-8"};
    size_t k = 0;
    for (size_t i = 0; i < kr_doc_ref_count(d); i++) {
        const kr_ref *r = kr_doc_ref(d, i);
        if (!strstr(r->text, "stuk")) continue;
        assert_true(k < 2);
        assert_string_equal(r->target, want[k++]);
        assert_non_null(strstr(r->resolved_from, "agenda item"));
    }
    assert_int_equal(k, 2);
    kr_doc_free(d);
    /* the chair's restatement of the item right after its heading names no dossier: the item goes on */
    d = parse("Aan de orde is de voortzetting van de behandeling van:\nhet wetsvoorstel Vaststelling van de "
              "begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2024 (36410-VI).\n\n"
              "(Zie vergadering van 7 februari 2024.)\n\nDe voorzitter:\nAan de orde is de voortzetting van de "
              "behandeling van de begroting Justitie en Veiligheid.\n\nDe voorzitter:\nDat is het amendement op stuk "
              "nr. 35.\n");
    const kr_ref *r = kr_doc_ref(d, kr_doc_ref_count(d) - 1);
    assert_string_equal(r->target, "kst-36410-VI-35");
    kr_doc_free(d);
}

static void stuk_number_takes_the_paper_cited_in_full(void **st)
{
    (void)st;
    kr_doc *d = parse("Ik wil vragen om de motie-Mutluer op stuk nr. 47 aan te houden.\n\nDe voorzitter:\nOp verzoek van "
                      "mevrouw Mutluer stel ik voor haar motie (36410-VI, nr. 47) aan te houden.\n");
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36410-VI-47");
    assert_non_null(strstr(kr_doc_ref(d, 0)->resolved_from, "cited in full"));
    kr_doc_free(d);
    /* papers of two dossiers with that number: not certain */
    d = parse("De motie op stuk nr. 47 steun ik. Zie ook (36410-VI, nr. 47) en Kamerstuk 31 293, nr. 47.\n");
    assert_null(kr_doc_ref(d, 0)->target);
    kr_doc_free(d);
}

static void resolves_replacement_against_own_dossier(void **st)
{
    (void)st;
    /* what an amendment replaces is of the amendment's dossier, as its footnote gives it */
    kr_doc *a = parse("Bent u bekend met het aangenomen gewijzigde amendement van het lid Martens-America1 ter vervanging "
                      "van nr. 45 over een fixus?\n\n1 Kamerstuk 36 410 VIII, nr. 112\n");
    assert_string_equal(kr_doc_ref(a, 1)->target, "kst-36410-VIII-45");
    kr_doc_free(a);
    kr_doc *d = parse_named("kst-36682-10.txt", "GEWIJZIGDE MOTIE\nTer vervanging van die gedrukt onder nr. 8\n");
    const kr_ref *r = only_ref(d);
    assert_string_equal(r->target, "kst-36682-8");
    assert_non_null(r->resolved_from);
    kr_doc_free(d);
    /* the heading in capitals */
    d = parse_named("kst-36410-12.txt", "GEWIJZIGD AMENDEMENT VAN HET LID DIJK TER VERVANGING VAN DAT GEDRUKT ONDER NR. 9\n");
    assert_string_equal(only_ref(d)->target, "kst-36410-9");
    kr_doc_free(d);
}

static void finds_news_with_url(void **st)
{
    (void)st;
    kr_doc *d = parse("Telegraaf, 4 oktober 2025, «Zorgen om migratiepact», https://www.telegraaf.nl/a/1.html\n");
    const kr_ref *r = only_ref(d);
    assert_int_equal(r->kind, KR_KIND_NEWS);
    assert_string_equal(r->target, "https://www.telegraaf.nl/a/1.html");
    assert_string_equal(r->outlet, "Telegraaf");
    assert_string_equal(r->date, "2025-10-04");
    assert_string_equal(r->title, "Zorgen om migratiepact");
    assert_string_equal(r->url, "https://www.telegraaf.nl/a/1.html");
    kr_doc_free(d);
    /* any name, a date and a quoted title open a footnote: news, unless a public body publishes */
    expect_one("Zorgvisie, 2 mei 2024, «Een kop» (https://www.zorgvisie.nl/een-kop/)\n", KR_KIND_NEWS,
               "https://www.zorgvisie.nl/een-kop/");
    expect_one("Rijksoverheid, 4 oktober 2023, «Aanpassingen» (https://www.rijksoverheid.nl/a/b)\n", KR_KIND_URL,
               "https://www.rijksoverheid.nl/a/b");
    expect_none("NZa, 31 augustus 2023, «Zorgvraagtypering»\n");
    /* the outlet before the title: "het artikel van de NOS «…»", a title in single quotes */
    expect_one("Kent u het artikel van de NOS «Kop van het stuk»?", KR_KIND_NEWS, "news:nos:kop-van-het-stuk");
    expect_one("Kent u de uitzending van Argos 'Het laatste kwartier van Sammy'?", KR_KIND_NEWS,
               "news:argos:het-laatste-kwartier-van-sammy");
    expect_one("Kent u het artikel in het AD van 3 juni 2024, ‘Een kop’?", KR_KIND_NEWS, "news:ad:2024-06-03");
    expect_none("Het artikel van de minister is 'goed'.");
    /* dated, the outlet needs no title; a date may follow the title; "nieuws-", "kranten-" */
    expect_one("Kent u het nieuwsbericht van de NOS van 5 januari 2024?", KR_KIND_NEWS, "news:nos:2024-01-05");
    expect_one("Kent u het artikel van Follow the Money «Hoe de lobby won» van 2 februari 2024?", KR_KIND_NEWS,
               "news:follow-the-money:2024-02-02");
    expect_one("Kent u het krantenartikel «Vuur» in Trouw?", KR_KIND_NEWS, "news:trouw:vuur");
    expect_none("Kent u het bericht van de NOS over vuurwerk?");
}

static void finds_news_without_url(void **st)
{
    (void)st;
    expect_one("NOS, 27 september, 2023, «Een titel»\n", KR_KIND_NEWS, "news:nos:2023-09-27"); /* a comma before the year */
    expect_one("NOS, 12-03-2024, «Vuur»\n", KR_KIND_NEWS, "news:nos:2024-03-12"); /* a date in figures */
    /* the URL and its article in brackets after it are one record; "NOS.nl" with its date */
    expect_one("Zie https://nos.nl/artikel/123-vuur (NOS, 12 maart 2024).", KR_KIND_NEWS, "https://nos.nl/artikel/123-vuur");
    expect_one("Kent u het bericht «Vuur» (NOS.nl, 12 maart 2024)?", KR_KIND_NEWS, "news:nos:2024-03-12");
    /* a dated article takes the URL of its footnote */
    kr_doc *dn = parse("Kent u het bericht «Water» (Trouw, 7 april 2024)?1\n\n1 https://www.trouw.nl/water~b1/\n");
    assert_string_equal(kr_doc_ref(dn, 0)->target, "https://www.trouw.nl/water~b1/");
    kr_doc_free(dn);
    expect_one("zoals NRC Handelsblad, 15 december 2015 meldde", KR_KIND_NEWS, "news:nrc-handelsblad:2015-12-15");
    kr_doc *d = parse("het artikel «Een titel» in de Volkskrant van 3 juni 2025 meldt");
    const kr_ref *r = only_ref(d);
    assert_int_equal(r->kind, KR_KIND_NEWS);
    assert_string_equal(r->target, "news:de-volkskrant:2025-06-03"); /* the paper's name has its article */
    assert_string_equal(r->outlet, "de Volkskrant");
    assert_string_equal(r->title, "Een titel");
    kr_doc_free(d);
    /* not an article of the name: "het AD", "het NRC" */
    expect_one("zoals het NRC, 15 december 2015 meldde", KR_KIND_NEWS, "news:nrc:2015-12-15");
    /* a paper is one node: its own article in the id whether written or not, the outlet as written */
    d = parse("Volkskrant, 20 september 2023, «Goede bedoelingen» is");
    assert_string_equal(only_ref(d)->target, "news:de-volkskrant:2023-09-20");
    assert_string_equal(only_ref(d)->outlet, "Volkskrant");
    kr_doc_free(d);
    expect_one("Kent u het Telegraaf-artikel «Een kop»?", KR_KIND_NEWS, "news:de-telegraaf:een-kop");
}

static void finds_plain_urls(void **st)
{
    (void)st;
    expect_one("zie https://www.rijksoverheid.nl/documenten/x.pdf.", KR_KIND_URL,
               "https://www.rijksoverheid.nl/documenten/x.pdf");
    expect_one("zie www.firsteetkit.nl voor", KR_KIND_URL, "www.firsteetkit.nl");
}

static void finds_zaak_and_document_numbers(void **st)
{
    (void)st;
    expect_one("zaak 2025Z12345 staat", KR_KIND_ZAAK, "2025Z12345");
    expect_one("document 2025D12345 staat", KR_KIND_DOCUMENT, "2025D12345");
}

static void finds_ecli_eu_stb_stcrt(void **st)
{
    (void)st;
    expect_one("zie ECLI:NL:HR:2012:BQ9251.", KR_KIND_ECLI, "ECLI:NL:HR:2012:BQ9251");
    expect_one("het voorstel COM(2025) 944 van", KR_KIND_EU, "COM(2025)944");
    expect_one("zie Stb. 2011, 35 voor", KR_KIND_STB, "stb-2011-35");
    expect_one("zie Stb. 2023/245 voor", KR_KIND_STB, "stb-2023-245");
    expect_one("zie Stcrt. 2023, 1234 voor", KR_KIND_STCRT, "stcrt-2023-1234");
}

static void numbers_never_match_inside_numbers_dates_or_amounts(void **st)
{
    (void)st;
    expect_none("op 21 juni 2024, nr. 5293107 en € 123.456,78 en tel. 070-426 64 26 en 2023-2024");
    expect_none("in 2021 is € 50 miljoen extra beschikbaar gesteld, zie 1234567-89");
}

static void drops_references_to_itself(void **st)
{
    (void)st;
    expect_none("Tekst.\n\nTweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 974 5\n");
    kr_doc *d = parse_named("kst-32317-974.txt", "Zie Kamerstuk 32 317, nr. 974 hierover.");
    assert_int_equal(kr_doc_ref_count(d), 0);
    kr_doc_free(d);
    /* a motion handed in during the debate: its stamped number is its id; the debate's dossier
     * in its heading is its own */
    d = parse_named("2023D04875.txt", "08 februari 2023\n\n36169-31\n\nWijziging van de Klimaatwet\nMOTIE VAN DE "
                                      "LEDEN DASSEN\n\nEN KOEKKOEK\n\nPlenair debat (wetgeving) - Klimaatwet (36169) "
                                      "(re- en dupliek)\n\nDe Kamer,\n\ngehoord de beraadslaging,\nconstaterende dat de "
                                      "motie Dassen c.s. (36120-24) niet is uitgevoerd,\n");
    assert_string_equal(kr_doc_id(d), "kst-36169-31");
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36120-24");
    kr_doc_free(d);
    /* a stamp's number is digits */
    d = parse_named("m.txt", "36169-31A\n\nMOTIE VAN HET LID DASSEN\n");
    assert_string_equal(kr_doc_id(d), "m");
    kr_doc_free(d);
    /* a number alone at the top of another paper is no stamp */
    d = parse_named("brief.txt", "36169-31\n\nGeachte voorzitter,\n");
    assert_string_equal(kr_doc_id(d), "brief");
    kr_doc_free(d);
}

/* Every mention of an XML document is reported at the line and column of the XML input where
 * its first word stands: checked on the bytes themselves. */
static void expect_xml_positions(const char *bytes, size_t len, size_t min_refs)
{
    kr_doc *d = NULL;
    assert_int_equal(kr_doc_parse(&d, "x.xml", bytes, len), 0);
    assert_true(kr_doc_ref_count(d) >= min_refs);
    for (size_t i = 0; i < kr_doc_ref_count(d); i++) {
        const kr_ref *r = kr_doc_ref(d, i);
        const char *p = bytes, *end = bytes + len;
        for (size_t l = 1; l < r->line && p < end; l++) p = memchr(p, '\n', (size_t)(end - p)) ? (const char *)memchr(p, '\n', (size_t)(end - p)) + 1 : end;
        for (size_t c = 1; c < r->col && p < end && *p != '\n'; c++) /* columns count characters */
            do p++;
            while (p < end && ((unsigned char)*p & 0xC0) == 0x80);
        size_t w = strcspn(r->text, " ,.:;)"); /* punctuation may stand on the next line */
        if ((size_t)(end - p) < w || memcmp(p, r->text, w) != 0)
            fail_msg("«%s» reported at %zu:%zu, where the input has «%.20s»", r->text, r->line, r->col, p);
    }
    kr_doc_free(d);
}

static void xml_positions_point_into_the_input(void **st)
{
    (void)st;
    /* a garbled byte order mark and a line break before the declaration, the links and the
     * paragraphs pretty-printed over lines, a note */
    static const char x[] = "\xC3\xAF\xC2\xBB\xC2\xBF\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<handelingen>\n"
                            "  <al>\n    Zij krijgt nr.\n    <extref doc=\"kst-29538-253\">\n     253\n    </extref>\n"
                            "    (\n    <extref doc=\"kst-29538-253\">\n     29538\n    </extref>\n    ).\n  </al>\n"
                            "  <al>Ik begin met de motie op stuk nr. 253, en verder de motie-Kr\xC3\xB6ger.</al>\n"
                            "  <al>Zie ook<noot><al>Kamerstuk 21 501-08, nr. 719.</al></noot> de brief.</al>\n"
                            /* the dossier on a line of its own, the comma after it on the next */
                            "  <al>\n    de motie-Wassenberg over dieren (\n    <extref doc=\"kst-21501-08-719\">\n     "
                            "21501-08\n    </extref>\n    , nr.\n    <extref doc=\"kst-21501-08-719\">\n     719\n    "
                            "</extref>\n    );\n  </al>\n"
                            "</handelingen>\n";
    expect_xml_positions(x, sizeof x - 1, 6);
    /* the link on the dossier belongs to the new number; the old one is the text's */
    static const char was[] = "<?xml version=\"1.0\"?><handelingen><al>Zij krijgt nr. <extref doc=\"kst-21501-08-726\">726"
                              "</extref>, was nr. 719 (<extref doc=\"kst-21501-08-726\">21501-08</extref>).</al></handelingen>";
    kr_doc *d = NULL;
    assert_int_equal(kr_doc_parse(&d, "was.xml", was, sizeof was - 1), 0);
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-21501-08-726");
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-21501-08-719");
    kr_doc_free(d);
    /* a link in a note names the note's mention, not the running text's at the same offset */
    static const char note[] = "<?xml version=\"1.0\"?><handelingen><al>Dit is een langere zin over het beleid<noot "
                               "id=\"n1\"><al>Zie <extref doc=\"kst-36600-5\">Kamerstuk 36600, nr. 5</extref></al></noot> "
                               "en Kamerstuk 12345, nr. 5 daarna.</al></handelingen>";
    assert_int_equal(kr_doc_parse(&d, "note.xml", note, sizeof note - 1), 0);
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-12345-5");
    assert_null(kr_doc_ref(d, 0)->resolved_from);
    assert_string_equal(kr_doc_ref(d, 1)->target, "kst-36600-5");
    assert_int_equal(kr_doc_ref(d, 1)->footnote, 1);
    kr_doc_free(d);
    /* markup before a mention and the same words twice on one line: each at its own column */
    static const char twice[] = "<?xml version=\"1.0\"?>\n<handelingen>\n<al>Zie <extref doc=\"kst-36600-5\">Kamerstuk "
                                "36600, nr. 5</extref> en Kamerstuk 36600, nr. 5 hier.</al>\n</handelingen>\n";
    expect_xml_positions(twice, sizeof twice - 1, 2);
    assert_int_equal(kr_doc_parse(&d, "twice.xml", twice, sizeof twice - 1), 0);
    assert_int_equal(kr_doc_ref(d, 0)->col, 35);
    assert_int_equal(kr_doc_ref(d, 1)->col, 70);
    kr_doc_free(d);
    /* a note inside a paragraph on one line, and over several lines: each mention at its own
     * line and column, the running text after the note on the line where the note ends */
    static const char inline_note[] = "<?xml version=\"1.0\"?>\n<officiele-publicatie>\n<al>Zie de brief<noot><nootnr>1"
                                      "</nootnr><al>Kamerstuk 36410, nr. 5</al></noot> en Kamerstuk 36410, nr. 6.</al>\n"
                                      "</officiele-publicatie>\n";
    assert_int_equal(kr_doc_parse(&d, "inline.xml", inline_note, sizeof inline_note - 1), 0);
    assert_int_equal(kr_doc_ref_count(d), 2);
    assert_string_equal(kr_doc_ref(d, 0)->target, "kst-36410-6");
    assert_int_equal(kr_doc_ref(d, 0)->line, 3);
    assert_int_equal(kr_doc_ref(d, 0)->col, 83);
    assert_int_equal(kr_doc_ref(d, 1)->line, 3);
    assert_int_equal(kr_doc_ref(d, 1)->col, 45);
    kr_doc_free(d);
    static const char long_note[] = "<?xml version=\"1.0\"?>\n<officiele-publicatie>\n<al>Zie de brief<noot>\n<nootnr>1"
                                    "</nootnr>\n<al>Kamerstuk 36410, nr. 5</al>\n</noot> en Kamerstuk 36410, nr. 6.</al>\n"
                                    "</officiele-publicatie>\n";
    assert_int_equal(kr_doc_parse(&d, "long.xml", long_note, sizeof long_note - 1), 0);
    assert_int_equal(kr_doc_ref(d, 0)->line, 6);
    assert_int_equal(kr_doc_ref(d, 0)->col, 12);
    assert_int_equal(kr_doc_ref(d, 1)->line, 5);
    assert_int_equal(kr_doc_ref(d, 1)->col, 5);
    kr_doc_free(d);
    /* speaking turns inside a note (hostile) break no line and move no link out of the text */
    char turns[1024];
    int tl = snprintf(turns, sizeof turns, "<?xml version=\"1.0\"?>\n<officiele-publicatie><al>Tekst<noot>");
    for (int k = 0; k < 40; k++) tl += snprintf(turns + tl, sizeof turns - (size_t)tl, "<vraag>a</vraag>");
    tl += snprintf(turns + tl, sizeof turns - (size_t)tl,
                   "<extref doc=\"kst-36410-5\">zie</extref></noot> en.</al></officiele-publicatie>\n");
    assert_int_equal(kr_doc_parse(&d, "turns.xml", turns, (size_t)tl), 0);
    assert_int_equal(kr_doc_ref_count(d), 1);
    assert_string_equal(kr_doc_ref(d, 0)->text, "zie");
    kr_doc_free(d);
    FILE *f = fopen("tests/fixtures/h-tk-20172018-70-9.xml", "rb");
    assert_non_null(f);
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    expect_xml_positions(buf, n, 20);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finds_kamerstuk_with_prefix),
        cmocka_unit_test(finds_kamerstukken_with_year_and_roman_part),
        cmocka_unit_test(finds_subdossier_with_number),
        cmocka_unit_test(finds_compact_forms),
        cmocka_unit_test(compact_subdossier_alone_is_a_dossier),
        cmocka_unit_test(finds_bare_dossier_and_number),
        cmocka_unit_test(finds_motion_numbering),
        cmocka_unit_test(splits_number_lists),
        cmocka_unit_test(number_list_stops_before_the_next_dossier),
        cmocka_unit_test(number_ranges_give_every_number),
        cmocka_unit_test(handelingen_item_lists),
        cmocka_unit_test(eerste_kamer_letters),
        cmocka_unit_test(council_dossier_series),
        cmocka_unit_test(dossier_in_brackets),
        cmocka_unit_test(spans_as_written),
        cmocka_unit_test(citations_broken_over_lines),
        cmocka_unit_test(finds_eerste_kamer_letter),
        cmocka_unit_test(finds_dotted_subdossier),
        cmocka_unit_test(finds_rijkswet_dossier),
        cmocka_unit_test(finds_budget_chapter_glued_to_its_dossier),
        cmocka_unit_test(finds_the_next_paper_after_cited_pages),
        cmocka_unit_test(finds_vergaderjaar_footnote),
        cmocka_unit_test(footnote_that_is_a_url_alone),
        cmocka_unit_test(finds_officielebekendmakingen_url),
        cmocka_unit_test(finds_dossiers),
        cmocka_unit_test(finds_handelingen),
        cmocka_unit_test(finds_aanhangsel),
        cmocka_unit_test(finds_motions_by_submitters),
        cmocka_unit_test(motion_takes_the_kamerstuk_beside_it),
        cmocka_unit_test(handelingen_by_page),
        cmocka_unit_test(compact_rijkswet),
        cmocka_unit_test(paper_of_two_dossiers),
        cmocka_unit_test(senate_letters_in_brackets),
        cmocka_unit_test(dossier_headings),
        cmocka_unit_test(debate_numbering_forms),
        cmocka_unit_test(motion_submitters_variants),
        cmocka_unit_test(motion_list_names_the_next_without_the_word),
        cmocka_unit_test(motion_takes_the_kamerstuk_after_its_subject),
        cmocka_unit_test(motion_heading_is_not_a_citation),
        cmocka_unit_test(parties_and_the_house_are_not_submitters),
        cmocka_unit_test(finds_amendments),
        cmocka_unit_test(stuk_number_takes_the_nearest_numbering_before_it),
        cmocka_unit_test(stuk_number_takes_submitters_without_a_title),
        cmocka_unit_test(resolves_stuk_number_from_motion_numbering),
        cmocka_unit_test(motion_named_by_submitters_in_a_debate),
        cmocka_unit_test(leaves_uncertain_stuk_number_unresolved),
        cmocka_unit_test(stuk_number_takes_the_dossier_of_its_agenda_item),
        cmocka_unit_test(stuk_number_takes_the_paper_cited_in_full),
        cmocka_unit_test(resolves_replacement_against_own_dossier),
        cmocka_unit_test(finds_news_with_url),
        cmocka_unit_test(finds_news_without_url),
        cmocka_unit_test(finds_plain_urls),
        cmocka_unit_test(finds_zaak_and_document_numbers),
        cmocka_unit_test(finds_ecli_eu_stb_stcrt),
        cmocka_unit_test(numbers_never_match_inside_numbers_dates_or_amounts),
        cmocka_unit_test(drops_references_to_itself),
        cmocka_unit_test(xml_positions_point_into_the_input),
    };
    return cmocka_run_group_tests_name("refs", tests, NULL, NULL);
}
