/* Unit tests of the questions stage: each status phrase family, each referral form, the two
 * layouts, and documents without questions. */
#include "helpers.h"

static const kr_question *q_of(const kr_doc *d, int number)
{
    for (size_t i = 0; i < kr_doc_question_count(d); i++)
        if (kr_doc_question(d, i)->number == number) return kr_doc_question(d, i);
    fail_msg("no question %d", number);
    return NULL;
}

/* A Kamervragen document with one question and the given answer. */
static kr_doc *one_answer(const char *answer)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "Vraag 1\nKunt u dit toelichten?\nAntwoord 1\n%s\n", answer);
    return parse(buf);
}

static void expect_status(const char *answer, kr_qstatus status, int defers)
{
    kr_doc *d = one_answer(answer);
    assert_int_equal(kr_doc_question_count(d), 1);
    const kr_question *q = kr_doc_question(d, 0);
    if (q->status != status) fprintf(stderr, "  %s: got %s\n", answer, kr_qstatus_name(q->status));
    assert_int_equal(q->status, status);
    assert_int_equal(q->defers, defers);
    kr_doc_free(d);
}

static void answered_when_the_answer_has_substance(void **st)
{
    (void)st;
    expect_status("Ja. Het budget is in 2024 verhoogd tot 12 miljoen euro.", KR_Q_ANSWERED, 0);
}

static void deferred_phrase_families(void **st)
{
    (void)st;
    expect_status("Uw Kamer zal hierover na de zomer worden geïnformeerd.", KR_Q_DEFERRED, 1);
    expect_status("Zodra het onderzoek gereed is, wordt uw Kamer daarover geïnformeerd.", KR_Q_DEFERRED, 1);
    expect_status("Naar verwachting zal dit onderzoek in december afgerond zijn.", KR_Q_DEFERRED, 1);
    expect_status("Ik informeer uw Kamer hierover in een separate brief.", KR_Q_DEFERRED, 1);
    expect_status("Ik kom hierop terug in de voortgangsrapportage.", KR_Q_DEFERRED, 1);
    expect_status("Het kabinet zal uw\nKamer hierover via de gebruikelijke kanalen informeren.", KR_Q_DEFERRED, 1);
    expect_status("Zodra de resultaten gereed zijn, wordt de kabinetsreactie naar uw Kamer gestuurd.", KR_Q_DEFERRED, 1);
    expect_status("De reactie zal voor de zomer aan uw Kamer worden verzonden.", KR_Q_DEFERRED, 1);
    expect_status("Ik verwacht uw Kamer hierover in het voorjaar te kunnen informeren.", KR_Q_DEFERRED, 1);
    expect_status("Het onderzoek loopt nog. Ik wacht de uitkomsten af.", KR_Q_DEFERRED, 1);
    expect_status("De Kamer ontvangt de evaluatie in het najaar.", KR_Q_DEFERRED, 1);
    expect_status("U ontvangt de kabinetsreactie voor 1 juli.", KR_Q_DEFERRED, 1);
    expect_status("Ik kom hier voor de zomer op terug.", KR_Q_DEFERRED, 1);
    expect_status("In de eerstvolgende voortgangsbrief ga ik hier nader op in.", KR_Q_DEFERRED, 1);
    expect_status("Ik zal uw Kamer hiervan op de hoogte stellen.", KR_Q_DEFERRED, 1);
    expect_status("De kabinetsreactie op het rapport volgt na de zomer.", KR_Q_DEFERRED, 1);
    expect_status("De verwachting is dat dit onderzoek in het najaar wordt afgerond.", KR_Q_DEFERRED, 1);
    expect_status("Het kabinet komt in het najaar met een plan.", KR_Q_DEFERRED, 1);
    expect_status("Het onderzoek wordt verwacht in het najaar.", KR_Q_DEFERRED, 1);
    expect_status("De kabinetsreactie volgt deze zomer.", KR_Q_DEFERRED, 1);
    expect_status("PwC onderzoekt dit. Vervolgens zullen de bevindingen met de Kamer worden gedeeld.", KR_Q_DEFERRED, 1);
    expect_status("De Algemene Rekenkamer informeert u separaat over het antwoord op deze vraag.", KR_Q_DEFERRED, 1);
    expect_status("U wordt hierover separaat bericht.", KR_Q_DEFERRED, 1);
    expect_status("Ik wacht graag de actuele cijfers van TNO af.", KR_Q_DEFERRED, 1);
    /* what the Kamer was told is no promise, whatever future word stands in a side clause; a
     * letter that told it is pointed to */
    expect_status("Voor het antwoord op deze vraag verwijs ik u graag naar mijn brief van 24 augustus jl. Hierin heb ik uw "
                  "Kamer geïnformeerd over mijn besluit, waar in het bericht naar verwezen wordt.",
                  KR_Q_REFERRED, 0);
    expect_status("Hierover heb ik uw Kamer op 29 mei 2020 geïnformeerd.", KR_Q_REFERRED, 0);
    expect_status("Ik heb uw Kamer toegezegd dat ik u voor de zomer zal informeren.", KR_Q_DEFERRED, 1);
    /* shared before is no promise */
    expect_status("Deze cijfers zijn in 2023 met de Kamer gedeeld en laten een daling zien.", KR_Q_ANSWERED, 0);
    /* what a decision follows from is no postponement */
    expect_status("Het besluit volgt uit artikel 3 van de Wet op de jeugdzorg.", KR_Q_ANSWERED, 0);
    expect_status("Het besluit volgt deze lijn van het advies van de Raad van State.", KR_Q_ANSWERED, 0);
    expect_status("De reactie volgt deze week.", KR_Q_DEFERRED, 1);
    expect_status("Ik zal de uitkomsten van de verkenning met uw Kamer delen.", KR_Q_DEFERRED, 1);
    /* what is still under way puts the answer off */
    expect_status("Het onderzoek loopt nog.", KR_Q_DEFERRED, 1);
    expect_status("De gesprekken met de gemeente lopen nog.", KR_Q_DEFERRED, 1);
    expect_status("Dit wordt op dit moment onderzocht.", KR_Q_DEFERRED, 1);
    expect_status("Op dit moment wordt hier onderzoek naar gedaan.", KR_Q_DEFERRED, 1);
    expect_status("De termijn loopt nog tot 1 juli 2024.", KR_Q_ANSWERED, 0);
    /* a promise after facts: answered, and it defers */
    expect_status("In 2023 waren er 12 meldingen. De resultaten van het onderzoek zullen in het najaar van 2025 "
                  "beschikbaar zijn.",
                  KR_Q_ANSWERED, 1);
    expect_status("In 2023 waren er 12 meldingen. Ik zal dit voorjaar inzichtelijk maken hoe dit zich ontwikkelt.",
                  KR_Q_ANSWERED, 1);
    expect_status("U wordt hier voor het einde van het jaar over geïnformeerd.", KR_Q_DEFERRED, 1);
    expect_status("De Tweede Kamer wordt hierover geïnformeerd in het eerste kwartaal van 2025.", KR_Q_DEFERRED, 1);
    expect_status("Ik verwacht u de resultaten in het eerste kwartaal van 2025 toe te kunnen sturen.", KR_Q_DEFERRED, 1);
    expect_status("Wanneer het kabinet de voorlichting ontvangen heeft, zal deze met een appreciatie aan de Tweede Kamer "
                  "gestuurd worden.",
                  KR_Q_DEFERRED, 1);
}

static void answer_with_facts_that_also_defers(void **st)
{
    (void)st;
    expect_status("Op 9 januari 2024 is een overeenkomst gesloten met 12 landen. Zodra er relevante ontwikkelingen "
                  "zijn, zal uw Kamer hierover worden geïnformeerd.",
                  KR_Q_ANSWERED, 1);
    /* a postponement in a relative clause qualifies a statement of substance */
    expect_status("Er is geen aanleiding om nu te besluiten. Met de analyse waarover ik uw Kamer eind dit jaar zal "
                  "informeren wil ik hier invulling aan geven.",
                  KR_Q_ANSWERED, 1);
}

static void declined_phrase_families(void **st)
{
    (void)st;
    expect_status("Omdat het een individuele zaak betreft, ga ik niet nader in op de omstandigheden.", KR_Q_DECLINED, 0);
    expect_status("Ik ga hier niet nader op in.", KR_Q_DECLINED, 0);
    expect_status("Op individuele gevallen ga ik inhoudelijk niet in.", KR_Q_DECLINED, 0);
    expect_status("Ik kan geen reactie geven op zaken die nog onder de rechter zijn.", KR_Q_DECLINED, 0);
    expect_status("Ik geef geen reactie op lopende rechtszaken.", KR_Q_DECLINED, 0);
    expect_status("Het is te vroeg om hier uitspraken over te doen.", KR_Q_DECLINED, 0);
    expect_status("Het kabinet kan niet vooruitlopen op de positiebepaling van andere lidstaten.", KR_Q_DECLINED, 0);
    expect_status("Het kabinet heeft geen inzicht in op welke termijn de Commissie dit doet.", KR_Q_DECLINED, 0);
    expect_status("Dat is aan het OM. Ik kan dus verder geen antwoord geven op deze vraag.", KR_Q_DECLINED, 0);
    expect_status("Ik kan, lopende het onderzoek, geen uitspraken doen over een strafzaak.", KR_Q_DECLINED, 0);
    /* a tool that makes no statements is a fact, not a refusal */
    expect_status("De tool doet geen uitspraken over de werking van een stalsysteem.", KR_Q_ANSWERED, 0);
    expect_status("Ik ga niet in op individuele zaken.", KR_Q_DECLINED, 0);
    expect_status("Over lopende onderzoeken doe ik geen mededelingen.", KR_Q_DECLINED, 0);
    expect_status("Ik kan hier op dit moment nog niets over zeggen, omdat het onderzoek loopt.", KR_Q_DECLINED, 0);
    expect_status("Vanwege de privacy kan ik hier geen informatie over verstrekken.", KR_Q_DECLINED, 0);
    expect_status("Op individuele zaken ga ik niet in.", KR_Q_DECLINED, 0);
    expect_status("Ik kan hierover geen nadere informatie geven.", KR_Q_DECLINED, 0);
    expect_status("Deze informatie kan ik niet met uw Kamer delen.", KR_Q_DECLINED, 0);
    expect_status("Het past mij niet om daarover een oordeel te geven.", KR_Q_DECLINED, 0);
    expect_status("Het aantal gevallen is niet bekend.", KR_Q_DECLINED, 0);
    expect_status("Het ministerie beschikt niet over deze gegevens.", KR_Q_DECLINED, 0);
    expect_status("Ik heb geen zicht op het aantal gevallen.", KR_Q_DECLINED, 0);
    expect_status("Deze cijfers worden niet bijgehouden.", KR_Q_DECLINED, 0);
    expect_status("Hierover is geen precies getal te noemen. Bij onderzoekers is hier ook nog geen consensus over.",
                  KR_Q_DECLINED, 0);
    expect_status("Oekraïne heeft geen kernwapens. Het kabinet speculeert niet over hypothetische situaties.",
                  KR_Q_DECLINED, 0);
    expect_status("Het kabinet wil niet speculeren over de uitkomst.", KR_Q_DECLINED, 0);
    expect_status("Door de grote diversiteit van zwemlesaanbieders in ons land is dit onbekend.", KR_Q_DECLINED, 0);
    expect_status("Ik kan als Minister geen oordeel geven over de situatie in Ierland.", KR_Q_DECLINED, 0);
    expect_status("Het is niet aan Nederland om te rapporteren over de inzet van andere lidstaten.", KR_Q_DECLINED, 0);
    expect_status("Er bestaat geen overzicht per aanbeveling. Zo'n overzicht is ook niet binnen deze termijn te genereren.",
                  KR_Q_DECLINED, 0);
    expect_status("Daar kan ik niet op vooruitlopen.", KR_Q_DECLINED, 0);
    /* what others will not do or say is no refusal of the answerer */
    expect_status("Ja, de zorgen zijn ons bekend. Sinds 2022 loopt een gebiedsproces. Gesprekken zullen niet vooruitlopen "
                  "op het besluit over het winningsplan.",
                  KR_Q_ANSWERED, 0);
    expect_status("Er zijn geen signalen vanuit de toezichthouders. DNB kan niet ingaan op vragen over individuele "
                  "instellingen.",
                  KR_Q_ANSWERED, 0);
    expect_status("Dat kan ik niet bevestigen. Een dierenarts moet een paard dan uitsluiten voor de slacht.", KR_Q_ANSWERED, 0);
    /* knowing a report is an answer; an estimate after the reservation answers too */
    expect_status("Ik ben niet bekend met dit bericht.", KR_Q_ANSWERED, 0);
    expect_status("Het kabinet heeft geen inzicht in de exacte aantallen, maar schat dat het om ongeveer 12.000 "
                  "huishoudens gaat.",
                  KR_Q_ANSWERED, 0);
    /* figures that are not there: a decline when nothing else is said */
    expect_status("Daarover beschik ik niet over cijfers. Dit wordt niet centraal geregistreerd.", KR_Q_DECLINED, 0);
    expect_status("Hierover zijn geen cijfers bekend. Wel is door de politie aangegeven dat dit uitzonderlijk is.",
                  KR_Q_ANSWERED, 0);
}

static void unanswered_without_answer(void **st)
{
    (void)st;
    kr_doc *d = parse("Vraag 1\nWaarom?\nVraag 2\nWanneer?\n\nMededeling\nDe vragen zijn beantwoord bij brief.\n");
    assert_int_equal(kr_doc_question_count(d), 2);
    assert_int_equal(q_of(d, 1)->status, KR_Q_UNANSWERED);
    assert_int_equal(q_of(d, 2)->status, KR_Q_UNANSWERED);
    assert_int_equal(q_of(d, 2)->answer, 0);
    kr_doc_free(d);
}

/* a committee's list of questions and answers: numbered questions ("1" alone on a line, or
 * "1. Waar …?"), each answered by the paragraphs after it, no heading between */
static void list_of_questions_and_answers(void **st)
{
    (void)st;
    static const char *const layouts[] = {"%d\n\n%s\n\n%s\n\n", "%d. %s\n\n%s\n\n"};
    static const char *const qa_pairs[][2] = {
        {"Welke lessen kan het parlement trekken uit de onderzoeken?", "Het is aan het parlement zelf om dat te bepalen."},
        {"Heeft de Kamer fouten gemaakt?", "De Algemene Rekenkamer informeert u separaat over het antwoord op deze vraag."},
        {"Wat kan er beter?", "Zie het antwoord op vraag 2."},
    };
    for (size_t l = 0; l < 2; l++) {
        char text[2048];
        int o = snprintf(text, sizeof text, "31 235 Leren van parlementair onderzoek\n\nNr. 3 LIJST VAN VRAGEN EN "
                                            "ANTWOORDEN\n\nDe commissie voor de Rijksuitgaven heeft een aantal vragen "
                                            "voorgelegd aan de minister van BZK over het rapport.\n\nDe griffier van de "
                                            "commissie,\n\nGroen\n\n");
        for (int q = 0; q < 3; q++)
            o += snprintf(text + o, sizeof text - (size_t)o, layouts[l], q + 1, qa_pairs[q][0], qa_pairs[q][1]);
        kr_doc *d = parse(text);
        assert_int_equal(kr_doc_question_count(d), 3);
        assert_int_equal(q_of(d, 1)->status, KR_Q_ANSWERED);
        assert_int_equal(q_of(d, 2)->status, KR_Q_DEFERRED);
        assert_int_equal(q_of(d, 3)->status, KR_Q_REFERRED);
        assert_string_equal(q_of(d, 1)->text, qa_pairs[0][0]);
        kr_doc_free(d);
    }
    /* elsewhere a number alone before a question needs an answer's heading */
    kr_doc *d = parse("Verslag\n\n1\n\nWat kan er beter?\n\nDat weet niemand.\n\n2\n\nEn nu?\n\nNiets.\n");
    assert_int_equal(kr_doc_question_count(d), 0);
    kr_doc_free(d);
}

/* the questions a committee puts before any answer: each asking paragraph of a party's section,
 * unanswered; not where a section of replies follows */
static void questions_put_before_answers(void **st)
{
    (void)st;
    static const char *inbreng = "INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVragen en opmerkingen van de leden van de "
                                 "D66-fractie\n\nDe leden hebben kennisgenomen van de brief.\n\nWaarom is de pas "
                                 "vertraagd? Wanneer komt hij er?\n\nVragen en opmerkingen van de VVD-fractie\n\nKan de "
                                 "Staatssecretaris de kosten toelichten?\n";
    kr_doc *d = parse(inbreng);
    assert_int_equal(kr_doc_question_count(d), 2);
    assert_string_equal(q_of(d, 1)->party, "D66");
    assert_string_equal(q_of(d, 1)->text, "Waarom is de pas vertraagd? Wanneer komt hij er?");
    assert_int_equal(q_of(d, 1)->status, KR_Q_UNANSWERED);
    assert_string_equal(q_of(d, 2)->party, "VVD");
    kr_doc_free(d);
    char with_replies[1024];
    snprintf(with_replies, sizeof with_replies, "%s\nII. Reactie van de minister\n\nDe kosten zijn 5 miljoen euro.\n", inbreng);
    d = parse(with_replies);
    assert_int_equal(kr_doc_question_count(d), 0);
    kr_doc_free(d);
}

/* questions numbered "1. …?" with no answers anywhere: all unanswered, and what follows the last
 * one is no answer; questions headed "Vraag:" without a number, answered under "Antwoord:" */
static void unnumbered_and_unanswered_layouts(void **st)
{
    (void)st;
    kr_doc *d = parse("Vragen van het lid Moorlag (PvdA) aan de minister van LNV over de NVWA (ingezonden 25 september "
                      "2019).\n\n1. Kent u het bericht?\n\n2. Kunt u de evaluatie naar de Kamer sturen?\n\nIndiener\n\n"
                      "William Moorlag (PvdA)\n");
    assert_int_equal(kr_doc_question_count(d), 2);
    assert_int_equal(q_of(d, 1)->status, KR_Q_UNANSWERED);
    assert_int_equal(q_of(d, 2)->status, KR_Q_UNANSWERED);
    kr_doc_free(d);
    /* a bullet before the heading, the answer without one, as openkamer.org prints them */
    d = parse("Indiener Jasper van Dijk (SP)\n \xE2\x80\xA2 Vraag 1\n  Wat is uw reactie?\n\n  Het beleid is niet gewijzigd.\n\n"
              " \xE2\x80\xA2 Vraag 2\n  Klopt het?\n\n  Zie het antwoord op vraag 1.\n");
    assert_int_equal(kr_doc_question_count(d), 2);
    assert_int_equal(q_of(d, 1)->status, KR_Q_ANSWERED);
    assert_int_equal(q_of(d, 2)->status, KR_Q_REFERRED);
    kr_doc_free(d);
    d = parse("Vragen van het lid Helder (PVV)\n\nVraag:\nHoeveel agenten zijn er?\n\nAntwoord:\nEr zijn 50.000 "
              "agenten.\n\nVraag: Hoeveel bureaus zijn er?\n\nAntwoord:\nEr zijn 300 bureaus.\n");
    assert_int_equal(kr_doc_question_count(d), 2);
    assert_int_equal(q_of(d, 1)->status, KR_Q_ANSWERED);
    assert_string_equal(q_of(d, 2)->text, "Hoeveel bureaus zijn er?");
    assert_int_equal(q_of(d, 2)->status, KR_Q_ANSWERED);
    kr_doc_free(d);
}

/* a copy of officielebekendmakingen's web page: "XNoot" heads each footnote, "Naar boven"
 * ends the page; neither is an answer */
static void web_page_furniture_is_no_answer(void **st)
{
    (void)st;
    kr_doc *d = parse("Vraag 1\n\nWaarom?1\n\nVraag 2\n\nWanneer?\n\n\nXNoot\n1\n\n"
                      "Aanhangsel Handelingen, vergaderjaar 2009–2010, nr. 1913.\n\nNaar boven\n");
    assert_int_equal(kr_doc_question_count(d), 2);
    assert_int_equal(q_of(d, 1)->status, KR_Q_UNANSWERED);
    assert_int_equal(q_of(d, 2)->status, KR_Q_UNANSWERED);
    assert_int_equal(kr_doc_ref_count(d), 1);
    assert_int_equal(kr_doc_ref(d, 0)->footnote, 1);
    assert_string_equal(kr_doc_ref(d, 0)->target, "ah-tk-20092010-1913");
    kr_doc_free(d);
}

static const char *numbered_doc = "Vraag 1\nWat kost het?\nAntwoord 1\nHet kost 5 miljoen euro.\n"
                                  "Vraag 2\nWie betaalt?\nVraag 3\nWanneer?\nAntwoord 2 en 3\nHet Rijk betaalt in 2025.\n"
                                  "Vraag 4\nWaarom?\nAntwoord 4\nZie antwoord op vraag 1.\n"
                                  "Vraag 5\nEn verder?\nAntwoord 5\nZie het antwoord op de vorige vraag.\n"
                                  "Vraag 6\nHoe?\nAntwoord 6\nZoals aangegeven in het antwoord op vraag 2 is dit in 2025 geregeld.\n";

static void pairs_grouped_answers(void **st)
{
    (void)st;
    kr_doc *d = parse(numbered_doc);
    assert_int_equal(kr_doc_question_count(d), 6);
    assert_int_equal(q_of(d, 2)->answer, 2);
    assert_int_equal(q_of(d, 3)->answer, 2);
    assert_string_equal(q_of(d, 3)->label, "Vraag 3");
    assert_string_equal(q_of(d, 3)->text, "Wanneer?");
    assert_string_equal(q_of(d, 3)->answer_label, "Antwoord 2 en 3");
    kr_doc_free(d);
}

static void plural_heading_and_answers_without_heading(void **st)
{
    (void)st;
    kr_doc *d = parse("Vraag 3\nWaarom?\n\nVraag 4\nWanneer?\n\nAntwoorden op vraag 3 en 4\nIn 2025, om 3 redenen.\n\n"
                      "Vraag 5\nBent u bereid dit te onderzoeken?\n\nIk ben daartoe bereid; het onderzoek start in 2025.\n\n"
                      "Vraag 6\nEn verder?\n");
    assert_int_equal(q_of(d, 4)->answer, 3);
    assert_int_equal(q_of(d, 4)->status, KR_Q_ANSWERED);
    /* no heading: the paragraph after the question is its answer */
    assert_int_equal(q_of(d, 5)->status, KR_Q_ANSWERED);
    assert_string_equal(q_of(d, 5)->text, "Bent u bereid dit te onderzoeken?");
    assert_string_equal(q_of(d, 5)->answer_text, "Ik ben daartoe bereid; het onderzoek start in 2025.");
    assert_int_equal(q_of(d, 6)->status, KR_Q_UNANSWERED);
    kr_doc_free(d);
}

static void referral_by_number_and_by_position(void **st)
{
    (void)st;
    kr_doc *d = parse(numbered_doc);
    const kr_question *q = q_of(d, 4);
    assert_int_equal(q->status, KR_Q_REFERRED);
    assert_int_equal(q->n_refers_to, 1);
    assert_int_equal(q->refers_to[0], 1);
    assert_int_equal(q->final, 1);
    q = q_of(d, 5);
    assert_int_equal(q->status, KR_Q_REFERRED);
    assert_int_equal(q->refers_to[0], 4);
    assert_int_equal(q->final, 1); /* 5 -> 4 -> 1, the answer with substance */
    q = q_of(d, 6);
    assert_int_equal(q->status, KR_Q_ANSWERED);
    assert_int_equal(q->n_refers_to, 1);
    assert_int_equal(q->refers_to[0], 2);
    kr_doc_free(d);
    /* more ways of pointing: "Zie antwoord 1", "Deze vraag is beantwoord in …", "Voor de beantwoording" */
    static const char *const pointers[] = {"Zie antwoord 1.", "Deze vraag is beantwoord in het antwoord op vraag 1.",
                                           "Zie hiervoor het antwoord op vraag 1.", "Zie beantwoording vraag 1.",
                                           "Ik verwijs kortheidshalve naar het antwoord op vraag 1.",
                                           "Voor de beantwoording van deze vraag verwijs ik naar het antwoord op vraag 1."};
    for (size_t k = 0; k < sizeof pointers / sizeof *pointers; k++) {
        char buf[512];
        snprintf(buf, sizeof buf, "Vraag 1\nWat?\nAntwoord 1\nHet budget is 12 miljoen.\nVraag 2\nEn?\nAntwoord 2\n%s\n",
                 pointers[k]);
        d = parse(buf);
        q = q_of(d, 2);
        assert_int_equal(q->status, KR_Q_REFERRED);
        assert_int_equal(q->n_refers_to, 1);
        assert_int_equal(q->refers_to[0], 1);
        kr_doc_free(d);
    }
    /* pointing to a letter, the whole answer */
    expect_status("Voor de beantwoording van de vragen verwijs ik u graag naar mijn brief van 4 november jl.",
                  KR_Q_REFERRED, 0);
    expect_status("Over het nieuwe beleid heb ik u geïnformeerd in de Kamerbrief Toekomst samenwerking "
                  "(Kamerstuk 36600, nr. 13) op 11 november 2024.",
                  KR_Q_REFERRED, 0);
    expect_status("Ik heb u hierover op 11 november geïnformeerd in de Kamerbrief over ontwikkelingshulp.", KR_Q_REFERRED, 0);
    /* an apology is no substance */
    expect_status("Abusievelijk is er in de verwerking van de vragen iets niet goed gegaan. Ik bied hiervoor mijn excuses "
                  "aan. Voor de beantwoording van de vragen verwijs ik u graag naar mijn brief van 4 november jl.",
                  KR_Q_REFERRED, 0);
}

/* Questions numbered without the word "Vraag": "1. Bent u …?" listed first, "1." on its own line,
 * "Vraag 1: …?"; a numbered list in an answer asks nothing */
/* A footnote marker that pdftotext put on a line of its own before a question's heading is no
 * footnote's number, and a footnote's text ends before a heading: the questions after them stay
 * (they were lost with their answers). */
static void marker_alone_before_a_heading(void **st)
{
    (void)st;
    kr_doc *d = parse("Vraag 4\nWat vindt u van de rapporten1 en de berichten2?\nAntwoord 4\nDe rapporten3 en de "
                      "analyse4 zijn bekend.\n\n1 NOS, 3 maart 2024.\n2 NRC, 4 maart 2024.\n3 Kamerstuk 31 793, nr. 270.\n"
                      "4 Kamerstuk 31 793, nr. 271.\nVraag 5\nWat doet u?\nAntwoord 5\nIk verwijs naar de brief over "
                      "COP295.\n5\nVraag 6\nEn nu?\nAntwoord 6\nNu niets.\nVraag 7\nEn later?\nAntwoord 7\nLater wel.\n\n"
                      "5Kamerstuk 31 793, nr. 274\n");
    /* nor does a footnote's text run on into the next question's heading */
    assert_int_equal(kr_doc_question_count(d), 4);
    assert_string_equal(q_of(d, 5)->text, "Wat doet u?");
    assert_string_equal(q_of(d, 6)->text, "En nu?");
    assert_int_equal(kr_doc_ref_count(d), 5);
    assert_int_equal(kr_doc_ref(d, 4)->footnote, 5);
    kr_doc_free(d);
}

static void questions_numbered_without_the_word(void **st)
{
    (void)st;
    /* a consultation's numbered question leaves the party layout alone */
    kr_doc *c = parse("Vragen en opmerkingen van de leden van de VVD-fractie\n\n1. Hoe groot wordt de pool?\n\nAntwoord\n"
                      "De pool is 30.000.\n\nVragen en opmerkingen van de leden van de NSC-fractie\n\nWelke lidstaten "
                      "dragen bij?\n\nAntwoord\nAlle 27.\n");
    assert_int_equal(kr_doc_question_count(c), 2);
    kr_doc_free(c);
    /* the party heading "van de leden van de fractie van X" */
    c = parse("Vragen en opmerkingen van de leden van de fractie van GroenLinks-PvdA\n\nDe leden vragen: hoe groot wordt de "
              "pool?\n\nAntwoord\nDe pool is 30.000.\n");
    assert_int_equal(kr_doc_question_count(c), 1);
    assert_string_equal(q_of(c, 1)->party, "GroenLinks-PvdA");
    kr_doc_free(c);
    /* numbered questions answered under bare "Antwoord" headings */
    c = parse("1. Bent u bekend met het bericht?\n2. Hoeveel?\n\nAntwoord\nJa.\n\nAntwoord\n12.\n");
    assert_int_equal(kr_doc_question_count(c), 2);
    kr_doc_free(c);
    static const char *const docs[] = {
        "1. Bent u bekend met het bericht?\n2. Hoeveel waren er in 2023?\n\nAntwoord op vraag 1\nJa.\n\nAntwoord op vraag 2\n"
        "Er waren er 43.\n",
        "1.\nBent u bekend met het bericht?\n\nAntwoord op vraag 1\nJa.\n\n2.\nHoeveel waren er in 2023?\n\nAntwoord op "
        "vraag 2\nEr waren er 43.\n",
        "Vraag 1: Bent u bekend met het bericht?\nAntwoord 1\nJa.\nVraag 2: Hoeveel waren er in 2023?\nAntwoord 2\nEr "
        "waren er 43.\n",
        /* the number alone, as a ministry writes its answers (a number that opens a text is a page's) */
        "Antwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 19 november 2024)\n\n1\nBent u bekend met het bericht?\n\nAntwoord\nJa.\n\n2\nHoeveel waren er in 2023?\n\nAntwoord\nEr waren er "
        "43.\n"};
    for (size_t k = 0; k < sizeof docs / sizeof *docs; k++) {
        kr_doc *d = parse(docs[k]);
        assert_int_equal(kr_doc_question_count(d), 2);
        assert_int_equal(q_of(d, 2)->status, KR_Q_ANSWERED);
        kr_doc_free(d);
    }
    /* a number alone before a paragraph that asks nothing, or without an answer heading after it, is none */
    kr_doc *e = parse("1\nDe maatregel werkt.\n\nAntwoord\nJa.\n\n2\nWerkt het?\nHet werkt.\n");
    assert_int_equal(kr_doc_question_count(e), 0);
    kr_doc_free(e);
    kr_doc *d = parse("Vraag 1\nWelke maatregelen neemt u?\nAntwoord 1\nDeze:\n1. een installatie;\n2. compartimentering;\n"
                      "Vraag 2\nWat vindt u van de\nvraag van mijn collega?\nAntwoord 2\nNiets.\n");
    assert_int_equal(kr_doc_question_count(d), 2);
    kr_doc_free(d);
}

/* Ranges in headings and referrals ("tot en met", an en dash); another set's question is no
 * question of this document */
static void ranges_and_other_sets(void **st)
{
    (void)st;
    kr_doc *d = parse("Vraag 1\nWat?\nAntwoord 1\nHet is 12.\nVraag 2 tot en met 4\nEn?\nAntwoord 2 – 4\nZie het "
                      "antwoord op vraag 1.\nVraag 5\nWaarom?\nAntwoord 5\nZie het antwoord op de vragen 2 tot en met 4.\n"
                      "Vraag 6\nHoe?\nAntwoord 6\nZie het antwoord op vraag 4 van de vragen van het lid Mutluer.\n");
    assert_int_equal(kr_doc_question_count(d), 6);
    assert_int_equal(q_of(d, 3)->status, KR_Q_REFERRED);
    const kr_question *q = q_of(d, 5);
    assert_int_equal(q->n_refers_to, 3);
    assert_int_equal(q->refers_to[1], 3);
    q = q_of(d, 6);
    assert_int_equal(q->status, KR_Q_REFERRED);
    assert_int_equal(q->n_refers_to, 0);
    assert_string_equal(q->flag, "referral_external");
    kr_doc_free(d);
    /* another set of written questions is out of the document */
    d = parse("Vraag 1\nWat?\nAntwoord 1\nHet is 12.\nVraag 2\nEn?\nAntwoord 2\nZie hiervoor het antwoord op de vragen van de "
              "leden Bikker en Omtzigt.\n");
    assert_string_equal(q_of(d, 2)->flag, "referral_external");
    kr_doc_free(d);
    /* a question the document does not have */
    d = parse("Vraag 1\nWat?\nAntwoord 1\nHet is 12.\nVraag 2\nEn?\nAntwoord 2\nZie het antwoord op vraag 12.\n");
    q = q_of(d, 2);
    assert_int_equal(q->n_refers_to, 0);
    assert_string_equal(q->flag, "referral_unresolved");
    kr_doc_free(d);
}

/* An answer that only points to a letter outside the document ("Graag verwijs ik u naar de
 * Kamerbrief van …") is a referral to no question. */
static void referral_out_of_the_document(void **st)
{
    (void)st;
    kr_doc *d = one_answer("Graag verwijs ik u naar de Kamerbrief van 14 juli 2023 waarin uitgebreid wordt "
                           "toegelicht waarom de regeling is afgeschaft.");
    const kr_question *q = kr_doc_question(d, 0);
    assert_int_equal(q->status, KR_Q_REFERRED);
    assert_int_equal(q->n_refers_to, 0);
    assert_string_equal(q->flag, "referral_external");
    kr_doc_free(d);
    /* "nr." ends no sentence: the whole answer is the pointer */
    expect_status("Zie mijn brief van 3 maart 2023 (Kamerstuk 29 628, nr. 1100).", KR_Q_REFERRED, 0);
    expect_status("Ik verwijs u graag naar de Kamerbrief van 3 maart 2023.", KR_Q_REFERRED, 0);
    expect_status("Ik verwijs naar mijn brief van 12 maart jl. (Kamerstuk 29 628, nr. 1204).", KR_Q_REFERRED, 0);
    /* a letter named with a subject is no question of this document */
    d = one_answer("Voor het antwoord op deze vraag verwijs ik u naar de Kamerbrief over de capaciteit van de politie.");
    assert_int_equal(kr_doc_question(d, 0)->n_refers_to, 0);
    assert_string_equal(kr_doc_question(d, 0)->flag, "referral_external");
    kr_doc_free(d);
}

static void referral_cycle_is_flagged(void **st)
{
    (void)st;
    kr_doc *d = parse("Vraag 1\nA?\nAntwoord 1\nZie antwoord op vraag 2.\nVraag 2\nB?\nAntwoord 2\nZie antwoord op vraag 1.\n");
    assert_string_equal(q_of(d, 1)->flag, "referral_cycle");
    assert_int_equal(q_of(d, 1)->final, 0);
    kr_doc_free(d);
}

static const char *consultation_doc =
    "Vragen en opmerkingen van de leden van de GroenLinks-PvdA-\nfractie\n\n"
    "De leden hebben vragen over de terugkeerhub in Oeganda. Kan de Minister de afspraken met Oeganda toelichten?\n\n"
    "Antwoord\nDe afspraken met Oeganda zijn op 12 mei 2025 vastgelegd in een overeenkomst.\n\n"
    "Vragen en opmerkingen van de leden van de NSC-fractie\n\n"
    "Solidariteitsmechanisme\n\n"
    "Hoe groot wordt de solidariteitspool dit jaar?\n\n"
    "Antwoord\nDe pool bedraagt 30.000 herplaatsingen.\n\n"
    "Welke lidstaten dragen bij aan de pool?\n\n"
    "Antwoord\nZie antwoord op de eerste vraag van de leden van de NSC-fractie over het solidariteitsmechanisme.\n\n"
    "Hoe verloopt de samenwerking met Oeganda?\n\n"
    "Antwoord\nZie het antwoord op een vergelijkbare vraag van de leden van de GroenLinks-PvdA-fractie.\n\n"
    "Wat is de inzet bij de pool?\n\n"
    "Antwoord\nHet kabinet verwijst naar het antwoord op de eerdere vraag van uw fractie over de solidariteitspool.\n";

static void consultation_layout_with_parties_and_topics(void **st)
{
    (void)st;
    kr_doc *d = parse(consultation_doc);
    assert_int_equal(kr_doc_question_count(d), 5);
    assert_string_equal(q_of(d, 1)->party, "GroenLinks-PvdA");
    assert_null(q_of(d, 1)->topic);
    assert_string_equal(q_of(d, 2)->party, "NSC");
    assert_string_equal(q_of(d, 2)->topic, "Solidariteitsmechanisme");
    assert_string_equal(q_of(d, 1)->text, "De leden hebben vragen over de terugkeerhub in Oeganda. Kan de Minister de "
                                          "afspraken met Oeganda toelichten?");
    /* by party and topic: "de eerste vraag … over het solidariteitsmechanisme" */
    assert_int_equal(q_of(d, 3)->status, KR_Q_REFERRED);
    assert_int_equal(q_of(d, 3)->refers_to[0], 2);
    /* by party and likeness: "een vergelijkbare vraag van de leden van de GroenLinks-PvdA-fractie" */
    assert_int_equal(q_of(d, 4)->refers_to[0], 1);
    /* "van uw fractie", earlier, by topic words */
    assert_int_equal(q_of(d, 5)->refers_to[0], 2);
    kr_doc_free(d);
}

static void mismatched_referral_names_nearest(void **st)
{
    (void)st;
    kr_doc *d = parse("Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie\n\n"
                      "Hoe staat het met de woningbouw in Utrecht?\n\nAntwoord\nEr zijn 400 woningen gebouwd.\n\n"
                      "Vragen en opmerkingen van de leden van de NSC-fractie\n\n"
                      "Acht de Minister het voldoende om het begrip veilig derde land te verruimen?\n\n"
                      "Antwoord\nJa, sinds 1 januari 2025.\n\n"
                      "Acht de Minister het voldoende om het begrip veilig derde land te verruimen?\n\n"
                      "Antwoord\nVoor het antwoord verwijst het kabinet naar het antwoord op een gelijkluidende vraag van "
                      "de leden van de GroenLinks-PvdA-fractie.\n");
    const kr_question *q = q_of(d, 3);
    assert_int_equal(q->status, KR_Q_REFERRED);
    assert_string_equal(q->flag, "referral_mismatch");
    assert_int_equal(q->n_refers_to, 0);
    assert_int_equal(q->nearest, 2);
    assert_true(q->nearest_confidence > 0.9);
    kr_doc_free(d);
}

static void repeated_answer_is_flagged(void **st)
{
    (void)st;
    kr_doc *d = parse("Vraag 1\nA?\nAntwoord 1\nDe uiteindelijke bijdrage van Nederland is afhankelijk van de "
                      "solidariteitspool die de Raad in december vaststelt, en ligt tussen de 30 en 40 miljoen euro.\n"
                      "Vraag 2\nB?\nAntwoord 2\nDe uiteindelijke bijdrage van Nederland is afhankelijk van de "
                      "solidariteitspool die de Raad in december vaststelt, en ligt tussen de 30 en 40 miljoen euro.\n");
    assert_int_equal(q_of(d, 2)->repeats, 1);
    assert_int_equal(q_of(d, 1)->repeats, 0);
    kr_doc_free(d);
}

static void documents_without_questions(void **st)
{
    (void)st;
    kr_doc *d = parse("MOTIE VAN HET LID CEDER\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering iets,\n");
    assert_int_equal(kr_doc_question_count(d), 0);
    kr_doc_free(d);
    d = parse("");
    assert_int_equal(kr_doc_question_count(d), 0);
    kr_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(answered_when_the_answer_has_substance),
        cmocka_unit_test(deferred_phrase_families),
        cmocka_unit_test(answer_with_facts_that_also_defers),
        cmocka_unit_test(declined_phrase_families),
        cmocka_unit_test(unanswered_without_answer),
        cmocka_unit_test(web_page_furniture_is_no_answer),
        cmocka_unit_test(list_of_questions_and_answers),
        cmocka_unit_test(questions_put_before_answers),
        cmocka_unit_test(unnumbered_and_unanswered_layouts),
        cmocka_unit_test(pairs_grouped_answers),
        cmocka_unit_test(plural_heading_and_answers_without_heading),
        cmocka_unit_test(referral_by_number_and_by_position),
        cmocka_unit_test(referral_out_of_the_document),
        cmocka_unit_test(ranges_and_other_sets),
        cmocka_unit_test(marker_alone_before_a_heading),
        cmocka_unit_test(questions_numbered_without_the_word),
        cmocka_unit_test(referral_cycle_is_flagged),
        cmocka_unit_test(consultation_layout_with_parties_and_topics),
        cmocka_unit_test(mismatched_referral_names_nearest),
        cmocka_unit_test(repeated_answer_is_flagged),
        cmocka_unit_test(documents_without_questions),
    };
    return cmocka_run_group_tests_name("qa", tests, NULL, NULL);
}
