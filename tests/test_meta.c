/* Unit tests of document facts: name lists, parties, ministers, dates, delays, people graph. */
#include "helpers.h"

#include <limits.h>

#include "meta.h"

static const kr_docinfo *info_of(kr_doc **d, const char *text)
{
    *d = parse_named("ah-tk-20232024-9999.txt", text);
    return kr_doc_info(*d);
}

static void member_list_with_parties(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA) en Van\nNispen (SP) "
                                       "aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over iets "
                                       "(ingezonden 30 mei\n2024).\nAntwoord van Minister De Jonge (Binnenlandse Zaken "
                                       "en Koninkrijksrelaties) (ontvangen 7 juni 2024).\nVraag 1\nWaarom?\n");
    assert_string_equal(in->type, "kamervragen");
    assert_int_equal(in->n_askers, 3);
    assert_string_equal(in->askers[0].name, "Sneller");
    assert_string_equal(in->askers[0].party, "D66");
    assert_string_equal(in->askers[1].party, "GroenLinks-PvdA");
    assert_string_equal(in->askers[2].name, "Van Nispen");
    assert_string_equal(in->askers[2].party, "SP");
    assert_string_equal(in->subject, "iets");
    assert_string_equal(in->submitted, "2024-05-30");
    assert_string_equal(in->received, "2024-06-07");
    assert_int_equal(in->delay_days, 8);
    assert_int_equal(in->late, 0);
    assert_int_equal(in->n_answering, 1);
    assert_string_equal(in->answering[0].name, "De Jonge");
    assert_string_equal(in->answering[0].role, "Minister");
    assert_string_equal(in->answering[0].ministry, "Binnenlandse Zaken en Koninkrijksrelaties");
    kr_doc_free(d);
}

static void one_member_glued_party_and_mede_namens(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Faber-van de Klashorst(PVV) aan de Minister van Justitie en "
                                       "Veiligheid over iets (ingezonden 6 mei 2024).\nAntwoord van Minister "
                                       "Yeşilgöz-Zegerius (Justitie en Veiligheid), mede\nnamens de Minister voor "
                                       "Rechtsbescherming (ontvangen 11 juni 2024). Zie ook\nAanhangsel Handelingen, "
                                       "vergaderjaar 2023–2024, nr. 1843.\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_askers, 1);
    assert_string_equal(in->askers[0].name, "Faber-van de Klashorst");
    assert_string_equal(in->askers[0].party, "PVV");
    assert_int_equal(in->n_answering, 2);
    assert_null(in->answering[1].name);
    assert_string_equal(in->answering[1].role, "Minister voor Rechtsbescherming");
    assert_int_equal(in->n_postponements, 1);
    assert_string_equal(in->postponements[0], "ah-tk-20232024-1843");
    /* 36 days: late without a postponement notice, in time with one */
    assert_int_equal(in->delay_days, 36);
    assert_int_equal(in->late, 0);
    kr_doc_free(d);
}

/* The answering official in lower case, or by role alone ("de minister van …") */
static void answering_role_in_lower_case_or_alone(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de minister van Justitie en Veiligheid over "
                                       "iets (ingezonden 3 januari 2024).\nAntwoord van minister Van Weel (Justitie en "
                                       "Veiligheid) (ontvangen 5 februari 2024).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_answering, 1);
    assert_string_equal(in->answering[0].name, "Van Weel");
    assert_string_equal(in->answering[0].role, "Minister");
    assert_string_equal(in->answering[0].ministry, "Justitie en Veiligheid");
    kr_doc_free(d);
    in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de minister van Justitie en Veiligheid over iets "
                     "(ingezonden 3 januari 2024).\nAntwoord van de minister van Justitie en Veiligheid (ontvangen 5 "
                     "februari 2024).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_answering, 1);
    assert_null(in->answering[0].name);
    assert_string_equal(in->answering[0].role, "Minister van Justitie en Veiligheid");
    kr_doc_free(d);
    /* "Minister van Weel (…)": a name, its portfolio in the bracket */
    in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de minister van Justitie over iets (ingezonden 3 januari "
                     "2024).\nAntwoord van Minister van Weel (Justitie en Veiligheid) (ontvangen 5 februari 2024).\nVraag 1\nWat?\n");
    assert_string_equal(in->answering[0].name, "van Weel");
    assert_string_equal(in->answering[0].ministry, "Justitie en Veiligheid");
    kr_doc_free(d);
    /* a role with "(mede namens …)": no name */
    in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de minister van Justitie over iets (ingezonden 3 januari "
                     "2024).\nAntwoord van Minister van Justitie en Veiligheid (mede namens de Minister voor "
                     "Rechtsbescherming) (ontvangen 5 februari 2024).\nVraag 1\nWat?\n");
    assert_int_equal(in->n_answering, 2);
    assert_null(in->answering[0].name);
    assert_string_equal(in->answering[0].role, "Minister van Justitie en Veiligheid");
    assert_string_equal(in->answering[1].role, "Minister voor Rechtsbescherming");
    kr_doc_free(d);
    /* a bracket closed in the text keeps its ')' */
    in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de minister van Justitie over iets (ingezonden 3 januari "
                     "2024).\nAntwoord van Minister Van Weel (Justitie en Veiligheid), mede namens de Minister voor "
                     "Rechtsbescherming (tevens Minister voor Asiel) (ontvangen 5 februari 2024).\nVraag 1\nWat?\n");
    assert_string_equal(in->answering[1].role, "Minister voor Rechtsbescherming (tevens Minister voor Asiel)");
    kr_doc_free(d);
    /* "mede namens" an official named as the first is, and a role after it */
    in = info_of(&d, "Vragen van het lid Azarkan (DENK) aan de Staatssecretaris van Financiën over FSV (ingezonden 19 mei "
                     "2021).\nAntwoord van Staatssecretaris Vijlbrief (Financiën – Fiscaliteit en Belastingdienst), mede "
                     "namens de Staatssecretaris Van Huffelen (Financiën – Toeslagen en Douane) en de Minister van "
                     "Justitie en Veiligheid (ontvangen 17 juni 2021).\nVraag 1\nWat?\n");
    assert_int_equal(in->n_answering, 3);
    assert_string_equal(in->answering[1].name, "Van Huffelen");
    assert_string_equal(in->answering[1].role, "Staatssecretaris");
    assert_string_equal(in->answering[1].ministry, "Financiën – Toeslagen en Douane");
    assert_null(in->answering[2].name);
    assert_string_equal(in->answering[2].role, "Minister van Justitie en Veiligheid");
    kr_doc_free(d);
}

/* A cover letter whose subject ("Betreft …") does not name the askers: its opening does */
static void letter_subject_without_askers(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Datum 12 maart 2024\nBetreft Beantwoording Kamervragen over het bericht «Tekort»\n\n"
                                       "Hierbij zend ik u de antwoorden op de vragen van het lid Mutluer (GroenLinks-PvdA) "
                                       "over het bericht «Tekort» (ingezonden 12 februari 2024).\n\nDe Minister van "
                                       "Justitie en Veiligheid,\n\nD. Yeşilgöz-Zegerius\n");
    assert_string_equal(in->type, "antwoordbrief");
    assert_string_equal(in->subject, "het bericht «Tekort»");
    assert_int_equal(in->n_askers, 1);
    assert_string_equal(in->askers[0].name, "Mutluer");
    assert_string_equal(in->askers[0].party, "GroenLinks-PvdA");
    assert_string_equal(in->submitted, "2024-02-12");
    assert_string_equal(in->received, "2024-03-12");
    kr_doc_free(d);
}

/* A signature whose ministry runs over two lines; a subject's bracket with the case number and
 * the date asked; initials of three letters */
static void letter_signature_over_two_lines(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Datum 12 juni 2024\nBetreft Kamervragen over wachttijden\n\nHierbij zend ik u de "
                                       "antwoorden.\n\nde minister van Volksgezondheid,\nWelzijn en Sport,\n\nConny "
                                       "Helder\n\nAntwoorden op Kamervragen van het lid Dobbe (SP) over wachttijden in "
                                       "de ggz (2024Z07812, ingezonden 2 mei 2024).\n\nVraag 1\nWaarom?\n");
    assert_string_equal(in->type, "antwoordbrief");
    assert_string_equal(in->subject, "wachttijden in de ggz");
    assert_string_equal(in->submitted, "2024-05-02");
    assert_int_equal(in->n_answering, 1);
    assert_string_equal(in->answering[0].role, "Minister van Volksgezondheid, Welzijn en Sport");
    assert_string_equal(in->answering[0].ministry, "Volksgezondheid, Welzijn en Sport");
    assert_string_equal(in->answering[0].name, "Conny Helder");
    kr_doc_free(d);
    in = info_of(&d, "Datum 12 juni 2024\nOnderwerp Beantwoording Kamervragen van het lid Dobbe (SP) over iets\n\nDe "
                     "minister van Infrastructuur en Waterstaat,\n\nM.G.J. Harbers\n");
    assert_int_equal(in->n_answering, 1);
    assert_string_equal(in->answering[0].name, "Harbers");
    kr_doc_free(d);
}

/* "aan de Ministers van VWS, van JenV en van SZW": three */
static void plural_ministers_with_commas(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de Ministers van VWS, van JenV en van SZW "
                                       "over iets (ingezonden 3 januari 2024).\nVraag 1\nWat?\n");
    assert_int_equal(in->n_addressees, 3);
    assert_string_equal(in->addressees[1], "Minister van JenV");
    assert_string_equal(in->addressees[2], "Minister van SZW");
    kr_doc_free(d);
    /* a title of its own after the plural's portfolios */
    in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de Ministers voor VRO, van LNV en de Staatssecretaris van VWS "
                     "over iets (ingezonden 3 januari 2024).\nVraag 1\nWat?\n");
    assert_int_equal(in->n_addressees, 3);
    assert_string_equal(in->addressees[2], "Staatssecretaris van VWS");
    kr_doc_free(d);
}

/* The older heading "… over X. (Ingezonden 12 november 2008)"; a consultation that opens "In de
 * vaste commissie voor … bestond er bij enkele fracties behoefte …" */
static void older_heading_and_consultation_opening(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Teeven (VVD) aan de minister van Justitie over\nvrijgelaten "
                                       "verdachten. (Ingezonden 12 november 2008)\nAntwoord van minister Hirsch Ballin "
                                       "(Justitie). (Ontvangen 3 december 2008)\nVraag 1\nWaarom?\n");
    assert_string_equal(in->type, "kamervragen");
    assert_string_equal(in->subject, "vrijgelaten verdachten");
    assert_string_equal(in->submitted, "2008-11-12");
    assert_string_equal(in->received, "2008-12-03");
    kr_doc_free(d);
    in = info_of(&d, "In de vaste commissie voor Asiel en Migratie bestond er bij enkele fracties behoefte om enkele "
                     "vragen en opmerkingen voor te leggen aan de Minister van Asiel en Migratie over de brief.\n\nDe "
                     "vragen en opmerkingen zijn op 6 oktober 2025 aan de Minister voorgelegd. Bij brief van 8 oktober "
                     "2025 zijn de vragen beantwoord.\n");
    assert_string_equal(in->type, "schriftelijk-overleg");
    assert_string_equal(in->submitted, "2025-10-06");
    assert_string_equal(in->received, "2025-10-08");
    kr_doc_free(d);
}

static void shared_party_and_plural_ministers(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van de leden Temmink en Van Nispen (beiden SP) aan de Ministers van "
                                       "Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof over iets "
                                       "(ingezonden 4 juli 2023).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_askers, 2);
    assert_string_equal(in->askers[0].party, "SP");
    assert_string_equal(in->askers[1].party, "SP");
    assert_int_equal(in->n_addressees, 2);
    assert_string_equal(in->addressees[0], "Minister van Landbouw, Natuur en Voedselkwaliteit");
    assert_string_equal(in->addressees[1], "Minister voor Natuur en Stikstof");
    assert_int_equal(in->delay_days, -1);
    assert_int_equal(in->late, -1);
    kr_doc_free(d);
}

/* Plural titles over portfolios that hold "en": cut only between two known portfolios. */
static void plural_titles_over_portfolios_with_en(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Koekkoek (Volt) aan de Staatssecretarissen van Volksgezondheid, "
                                       "Welzijn en Sport en van Binnenlandse Zaken en Koninkrijksrelaties over iets "
                                       "(ingezonden 4 juli 2023).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_addressees, 2);
    assert_string_equal(in->addressees[0], "Staatssecretaris van Volksgezondheid, Welzijn en Sport");
    assert_string_equal(in->addressees[1], "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties");
    kr_doc_free(d);
    /* a plural title after a first addressee; the Minister-President has no portfolio to share */
    in = info_of(&d, "Vragen van de leden Bouchallikh, Bromet en Kröger (allen GroenLinks) aan de Staatssecretaris van "
                     "Infrastructuur en Waterstaat en de Ministers van Infrastructuur en Waterstaat, voor Volkshuisvesting "
                     "en Ruimtelijke Ordening en voor Landbouw, Natuur en Voedselkwaliteit over iets (ingezonden 30 mei "
                     "2022).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_addressees, 4);
    assert_string_equal(in->askers[2].party, "GroenLinks");
    assert_string_equal(in->addressees[1], "Minister van Infrastructuur en Waterstaat");
    assert_string_equal(in->addressees[3], "Minister voor Landbouw, Natuur en Voedselkwaliteit");
    kr_doc_free(d);
    in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de Minister-President en de Ministers van Justitie en "
                     "Veiligheid en van Defensie over iets (ingezonden 3 januari 2024).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_addressees, 3);
    assert_string_equal(in->addressees[0], "Minister-President");
    assert_string_equal(in->addressees[2], "Minister van Defensie");
    kr_doc_free(d);
    in = info_of(&d, "Vragen van het lid Jansen (SP) aan de ministers van Justitie en Veiligheid en Binnenlandse Zaken en "
                     "Koninkrijkrelaties over iets (ingezonden 4 juli 2023).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_addressees, 2);
    assert_string_equal(in->addressees[0], "Minister van Justitie en Veiligheid");
    /* misspelt, so not a known portfolio: kept whole, not cut after "Binnenlandse Zaken" */
    assert_string_equal(in->addressees[1], "Minister van Binnenlandse Zaken en Koninkrijkrelaties");
    kr_doc_free(d);
}

/* An answer letter whose subject names no addressee: its opening sentence does. */
static void answer_letter_addressees_from_its_opening(void **st)
{
    (void)st;
    kr_doc *d = parse_named("brief.txt", "Onderwerp\nBeantwoording Kamervragen van het lid Eerdmans (JA21) over iets\n\n"
                                         "In het antwoord op uw brief van 5 maart 2024 deel ik u mede dat de vragen van "
                                         "het lid Eerdmans (JA21) aan de minister van Justitie en Veiligheid over iets "
                                         "worden beantwoord.\n");
    const kr_docinfo *in = kr_doc_info(d);
    assert_string_equal(in->type, "antwoordbrief");
    assert_int_equal(in->n_addressees, 1);
    assert_string_equal(in->addressees[0], "Minister van Justitie en Veiligheid");
    kr_doc_free(d);
}

/* An answer letter's signature in lower case, with a ministry whose name has commas, "mede
 * namens" over it, and a subject line that repeats "van het". */
static void answer_letter_signature_and_garbled_subject(void **st)
{
    (void)st;
    kr_doc *d = parse_named("brief.txt", "Onderwerp\nBeantwoording Kamervragen van het van het lid Wassenberg (PvDD) over "
                                         "bijtincidenten\n\nIn antwoord op uw brief van 7 september 2023 deel ik u mede.\n\n"
                                         "mede namens de minister van Justitie en Veiligheid,\n\nde minister van Landbouw, "
                                         "Natuur en Voedselkwaliteit\n\nP. Adema\n");
    const kr_docinfo *in = kr_doc_info(d);
    assert_string_equal(in->type, "antwoordbrief");
    assert_int_equal(in->n_askers, 1);
    assert_string_equal(in->askers[0].name, "Wassenberg");
    assert_string_equal(in->askers[0].party, "PvdD"); /* a known party, as it spells itself */
    assert_int_equal(in->n_answering, 2);
    assert_string_equal(in->answering[0].name, "Adema");
    assert_string_equal(in->answering[0].role, "Minister van Landbouw, Natuur en Voedselkwaliteit");
    assert_string_equal(in->answering[1].role, "Minister van Justitie en Veiligheid");
    kr_doc_free(d);
}

/* "mede namens" several officials at once, and a particle glued to a surname. */
static void plural_mede_namens_and_glued_particle(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Inge vanDijk (CDA) aan de Staatssecretaris van Financiën over "
                                       "iets (ingezonden 6 mei 2024).\nAntwoord van Staatssecretaris Van Huffelen "
                                       "(Koninkrijksrelaties en Digitalisering), mede namens de Staatssecretarissen van "
                                       "Volksgezondheid, Welzijn en Sport en van Justitie en Veiligheid (ontvangen 11 juni "
                                       "2024).\nVraag 1\nWaarom?\n");
    assert_string_equal(in->askers[0].name, "Inge van Dijk");
    assert_int_equal(in->n_answering, 3);
    assert_string_equal(in->answering[1].role, "Staatssecretaris van Volksgezondheid, Welzijn en Sport");
    assert_string_equal(in->answering[2].role, "Staatssecretaris van Justitie en Veiligheid");
    kr_doc_free(d);
    /* "mede namens" and nothing after it; a plural title without a portfolio */
    in = info_of(&d, "Vragen van het lid Jansen (SP) aan de Ministers en de Staatssecretaris van Financiën over iets "
                     "(ingezonden 6 mei 2024).\nAntwoord van Minister De Jonge (BZK), mede namens\n(ontvangen 11 juni "
                     "2024).\nVraag 1\nWaarom?\n");
    assert_int_equal(in->n_addressees, 2);
    assert_string_equal(in->addressees[1], "Staatssecretaris van Financiën");
    assert_int_equal(in->n_answering, 1);
    kr_doc_free(d);
}

static void party_with_spaces(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Van Raan (Partij voor de Dieren) aan de Minister van "
                                       "Infrastructuur en Waterstaat over iets (ingezonden 24 januari 2023).\n"
                                       "Vraag 1\nWaarom?\n");
    assert_int_equal(in->n_askers, 1);
    assert_string_equal(in->askers[0].name, "Van Raan");
    assert_string_equal(in->askers[0].party, "Partij voor de Dieren");
    kr_doc_free(d);
}

static void date_without_year_takes_the_parliamentary_year(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n\nVragen van het lid "
                                       "Dijk (SP) aan de Minister van VWS over iets (ingezonden 3 oktober).\nAntwoord "
                                       "van Minister Helder (Langdurige Zorg en Sport) (ontvangen 24 oktober 2023).\n"
                                       "Vraag 1\nWaarom?\n");
    assert_string_equal(in->submitted, "2023-10-03");
    assert_int_equal(in->delay_days, 21);
    assert_int_equal(in->late, 0); /* 21 days is not more than 21 */
    kr_doc_free(d);
}

static void answers_as_the_ministry_writes_them(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "AH 604\n2024Z18294\nAntwoord van minister Van Weel (Justitie en Veiligheid) "
                                       "(ontvangen 20 november 2024)\n\nVraag 1\nHoe is het kader tot stand gekomen?\n\n"
                                       "Antwoord op vraag 1\nIn overleg met gemeenten.\n");
    assert_string_equal(in->type, "kamervragen");
    assert_int_equal(in->n_answering, 1);
    assert_string_equal(in->answering[0].name, "Van Weel");
    assert_string_equal(in->answering[0].ministry, "Justitie en Veiligheid");
    assert_string_equal(in->received, "2024-11-20");
    kr_doc_free(d);
    /* PDF text that runs the year into the month */
    in = info_of(&d, "AH 586\nAntwoord van Staatssecretaris Jansen (Infrastructuur en Waterstaat) (ontvangen 18 "
                     "november2024).\n\nVraag 1\nWaarom?\n\nAntwoord op vraag 1\nDaarom.\n");
    assert_string_equal(in->received, "2024-11-18");
    kr_doc_free(d);
    /* two answering officials, each with the word */
    in = info_of(&d, "AH 558\nAntwoord van Minister Van Weel (Justitie en Veiligheid) en antwoord van Staatssecretaris "
                     "Coenradie (Justitie en Veiligheid) (ontvangen 12 november 2024)\n\nVraag 1\nWaarom?\n\n"
                     "Antwoord op vraag 1\nDaarom.\n");
    assert_int_equal(in->n_answering, 2);
    assert_string_equal(in->answering[1].name, "Coenradie");
    assert_string_equal(in->answering[1].role, "Staatssecretaris");
    kr_doc_free(d);
    /* the notice that the answers come later, as the ministry writes it */
    in = info_of(&d, "AH 615\n2024Z17538\nMededeling van staatssecretaris Rummenie (Landbouw, Visserij, "
                     "Voedselzekerheid en Natuur) (ontvangen 20 november 2024)\n\nOp 6 november jl. hebben de leden "
                     "Gabriëls en Bromet (beiden GroenLinks-PvdA) schriftelijke vragen gesteld.\n");
    assert_string_equal(in->type, "kamervragen");
    assert_true(in->mededeling);
    assert_string_equal(in->received, "2024-11-20");
    kr_doc_free(d);
}

/* A motion's text: its heading on a line with its number, with or without an id; a debate that
 * holds several motions stays a debate */
static void motion_texts(void **st)
{
    (void)st;
    static const char *motion = "35 166 Raming 2020\n\nNr. 16 MOTIE VAN DE LEDEN ZIENGS EN VAN DER MOLEN\n\n"
                                "Voorgesteld 3 juni 2019\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de "
                                "regering iets,\n\nen gaat over tot de orde van de dag.\n";
    kr_doc *d = parse_named("kst-35166-16.txt", motion);
    assert_string_equal(kr_doc_info(d)->type, "motion");
    kr_doc_free(d);
    d = parse_named("motie.txt", motion);
    assert_string_equal(kr_doc_info(d)->type, "motion");
    kr_doc_free(d);
    d = parse_named("debat.txt", "De heer Koerhuis (VVD)\nTwee moties.\nMotie\nDe Kamer,\ngehoord de beraadslaging,\n"
                                 "verzoekt de regering iets,\nMotie\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt iets.\n");
    assert_string_not_equal(kr_doc_info(d)->type, "motion");
    kr_doc_free(d);
}

/* Two titles sharing a portfolio without "de", a co-signer "mede ondertekend door", the date of
 * Kamervragen when they were put (not a date in their subject), a letter signed name first */
static void more_heading_forms(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Jansen (PVV) aan de minister-president en de Minister en "
                                       "Staatssecretaris van Justitie en Veiligheid over de uitspraak van 8 april 2022 "
                                       "(ingezonden 21 april 2022).\nAntwoord van minister-president Rutte (Algemene Zaken), "
                                       "mede ondertekend door de minister van Sociale Zaken en Werkgelegenheid (ontvangen 2 mei "
                                       "2022).\nVraag 1\nWat?\n");
    assert_int_equal(in->n_addressees, 3);
    assert_string_equal(in->addressees[0], "Minister-President");
    assert_string_equal(in->addressees[1], "Minister van Justitie en Veiligheid");
    assert_string_equal(in->addressees[2], "Staatssecretaris van Justitie en Veiligheid");
    assert_int_equal(in->n_answering, 2);
    assert_string_equal(in->answering[1].role, "Minister van Sociale Zaken en Werkgelegenheid");
    assert_string_equal(kr_doc_date(d), "2022-04-21");
    kr_doc_free(d);
    in = info_of(&d, "Geachte Voorzitter,\n\nHierbij doe ik u toekomen de antwoorden op de vragen van het lid Wassenberg "
                     "(PvdD) over de wolf (kenmerk 2019Z00658, ingezonden 17 januari 2019).\n\nCarola Schouten\n\nMinister "
                     "van Landbouw, Natuur en Voedselkwaliteit\n\n1\n\nBent u bekend met het artikel?\n\nAntwoord\n\nJa.\n");
    assert_string_equal(in->type, "antwoordbrief");
    assert_string_equal(in->askers[0].name, "Wassenberg");
    assert_string_equal(in->submitted, "2019-01-17");
    assert_string_equal(in->answering[0].name, "Schouten");
    assert_string_equal(in->answering[0].ministry, "Landbouw, Natuur en Voedselkwaliteit");
    kr_doc_free(d);
}

/* A minister's letter that answers a committee's questions: who signs it, on one line as web
 * pages print it, and when */
static void letter_answering_committee_questions(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "35 830 XV Jaarverslag SZW 2020\nNr. 11 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN "
                                       "WERKGELEGENHEID\nDen Haag, 2 juli 2021\nHierbij zend ik u de antwoorden op de "
                                       "vragen over het jaarverslag.\nDe Minister van Sociale Zaken en Werkgelegenheid, W. "
                                       "Koolmees\nVraag 1\nWelke acties?\nAntwoord 1\nDeze.\n");
    assert_string_equal(in->type, "antwoordbrief");
    assert_int_equal(in->n_answering, 1);
    assert_string_equal(in->answering[0].name, "Koolmees");
    assert_string_equal(in->answering[0].ministry, "Sociale Zaken en Werkgelegenheid");
    assert_string_equal(in->received, "2021-07-02");
    kr_doc_free(d);
}

/* The Eerste Kamer's report of a written consultation: the chair's letter and the answer */
static void senate_written_consultation(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "32 123 VI Begroting Justitie 2010\n\nS VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
                                       "Vastgesteld 9 september 2010\n\nOp verzoek van de Voorzitter hebben de leden de "
                                       "voorlichting besproken. Op 9 juni 2010 heeft de Voorzitter een brief gestuurd aan de "
                                       "minister van Justitie met de vragen.\n\nDe minister van Justitie heeft op 8 "
                                       "september 2010 hierop schriftelijk gereageerd.\n");
    assert_string_equal(in->type, "schriftelijk-overleg");
    assert_string_equal(in->addressees[0], "Minister van Justitie");
    assert_string_equal(in->submitted, "2010-06-09");
    assert_string_equal(in->received, "2010-09-08");
    assert_string_equal(kr_doc_date(d), "2010-09-09");
    kr_doc_free(d);
    /* "is op … een brief gestuurd aan de …", "… op … inhoudelijk gereageerd" */
    in = info_of(&d, "AI VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 28 december 2023\n\nNaar aanleiding hiervan is "
                     "op 19 oktober 2023 een brief gestuurd aan de Staatssecretaris van Binnenlandse Zaken.\n\nDe "
                     "Staatssecretaris heeft op 23 november 2023 een uitstelbericht gestuurd en op 14 december 2023 "
                     "inhoudelijk gereageerd.\n");
    assert_string_equal(in->addressees[0], "Staatssecretaris van Binnenlandse Zaken");
    assert_string_equal(in->submitted, "2023-10-19");
    assert_string_equal(in->received, "2023-12-14");
    kr_doc_free(d);
    /* "heeft zij de Minister … op … een brief gestuurd" */
    in = info_of(&d, "AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG\n\nVastgesteld 14 mei 2019\n\nNaar aanleiding hiervan "
                     "heeft zij de Minister voor Medische Zorg en Sport op 10 april 2019 een brief gestuurd.\n\nDe Minister "
                     "heeft op 14 mei 2019 gereageerd.\n");
    assert_string_equal(in->addressees[0], "Minister voor Medische Zorg en Sport");
    assert_string_equal(in->submitted, "2019-04-10");
    assert_string_equal(in->received, "2019-05-14");
    kr_doc_free(d);
}

/* Older and newer openings of the Tweede Kamer's reports of a written consultation */
static void written_consultation_openings(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Nr. 207 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld16 april 2010\n\nIn de "
                                       "vaste commissie voor VWS bestond er bij enkele fracties behoefte een aantal vragen en "
                                       "opmerkingen voor te leggen aan de minister van VWS inzake de agenda.\n\nDe op 14 "
                                       "april 2010 toegezonden vragen en opmerkingen zijn met de door de minister bij brief "
                                       "van 15 april 2010 toegezonden antwoorden hieronder afgedrukt.\n");
    assert_string_equal(in->type, "schriftelijk-overleg");
    assert_string_equal(in->addressees[0], "Minister van VWS");
    assert_string_equal(in->subject, "de agenda");
    assert_string_equal(in->submitted, "2010-04-14");
    assert_string_equal(in->received, "2010-04-15");
    assert_string_equal(kr_doc_date(d), "2010-04-16");
    kr_doc_free(d);
    in = info_of(&d, "INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nBinnen de vaste commissie voor Infrastructuur en "
                     "Waterstaat hebben verschillende fracties de behoefte om vragen en opmerkingen voor te leggen aan de "
                     "Staatssecretaris van Infrastructuur en Waterstaat over de brief Onderwegpas.\n\nDe voorzitter,\n");
    assert_string_equal(in->addressees[0], "Staatssecretaris van Infrastructuur en Waterstaat");
    assert_string_equal(in->subject, "de brief Onderwegpas");
    kr_doc_free(d);
    /* a letter's own date before the dates of what it is about; a report's before the letters it
     * holds */
    d = parse_named("brief.txt", "Geannoteerde agenda Raad Algemene Zaken van 22 juni 2021\n\nDen Haag, 25 juni 2021\n");
    assert_string_equal(kr_doc_date(d), "2021-06-25");
    kr_doc_free(d);
    d = parse_named("brief.txt", "Kenmerk 1\nDatum bekend gemaakt\nDe brief van 3 januari 2020.\nDatum 12 maart 2024\n");
    assert_string_equal(kr_doc_date(d), "2024-03-12");
    kr_doc_free(d);
    d = parse_named("so.txt", "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 9 september 2010\n\nBRIEF\n\nDen Haag, 9 "
                              "juni 2010\n");
    assert_string_equal(kr_doc_date(d), "2010-09-09");
    kr_doc_free(d);
}

/* A committee's list of questions and answers: to whom, about what, when put and answered */
static void list_of_questions(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "35 470 XIV Jaarverslag LNV 2019\n\nNr. 6 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN "
                                       "ANTWOORDEN\n\nVastgesteld 22 juni 2020\n\nDe vragen zijn op 28 mei 2020 "
                                       "voorgelegd aan de Minister van Landbouw, Natuur en Voedselkwaliteit. Bij brief van "
                                       "11 juni 2020 zijn ze door de Minister beantwoord.\n\n1\n\nWaarom?\n\nAntwoord\n\n"
                                       "Daarom.\n");
    assert_string_equal(in->type, "lijst-van-vragen");
    assert_int_equal(in->n_addressees, 1);
    assert_string_equal(in->addressees[0], "Minister van Landbouw, Natuur en Voedselkwaliteit");
    assert_string_equal(in->submitted, "2020-05-28");
    assert_string_equal(in->received, "2020-06-11");
    assert_int_equal(in->delay_days, 14);
    kr_doc_free(d);
    in = info_of(&d, "31 066 Belastingdienst\n\nNr. 444 LIJST VAN VRAGEN EN ANTWOORDEN\n\nDe vaste commissie voor "
                     "Financiën heeft een aantal vragen voorgelegd aan de Staatssecretaris van Financiën over de brief van "
                     "31 oktober 2018 (Kamerstuk 31 066, nr. 438).\n\nDe Staatssecretaris heeft deze vragen beantwoord bij "
                     "brief van 3 december 2018. Vragen en antwoorden zijn hierna afgedrukt.\n\n1. Waar?\n\nHier.\n");
    assert_string_equal(in->type, "lijst-van-vragen");
    assert_string_equal(in->addressees[0], "Staatssecretaris van Financiën");
    assert_string_equal(in->subject, "de brief van 31 oktober 2018 (Kamerstuk 31 066, nr. 438)");
    assert_null(in->submitted);
    assert_string_equal(in->received, "2018-12-03");
    kr_doc_free(d);
}

static void parliamentary_year_from_id_or_date(void **st)
{
    (void)st;
    static const struct {
        const char *name, *text, *year;
    } cases[] = {
        {"h-tk-20172018-70-9.txt", "Aan de orde is het debat.\n", "2017-2018"},
        {"brief.txt", "Den Haag, 18 september 2023\nGeachte voorzitter,\n", "2022-2023"},
        /* the third Tuesday of September 2023, Prinsjesdag, opens the year */
        {"brief.txt", "Den Haag, 19 september 2023\nGeachte voorzitter,\n", "2023-2024"},
        {"brief.txt", "Den Haag, 12 februari 2024\nGeachte voorzitter,\n", "2023-2024"},
        /* as the document states it, whatever its date */
        {"brief.txt", "Vergaderjaar 2024–2025\nDen Haag, 12 februari 2024\n", "2024-2025"},
        /* a date that names another meeting is not the document's */
        {"h.txt", "Stemmingen moties Informele Milieuraad d.d. 10-11 april 2018\n", NULL},
        {"h.txt", "(Zie vergadering van 7 februari 2024.)\n", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        kr_doc *d = parse_named(cases[i].name, cases[i].text);
        if (cases[i].year) assert_string_equal(kr_doc_year(d), cases[i].year);
        else assert_null(kr_doc_year(d));
        kr_doc_free(d);
    }
}

static void mededeling_answered_elsewhere(void **st)
{
    (void)st;
    kr_doc *d;
    const kr_docinfo *in = info_of(&d, "Vragen van het lid Sneller (D66) aan de Minister van BZK over iets (ingezonden "
                                       "30 mei 2024).\nMededeling van Minister De Jonge (BZK) (ontvangen 7 juni 2024).\n"
                                       "Vraag 1\nKlopt dit?\n\nMededeling\nDe vragen zijn beantwoord middels een brief "
                                       "(36 471-64) op 7 juni 2024.\n");
    assert_int_equal(in->mededeling, 1);
    assert_string_equal(in->answered_elsewhere, "kst-36471-64");
    assert_int_equal(kr_doc_question(d, 0)->status, KR_Q_UNANSWERED);
    kr_doc_free(d);
    /* the earlier answers a question is about are no postponement; "Zie ook" and its list are */
    in = info_of(&d, "Vragen van het lid Agema (PVV) aan de minister van VWS over de antwoorden op eerdere vragen "
                     "(Aanhangsel Handelingen, vergaderjaar 2009–2010, nr. 1913) (ingezonden 20 mei 2010).\n\nAntwoord "
                     "van minister Klink (VWS) (ontvangen 10 juni 2010). Zie ook Aanhangsel Handelingen, vergaderjaar "
                     "2009–2010, nrs. 2101 en 2203.\n\nVraag 1\n\nWaarom?\n\nAntwoord 1\n\nDaarom.\n");
    assert_int_equal(in->n_postponements, 2);
    assert_string_equal(in->postponements[0], "ah-tk-20092010-2101");
    assert_string_equal(in->postponements[1], "ah-tk-20092010-2203");
    kr_doc_free(d);
    /* a notice that the answers come later: received, but no answer's delay */
    in = info_of(&d, "Vragen van het lid Kuiken (PvdA) aan de minister van Veiligheid en Justitie over iets (ingezonden 29 "
                     "februari 2012).\n\nMededeling van minister Opstelten (Veiligheid en Justitie) (ontvangen 20 maart "
                     "2012).\n\nVraag 1\n\nWaarom?\n\nMededeling\n\nHierbij deel ik u mede dat de schriftelijke "
                     "vragen niet binnen de gebruikelijke termijn kunnen worden beantwoord.\n");
    assert_int_equal(in->mededeling, 1);
    assert_string_equal(in->received, "2012-03-20");
    assert_int_equal(in->delay_days, -1);
    assert_int_equal(in->late, -1);
    kr_doc_free(d);
}

static void people_in_the_graph(void **st)
{
    (void)st;
    kr_doc *d = parse_named("ah-tk-20232024-9999.txt",
                            "Vragen van de leden Chakor (GroenLinks-PvdA) en Dijk (SP) aan de Minister van Justitie en "
                            "Veiligheid over iets (ingezonden 6 mei 2024).\nAntwoord van Minister Van Weel (Justitie en "
                            "Veiligheid) (ontvangen 11 juni 2024).\nVraag 1\nWaarom?\nAntwoord 1\nDaarom.\n");
    for (int people = 1; people >= 0; people--) {
        kr_graph *g;
        assert_int_equal(kr_graph_new(&g), 0);
        assert_int_equal(kr_graph_add_doc(g, d), 0);
        kr_graph_options o = {.no_people = !people};
        assert_int_equal(kr_graph_finish(g, &o), 0);
        size_t members = 0, parties = 0, ministries = 0, asks = 0, member_of = 0, answered_by = 0;
        for (size_t i = 0; i < kr_graph_node_count(g); i++) {
            const kr_node *n = kr_graph_node(g, i);
            members += strcmp(n->kind, "member") == 0;
            parties += strcmp(n->kind, "party") == 0;
            ministries += strcmp(n->kind, "ministry") == 0;
            if (strcmp(n->kind, "member") == 0) assert_string_equal(n->date, "2024-05-06");
        }
        for (size_t i = 0; i < kr_graph_edge_count(g); i++) {
            const char *t = kr_graph_edge(g, i)->type;
            asks += strcmp(t, "asks") == 0;
            member_of += strcmp(t, "member_of") == 0;
            answered_by += strcmp(t, "answered_by") == 0;
        }
        assert_int_equal(members, people ? 2 : 0);
        assert_int_equal(parties, people ? 2 : 0);
        assert_int_equal(ministries, people ? 1 : 0);
        assert_int_equal(asks, people ? 2 : 0);
        assert_int_equal(member_of, people ? 2 : 0);
        assert_int_equal(answered_by, people ? 1 : 0);
        kr_graph_free(g);
    }
    kr_doc_free(d);
}

/* The facts of a document need its questions, not what became of them: parsed for the facts
 * alone (kamerref graph without --qa), a written consultation has the askers of its party
 * sections and shows no questions; parsed in full, it has both. */
static void facts_without_judging_the_answers(void **st)
{
    (void)st;
    kr_doc *facts = NULL, *full = NULL;
    assert_int_equal(kr_doc_load_with(&facts, "tests/corpus/kst-32317-974.txt", KR_WANT_REFS | KR_WANT_META), 0);
    assert_int_equal(kr_doc_load_with(&full, "tests/corpus/kst-32317-974.txt", KR_WANT_ALL), 0);
    assert_int_equal(kr_doc_question_count(facts), 0);
    assert_null(kr_doc_question(facts, 0));
    assert_int_equal(kr_doc_question_count(full), 23);
    const kr_docinfo *a = kr_doc_info(facts), *b = kr_doc_info(full);
    assert_string_equal(a->type, "schriftelijk-overleg");
    assert_int_equal(a->n_askers, 2);
    assert_int_equal(b->n_askers, 2);
    for (size_t i = 0; i < a->n_askers; i++) assert_string_equal(a->askers[i].party, b->askers[i].party);
    assert_int_equal(kr_doc_ref_count(facts), kr_doc_ref_count(full));
    kr_doc_free(facts);
    kr_doc_free(full);
}

/* Days since 1970-01-01 of an ISO date, read directly when it is written "YYYY-MM-DD" and by
 * sscanf otherwise, with the same answers. */
static void iso_dates_count_days(void **st)
{
    (void)st;
    assert_int_equal(kr_iso_days("1970-01-01"), 0);
    assert_int_equal(kr_iso_days("2000-03-01"), 11017);
    assert_int_equal(kr_iso_days("2024-02-29"), 19782);
    assert_int_equal(kr_iso_days("1999-12-31"), 10956);
    assert_int_equal(kr_iso_days("2025-10-06"), 20367);
    assert_int_equal(kr_iso_days("2024-2-29"), 19782);  /* sscanf's reading */
    assert_int_equal(kr_iso_days(" 2025-10-06"), 20367); /* sscanf skips the space */
    assert_true(kr_iso_days("2025-1") == LONG_MIN);
    assert_true(kr_iso_days("") == LONG_MIN);
    assert_true(kr_iso_days(NULL) == LONG_MIN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(member_list_with_parties),
        cmocka_unit_test(iso_dates_count_days),
        cmocka_unit_test(one_member_glued_party_and_mede_namens),
        cmocka_unit_test(answering_role_in_lower_case_or_alone),
        cmocka_unit_test(letter_subject_without_askers),
        cmocka_unit_test(letter_signature_over_two_lines),
        cmocka_unit_test(plural_ministers_with_commas),
        cmocka_unit_test(older_heading_and_consultation_opening),
        cmocka_unit_test(shared_party_and_plural_ministers),
        cmocka_unit_test(plural_titles_over_portfolios_with_en),
        cmocka_unit_test(answer_letter_addressees_from_its_opening),
        cmocka_unit_test(answer_letter_signature_and_garbled_subject),
        cmocka_unit_test(plural_mede_namens_and_glued_particle),
        cmocka_unit_test(party_with_spaces),
        cmocka_unit_test(date_without_year_takes_the_parliamentary_year),
        cmocka_unit_test(answers_as_the_ministry_writes_them),
        cmocka_unit_test(parliamentary_year_from_id_or_date),
        cmocka_unit_test(list_of_questions),
        cmocka_unit_test(senate_written_consultation),
        cmocka_unit_test(motion_texts),
        cmocka_unit_test(letter_answering_committee_questions),
        cmocka_unit_test(more_heading_forms),
        cmocka_unit_test(written_consultation_openings),
        cmocka_unit_test(mededeling_answered_elsewhere),
        cmocka_unit_test(people_in_the_graph),
        cmocka_unit_test(facts_without_judging_the_answers),
    };
    return cmocka_run_group_tests_name("meta", tests, NULL, NULL);
}
