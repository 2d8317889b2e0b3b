/* Find stage: runs one PCRE2 pattern per reference family over the clean text and turns each
 * match into a candidate with its canonical target where the mention itself gives one.
 *
 * Every pattern starts with a literal or a tight character class so PCRE2's start-of-match
 * optimisation skips most of the text; overlaps between families are settled in resolve.c. */
#include "find.h"

#include <assert.h>
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ids.h"
#include "re.h"

/* ---------------------------------------------------------------- pattern pieces */

/* A dossier number: "32 317", "32317", with a sub-dossier "-20", "-VI", " XVI", ".VIII", "XIV"
 * (a budget's chapter glued to it: "36600XIV"), and a Kingdom act's number after it, "(R2064)". */
/* (a line may break at any of its spaces: "36\n410", "36 410\nXV") */
#define DOS "\\d{2}[ \\n]?\\d{3}(?:(?:[ \\n]?[-–][ \\n]?(?:\\d{1,3}|[A-Z]{1,5})|\\.[A-Z]{1,5}|[ \\n](?:[IVXL]{1,6}[AB]?|[A-Z])|[IVXL]{1,6}[AB]?)(?![\\w-]))?" \
            "(?:\\s?\\(R\\s?\\d{3,4}\\))?"
/* A dossier cited without a document number: a hyphenated number after it is a document
 * number ("30111-108"), unless it has a leading zero ("21 501-02"). */
#define DOSONLY "\\d{2} ?\\d{3}(?:(?: ?- ?(?:0\\d|[A-Z]{1,5})|\\.[A-Z]{1,5}| (?:[IVXL]{1,6}|[A-Z]))(?![\\w-]))?(?![\\d-])"
#define NOTNUM "(?<![\\d.,/])(?<!\\d )"
#define NR "(?:\\d{1,5}|[A-Z]{1,3})(?![\\w])"
/* A later item of a number list is a document's number, not an amount or a date: "nr. 1150 en 12
 * gemeenten", "en 12 april", "en 1.200 mensen" end the list before it */
#define NOT_AMOUNT                                                                                                 \
    "(?![.,]\\d)(?!\\s+" MONTH ")(?!\\s+(?:gemeenten|provincies|moties|amendementen|vragen|brieven|mensen|personen|"    \
    "leden|kinderen|jongeren|gevallen|meldingen|woningen|organisaties|bedrijven|landen|procent|euro|miljoen|miljard|"      \
    "jaar|jaren|maanden|weken|dagen|uur|minuten|keer|kilometer|km)\\b)"
/* A list of numbers, or of letters (the Eerste Kamer's papers); a later item never starts a
 * dossier number ("nrs. A en B en 35 300 XVI, nr. 5", "nrs. 3 en 35300, nr. 5"): the list ends
 * before it, and the dossier is cited on its own. A list of numbers takes no letters: "stuk nr.
 * 24, I t/m III" names parts of one amendment, "nrs. 12, 13 en BBB" a party. "nr. 1030, was nr.
 * 1024": the number a motion had. */
#define NR_SEP "\\s*(?:,\\s*was\\s+(?=nrs?\\.)|,|en|t/m|tot\\s+en\\s+met|-|–)\\s*(?:nrs?\\.\\s*)?(?!\\d{2} ?\\d{3}(?!\\d))"
#define NR_NUM "\\d{1,5}(?![\\w])"
#define NR_LET "[A-Z]{1,3}(?![\\w])"
#define NRLIST "(?:" NR_NUM "(?:" NR_SEP NR_NUM NOT_AMOUNT ")*|" NR_LET "(?:" NR_SEP NR_LET ")*)"
/* the pages of Handelingen: "blz. 2993–3014", "p. 4567" */
#define H_PAGES "(?:blz|pag|pp?)\\.\\s*(\\d{1,5}+)(?:\\s*[-–]\\s*(\\d{1,5}+))?(?!\\d|[,.]\\d)"
#define YEAR "\\d{4}\\s?[/–-]{1,2}\\s?\\d{2,4}"
#define MONTH "(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
#define DATE "\\d{1,2}\\s+" MONTH ",?\\s+\\d{4}" /* "27 september, 2023" too */
#define PART "(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|Te|[Ii]n\\s+['’]t|['’]t|El|Al)\\s+"
/* A surname, with its particles ("Van der Plas"), double names ("Faber-van de Klashorst"), and
 * a given name where members share a surname ("Otwin van Dijk"); a footnote marker may be glued
 * to it ("de motie van Nispen1"), other digits not. */
/* A name's second capitalised word after a space: a surname of two ("Van Haersma Buma", "Bruins
 * Slot"), or the surname after a first name ("Pieter Heerma"); not a word that starts a sentence
 * or names the house. */
#define NAME2                                                                                              \
    "(?: (?!(?:Kamerstuk|Kamerstukken|Tweede|Eerste|Handelingen|Aanhangsel|Kamer|Zie|Motie|Bijlage|De|Het|Een|" \
    "In|Op|Zij|Hij|Deze|Die|Dit|Dat|Ik|Wij|Ook|Dan|Maar|Voorzitter|Minister|Staatssecretaris)(?![\\p{L}]))"       \
    "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*)?"
#define NAME "(?!(?:Kamerstuk|Kamerstukken|Tweede|Eerste|Handelingen|Aanhangsel|Kamer|Zie|Motie|Bijlage)(?![\\p{L}]))(?:\\p{Lu}\\p{Ll}+\\s+(?=(?:van|de|der|den|ter|ten)\\s+\\p{Lu}))?(?:" PART ")*\\p{Lu}[\\p{L}'’]*\\p{Ll}(?:-(?:" PART ")*\\p{Lu}?[\\p{L}'’]*\\p{Ll})*" NAME2 "(?![\\p{L}]|\\d{4}|\\d{1,3}[\\p{L}\\d])"
/* Not after a possessive: "uw motie van mevrouw X" names who asks about it, not who submitted it. */
#define POSSESSIVE "(?<![Uu]w\\s)(?<![MmZz]ijn\\s)(?<![Hh]aar\\s)(?<![Oo]nze\\s)(?<![Hh]un\\s)"
/* "het lid", "het Kamerlid", "het toenmalige lid", "de voormalige Kamerleden", "meneer", "collega", … */
#define TITLE                                                                                                      \
    "(?:mevrouw|meneer|collega|de\\s+heer|het\\s+(?:(?:toenmalige|voormalige)\\s+)?(?:[Kk]amer)?lid|de\\s+(?:(?:toenmalige|voormalige)\\s+)?"   \
    "(?:[Kk]amer)?leden|leden|de\\s+heren|de\\s+dames)\\s+"
/* names, each perhaps with its party: "de leden Bikker (ChristenUnie) en Omtzigt (NSC)" */
#define PARTY_BR                                                                                                   \
    "(?:\\s*\\((?!\\d\\d|[Kk]amerstuk|Handelingen|Aanhangsel|[Zz]ie\\b|stuk\\b|kst-|a?h-(?:tk|ek)-|[^)\\n]{0,40}\\d{3})[\\p{L}\\d][\\p{L}\\d-]*(?: [\\p{L}\\d-]+){0,3}\\))?"
#define NAMES NAME PARTY_BR "(?:(?:\\s*,\\s*|\\s+en\\s+|\\s*/\\s*)(?:" TITLE ")?" NAME PARTY_BR ")*(?:\\s+(?:c\\.s\\.|cum\\s+suis\\b))?"
/* An outlet's name; "De"/"het" before it is taken into the mention afterwards (a regex that
 * may start with a lower-case letter would try every word of the text). */
#define OUTLET                                                                                    \
    "(?:Telegraaf|Volkskrant|NRC(?:\\s+Handelsblad|\\s+Next)?|Trouw|"      \
    "Parool|AD|Algemeen\\s+Dagblad|Financieele?\\s+Dagblad|FD|Nederlands\\s+Dagblad|"                \
    "Reformatorisch\\s+Dagblad|Brabants\\s+Dagblad|Leeuwarder\\s+Courant|Dagblad\\s+van\\s+het\\s+"  \
    "Noorden|Gelderlander|Stentor|Tubantia|Limburger|NOS|RTL\\s+Nieuws|EenVandaag|Nieuwsuur|"       \
    "NU\\.nl|Follow\\s+the\\s+Money|FTM|Argos|Zembla|ZEMBLA|Pointer|KRO-NCRV|BNR|BNNVARA|"          \
    "Omroep\\s+\\p{Lu}\\p{L}+|Regio\\s+\\p{Lu}\\p{L}+|RTV\\s+\\p{Lu}\\p{L}+|Politico|Reuters|"       \
    "The\\s+Guardian|Financial\\s+Times|De\\s+Standaard|Nieuwsblad|Elsevier(?:\\s+Weekblad)?|"       \
    "Vrij\\s+Nederland|Groene\\s+Amsterdammer|Noordhollands\\s+Dagblad|Haarlems\\s+Dagblad|"        \
    "Eindhovens\\s+Dagblad|Friesch\\s+Dagblad|Stellingwerf|PZC|BN\\s+DeStem|NH\\s+Nieuws|AT5|"      \
    "Investico|Hart\\s+van\\s+Nederland)(?![\\w])"
/* A quoted title, «…» possibly holding a quote of its own, or “…” or "…". */
#define QTITLE_IN "«(?:[^«»]|«[^«»]{0,400}»){1,400}»|“[^“”]{1,400}”|\"[^\"\\n]{1,400}\""
#define QTITLE "(" QTITLE_IN ")"
#define URLCH "[^\\s<>\"«»\\[\\]{}|\\\\^`“”]"

enum {
    F_KST_PREFIX,
    F_KST_FOOTER,
    F_KST_BARE,
    F_KST_ASSIGN,
    F_KST_LETTER,
    F_KST_COMPACT,
    F_KST_DOT,
    F_ID,
    F_STUK,
    F_GEDRUKT,
    F_DOSSIER,
    F_DOSSIER_R,
    F_DOSSIER_DASH,
    F_DOSSIER_PAREN,
    F_HANDELINGEN,
    F_AANHANGSEL,
    F_MOTIE,
    F_MOTIE_BY,
    F_NEWS_DATED,
    F_NEWS_TITLED,
    F_NEWS_GENERIC,
    F_NEWS_OUTLET_FIRST,
    F_NEWS_WORD_OUTLET,
    F_PROPOSERS,
    F_URL,
    F_URL_BARE,
    F_ZAAK,
    F_ECLI,
    F_EU,
    F_STB,
    F_STCRT,
    F_COUNT,
    /* not families: ID and URL_BARE matched at a given place (\G lets PCRE2 use its JIT code,
     * which a match-time PCRE2_ANCHORED rules out) */
    F_ID_AT = F_COUNT,
    F_URL_BARE_AT,
    F_MOTIE_MORE_AT,
    F_KST_LEAD,
    F_KST_PAGES_AT,
};

#define ID_PAT "(?<![\\w/-])(kst-\\d{5}(?:-[0-9A-Z]{1,5})?-(?:\\d{1,5}|[A-Z]{1,3})|h-(?:tk|ek)-\\d{8}-" \
           "\\d{1,4}(?:-\\d{1,4})?|ah-(?:tk|ek)-\\d{8}-\\d{1,5})(?![\\w-])"
#define URL_BARE "(?<![\\w@./-])(?:[a-z0-9-]+\\.)+(?:nl|com|org|eu|net|be|int|info|nu)/" URLCH "*"

static kr_re pats[] = {
    /* the Eerste Kamer numbers its papers with letters, cited without "nr.": "Kamerstukken I
     * 2019/20, 35 300, C"; a paper of two dossiers by the first, "Kamerstukken 36 600 B en 36 600
     * C, nr. 6", as its footer names it */
    [F_KST_PREFIX] = {"\\bKamerstuk(?:ken|nummer)?(?:\\s+(?:II|ll|TK)|\\s+(I|EK))?(?:(?:,\\s*|\\s+)(?:vergaderjaar\\s+)?" YEAR
                      ")?,?\\s+(" DOS ")(?:\\s+en\\s+" DOS "(?=,?\\s*nrs?\\b))?(?:(?:,\\s*|\\s+)(?:nrs?\\.?|nummers?)\\s*|(?(1),\\s*(?=[A-Z]{1,2}(?![\\w-]))|(*FAIL)))("
                      NRLIST ")",
                      0, NULL, false},
    [F_KST_FOOTER] = {"(?<![\\p{L}])(?:Tweede|Eerste)\\s+Kamer,\\s+vergaderjaar\\s+" YEAR ",\\s+(" DOS
                      ")(?:\\s+en\\s+" DOS ")?,\\s+nrs?\\.\\s*(" NRLIST ")",
                      0, NULL, false},
    [F_KST_BARE] = {NOTNUM "\\b(" DOS ")\\s?,?\\s*nrs?\\.?\\s*(" NRLIST ")", 0, NULL, false},
    /* "Zij krijgt nr. 346 (32847)", "nr. 12 (36 410 XVI)"; an amended motion "nr. 20, was nr. 12 (36410-XVI)" */
    [F_KST_ASSIGN] = {"(*NO_START_OPT)\\bnrs?\\.\\s*(\\d{1,5})(?:,\\s*was\\s+nr\\.\\s*(\\d{1,5}))?\\s?\\(\\s?(" DOS ")\\s?\\)", 0, NULL, false},
    /* the Eerste Kamer's papers by letter in brackets: "motie-De Boer c.s. (35979, letter G, was
     * letter E)", "motie-Schalk c.s. (35300, L)" */
    [F_KST_LETTER] = {"(*NO_START_OPT)\\( ?([1-3]\\d ?\\d{3}(?:[- ](?:[IVXL]{1,6}|[A-Z]))?),\\s*(?:letter\\s+)?([A-Z]{1,2})"
                      "(?:,\\s*was\\s+(?:letter\\s+)?([A-Z]{1,2}))? ?\\)",
                      0, NULL, false},
    /* "32317-5", "21501-20-1934", a Rijkswet's "35172-(R2123)-1" */
    [F_KST_COMPACT] = {"(?<![\\w.,/:-])(?<!\\d )(\\d{2} ?\\d{3})-(?:\\(R\\d{3,4}\\)-)?(?:(\\d{1,3}|[A-Z]{1,5})-)?(\\d{1,4})(?![\\w/-]|[.,]\\d| \\d{3}(?!\\d))",
                       0, NULL, false},
    [F_KST_DOT] = {"(?<![\\d.])(\\d{5})\\.([IVXLA-Z]{1,5}),\\s*(?:nr\\.\\s*)?(\\d{1,4})(?![\\w])", 0,
                   NULL, false},
    [F_ID] = {ID_PAT, 0, NULL, false},
    [F_STUK] = {"(?:\\b(?:[Mm]otie|[Aa]mendement)(?:-(" NAMES "))?\\s+)?\\b(?:op\\s+)?stuk(?:ken)?\\s+nrs?\\.\\s*("
                NRLIST ")(?:\\s*\\((" DOS ")\\))?(?:,?\\s+van\\s+(?:" TITLE ")?(" NAMES "))?",
                0, NULL, false},
    /* also the heading in capitals: "… TER VERVANGING VAN DAT GEDRUKT ONDER NR. 9" */
    [F_GEDRUKT] = {"\\b(?:[Gg]edrukt\\s+onder|GEDRUKT\\s+ONDER|[Tt]er\\s+vervanging\\s+van|TER\\s+VERVANGING\\s+VAN|t\\.v\\.v\\.)\\s+"
                   "(?:nr|NR)\\.\\s*(\\d{1,5})(?![\\w,])",
                   0, NULL, false},
    [F_DOSSIER] = {"\\b(?:[Kk]amerstuk(?:ken)?|(?:[Ii]nitiatief(?:wets)?|[Ww]ets)voorstel(?:len)?|[Dd]ossier(?:nummer)?|[Kk]amerdossier)"
                   "(?:\\s+(?:II|I))?\\s+(" DOSONLY "(?:\\s*(?:,|en)\\s*" DOSONLY ")*)(?!\\s*,?\\s*nrs?\\b)",
                   0, NULL, false},
    [F_DOSSIER_R] = {NOTNUM "\\b(" DOS ")\\s?\\(R\\d{3,4}\\)", 0, NULL, false},
    /* an agenda item's dossier after a dash at its end: "… gemeente - 30569", with an en dash, or
     * the line broken at the dash (not after a number: "120 -\n12345") */
    [F_DOSSIER_DASH] = {"(?:(?<=\\S) (?:-|–) |(?<=[^\\s\\d])(?:\\n(?:-|–) | (?:-|–)\\n))(\\d{5}(?:-[0-9A-Z]{1,5})?)(?=[ ]*$)", PCRE2_MULTILINE, NULL, false},
    /* "Awgb-dossier (31832)", a budget bill "( 34775-XVI )", two "(33400-VI en 33400-XVI)",
     * "Voortgang Huis voor democratie (31 475)" ending an agenda's line; a
     * count in brackets ("meer meldingen (12 345) dan in 2022") is no dossier: the spaced form only
     * where it ends a line or an agenda's " - 31475-3" follows */
    [F_DOSSIER_PAREN] = {"(*NO_START_OPT)(?|\\( ?([1-3]\\d{4}(?:-(?:0\\d|[A-Z]{1,5}))?(?:(?:\\s*,\\s*|\\s+en\\s+)[1-3]\\d{4}(?:-(?:0\\d|[A-Z]{1,5}))?)*) ?\\)|\\(([1-3]\\d \\d{3})\\)(?=[ \\t]*(?:$|- )))", PCRE2_MULTILINE, NULL, false},
    /* "Handelingen II 2019/20, nr. 45, item 12", "Hand. II 2008/09, nr. 45, blz. 3456", "…, 45, item 12";
     * before 2011 by page alone: "Handelingen II 2007/08, blz. 2993–3014", "Hand. II 2001/02, p. 4567",
     * "Handelingen TK 1997–1998, 6368–6375" (groups: house, year, meeting, items, first and last page) */
    [F_HANDELINGEN] = {"\\b(?:Handelingen|Hand\\.)(?:\\s+(II|I|TK|EK|Tweede\\s+Kamer|Eerste\\s+Kamer))?,?\\s+(?:vergaderjaar\\s+)?(" YEAR
                       "),?\\s+(?|(?:nr\\.\\s*|(?=\\d{1,4},\\s*items?\\b))(\\d{1,4})(?:,?\\s*items?\\s*(\\d{1,4}(?:(?:\\s*,\\s*|\\s+en\\s+)\\d{1,4}(?!\\d)" NOT_AMOUNT ")*))?"
                       "(?:,\\s*" H_PAGES ")?|()()" H_PAGES "|()()(\\d{3,5}+)\\s*[-–]\\s*(\\d{3,5}+)(?!\\d|[,.]\\d))",
                       0, NULL, false},
    /* also as a footnote writes it, "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de
     * Handelingen, nr. 2386" (its number glued before it where the footnote was not told apart) */
    [F_AANHANGSEL] = {"(?|\\b(?:Aanhangsel\\s+(?:van\\s+de\\s+)?Handelingen|Aanh\\.\\s*Hand\\.)(?:\\s+(II|I|TK|EK|Tweede\\s+Kamer|Eerste\\s+Kamer))?(?:,\\s*|\\s+)(?:vergaderjaar\\s+)?("
                      YEAR "),?\\s*(?:(?:nrs?\\.?|(?:aanhangsel)?nummers?)\\s*)?(\\d{1,5}(?:(?:\\s*,\\s*|\\s+en\\s+)(?:nr\\.\\s*)?\\d{1,5}(?!\\d)" NOT_AMOUNT ")*)(?!\\d)"
                      "|(?<![\\p{L}])(Tweede|Eerste)\\s+Kamer,\\s+vergaderjaar\\s+(" YEAR "),\\s*Aanhangsel\\s+(?:van\\s+de\\s+)?Handelingen,?\\s*"
                      "(?:(?:nrs?\\.?|(?:aanhangsel)?nummers?)\\s*)?(\\d{1,5})(?!\\d))",
                      0, NULL, false},
    /* "de motie van het lid X", "de moties van 14 december 2021 van de leden X en Y"; not the vote
     * heading "Stemmingen moties Wonen" (a topic); not "uw motie
     * van mevrouw Voortman", where she asks about it, or "mijn motie" */
    [F_MOTIE] = {POSSESSIVE "(?<!Stemmingen\\s)(?<!Stemming\\s)\\b(?:[Gg]ewijzigde\\s+)?([Mm]oties?|[Aa]mendement(?:en)?)(?:-(" NAMES ")|\\s+van\\s+(?:" DATE
                 "\\s+van\\s+)?(?:" TITLE ")?(" NAMES ")|(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(" NAMES "))",
                 0, NULL, false},
    /* "de door het lid Omtzigt ingediende motie", "de door de leden X en Y aangehouden moties" */
    [F_MOTIE_BY] = {"\\bdoor\\s+(?:het\\s+lid|de\\s+leden)\\s+(?:" TITLE ")?(" NAMES ")\\s+(?:ingediende|voorgestelde|aangehouden)\\s+"
                    "(?:gewijzigde\\s+)?([Mm]oties?|[Aa]mendement(?:en)?)\\b",
                    0, NULL, false},
    /* the date also in figures after a known outlet: "NOS, 12-03-2024, «…»" */
    [F_NEWS_DATED] = {"(?<![\\p{L}])(" OUTLET ")(?:\\.nl)?,?\\s+(?:d\\.d\\.\\s+)?(" DATE "|\\d{1,2}-\\d{1,2}-(?:19|20)\\d\\d|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d\\d)(?:,?\\s+" QTITLE ")?"
                      "(?:[,.]?[ \\t]*(?:\\n[ \\t]*)?\\(?((?:https?://|www\\.)" URLCH "+))?",
                      0, NULL, false},
    [F_NEWS_TITLED] = {"\\b(?:nieuws|kranten)?(?:artikel|bericht|interview|commentaar|column|opiniestuk|reportage|uitzending)\\s+"
                       QTITLE "\\s*(?:\\(|,)?\\s*(?:(?:zoals\\s+)?(?:gepubliceerd|verschenen)\\s+)?(?:in|van|op|uit|door|bij)?\\s*(?:(?:[Dd]e|[Hh]et)\\s+)?(" OUTLET ")(?:\\.nl)?"
                       "(?:,?\\s+(?:van\\s+|d\\.d\\.\\s+)?(" DATE "))?",
                       0, NULL, false},
    /* "Zorgvisie, 2 mei 2024, «…»": a name, a date and a quoted title open a footnote or line */
    [F_NEWS_GENERIC] = {"^(\\p{Lu}[\\p{L}.&'’ -]{1,40}?),\\s+(" DATE "),?\\s+" QTITLE
                        "(?:[,.]?[ \\t]*(?:\\n[ \\t]*)?\\(?((?:https?://|www\\.)" URLCH "+))?",
                        PCRE2_MULTILINE, NULL, false},
    /* "Deze motie is voorgesteld door de leden Kröger en Grashoff." (who submitted what follows) */
    [F_PROPOSERS] = {"\\bvoorgesteld\\s+door\\s+(?:het\\s+lid|de\\s+leden)\\s+(" NAMES ")", 0, NULL, false},
    /* "het NRC-artikel «…»", "Het NOS-artikel «…»" */
    [F_NEWS_OUTLET_FIRST] = {"(?<![\\p{L}])(" OUTLET ")[- ]?(?:artikel|bericht|interview|item|commentaar)\\s+" QTITLE,
                             0, NULL, false},
    /* "het artikel van de NOS «…»", "de uitzending van Argos 'Het laatste kwartier'" (a title in
     * single quotes too: they follow the outlet's name); without a title when dated ("het
     * nieuwsbericht van de NOS van 5 januari 2024") */
    [F_NEWS_WORD_OUTLET] = {"\\b(?:nieuws|kranten)?(?:artikel|bericht|interview|commentaar|column|opiniestuk|reportage|uitzending)\\s+"
                            "(?:van|in|op|bij|uit)\\s+(?:(?:[Dd]e|[Hh]et)\\s+)?(" OUTLET ")(?:,?\\s+(?:van\\s+)?(" DATE
                            "))?(?:\\s*[,:]?\\s*(" QTITLE_IN "|‘[^‘’\\n]{1,400}’|'(?=[\\p{Lu}\\d])[^'\\n]{1,400}'(?![\\p{L}]))(?(2)|(?:,?\\s+van\\s+(" DATE "))?)|(?(2)|(*FAIL)))",
                            0, NULL, false},
    [F_URL] = {"(?:https?://|www\\.)" URLCH "+", PCRE2_CASELESS, NULL, false},
    [F_URL_BARE] = {URL_BARE, 0, NULL, false},
    [F_ZAAK] = {"(?<![\\w])(?:19|20)\\d{2}[ZD]\\d{5}(?![\\w])", 0, NULL, false},
    [F_ECLI] = {"\\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\\n?\\d{4}:\\n?[A-Z0-9.]{1,25}[A-Z0-9]", 0, NULL, false},
    [F_EU] = {"\\b(COM|SWD|JOIN|SEC)\\s?\\((\\d{4})\\)\\s?(\\d{1,5})(?!\\d)", 0, NULL, false},
    /* "Stb. 2020, 123", "Stb. 2023/245" */
    [F_STB] = {"\\b(?:Stb\\.?|Staatsblad)\\s+(\\d{4})(?:,?\\s*|/)(?:nr\\.\\s*)?(\\d{1,5})(?![\\d])", 0, NULL, false},
    [F_STCRT] = {"\\b(?:Stcrt\\.?|Staatscourant)\\s+(\\d{4})(?:,?\\s*|/)(?:nr\\.\\s*)?(\\d{1,6})(?![\\d])", 0, NULL, false},
    [F_ID_AT] = {"\\G" ID_PAT, 0, NULL, false},
    [F_URL_BARE_AT] = {"\\G" URL_BARE, 0, NULL, false},
    /* after "de moties van de leden X en Y over … (Kamerstuk …)": "en van de leden Z en W over …",
     * the next motion of the list, named without the word */
    [F_MOTIE_MORE_AT] = {"\\G(?:(?![Mm]oties?\\b|[Aa]mendement)(?:[^.;?!\\n]|\\n(?!\\n)|\\.(?!\\s+\\p{Lu}))){0,400}?\\)\\s*,?\\s+en\\s+(van\\s+(?:" TITLE ")?(" NAMES "))",
                         0, NULL, false},
    /* the words that name a paper before its number, ending where the number starts:
     * "Kamerstuk 30111-108", "TK 2023/24, 31 839, nr. 1024", "Kamerstukken II2015–16, 34 104" */
    [F_KST_LEAD] = {"(?:\\b[Kk]amerstuk(?:ken)?|\\bTK|\\bEK)(?:\\s*(?:II|I))?(?:,?\\s*(?:vergaderjaar\\s+)?" YEAR ")?,?\\s*$",
                    0, NULL, false},
    /* after a paper's number, the pages cited in it and the next paper of the dossier: "nr. 4, p. 12
     * en 13, en nr. 6", "nr. 6, p. 15-16; nr. 7" */
    [F_KST_PAGES_AT] = {"\\G,\\s*(?:p|pp|blz|pag)\\.?\\s*\\d{1,4}(?:\\s*(?:[-–]|en|t/m|,)\\s*\\d{1,4}(?![\\d.]))*"
                        "\\s*(?:[,;]\\s*(?:en\\s+)?|\\s+en\\s+)(nrs?\\.\\s*(\\d{1,5}))(?![\\w])",
                        0, NULL, false},
    {NULL, 0, NULL, false},
};

/* Anchors: the words a family's matches cannot do without (two bytes at least), and how far into
 * a match the first of them can stand at most (in bytes, white space not counted). Text is
 * scanned once for all of them; each family is then searched only near its anchors (from `back`
 * bytes before each one, for a match that starts at or before it), which finds exactly the
 * matches a scan of the whole text finds, at a fraction of the cost. */
#define WORD SIZE_MAX /* matched from the start of the word holding the anchor */
/* The quotation marks that open a QTITLE, with the white space before a plain '"' (a word of one
 * byte could not be indexed) */
#define QUOTES "«", "“", " \"", "\n\"", "\f\""
#define N_QUOTES 5
#define MAX_WORDS 32
#define OUTLET_BACK 16
#define MAX_WORDLEN 31 /* of an outlet's word */
#define OUTLET_AFTER 24 /* bytes of an outlet's name after its word, when bounded */
typedef struct anchor_set {
    const char *w[MAX_WORDS]; /* NULL after the last */
    size_t back;
    bool caseless;
    bool outlets; /* the words are the names of OUTLET (found in it when the needles are built) */
    /* the first `titled` words stand right before white space and a QTITLE: they are found
     * through the quotation marks, which are much rarer than the words */
    int titled;
    int guard;    /* a check of the text around an anchor that the pattern implies (G_…), */
    int guarded;  /* applied to the first `guarded` words (0: to all), */
    int guard_rest; /* and this one to the words after them */
} anchor_set;

/* Guards, each implied by its family's pattern:
 * G_DATE_TITLE   the quotation mark of a QTITLE comes after white space, a comma or not, and a
 *                date (DATE: digits, white space, a month, white space, four digits) that
 *                follows a comma and white space;
 * G_STUK_NR      "stuk" or "stukken" is followed by white space and "nr";
 * G_STUK_PREFIX  "motie" or "amendement" before "stuk" is followed by a hyphen (names), or by
 *                white space and "op" or "stuk";
 * G_MOTION_NAME  "motie(s)" or "amendement(en)" is followed by a hyphen, or by white space and
 *                what a name (NAMES) or "van" starts with;
 * G_NR_AFTER_DOS "nr" follows white space, a comma, a digit or ")" (the end of a dossier number), and
 *                "nr(s)(.)" is followed by a number or a capital;
 * G_NR_WORD      "nr" starts a word, and "nr(s)." is followed by a number and a bracket;
 * G_DOT_DOSSIER  ".XVI" follows a number of five digits (and no digit or full stop before it);
 * G_DOSSIER_NR   the word is followed by white space and a number, or "I" ("Kamerstukken II");
 * G_DASH_DOSSIER " - " follows a character other than white space and comes before five digits;
 * G_OUTLET_DATE  an outlet's word is followed by a digit (the day of DATE) within the rest of the
 *                name, ".nl", a comma and "d.d.": OUTLET_AFTER + 8 bytes past the word, white
 *                space aside (only for names whose rest is of bounded length);
 * G_WORD_PREP    the word ("artikel") is followed by white space, then "van", "in", "op", "bij"
 *                or "uit" and white space;
 * G_DOOR_MEMBER  "door" starts a word and is followed by white space and "het" or "de", white
 *                space and "lid" or "leden". */
enum {
    G_NONE,
    G_DATE_TITLE,
    G_STUK_NR,
    G_STUK_PREFIX,
    G_MOTION_NAME,
    G_NR_AFTER_DOS,
    G_NR_WORD,
    G_DOT_DOSSIER,
    G_DOSSIER_NR,
    G_DASH_DOSSIER,
    G_OUTLET_DATE,
    G_WORD_PREP,
    G_DOOR_MEMBER,
};

static const anchor_set anchors[F_COUNT] = {
    [F_KST_PREFIX] = {.w = {"Kamerstuk"}, .back = 0},
    /* "Tweede Kamer, " before it */
    [F_KST_FOOTER] = {.w = {"vergaderjaar"}, .back = 12},
    /* a dossier number (five digits, a sub-dossier of at most six bytes and "(R2064)") and a comma before it */
    [F_KST_BARE] = {.w = {"nr"}, .back = 21, .guard = G_NR_AFTER_DOS},
    [F_KST_ASSIGN] = {.w = {"nr"}, .back = 0, .guard = G_NR_WORD},
    /* "32317-5": a digit and the hyphen after the dossier number */
    [F_KST_LETTER] = {.w = {"(1", "(2", "(3", "( 1", "( 2", "( 3"}, .back = 0},
    [F_KST_COMPACT] = {.w = {"0-", "1-", "2-", "3-", "4-", "5-", "6-", "7-", "8-", "9-"}, .back = 8},
    /* "35300.XVI, 5": a full stop and a capital after the dossier number */
    [F_KST_DOT] = {.w = {".A", ".B", ".C", ".D", ".E", ".F", ".G", ".H", ".I", ".J", ".K", ".L", ".M",
                         ".N", ".O", ".P", ".Q", ".R", ".S", ".T", ".U", ".V", ".W", ".X", ".Y", ".Z"},
                   .back = 5,
                   .guard = G_DOT_DOSSIER},
    [F_ID] = {.w = {"kst-", "-tk-", "-ek-"}, .back = 2},
    /* "Motie-Name, Name, … op stuk nr.": a list of names of any length may come before "stuk",
     * so a match starts one byte before "otie" or "mendement", or at most "op" before "stuk" */
    [F_STUK] = {.w = {"stuk", "otie", "mendement"},
                .back = 4,
                .guard = G_STUK_NR,
                .guarded = 1,
                .guard_rest = G_STUK_PREFIX},
    [F_GEDRUKT] = {.w = {"edrukt", "ervanging", "t.v.v.", "EDRUKT", "ERVANGING"}, .back = 16},
    /* "Initiatiefw" before "etsvoorstel" */
    [F_DOSSIER] = {.w = {"amerstuk", "etsvoorstel", "ossier", "iefvoorstel"}, .back = 11, .guard = G_DOSSIER_NR},
    /* a dossier number of at most 13 bytes (five digits, an en dash and five capitals) */
    [F_DOSSIER_R] = {.w = {"(R"}, .back = 13},
    [F_DOSSIER_DASH] = {.w = {" - ", " – ", " -\n", "\n- ", "\n– ", " –\n"}, .back = 0, .guard = G_DASH_DOSSIER},
    /* "(32847)": the bracket and the first digit, 1 to 3 */
    [F_DOSSIER_PAREN] = {.w = {"(1", "(2", "(3", "( 1", "( 2", "( 3"}, .back = 0},
    [F_HANDELINGEN] = {.w = {"Handelingen", "Hand."}, .back = 0},
    /* "Tweede Kamer, vergaderjaar " and a year of at most 14 bytes before it */
    [F_AANHANGSEL] = {.w = {"Aanhangsel", "Aanh."}, .back = 39},
    /* "Gewijzigde M" before it */
    [F_MOTIE] = {.w = {"otie", "mendement"}, .back = 11, .guard = G_MOTION_NAME},
    [F_MOTIE_BY] = {.w = {"door"}, .back = 0, .guard = G_DOOR_MEMBER},
    /* a match starts with an outlet's name: each is found by its longest word, which at most
     * OUTLET_BACK bytes of the name come before */
    [F_NEWS_DATED] = {.outlets = true, .back = OUTLET_BACK},
    [F_NEWS_TITLED] = {.w = {"artikel", "bericht", "interview", "commentaar", "column", "opiniestuk",
                             "reportage", "uitzending"},
                       .back = 7, /* "nieuws", "kranten" */
                       .titled = 8},
    /* before the title: up to 41 characters of a name (4 bytes at most each), a comma and a date
     * (a month of at most 12 bytes, ſ and the Kelvin sign included, which the guard lets pass) */
    [F_NEWS_GENERIC] = {.w = {QUOTES}, .back = 200, .guard = G_DATE_TITLE},
    /* the longest outlet name but those of "Omroep", "Regio" and "RTV" has 23 bytes */
    [F_NEWS_OUTLET_FIRST] = {.w = {"artikel", "bericht", "interview", "item", "commentaar", "Omroep", "Regio",
                                   "RTV"},
                             .back = 40,
                             .titled = 5},
    [F_NEWS_WORD_OUTLET] = {.w = {"artikel", "bericht", "interview", "commentaar", "column", "opiniestuk", "reportage",
                                  "uitzending"},
                            .back = 7, /* "nieuws", "kranten" */
                            .guard = G_WORD_PREP},
    [F_PROPOSERS] = {.w = {"voorgesteld"}, .back = 0},
    [F_URL] = {.w = {"http", "www."}, .back = 0, .caseless = true},
    [F_URL_BARE] = {.w = {".nl/", ".com/", ".org/", ".eu/", ".net/", ".be/", ".int/", ".info/", ".nu/"},
                    .back = WORD},
    /* "2024Z01234": a digit and the Z or D after the year */
    [F_ZAAK] = {.w = {"0Z", "1Z", "2Z", "3Z", "4Z", "5Z", "6Z", "7Z", "8Z", "9Z",
                      "0D", "1D", "2D", "3D", "4D", "5D", "6D", "7D", "8D", "9D"},
                .back = 3},
    [F_ECLI] = {.w = {"ECLI:"}, .back = 0},
    [F_EU] = {.w = {"COM", "SWD", "JOIN", "SEC"}, .back = 0},
    [F_STB] = {.w = {"Stb", "Staatsblad"}, .back = 0},
    [F_STCRT] = {.w = {"Stcrt", "Staatscourant"}, .back = 0},
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_rc;
/* KAMERREF_FULL_SCAN=1 searches every family over the whole text, as a check that the anchored
 * search finds the same (tests/cli.sh compares the two). */
static bool full_scan;

static void compile_all(void)
{
    const char *env = getenv("KAMERREF_FULL_SCAN");
    full_scan = env && *env && strcmp(env, "0") != 0;
    /* the anchored families are searched with an offset limit, which PCRE2 must be told of */
    for (int f = 0; f < F_COUNT; f++)
        if (anchors[f].back < WORD) pats[f].options |= PCRE2_USE_OFFSET_LIMIT;
    once_rc = kr_re_compile_table(pats);
}


/* ---------------------------------------------------------------- candidates */

void kr_cand_clear(kr_cand *c)
{
    free(c->target);
    free(c->number);
    free(c->outlet);
    free(c->date);
    free(c->title);
    free(c->url);
    for (size_t i = 0; i < c->n_subs; i++) free(c->subs[i]);
    free(c->subs);
    free(c->resolved_from);
    memset(c, 0, sizeof *c);
}

static int add_sub(kr_cand *c, const char *s, size_t n)
{
    char **p = realloc(c->subs, (c->n_subs + 1) * sizeof *p);
    if (!p) return KR_ENOMEM;
    c->subs = p;
    if (!(p[c->n_subs] = kr_fold_ws(s, n))) return KR_ENOMEM;
    c->n_subs++;
    return 0;
}

int kr_cand_add_names(kr_cand *c, const char *s, size_t n)
{
    /* Separators: ",", " en ", "/"; titles and "c.s." are dropped. */
    size_t i = 0;
    while (i < n) {
        while (i < n && (kr_is_space((unsigned char)s[i]) || s[i] == ',' || s[i] == '/')) i++;
        /* the titles TITLE allows, each combination */
        static const char *const titles[] = {
            "mevrouw ", "meneer ", "collega ", "de heer ", "leden ", "en ", "het lid ", "het Kamerlid ", "het kamerlid ", "de leden ",
            "de Kamerleden ", "de kamerleden ", "het toenmalige lid ", "het toenmalige Kamerlid ",
            "het toenmalige kamerlid ", "de toenmalige leden ", "de toenmalige Kamerleden ",
            "de toenmalige kamerleden ", "het voormalige lid ", "het voormalige Kamerlid ",
            "het voormalige kamerlid ", "de voormalige leden ", "de voormalige Kamerleden ",
            "de voormalige kamerleden "};
        bool again = true;
        while (again) {
            again = false;
            for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
                size_t tl = strlen(titles[k]);
                if (n - i >= tl && memcmp(s + i, titles[k], tl) == 0) {
                    i += tl;
                    while (i < n && kr_is_space((unsigned char)s[i])) i++;
                    again = true;
                }
            }
        }
        if (i >= n) break;
        if ((n - i >= 4 && memcmp(s + i, "c.s.", 4) == 0) || (n - i >= 8 && memcmp(s + i, "cum suis", 8) == 0)) break;
        size_t st = i;
        while (i < n && s[i] != ',' && s[i] != '/' && s[i] != '(') {
            if (kr_is_space((unsigned char)s[i]) && n - i >= 4 && memcmp(s + i + 1, "en ", 3) == 0) break;
            if (kr_is_space((unsigned char)s[i]) && n - i >= 5 && memcmp(s + i + 1, "c.s.", 4) == 0) break;
            if (kr_is_space((unsigned char)s[i]) && n - i >= 9 && memcmp(s + i + 1, "cum suis", 8) == 0) break;
            i++;
        }
        size_t e = i;
        while (e > st && kr_is_space((unsigned char)s[e - 1])) e--;
        if (e > st && add_sub(c, s + st, e - st)) return KR_ENOMEM;
        if (i < n && s[i] == '(') { /* the party: "Bikker (ChristenUnie)" */
            const char *close = memchr(s + i, ')', n - i);
            i = close ? (size_t)(close - s) + 1 : n;
        }
    }
    return 0;
}

/* Motions are named after members; a party, the House or the government is not a submitter. */
static bool submitters_are_members(const kr_cand *c)
{
    static const char *const not_members[] = {
        "kamer", "de kamer", "regering", "de regering", "kabinet", "het kabinet", "coalitie", "de coalitie",
        "oppositie", "de oppositie", "groenlinks", "groenlinks-pvda", "pvda", "vvd", "cda", "sp", "pvv",
        "sgp", "denk", "pvdd", "fvd", "ja21", "bbb", "nsc", "volt", "christenunie", "de christenunie",
        "partij van de arbeid", "partij voor de dieren", "forum voor democratie", "d66", "50plus"};
    if (c->n_subs == 0) return false;
    for (size_t i = 0; i < c->n_subs; i++) {
        char *l = kr_lower(c->subs[i]);
        if (!l) return false;
        bool bad = false;
        for (size_t k = 0; k < sizeof not_members / sizeof *not_members; k++) bad |= strcmp(l, not_members[k]) == 0;
        free(l);
        if (bad) return false;
    }
    return true;
}

typedef struct finder {
    const kr_text *t;
    kr_vec *out;
    kr_match m;
} finder;

static kr_cand *push(finder *f, kr_kind kind, size_t s, size_t e)
{
    kr_cand *c = kr_vec_push(f->out);
    if (!c) return NULL;
    c->kind = kind;
    c->s = s;
    c->e = e;
    return c;
}

static char *grp(const finder *f, int g)
{
    size_t s, n;
    if (!kr_group(&f->m, g, &s, &n)) return NULL;
    return kr_strndup(f->t->clean + s, n);
}

static bool has(const finder *f, int g)
{
    size_t s, n;
    return kr_group(&f->m, g, &s, &n) && n > 0;
}

/* Dossiers whose sub-numbers are dossiers of their own (21 501-02 is the General Affairs
 * Council, not document 2 of dossier 21 501). */
static bool dossier_has_subs(const char *main5) { return strncmp(main5, "21501", 5) == 0; }

static int set_target(kr_cand *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Emits one kamerstuk candidate per number of a list ("nrs. 520 en 548"): the first covers the
 * whole mention up to its number, the next ones their own number. */
static int emit_kst_list(finder *f, size_t s, const char *dossier, size_t ls, size_t le, int flags)
{
    const char *c = f->t->clean;
    size_t i = ls;
    bool first = true;
    long prev = -1;
    bool range = false;
    while (i < le) {
        size_t gap = i; /* the separator: "en", ",", "t/m", "tot en met" */
        while (i < le && !(kr_is_digit((unsigned char)c[i]) || (c[i] >= 'A' && c[i] <= 'Z'))) {
            if (c[i] == '/' || c[i] == '-' || (unsigned char)c[i] == 0x93 || (c[i] == 'm' && i > ls && c[i - 1] == 't') ||
                (le - i > 3 && memcmp(c + i, "tot", 3) == 0 && kr_is_space((unsigned char)c[i + 3])))
                range = true;
            i++;
        }
        if (i >= le) break;
        size_t ns = i;
        while (i < le && (kr_is_digit((unsigned char)c[i]) || (c[i] >= 'A' && c[i] <= 'Z'))) i++;
        long v = kr_is_digit((unsigned char)c[ns]) ? strtol(c + ns, NULL, 10) : -1;
        long from = range && prev >= 0 && v > prev && v - prev <= 50 ? prev + 1 : v;
        /* the numbers a range leaves out stand where the separator does ("125 t/m 127": 126 at "t/m") */
        while (gap < ns && kr_is_space((unsigned char)c[gap])) gap++;
        size_t gap_end = ns;
        while (gap_end > gap && kr_is_space((unsigned char)c[gap_end - 1])) gap_end--;
        for (long k = from; k <= v || (v < 0 && k == v); k++) {
            bool inner = k < v;
            kr_cand *cd = push(f, KR_KIND_KAMERSTUK, first ? s : inner ? gap : ns, inner ? gap_end : i);
            if (!cd) return KR_ENOMEM;
            cd->flags = flags | (inner ? CAND_RANGE : 0);
            /* the number: as written when it is not one (letters), else in decimal */
            char digits[24], *letters = v < 0 ? kr_strndup(c + ns, i - ns) : NULL;
            const char *num = v < 0 ? letters : kr_decimal(digits, k);
            if (!num) return KR_ENOMEM;
            int rc = 0;
            if (dossier) rc = set_target(cd, "kst-%s-%s", dossier, num);
            else if (!(cd->number = letters ? letters : strdup(num))) rc = KR_ENOMEM;
            if (dossier) free(letters);
            if (rc) return rc;
            first = false;
            if (v < 0) break;
        }
        prev = v;
        range = false;
    }
    return 0;
}

static int found_kst(finder *f, int gd, int gl, int flags)
{
    size_t ds, dl, ls, ll;
    kr_group(&f->m, gd, &ds, &dl);
    kr_group(&f->m, gl, &ls, &ll);
    char *dos = kr_dossier_norm(f->t->clean + ds, dl);
    if (!dos) return 0;
    int rc = emit_kst_list(f, f->m.ov[0], dos, ls, ls + ll, flags);
    /* "Kamerstukken II 2020/21, 35 625, nr. 4, p. 12 en 13, en nr. 6": the next paper after the
     * pages (the match data is the caller's no more) */
    for (size_t at = ls + ll; !rc && kr_re_find(&pats[F_KST_PAGES_AT], f->t->clean, f->t->len, at, &f->m, true);) {
        size_t ms, ml, ns, nl;
        kr_group(&f->m, 1, &ms, &ml);
        kr_group(&f->m, 2, &ns, &nl);
        kr_cand *cd = push(f, KR_KIND_KAMERSTUK, ms, ms + ml);
        char *nr = kr_strndup(f->t->clean + ns, nl);
        if (!cd || !nr) rc = KR_ENOMEM;
        else rc = set_target(cd, "kst-%s-%s", dos, nr);
        free(nr);
        at = f->m.ov[1];
    }
    free(dos);
    return rc;
}

/* Is the name o[0, n) a government body's, a regulator's or an international organisation's
 * (the name, or its first words)? What they publish is cited as a document, not as news. */
static bool is_public_body(const char *o, size_t n)
{
#define L KR_LIT
    static const kr_lit bodies[] = {
        L("Rijksoverheid"), L("Overheid"), L("Ministerie"), L("Ministry"), L("Kamer"), L("Tweede Kamer"),
        L("Eerste Kamer"), L("Gemeente"), L("Provincie"), L("Waterschap"), L("Raad van State"),
        L("Algemene Rekenkamer"), L("Rekenkamer"), L("Nationale ombudsman"), L("Nationale Ombudsman"),
        L("Kinderombudsman"), L("Inspectie"), L("Autoriteit"), L("NZa"), L("Nederlandse Zorgautoriteit"), L("ACM"),
        L("AFM"), L("DNB"), L("De Nederlandsche Bank"), L("RIVM"), L("CBS"), L("CPB"), L("SCP"), L("PBL"), L("WODC"),
        L("KNMI"), L("RVO"), L("NCTV"), L("NCSC"), L("AIVD"), L("MIVD"), L("Politie"), L("Openbaar Ministerie"),
        L("Belastingdienst"), L("UWV"), L("SVB"), L("DUO"), L("IND"), L("COA"), L("Kiesraad"), L("Europese Commissie"),
        L("European Commission"), L("Europese Unie"), L("European Union"), L("Europees Parlement"),
        L("European Parliament"), L("Raad van de Europese Unie"), L("Eurostat"), L("Relief Web"), L("ReliefWeb"),
        L("Verenigde Naties"), L("United Nations"), L("UN"), L("UNHCR"), L("UNICEF"), L("WHO"), L("OECD"), L("OESO"),
        L("IMF"), L("Wereldbank"), L("World Bank"), L("NAVO"), L("NATO")};
#undef L
    for (size_t k = 0; k < KR_NLIT(bodies); k++) {
        size_t l = bodies[k].n;
        if (n >= l && memcmp(o, bodies[k].s, l) == 0 && (n == l || o[l] == ' ' || o[l] == ',' || o[l] == '-'))
            return true;
    }
    return false;
}

/* The length of "de " or "het " (either case) that stands as a word right before c[i], or 0. */
static size_t article_before(const char *c, size_t i)
{
    static const kr_lit art[] = {KR_LIT("De "), KR_LIT("de "), KR_LIT("Het "), KR_LIT("het ")};
    for (size_t k = 0; k < KR_NLIT(art); k++) {
        size_t al = art[k].n;
        if (i >= al && memcmp(c + i - al, art[k].s, al) == 0 &&
            (i == al || !((unsigned char)c[i - al - 1] >= 'A' && (unsigned char)c[i - al - 1] <= 'z')))
            return al;
    }
    return 0;
}

/* Is the outlet named o[0, n) one whose own name starts with an article ("de Volkskrant")? */
static const char *outlet_article(const char *o, size_t n)
{
    static const struct {
        kr_lit name;
        const char *article;
    } named[] = {{KR_LIT("Volkskrant"), "de"},   {KR_LIT("Telegraaf"), "De"},    {KR_LIT("Parool"), "Het"},
                 {KR_LIT("Financieel"), "Het"},  {KR_LIT("Gelderlander"), "De"}, {KR_LIT("Stentor"), "De"},
                 {KR_LIT("Limburger"), "De"},    {KR_LIT("Groene"), "De"},       {KR_LIT("Nieuwsblad"), "Het"}};
    for (size_t k = 0; k < KR_NLIT(named); k++)
        if (n >= named[k].name.n && memcmp(o, named[k].name.s, named[k].name.n) == 0) return named[k].article;
    return NULL;
}

/* Sets the target from fmt, whose only conversion is %s: the ids are literal text and strings.
 * The length is added up first, so that the id is allocated once. */
static int set_target(kr_cand *c, const char *fmt, ...)
{
    va_list ap;
    size_t len = 0;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        if (f[0] != '%') {
            len++;
            continue;
        }
        assert(f[1] == 's'); /* the only conversion the ids need */
        const char *a = va_arg(ap, const char *);
        len += strlen(a ? a : "(null)"); /* as glibc prints it */
        f++;
    }
    va_end(ap);
    char *t = malloc(len + 1), *p = t;
    if (!t) return KR_ENOMEM;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        if (f[0] != '%') {
            *p++ = *f;
            continue;
        }
        const char *a = va_arg(ap, const char *);
        if (!a) a = "(null)";
        size_t n = strlen(a);
        memcpy(p, a, n);
        p += n;
        f++;
    }
    va_end(ap);
    *p = '\0';
    free(c->target);
    c->target = t;
    return 0;
}

/* Trims the punctuation that ends a sentence or closes a bracket from a URL match. */
static size_t url_end(const char *s, size_t a, size_t e)
{
    while (e > a) {
        unsigned char ch = (unsigned char)s[e - 1];
        if (strchr(".,;:!?'", ch)) {
            e--;
        } else if (ch == ')') {
            int bal = 0;
            for (size_t k = a; k < e; k++) bal += s[k] == '(' ? 1 : s[k] == ')' ? -1 : 0;
            if (bal < 0) e--;
            else break;
        } else if (e - a >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80) {
            e -= 3; /* ’ ” … */
        } else {
            break;
        }
    }
    return e;
}

/* Whether the text around anchor c[a] is as the guard requires (see G_…). Bytes up to ' ' in the
 * clean text are white space, which \s matches. */
static bool is_ws(unsigned char x) { return x <= ' '; }
static bool is_alpha(unsigned char x) { return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z'); }
static bool is_word(unsigned char x) { return is_alpha(x) || kr_is_digit(x) || x == '_'; }

/* Past the white space at j: where the next character stands (n when none does). */
static size_t skip_ws(const char *c, size_t n, size_t j)
{
    while (j < n && is_ws((unsigned char)c[j])) j++;
    return j;
}

/* Back from j over one or more bytes of a kind: where they start, or SIZE_MAX when there is none. */
enum { B_WS, B_DIGITS, B_WORD };
static size_t back_over(const char *c, size_t j, int kind)
{
    size_t e = j;
    for (; j > 0; j--) {
        unsigned char x = (unsigned char)c[j - 1];
        if (kind == B_WS ? !is_ws(x) : kind == B_DIGITS ? !kr_is_digit(x) : is_ws(x)) break;
    }
    return j < e ? j : SIZE_MAX;
}

/* Whether a digit stands in c[j, n) before more than `most` other bytes that are not white
 * space; sixteen bytes at a time where SSE2 is there. */
static bool digit_soon(const char *c, size_t n, size_t j, size_t most)
{
    size_t k = 0;
#if defined(__SSE2__)
    for (; n - j >= 16; j += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(c + j));
        unsigned d = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1))));
        /* not white space: above ' ', or 0x80 and more (negative) */
        unsigned b = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(' ')), _mm_cmplt_epi8(v, _mm_setzero_si128())));
        if (d) return k + (size_t)__builtin_popcount(b & ((1u << __builtin_ctz(d)) - 1)) <= most;
        if ((k += (size_t)__builtin_popcount(b)) > most) return false;
    }
#endif
    for (; j < n; j++) {
        if (is_ws((unsigned char)c[j])) continue;
        if (kr_is_digit((unsigned char)c[j])) return true;
        if (++k > most) return false;
    }
    return false;
}

static bool guard_holds(int guard, const char *c, size_t n, size_t a)
{
    size_t i = a, j = a;
    switch (guard) {
    case G_DATE_TITLE: {
        /* back from the quotation mark: white space, a comma or not, four digits (the year), white
         * space, the month (caseless, ſ and K included: any bytes but white space), white space,
         * the day, white space and the comma after the name */
        j = is_ws((unsigned char)c[a]) ? a + 1 : a;
        if ((j = back_over(c, j, B_WS)) == SIZE_MAX) return false;
        if (j > 0 && c[j - 1] == ',') j--;
        for (int k = 0; k < 4; k++, j--)
            if (j == 0 || !kr_is_digit((unsigned char)c[j - 1])) return false;
        static const int parts[] = {B_WS, B_WORD, B_WS, B_DIGITS, B_WS};
        for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
            if ((j = back_over(c, j, parts[k])) == SIZE_MAX) return false;
        return j > 0 && c[j - 1] == ',';
    }
    case G_STUK_NR:
        j += 4;
        if (n - j >= 3 && memcmp(c + j, "ken", 3) == 0) j += 3;
        if (j == n || !is_ws((unsigned char)c[j])) return false;
        j = skip_ws(c, n, j);
        return n - j >= 2 && c[j] == 'n' && c[j + 1] == 'r';
    case G_STUK_PREFIX:
        j += c[j] == 'o' ? 4 : 9; /* past "otie" or "mendement" */
        if (j < n && c[j] == '-') return true;
        if (j == n || !is_ws((unsigned char)c[j])) return false;
        j = skip_ws(c, n, j);
        return (n - j >= 2 && memcmp(c + j, "op", 2) == 0) || (n - j >= 4 && memcmp(c + j, "stuk", 4) == 0);
    case G_MOTION_NAME: {
        /* past "otie(s)" or "mendement(en)" */
        if (n - j >= 4 && memcmp(c + j, "otie", 4) == 0)
            j += 4 + (n - j > 4 && c[j + 4] == 's');
        else if (n - j >= 9 && memcmp(c + j, "mendement", 9) == 0)
            j += 9 + (n - j >= 11 && memcmp(c + j + 9, "en", 2) == 0) * 2;
        if (j < n && c[j] == '-') return true;
        if (j == n || !is_ws((unsigned char)c[j])) return false;
        j = skip_ws(c, n, j);
        if (j == n) return false;
        /* a capital (or any letter beyond ASCII), or a particle: van, de(n/r), ter, ten, in 't, 't */
        unsigned char x = (unsigned char)c[j];
        return (x >= 'A' && x <= 'Z') || x >= 0x80 || x == 'v' || x == 'd' || x == 't' || x == 'i' || x == '\'';
    }
    case G_NR_AFTER_DOS:
    case G_NR_WORD:
        if (guard == G_NR_AFTER_DOS) {
            unsigned char x = i ? (unsigned char)c[i - 1] : 0;
            if (!i || !(is_ws(x) || x == ',' || kr_is_digit(x) || x == ')')) return false; /* ")": "(R2064)nr. 3" */
        } else if (i && is_word((unsigned char)c[i - 1])) {
            return false;
        }
        j += 2;
        if (j < n && c[j] == 's') j++;
        if (j < n && c[j] == '.') j++;
        else if (guard == G_NR_WORD) return false;
        j = skip_ws(c, n, j);
        if (guard == G_NR_AFTER_DOS) return j < n && (kr_is_digit((unsigned char)c[j]) || (c[j] >= 'A' && c[j] <= 'Z'));
        /* "nr. 346 (32847)": one to five digits, white space or not, and the bracket */
        for (i = j; j < n && j - i < 5 && kr_is_digit((unsigned char)c[j]);) j++;
        if (j == i) return false;
        if (j < n && is_ws((unsigned char)c[j])) j++;
        /* "nr. 20, was nr. 12 (…)" */
        if (j < n && c[j] == ',') {
            size_t w = skip_ws(c, n, j + 1);
            if (n - w >= 3 && memcmp(c + w, "was", 3) == 0) return true;
        }
        return j < n && c[j] == '(';
    case G_DOT_DOSSIER:
        if (i < 5) return false;
        for (size_t k = i - 5; k < i; k++)
            if (!kr_is_digit((unsigned char)c[k])) return false;
        return i == 5 || !(kr_is_digit((unsigned char)c[i - 6]) || c[i - 6] == '.');
    case G_DOSSIER_NR:
        while (j < n && is_alpha((unsigned char)c[j])) j++;
        if (j == n || !is_ws((unsigned char)c[j])) return false;
        j = skip_ws(c, n, j);
        return j < n && (kr_is_digit((unsigned char)c[j]) || c[j] == 'I');
    case G_DASH_DOSSIER: { /* " - 30569", " – ", "\n- ": the dash, then five digits */
        if (i == 0 || is_ws((unsigned char)c[i - 1]) || n - i < 8) return false;
        size_t k = i + 1;
        if (c[k] == '-') k++;
        else if (n - k >= 3 && memcmp(c + k, "\xE2\x80\x93", 3) == 0) k += 3;
        else return false;
        if (k >= n || (c[k] != ' ' && c[k] != '\n') || n - k < 6) return false;
        /* broken at the dash, not after an amount: "Het bedrag was 120 -\n12345" */
        if ((c[i] == '\n' || c[k] == '\n') && kr_is_digit((unsigned char)c[i - 1])) return false;
        for (size_t d = k + 1; d < k + 6; d++)
            if (!kr_is_digit((unsigned char)c[d])) return false;
        return true;
    }
    case G_OUTLET_DATE: return digit_soon(c, n, j, MAX_WORDLEN + OUTLET_AFTER + 8);
    case G_WORD_PREP: {
        while (j < n && !is_ws((unsigned char)c[j])) j++; /* past the word */
        j = skip_ws(c, n, j);
        static const kr_lit preps[] = {KR_LIT("van"), KR_LIT("in"), KR_LIT("op"), KR_LIT("bij"), KR_LIT("uit")};
        for (size_t k = 0; k < KR_NLIT(preps); k++) {
            size_t l = preps[k].n;
            if (n - j > l && memcmp(c + j, preps[k].s, l) == 0 && is_ws((unsigned char)c[j + l])) return true;
        }
        return false;
    }
    case G_DOOR_MEMBER: {
        if (i && is_word((unsigned char)c[i - 1])) return false;
        j += 4;
        if (j == n || !is_ws((unsigned char)c[j])) return false;
        j = skip_ws(c, n, j);
        bool one = n - j >= 3 && memcmp(c + j, "het", 3) == 0;
        if (!one && !(n - j >= 2 && memcmp(c + j, "de", 2) == 0)) return false;
        j += one ? 3 : 2;
        if (j == n || !is_ws((unsigned char)c[j])) return false;
        j = skip_ws(c, n, j);
        return n - j >= 3 && memcmp(c + j, one ? "lid" : "led", 3) == 0;
    }
    default: return true;
    }
}

/* The next match of a family at or after pos. A family with anchors is searched only near them:
 * `at` lists where its anchor words occur, and `*ai` is the next one to try. A bare web address
 * ("nos.nl/artikel/…") may start at any lower-case letter, so it is matched from the start of the
 * word that holds its anchor, the top-level domain and slash. */
static bool next_match(finder *f, int fam, size_t pos, const kr_vec *at, size_t *ai)
{
    const char *c = f->t->clean;
    size_t n = f->t->len;
    if (!at) return kr_re_find(&pats[fam], c, n, pos, &f->m, false);
    size_t back = anchors[fam].back;
    /* An anchor is passed over once a match from pos on cannot hold it; it is not used up by
     * the match it finds, since the caller may resume short of that match's end (a motion
     * heading is skipped word by word). */
    for (; *ai < at->len; (*ai)++) {
        size_t a = KR_VEC_AT(at, size_t, *ai);
        if (a < pos) continue;
        if (back == WORD) {
            size_t st = a;
            while (st > 0 && ((c[st - 1] >= 'a' && c[st - 1] <= 'z') || kr_is_digit((unsigned char)c[st - 1]) ||
                              c[st - 1] == '-' || c[st - 1] == '.'))
                st--;
            if (st < pos || !kr_re_find(&pats[F_URL_BARE_AT], c, n, st, &f->m, true)) {
                pos = a + 1;
                continue;
            }
        } else {
            /* white space does not count: "32 317" and "nr. 5" may stand columns apart (the
             * clean text has no other bytes up to ' ' than white space) */
            size_t from = a;
            for (size_t k = 0; from > pos && k < back;) k += (unsigned char)c[--from] > ' ';
            if (!kr_re_find_upto(&pats[fam], c, n, from, a, &f->m)) continue;
        }
        return true;
    }
    return false;
}

/* A motion or amendment mention at [s, e) submitted by the names at c[gs, gs + gl): its
 * candidate, with the names and the id made of them; *cd is NULL when the names are no members'
 * ("de motie van GroenLinks en de ChristenUnie", "de motie van de Kamer"). */
static int motion_cand(finder *f, kr_kind k, size_t s, size_t e, size_t gs, size_t gl, kr_cand **out)
{
    const char *c = f->t->clean;
    kr_cand *cd = push(f, k, s, e);
    *out = NULL;
    if (!cd) return KR_ENOMEM;
    int rc = kr_cand_add_names(cd, c + gs, gl);
    if (!rc && !submitters_are_members(cd)) {
        kr_cand_clear(cd);
        f->out->len--;
        return 0;
    }
    if (!rc && cd->n_subs) {
        kr_buf id = {0};
        rc = kr_buf_puts(&id, k == KR_KIND_MOTIE ? "motie:" : "amendement:");
        for (size_t i = 0; i < cd->n_subs && !rc; i++) {
            char *sl = kr_slug(cd->subs[i], strlen(cd->subs[i]));
            if (!sl) rc = KR_ENOMEM;
            else rc = kr_buf_puts(&id, i ? "+" : "") || kr_buf_puts(&id, sl) ? KR_ENOMEM : 0;
            free(sl);
        }
        if (rc) kr_buf_free(&id);
        else cd->target = kr_buf_steal(&id);
    }
    *out = cd;
    return rc;
}

static int one_family(finder *f, int fam, const kr_vec *at)
{
    const char *c = f->t->clean;
    size_t n = f->t->len;
    size_t pos = 0, ai = 0;
    while (pos < n && next_match(f, fam, pos, at, &ai)) {
        size_t s = f->m.ov[0], e = f->m.ov[1];
        pos = e > s ? e : s + 1;
        kr_cand *cd = NULL;
        int rc = 0;
        switch (fam) {
        case F_KST_PREFIX:
            rc = found_kst(f, 2, 3, 0);
            break;
        case F_KST_FOOTER:
        case F_KST_BARE:
            rc = found_kst(f, 1, 2, 0);
            break;
        case F_KST_ASSIGN: {
            size_t ds, dl, ws, wl;
            kr_group(&f->m, 3, &ds, &dl);
            char *num = grp(f, 1), *dos = kr_dossier_norm(c + ds, dl);
            bool was = kr_group(&f->m, 2, &ws, &wl);
            size_t ns, nl;
            kr_group(&f->m, 1, &ns, &nl);
            /* with "was nr. 12 (…)" after it, the mention of the new number is "nr. 20" */
            if (!num || !dos || !(cd = push(f, KR_KIND_KAMERSTUK, s, was ? ns + nl : e))) {
                rc = KR_ENOMEM;
            } else {
                cd->flags = CAND_ASSIGNS;
                cd->number = num;
                num = NULL;
                rc = set_target(cd, "kst-%s-%s", dos, cd->number);
                if (!rc && was) { /* the number it had: a paper cited too */
                    char *old = kr_strndup(c + ws, wl);
                    size_t from = ws;
                    while (from > ns + nl && c[from - 1] != ',') from--; /* "was nr. 12 (36410-XVI)" */
                    while (from < ws && (kr_is_space((unsigned char)c[from]) || c[from] == 'w' || c[from] == 'a' ||
                                         c[from] == 's'))
                        from++;
                    if (!old || !(cd = push(f, KR_KIND_KAMERSTUK, from, e))) rc = KR_ENOMEM;
                    else rc = set_target(cd, "kst-%s-%s", dos, old);
                    free(old);
                }
            }
            free(num);
            free(dos);
            break;
        }
        case F_KST_LETTER: {
            size_t ds, dl, ls, ll, ws, wl;
            kr_group(&f->m, 1, &ds, &dl);
            kr_group(&f->m, 2, &ls, &ll);
            bool was = kr_group(&f->m, 3, &ws, &wl);
            char *dos = kr_dossier_norm(c + ds, dl), *letter = kr_strndup(c + ls, ll);
            /* the paper as it is now, "35979, letter G"; the one it was, "E" */
            if (!dos || !letter || !(cd = push(f, KR_KIND_KAMERSTUK, ds, ls + ll))) rc = KR_ENOMEM;
            else rc = set_target(cd, "kst-%s-%s", dos, letter);
            if (!rc && was) {
                char *old = kr_strndup(c + ws, wl);
                if (!old || !(cd = push(f, KR_KIND_KAMERSTUK, ws, ws + wl))) rc = KR_ENOMEM;
                else rc = set_target(cd, "kst-%s-%s", dos, old);
                free(old);
            }
            free(dos);
            free(letter);
            break;
        }
        case F_KST_COMPACT: {
            char *d = grp(f, 1), *mid = grp(f, 2), *nr = grp(f, 3);
            char *dn = d ? kr_dossier_norm(d, strlen(d)) : NULL; /* "21 501" as "21501" */
            if (!dn || !nr) {
                rc = KR_ENOMEM;
            } else if (!mid && (nr[0] == '0' || dossier_has_subs(dn))) {
                if (!(cd = push(f, KR_KIND_DOSSIER, s, e))) rc = KR_ENOMEM;
                else rc = set_target(cd, "dossier-%s-%s", dn, nr);
            } else if (!(cd = push(f, KR_KIND_KAMERSTUK, s, e))) {
                rc = KR_ENOMEM;
            } else {
                rc = mid ? set_target(cd, "kst-%s-%s-%s", dn, mid, nr) : set_target(cd, "kst-%s-%s", dn, nr);
            }
            free(dn);
            free(d);
            free(mid);
            free(nr);
            break;
        }
        case F_KST_DOT: {
            char *d = grp(f, 1), *sub = grp(f, 2), *nr = grp(f, 3);
            if (!d || !sub || !nr || !(cd = push(f, KR_KIND_KAMERSTUK, s, e))) rc = KR_ENOMEM;
            else rc = set_target(cd, "kst-%s-%s-%s", d, sub, nr);
            free(d);
            free(sub);
            free(nr);
            break;
        }
        case F_ID: {
            kr_kind k = c[s] == 'k' ? KR_KIND_KAMERSTUK : c[s] == 'a' ? KR_KIND_AANHANGSEL : KR_KIND_HANDELINGEN;
            if (!(cd = push(f, k, s, e)) || !(cd->target = kr_strndup(c + s, e - s))) rc = KR_ENOMEM;
            break;
        }
        case F_STUK: {
            size_t ls, ll, ds, dl;
            kr_group(&f->m, 2, &ls, &ll);
            char *dos = NULL;
            if (kr_group(&f->m, 3, &ds, &dl)) dos = kr_dossier_norm(c + ds, dl);
            size_t before = f->out->len;
            rc = emit_kst_list(f, s, dos, ls, ls + ll, dos ? 0 : CAND_STUK);
            free(dos);
            if (!rc && f->out->len > before) {
                kr_cand *first = &KR_VEC_AT(f->out, kr_cand, before);
                /* the first record covers the whole phrase, motion and submitters included; of a
                 * list, the last covers what follows its number ("nrs. 5 en 7 (32847)") */
                if (f->out->len == before + 1) first->e = e;
                else KR_VEC_AT(f->out, kr_cand, f->out->len - 1).e = e;
                size_t gs, gl;
                if (kr_group(&f->m, 1, &gs, &gl)) rc = kr_cand_add_names(first, c + gs, gl);
                if (!rc && kr_group(&f->m, 4, &gs, &gl)) rc = kr_cand_add_names(first, c + gs, gl);
            }
            break;
        }
        case F_GEDRUKT: {
            if (!(cd = push(f, KR_KIND_KAMERSTUK, s, e)) || !(cd->number = grp(f, 1))) rc = KR_ENOMEM;
            else cd->flags = CAND_STUK | CAND_REPLACED;
            break;
        }
        case F_DOSSIER:
        case F_DOSSIER_R:
        case F_DOSSIER_DASH:
        case F_DOSSIER_PAREN: {
            /* one candidate per dossier number in the list */
            size_t gs, gl;
            kr_group(&f->m, 1, &gs, &gl);
            size_t i = gs, end = gs + gl;
            while (i < end && !rc) {
                while (i < end && !kr_is_digit((unsigned char)c[i])) i++;
                if (i >= end) break;
                size_t st = i;
                /* a dossier: 5 digits with an optional space after two, and a sub part */
                size_t k = i, digits = 0;
                while (k < end && (kr_is_digit((unsigned char)c[k]) || (c[k] == ' ' && digits == 2 &&
                                                                      k + 1 < end && kr_is_digit((unsigned char)c[k + 1])))) {
                    if (c[k] != ' ') digits++;
                    k++;
                }
                while (k < end && (c[k] == '-' || c[k] == '.' || (c[k] == ' ' && k + 1 < end && c[k + 1] >= 'A' && c[k + 1] <= 'Z')) ) {
                    k++;
                    while (k < end && ((c[k] >= 'A' && c[k] <= 'Z') || kr_is_digit((unsigned char)c[k]))) k++;
                }
                char *dos = kr_dossier_norm(c + st, k - st);
                i = k;
                if (!dos) continue;
                if (!(cd = push(f, KR_KIND_DOSSIER, st, k))) rc = KR_ENOMEM; /* the number, as the keys have it */
                else rc = set_target(cd, "dossier-%s", dos);
                free(dos);
            }
            break;
        }
        case F_HANDELINGEN:
        case F_AANHANGSEL: {
            char y[9];
            size_t ys, yl;
            kr_group(&f->m, 2, &ys, &yl);
            if (kr_year_norm(c + ys, yl, y)) break;
            char *ch = grp(f, 1), *nr = has(f, 3) ? grp(f, 3) : NULL;
            const char *house = ch && (strcmp(ch, "I") == 0 || strcmp(ch, "EK") == 0 || ch[0] == 'E') ? "ek" : "tk";
            size_t is, il;
            bool items = fam == F_HANDELINGEN && has(f, 4) && kr_group(&f->m, 4, &is, &il);
            if (fam == F_AANHANGSEL) kr_group(&f->m, 3, &is, &il);
            /* by page, before the meetings' items were numbered in 2011: officielebekendmakingen
             * names an item by its first and last page ("h-tk-20072008-2993-3014"), in 2009 and
             * 2010 by its meeting and first page ("h-tk-20092010-64-5626"); a page alone, as cited */
            char pa[24] = "", pb[24] = ""; /* numbers of at most five digits */
            if (fam == F_HANDELINGEN && !items && has(f, 5)) {
                size_t ps, pl, qs, ql;
                kr_group(&f->m, 5, &ps, &pl);
                unsigned long a = strtoul(c + ps, NULL, 10), b = 0, from = strtoul(y, NULL, 10) / 10000;
                if (has(f, 6) && kr_group(&f->m, 6, &qs, &ql)) b = strtoul(c + qs, NULL, 10);
                /* a range backwards ("3014-2993") keeps its first page; "blz. 39-2410", a meeting and a
                 * page before 1995, stays as written */
                if (b < a) b = 0;
                if (!nr || (from < 2009 && b)) {
                    snprintf(pa, sizeof pa, "%lu", a);
                    if (b) snprintf(pb, sizeof pb, "%lu", b);
                } else if (from == 2009 || from == 2010) {
                    snprintf(pb, sizeof pb, "%lu", a);
                    snprintf(pa, sizeof pa, "%s", nr);
                }
            }
            if (items || fam == F_AANHANGSEL) {
                /* "items 12 en 13", "nrs. 1523 en 1524": one record per number, the first covering
                 * the mention up to its number, the next ones their own number */
                for (size_t i = is, ie = is + il; i < ie && !rc;) {
                    size_t ns = i;
                    while (i < ie && kr_is_digit((unsigned char)c[i])) i++;
                    char num[6] = {0}; /* the patterns' \\d{1,4} and \\d{1,5} */
                    memcpy(num, c + ns, i - ns < 5 ? i - ns : 5);
                    if (!nr || !(cd = push(f, items ? KR_KIND_HANDELINGEN : KR_KIND_AANHANGSEL, ns == is ? s : ns, i)))
                        rc = KR_ENOMEM;
                    else rc = items ? set_target(cd, "h-%s-%s-%s-%s", house, y, nr, num) : set_target(cd, "ah-%s-%s-%s", house, y, num);
                    while (i < ie && !kr_is_digit((unsigned char)c[i])) i++;
                }
            } else if (pa[0]) {
                if (!(cd = push(f, KR_KIND_HANDELINGEN, s, e))) rc = KR_ENOMEM;
                else rc = pb[0] ? set_target(cd, "h-%s-%s-%s-%s", house, y, pa, pb) : set_target(cd, "h-%s-%s-%s", house, y, pa);
            } else if (!nr) {
                rc = has(f, 3) ? KR_ENOMEM : 0;
            } else {
                /* the meeting alone: the mention ends with its number */
                size_t ms, ml;
                kr_group(&f->m, 3, &ms, &ml);
                if (!(cd = push(f, fam == F_HANDELINGEN ? KR_KIND_HANDELINGEN : KR_KIND_AANHANGSEL, s, fam == F_HANDELINGEN ? ms + ml : e)))
                    rc = KR_ENOMEM;
                else rc = fam == F_AANHANGSEL ? set_target(cd, "ah-%s-%s-%s", house, y, nr) : set_target(cd, "h-%s-%s-%s", house, y, nr);
            }
            free(ch);
            free(nr);
            break;
        }
        case F_MOTIE: {
            size_t ks, kl, gs, gl;
            kr_group(&f->m, 1, &ks, &kl);
            int g = has(f, 2) ? 2 : has(f, 3) ? 3 : 4;
            kr_group(&f->m, g, &gs, &gl);
            /* "Motie\nDe Kamer," is the heading of a motion's text, not a citation */
            /* "De Vries", "De Roon" are names: "De" is looked past to the word after it */
            size_t ns = gs, nl = gl;
            if (nl > 4 && memcmp(c + ns, "De ", 3) == 0 && c[ns + 3] >= 'A' && c[ns + 3] <= 'Z') ns += 3, nl -= 3;
#define L KR_LIT
            static const kr_lit stop[] = {L("De"),     L("Het"),  L("Een"),  L("Kamer"), L("Kamerstuk"), L("Kamerstukken"),
                                          L("Tweede"), L("Eerste"), L("Handelingen"), L("In"), L("Op"), L("Zij"),
                                          L("Deze"),   L("Die"),  L("Dit"),  L("Dat"),   L("Ter"),       L("Voorgesteld"),
                                          L("Nr"),     L("Nummer"), L("Datum")};
#undef L
            bool bad = false;
            for (size_t k = 0; k < KR_NLIT(stop); k++) {
                size_t sl = stop[k].n;
                if (nl >= sl && memcmp(c + ns, stop[k].s, sl) == 0 &&
                    (nl == sl || !((unsigned char)c[ns + sl] >= 'a' && (unsigned char)c[ns + sl] <= 'z')))
                    bad = true;
            }
            if (bad) {
                pos = s + kl;
                break;
            }
            kr_kind k = c[ks] == 'm' || c[ks] == 'M' ? KR_KIND_MOTIE : KR_KIND_AMENDEMENT;
            bool plural = c[ks + kl - 1] == 's' || c[ks + kl - 1] == 'n'; /* "moties", "amendementen" */
            rc = motion_cand(f, k, s, e, gs, gl, &cd);
            /* "de moties van de leden X en Y over … (Kamerstuk …) en van de leden Z en W over …" */
            for (size_t from = e; !rc && cd && plural && kr_re_find(&pats[F_MOTIE_MORE_AT], c, n, from, &f->m, true);) {
                size_t ms, ml, ns2, nl2;
                kr_group(&f->m, 1, &ms, &ml);
                kr_group(&f->m, 2, &ns2, &nl2);
                from = ms + ml;
                rc = motion_cand(f, k, ms, ms + ml, ns2, nl2, &cd);
            }
            break;
        }
        case F_MOTIE_BY: {
            size_t ks, kl, gs, gl;
            kr_group(&f->m, 1, &gs, &gl);
            kr_group(&f->m, 2, &ks, &kl);
            rc = motion_cand(f, c[ks] == 'm' || c[ks] == 'M' ? KR_KIND_MOTIE : KR_KIND_AMENDEMENT, s, e, gs, gl, &cd);
            break;
        }
        case F_NEWS_DATED:
        case F_NEWS_GENERIC:
        case F_NEWS_OUTLET_FIRST:
        case F_NEWS_WORD_OUTLET:
        case F_NEWS_TITLED: {
            /* the groups: outlet, date, title, URL (-1: none) */
            bool dated = fam == F_NEWS_DATED || fam == F_NEWS_GENERIC || fam == F_NEWS_WORD_OUTLET;
            int go = dated || fam == F_NEWS_OUTLET_FIRST ? 1 : 2, gd = dated ? 2 : fam == F_NEWS_OUTLET_FIRST ? -1 : 3;
            int gt = dated ? 3 : fam == F_NEWS_OUTLET_FIRST ? 2 : 1, gu = dated && fam != F_NEWS_WORD_OUTLET ? 4 : -1;
            size_t os, ol;
            kr_group(&f->m, go, &os, &ol);
            /* "Rijksoverheid, 4 oktober 2023, «…» (https://…)": a public body's publication is
             * not news (its URL stays a reference of its own) */
            if (fam == F_NEWS_GENERIC && is_public_body(c + os, ol)) break;
            if (!(cd = push(f, KR_KIND_NEWS, s, e))) {
                rc = KR_ENOMEM;
                break;
            }
            /* an outlet whose name has its article ("de Volkskrant", "Het Parool") has it in its
             * id, written or not, so that a paper is one node: "Telegraaf, 4 oktober", "het
             * Telegraaf-artikel" and "De Telegraaf" are all news:de-telegraaf; the outlet is the
             * name as written, and its article, written, belongs to the mention ("De Volkskrant,
             * 20 september 2023"; "het NRC-artikel" does not start with "het") */
            size_t al = article_before(c, os);
            const char *art = outlet_article(c + os, ol);
            if (art && al && strncasecmp(c + os - al, art, strlen(art)) == 0) {
                if (os == s) cd->s = s - al;
                os -= al;
                ol += al;
                art = NULL;
            }
            cd->outlet = kr_fold_ws(c + os, ol); /* as written */
            cd->outlet_article = art;
            size_t ds, dl;
            /* "het artikel van FTM «…» van 2 februari 2024": the date after the title */
            if ((gd > 0 && kr_group(&f->m, gd, &ds, &dl)) || (fam == F_NEWS_WORD_OUTLET && kr_group(&f->m, 4, &ds, &dl))) {
                char iso[11];
                if (!kr_date_norm(c + ds, dl, iso)) cd->date = kr_strndup(iso, 10);
            }
            size_t ts, tl;
            if (kr_group(&f->m, gt, &ts, &tl) && tl >= 2) {
                /* without the outer quotes: « and » are two bytes, “ ” ‘ and ’ three */
                unsigned char qe = (unsigned char)c[ts + tl - 1];
                size_t ql = (unsigned char)c[ts] == 0xC2 ? 2 : (unsigned char)c[ts] == 0xE2 ? 3 : 1;
                size_t qr = qe == 0xBB ? 2 : qe == 0x9D || qe == 0x99 ? 3 : 1;
                cd->title = ql + qr <= tl ? kr_fold_ws(c + ts + ql, tl - ql - qr) : NULL;
                cd->flags |= CAND_HAS_TITLE;
            }
            size_t us, ul;
            if (gu > 0 && kr_group(&f->m, gu, &us, &ul)) {
                size_t ue = url_end(c, us, us + ul);
                cd->url = kr_strndup(c + us, ue - us);
                cd->e = ue;
            }
            if (!cd->outlet) rc = KR_ENOMEM;
            break;
        }
        case F_URL:
        case F_URL_BARE: {
            size_t ue = url_end(c, s, e);
            if (ue - s < 8) break;
            if (!(cd = push(f, KR_KIND_URL, s, ue)) || !(cd->target = kr_strndup(c + s, ue - s))) {
                rc = KR_ENOMEM;
                break;
            }
            cd->url = kr_strndup(cd->target, ue - s);
            /* officielebekendmakingen names its documents by id: cite the document */
            const char *ob = strstr(cd->target, "officielebekendmakingen.nl/");
            if (ob) {
                const char *id = ob + strlen("officielebekendmakingen.nl/");
                size_t il = strcspn(id, ".?#/");
                if (il && kr_re_find(&pats[F_ID_AT], id, il, 0, &f->m, true) && f->m.ov[1] == il) {
                    cd->kind = id[0] == 'k' ? KR_KIND_KAMERSTUK : id[0] == 'a' ? KR_KIND_AANHANGSEL : KR_KIND_HANDELINGEN;
                    char *doc_id = kr_strndup(id, il); /* id points into the old target */
                    free(cd->target);
                    cd->target = doc_id;
                }
            }
            break;
        }
        case F_PROPOSERS: {
            size_t gs, gl;
            kr_group(&f->m, 1, &gs, &gl);
            if (!(cd = push(f, KR_KIND_MOTIE, s, e))) rc = KR_ENOMEM;
            else {
                cd->flags = CAND_PROPOSERS;
                rc = kr_cand_add_names(cd, c + gs, gl);
            }
            break;
        }
        case F_ZAAK:
            if (!(cd = push(f, c[s + 4] == 'Z' ? KR_KIND_ZAAK : KR_KIND_DOCUMENT, s, e)) ||
                !(cd->target = kr_strndup(c + s, e - s)))
                rc = KR_ENOMEM;
            break;
        case F_ECLI:
            if (!(cd = push(f, KR_KIND_ECLI, s, e)) || !(cd->target = kr_strndup(c + s, e - s))) {
                rc = KR_ENOMEM;
            } else { /* "ECLI:NL:HR:\n2024:712": the line break is no part of it */
                char *o = cd->target;
                for (const char *p = cd->target; *p; p++)
                    if (*p != '\n') *o++ = *p;
                *o = '\0';
            }
            break;
        case F_EU: {
            char *a = grp(f, 1), *y = grp(f, 2), *nr = grp(f, 3);
            if (!a || !y || !nr || !(cd = push(f, KR_KIND_EU, s, e))) rc = KR_ENOMEM;
            else rc = set_target(cd, "%s(%s)%s", a, y, nr);
            free(a);
            free(y);
            free(nr);
            break;
        }
        case F_STB:
        case F_STCRT: {
            char *y = grp(f, 1), *nr = grp(f, 2);
            if (!y || !nr || !(cd = push(f, fam == F_STB ? KR_KIND_STB : KR_KIND_STCRT, s, e))) rc = KR_ENOMEM;
            else rc = set_target(cd, "%s-%s-%s", fam == F_STB ? "stb" : "stcrt", y, nr);
            free(y);
            free(nr);
            break;
        }
        }
        if (rc) return kr_fail(KR_ENOMEM, "out of memory");
    }
    return 0;
}

/* The anchor words of every family, found in one pass. Each word is indexed by two of its bytes,
 * the pair least common in Dutch text (both cases of each letter for a caseless family), so that
 * most bytes of the text cost one table look-up, and a needle is rarely wasted on "en" or "de". */
typedef struct needle {
    const char *s;
    size_t n;
    size_t off; /* where in the word the indexed pair stands */
    int fam;
    bool caseless;
    bool titled;   /* a quotation mark: the anchor is one of the family's titled words before it */
    uint8_t guard; /* the guard that an occurrence must pass to be an anchor */
    uint16_t next; /* the next needle with the same pair, + 1 */
    /* a quick test before the word is compared: the four bytes from po in the word, as a
     * little-endian word under mask (the case bit left out of a caseless word's letters; the
     * bytes past a short word's end left out) */
    uint8_t po;
    uint32_t probe, mask;
} needle;
#define MAX_NEEDLES 512
static needle needle_list[MAX_NEEDLES];
static uint16_t needle_head[65536]; /* first needle by its pair, + 1 */
static uint8_t needle_pair[65536];  /* 1 where a pair has needles */
static pthread_once_t needles_once = PTHREAD_ONCE_INIT;

/* The 300 most common byte pairs of Dutch parliamentary text (the documents of tests/corpus), two
 * bytes each, most common first: "en", "n ", " e", … */
static const char common_pairs[] =
    "enn e erdeant  dinge vteaaorr ieelet eee oijndngvevaoosthemere hliats  itig it mar b aoniske"
    "bed rile gntrard,  wvo. ni tk oecheseialdida zweedeg nomopidneagrolarsziwoevl jk suizoekse20"
    "igta 2ma knansemmi prgovp biamprhttortezzetr rm  un.urakicrkefsiga02unpeecha lolwatwot Dllld"
    "domoscf il (asssacj  KikspDeebadjncttutsrznnlsnogrcogihoogouvrkapormds ceupaoku ofrln,rbKako"
    "wiapruci- gsslncbrkt H Alottzaepba Vvius 1nkftkknl Iuwdr joda  B 3af -blcedtulhu NjahiVrd.pl"
    "uu24) Anlu23 Z M Ervrwsakseaborhumjd Rioltgdrn WmmfipuHer.udt.duimso Slgnh OkifefoInBeZaewoc"
    "nbje01 C fDaoso lkcr18r,nr00s.ppehoaubw iaivnvku";

static unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }
static unsigned char ascii_upper(unsigned char c) { return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c; }

/* How often a pair occurs, roughly: 1 / (rank + 1) by its rank among common_pairs (Zipf's law),
 * 0 when it is not there; for a caseless word, summed over the cases of its letters. */
static double pair_cost(unsigned char a, unsigned char b, bool caseless)
{
    unsigned char as[2] = {a, a}, bs[2] = {b, b};
    if (caseless) {
        as[0] = ascii_lower(a), as[1] = ascii_upper(a);
        bs[0] = ascii_lower(b), bs[1] = ascii_upper(b);
    }
    double cost = 0;
    for (int x = 0; x < 2; x++)
        for (int y = 0; y < 2; y++) {
            if ((x && as[1] == as[0]) || (y && bs[1] == bs[0])) continue;
            for (size_t r = 0; r + 1 < sizeof common_pairs; r += 2)
                if ((unsigned char)common_pairs[r] == as[x] && (unsigned char)common_pairs[r + 1] == bs[y]) {
                    cost += 1.0 / (double)(r / 2 + 1);
                    break;
                }
        }
    /* of two pairs outside ASCII, the one after the lead byte: E2 80 starts most punctuation */
    return a >= 0xC0 ? cost + 1e-6 : cost;
}

static void add_needle(size_t *k, const char *w, size_t off, int fam, bool caseless, bool titled, int guard,
                       unsigned char b0, unsigned char b1)
{
    unsigned key = b0 | (unsigned)b1 << 8;
    if (*k == MAX_NEEDLES) { /* cannot happen with the table above; stay exact if it does */
        full_scan = true;
        return;
    }
    for (uint16_t h = needle_head[key]; h; h = needle_list[h - 1].next)
        if (needle_list[h - 1].s == w && needle_list[h - 1].fam == fam) return; /* "www." in two cases */
    size_t n = strlen(w);
    needle *nd = &needle_list[*k];
    *nd = (needle){w, n, off, fam, caseless, titled, (uint8_t)guard, needle_head[key], 0, 0, 0};
    nd->po = (uint8_t)(n <= 4 ? 0 : off > 0 ? (off - 1 + 4 <= n ? off - 1 : n - 4) : 0);
    for (size_t b = 0; b < 4 && nd->po + b < n; b++) {
        unsigned char ch = (unsigned char)w[nd->po + b];
        bool letter = caseless && ascii_lower(ch) != ascii_upper(ch);
        nd->probe |= (uint32_t)(letter ? ch & 0xDF : ch) << (8 * b);
        nd->mask |= (uint32_t)(letter ? 0xDF : 0xFF) << (8 * b);
    }
    needle_head[key] = (uint16_t)(*k + 1);
    needle_pair[key] = 1;
    (*k)++;
}

/* Indexes word w of family f by its least common pair. */
static void add_word(size_t *k, int f, const char *word, bool titled, int guard)
{
    const unsigned char *w = (const unsigned char *)word;
    size_t n = strlen(word), off = 0;
    if (n < 2) { /* a word of one byte cannot be indexed: stay exact by scanning whole texts */
        full_scan = true;
        return;
    }
    bool cl = anchors[f].caseless;
    for (size_t o = 1; o + 1 < n; o++)
        if (pair_cost(w[o], w[o + 1], cl) < pair_cost(w[off], w[off + 1], cl)) off = o;
    if (!anchors[f].caseless) {
        add_needle(k, word, off, f, false, titled, guard, w[off], w[off + 1]);
        return;
    }
    unsigned char a[2] = {ascii_lower(w[off]), ascii_upper(w[off])};
    unsigned char b[2] = {ascii_lower(w[off + 1]), ascii_upper(w[off + 1])};
    for (int x = 0; x < 2; x++)
        for (int y = 0; y < 2; y++) add_needle(k, word, off, f, true, titled, guard, a[x], b[y]);
}

/* The outlets' words, read from OUTLET: each alternative of it is found by its longest literal
 * word, before which only literal text stands. */
#define MAX_OUTLETS 96
static char outlet_words[MAX_OUTLETS][MAX_WORDLEN + 1];

/* Whether what follows an outlet's word up to the end of its alternative, a[0..n), is of bounded
 * length: at most OUTLET_AFTER bytes of text, white space aside. */
static bool bounded_after(const char *a, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == '\\' && i + 2 < n && a[i + 1] == 's' && a[i + 2] == '+') i += 2;
        else if (a[i] == '\\' && i + 1 < n && a[i + 1] == '.') len++, i++;
        else if (a[i] == '\\' || a[i] == '+' || a[i] == '*' || a[i] == '{') return false; /* \\p{L}+ */
        else if (isalnum((unsigned char)a[i]) || a[i] == '-' || a[i] == '.') len++;
    }
    return len <= OUTLET_AFTER;
}

static void add_outlets(size_t *k, int f)
{
    const char *p = OUTLET;
    size_t nw = 0;
    bool bounded[MAX_OUTLETS];
    if (strncmp(p, "(?:", 3) != 0) goto fail;
    for (p += 3;; p++) { /* one alternative, up to '|' or the closing ')' */
        char word[MAX_WORDLEN + 1], best[MAX_WORDLEN + 1] = "";
        size_t wl = 0, before = 0, best_before = 0;
        const char *best_end = p;
        bool fixed = true; /* literal text only, so far */
        for (int depth = 0;; p++) {
            char ch = *p;
            bool dot = depth == 0 && fixed && ch == '\\' && p[1] == '.';
            if (dot || (depth == 0 && fixed && (isalnum((unsigned char)ch) || ch == '-'))) {
                if (wl + 1 >= sizeof word) goto fail;
                word[wl++] = dot ? '.' : ch;
                p += dot;
                continue;
            }
            if (wl && (ch == '?' || ch == '*' || ch == '{')) wl--; /* its last character may be missing */
            if (wl >= 2 && wl > strlen(best)) {
                memcpy(best, word, wl);
                best[wl] = 0;
                best_before = before;
                best_end = p;
            }
            before += wl;
            wl = 0;
            if (depth == 0 && (ch == '|' || ch == ')' || !ch)) break;
            if (depth == 0 && ch == '\\' && p[1] == 's' && p[2] == '+') {
                p += 2; /* white space, which `back` does not count */
                continue;
            }
            if (ch == '(') depth++;
            else if (ch == ')') depth--;
            fixed = false; /* a group, a class or a quantifier: what follows is not at a fixed place */
        }
        if (!best[0] || best_before > OUTLET_BACK || nw == MAX_OUTLETS) goto fail;
        bool b = bounded_after(best_end, (size_t)(p - best_end)), seen = false;
        for (size_t i = 0; i < nw; i++) /* "Nieuws" of "RTL Nieuws" and "NH Nieuws" */
            if (strcmp(outlet_words[i], best) == 0) {
                seen = true;
                bounded[i] &= b;
            }
        if (!seen) {
            memcpy(outlet_words[nw], best, sizeof best);
            bounded[nw++] = b;
        }
        if (*p != '|') break;
    }
    for (size_t i = 0; i < nw; i++) add_word(k, f, outlet_words[i], false, bounded[i] ? G_OUTLET_DATE : G_NONE);
    return;
fail: /* OUTLET has a form this reader does not know: search the family over the whole text */
    full_scan = true;
}

/* The needles of ſ (U+017F) and the Kelvin sign (U+212A), which caseless PCRE2 takes for s and k:
 * they are no family's anchors, and a text holding them is scanned whole for the caseless
 * families (see kr_find). */
#define F_ODD F_COUNT

/* The lengths of the titled words (anchors[f].w[0 .. titled)), set with the needles. */
static uint8_t titled_len[F_COUNT][MAX_WORDS];

static void build_needles(void)
{
    size_t k = 0;
    for (int f = 0; f < F_COUNT; f++)
        for (int j = 0; j < anchors[f].titled; j++) titled_len[f][j] = (uint8_t)strlen(anchors[f].w[j]);
    add_needle(&k, "\xC5\xBF", 0, F_ODD, false, false, G_NONE, 0xC5, 0xBF);
    add_needle(&k, "\xE2\x84\xAA", 0, F_ODD, false, false, G_NONE, 0xE2, 0x84);
    for (int f = 0; f < F_COUNT; f++) {
        const anchor_set *as = &anchors[f];
        if (as->outlets) add_outlets(&k, f);
        static const char *const quotes[N_QUOTES] = {QUOTES};
        for (int q = 0; q < N_QUOTES && as->titled; q++) add_word(&k, f, quotes[q], true, G_NONE);
        for (int j = as->titled; j < MAX_WORDS && as->w[j]; j++)
            add_word(&k, f, as->w[j], false, !as->guarded || j < as->guarded ? as->guard : as->guard_rest);
    }
}

static bool needle_at(const needle *nd, const unsigned char *c, size_t n)
{
    if (nd->n > n) return false;
    /* words are short: a loop beats a call of memcmp */
    const unsigned char *w = (const unsigned char *)nd->s;
    if (!nd->caseless) {
        for (size_t i = 0; i < nd->n; i++)
            if (c[i] != w[i]) return false;
        return true;
    }
    for (size_t i = 0; i < nd->n; i++)
        if (ascii_lower(c[i]) != w[i]) return false;
    return true;
}

/* Adds a to the sorted set v of an anchor's offsets (entries arrive nearly in order). */
static int add_offset(kr_vec *v, size_t a)
{
    size_t i = v->len;
    while (i > 0 && KR_VEC_AT(v, size_t, i - 1) > a) i--;
    if (i > 0 && KR_VEC_AT(v, size_t, i - 1) == a) return 0;
    if (!kr_vec_push(v)) return kr_fail(KR_ENOMEM, "out of memory");
    size_t *d = v->data;
    memmove(d + i + 1, d + i, (v->len - 1 - i) * sizeof *d);
    d[i] = a;
    return 0;
}

/* The four bytes at p as a little-endian word, whatever the machine (one load where it is
 * little-endian): the order the probes are built in. */
static inline uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The first needle from h (+ 1) on whose four probe bytes stand around position i of the text (0:
 * none), where c[i] and c[i + 1] are the needle's pair: most pairs are not part of a needle. */
static inline uint16_t probe(uint16_t h, const unsigned char *c, size_t n, size_t i)
{
    for (; h; h = needle_list[h - 1].next) {
        const needle *nd = &needle_list[h - 1];
        if (i < nd->off) continue;
        size_t a = i - nd->off;
        if (a + nd->po + 4 > n) return h; /* near the end: compared whole */
        if (((le32(c + a + nd->po) & nd->mask) ^ nd->probe) == 0) return h;
    }
    return 0;
}

/* Records the anchors among the needles of the pair at i, the first of which is h (+ 1): those
 * that pass their probe and then compare whole. */
static int needles_at(const kr_text *t, size_t i, uint16_t h, kr_vec at[F_COUNT], bool present[F_COUNT + 1])
{
    const unsigned char *c = (const unsigned char *)t->clean;
    size_t n = t->len;
    for (h = probe(h, c, n, i); h; h = probe(needle_list[h - 1].next, c, n, i)) {
        const needle *nd = &needle_list[h - 1];
        size_t a = i - nd->off;
        if (!needle_at(nd, c + a, n - a)) continue;
        present[nd->fam] = true; /* for a whole-text scan, which checks the guards */
        if (nd->fam == F_ODD) continue;
        if (nd->titled) {
            /* the word that ends before the white space before the quotation mark */
            size_t q = i - nd->off + (is_ws((unsigned char)nd->s[0]) ? 1 : 0), j = q;
            while (j > 0 && is_ws(c[j - 1])) j--;
            for (int w = 0; j < q && w < anchors[nd->fam].titled; w++) {
                const char *word = anchors[nd->fam].w[w];
                size_t wl = titled_len[nd->fam][w];
                if (j >= wl && c[j - 1] == (unsigned char)word[wl - 1] && memcmp(c + j - wl, word, wl) == 0 &&
                    add_offset(&at[nd->fam], j - wl))
                    return KR_ENOMEM;
            }
            continue;
        }
        if (nd->guard && !guard_holds(nd->guard, t->clean, n, i - nd->off)) continue;
        if (add_offset(&at[nd->fam], i - nd->off)) return KR_ENOMEM;
    }
    return 0;
}

/* Fills at[f] with the offsets of family f's anchor words, in order; present[f] tells whether a
 * family is to be searched at all. */
static int find_anchors(const kr_text *t, kr_vec at[F_COUNT], bool present[F_COUNT + 1])
{
    pthread_once(&needles_once, build_needles);
    for (int f = 0; f <= F_COUNT; f++) present[f] = false;
    const unsigned char *c = (const unsigned char *)t->clean;
    size_t n = t->len, i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* Sixteen pairs at a time: a block holds no needle most of the time, and then costs one
     * branch. A pair is read with one load and looked up in a table of bytes, whose ones the
     * block's bits gather without a branch. */
    for (; i + 17 <= n; i += 16) {
        unsigned hit = 0;
#pragma GCC unroll 16
        for (int k = 0; k < 16; k++) {
            uint16_t pair;
            memcpy(&pair, c + i + k, 2);
            hit |= (unsigned)needle_pair[pair] << k;
        }
        for (; __builtin_expect(hit != 0, 0); hit &= hit - 1) { /* the pairs that have needles, in order */
            size_t k = i + (size_t)__builtin_ctz(hit);
            uint16_t p = probe(needle_head[c[k] | (unsigned)c[k + 1] << 8], c, n, k);
            if (p && needles_at(t, k, p, at, present)) return KR_ENOMEM;
        }
    }
#endif
    for (; i + 1 < n; i++) {
        uint16_t h = needle_head[c[i] | (unsigned)c[i + 1] << 8];
        if (h && needles_at(t, i, h, at, present)) return KR_ENOMEM;
    }
    return 0;
}

/* Each thread keeps its anchor lists from one document to the next. */
typedef struct anchor_lists {
    kr_vec at[F_COUNT];
} anchor_lists;

static void anchor_lists_release(void *p)
{
    anchor_lists *al = p;
    for (int fam = 0; fam < F_COUNT; fam++) kr_vec_free(&al->at[fam]);
}

static kr_tls anchors_tls = {.size = sizeof(anchor_lists), .release = anchor_lists_release};

/* Where "Bijlage bij " or "Bijlage 1 van " stands right before c[i], or i. */
static size_t bijlage_before(const char *c, size_t i)
{
    static const kr_lit links[] = {KR_LIT("bij"), KR_LIT("van")};
    for (size_t k = 0; k < KR_NLIT(links); k++) {
        size_t l = links[k].n + 1; /* the word and a space or line break */
        if (i < l + 8 || memcmp(c + i - l, links[k].s, l - 1) != 0 || !kr_is_space((unsigned char)c[i - 1])) continue;
        size_t j = i - l;
        if (j > 0 && kr_is_space((unsigned char)c[j - 1])) j--;
        if (j > 0 && kr_is_digit((unsigned char)c[j - 1])) { /* "Bijlage 1 van" */
            while (j > 0 && kr_is_digit((unsigned char)c[j - 1])) j--;
            if (j > 0 && kr_is_space((unsigned char)c[j - 1])) j--;
        }
        if (j >= 7 && memcmp(c + j - 7, "Bijlage", 7) == 0 && (j == 7 || !is_alpha((unsigned char)c[j - 8])))
            return j - 7;
    }
    return i;
}

/* The spans as written: a Kamerstuk mention that starts at its number takes the words before it
 * that name the paper ("Kamerstuk 30111-108", "TK 2023/24, 31 839, nr. 1024"; looked for only
 * where such a word can end right before it); a mention that opens a bracket it does not close
 * takes the closing one right after it ("NOS, 14 augustus 2024 (https://…)"). */
static void settle_spans(finder *f)
{
    const char *c = f->t->clean;
    size_t n = f->t->len;
    for (size_t i = 0; i < f->out->len; i++) {
        kr_cand *cd = &KR_VEC_AT(f->out, kr_cand, i);
        if (cd->e < n && c[cd->e] == ')') {
            int open = 0;
            for (size_t k = cd->s; k < cd->e; k++) open += c[k] == '(' ? 1 : c[k] == ')' ? -1 : 0;
            if (open > 0) cd->e++;
        }
        if (cd->kind != KR_KIND_KAMERSTUK || !cd->s) continue;
        if (kr_is_digit((unsigned char)c[cd->s])) {
            size_t k = cd->s;
            while (k > 0 && (kr_is_space((unsigned char)c[k - 1]) || c[k - 1] == ',')) k--;
            if (k < cd->s && k > 0 &&
                (c[k - 1] == 'k' || c[k - 1] == 'n' || c[k - 1] == 'I' || c[k - 1] == 'K' || kr_is_digit((unsigned char)c[k - 1]))) {
                size_t from = cd->s > 64 ? cd->s - 64 : 0;
                if (kr_re_find(&pats[F_KST_LEAD], c, cd->s, from, &f->m, false) && f->m.ov[0] < cd->s) cd->s = f->m.ov[0];
            }
        }
        /* "Bijlage bij Kamerstuk …", "Bijlage 1 van kamerstuk …" */
        if (cd->s && (c[cd->s] == 'K' || c[cd->s] == 'k')) cd->s = bijlage_before(c, cd->s);
    }
}

int kr_find(const kr_text *t, kr_vec *out)
{
    pthread_once(&once, compile_all);
    if (once_rc) return once_rc;
    finder f = {.t = t, .out = out};
    anchor_lists mine = {0}, *al = kr_tls_get(&anchors_tls);
    if (!al) al = &mine; /* no memory for a thread's lists: this call's own */
    kr_vec *at = al->at;
    for (int fam = 0; fam < F_COUNT; fam++) {
        if (!at[fam].size) kr_vec_init(&at[fam], sizeof(size_t));
        at[fam].len = 0;
    }
    bool present[F_COUNT + 1];
    int rc = kr_match_init(&f.m);
    if (!rc) rc = find_anchors(t, at, present);
    /* caseless, PCRE2 also takes ſ (U+017F) for s and the Kelvin sign (U+212A) for k, which the
     * anchor words are not looked for as: a text holding them (their needles found it) is scanned
     * whole for those families */
    bool odd_case = present[F_ODD];
    for (int fam = 0; fam < F_COUNT && !rc; fam++) {
        /* a whole-text scan (KAMERREF_FULL_SCAN, or the needles could not be built) searches every
         * family, whatever words occur: the check that the anchors miss nothing */
        bool whole = full_scan || (odd_case && anchors[fam].caseless);
        if (whole || present[fam]) rc = one_family(&f, fam, whole ? NULL : &at[fam]);
    }
    if (!rc) settle_spans(&f);
    for (int fam = 0; fam < F_COUNT; fam++)
        if (al == &mine || at[fam].cap * sizeof(size_t) > (1u << 20)) kr_vec_free(&at[fam]); /* kept up to 1 MB */
    kr_match_free(&f.m);
    return rc;
}
