/* Document facts stage: the type of a document, who asked whom about what, who answered, when
 * the questions were put and answered, and the postponement notices in between. Everything is
 * read from the text itself ("Vragen van de leden A (X) en B (Y) aan de Minister van … over …
 * (ingezonden 6 mei 2024)", "Antwoord van Minister … (ontvangen 11 juni 2024)", letterheads and
 * the opening of written consultations). */
#include "meta.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ids.h"
#include "re.h"

#define MONTH "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
#define DATE "\\d{1,2}\\s+" MONTH "(?:\\s*\\d{4})?" /* "18 november2024" too, as PDF text runs words together */

enum { M_VRAGEN, M_ANTWOORD, M_LETTER_SUBJECT, M_LETTER_TO, M_LETTER_BY, M_LETTER_DATE, M_LETTER_ASKED, M_SIGN, M_SIGN_NAME_FIRST, M_SO_OPEN, M_SO_PUT,
       M_SO_PUT_TO, M_SO_LETTER, M_LIST_OPEN, M_LIST_PUT, M_LIST_LETTER, M_MEDE, M_MOTION, M_DECISIONS, M_DEBATE, M_COUNT };

static kr_re pats[] = {
    /* "… over X (ingezonden 4 juli 2023)"; older: "… over X. (Ingezonden 12 november 2008)" */
    [M_VRAGEN] = {"Vragen van (?:het lid|de leden) (.+?)\\s+aan (?:de |het )?(.+?)\\s+over (.+?)\\.?\\s*\\([Ii]ngezonden\\s+(" DATE
                  ")\\)",
                  PCRE2_DOTALL, NULL, false},
    [M_ANTWOORD] = {"(Antwoord|Mededeling) van (.+?)\\.?\\s*\\((?:[Oo]ntvangen\\s+)+(" DATE ")\\)", PCRE2_DOTALL, NULL, false},
    /* "Onderwerp Beantwoording Kamervragen van het lid X (P) aan de minister van Y over Z"; "Betreft
     * Beantwoording Kamervragen over Z", whose askers the letter names */
    [M_LETTER_SUBJECT] = {"(?:Onderwerp|Betreft|^)\\s*(?:Beantwoording|Antwoorden)[^\\n]{0,80}?[Kk]amervragen\\s+(?:(?:(?:van|het)\\s+)*"
                          "(?:het lid|de leden)\\s+(.+?)\\s+)?(?:(?:aan (?:de |het )?(.+?)\\s+)?over\\s+([^\\n]+))",
                          PCRE2_MULTILINE, NULL, false},
    /* "deel ik u mede dat de vragen van het lid X (P) aan de minister van Y over Z worden beantwoord" */
    [M_LETTER_TO] = {"\\b[Dd]e vragen van (?:het lid|de leden)\\s+[^\\n]{1,200}?\\s+aan\\s+(?:de |het )?([^\\n]+?)\\s+over\\s",
                     0, NULL, false},
    [M_LETTER_DATE] = {"\\b(?:Datum\\s+|Den Haag, )(" DATE ")", 0, NULL, false},
    /* "de (antwoorden op de) vragen van het lid X (P) over …" in the letter */
    [M_LETTER_BY] = {"\\b[Dd]e (?:schriftelijke\\s+)?(?:[Kk]amer)?vragen van (?:het lid|de leden)\\s+([^\\n]{1,200}?)\\s+(?:aan|over)\\s", 0, NULL, false},
    [M_LETTER_ASKED] = {"\\buw brief van (" DATE ")|\\((?:(?:kenmerk\\s+)?\\d{4}Z\\d{5},\\s*)?ingezonden (" DATE ")", 0, NULL, false},
    /* the signature: "De minister van Justitie en Veiligheid,\n\nD. Yeşilgöz-Zegerius", "de minister van
     * Landbouw, Natuur en Voedselkwaliteit\n\nP. Adema" (a title a line of its own) */
    /* "de minister van Volksgezondheid,\nWelzijn en Sport,\n\nConny Helder": the title over two lines */
    [M_SIGN] = {"^[Dd]e ((?i:minister|staatssecretaris)) (van|voor) ([^\\n.;:]{3,80}?(?:(?:,|\\sen)\\n[^\\n.;:]{3,60}?,)?)(?:[ ,]*\\n(?:[ \\n]*)|, (?=(?:\\p{Lu}\\.)+ ?\\p{Lu}))([^\\n]{2,60})$",
                PCRE2_MULTILINE, NULL, false},
    /* the name over the title, as some letters sign: "Carola Schouten\n\nMinister van Landbouw, …" */
    [M_SIGN_NAME_FIRST] = {"^(\\p{Lu}[\\p{L}.' -]{1,58}\\p{L})\\n[ \\n]*((?i:minister|staatssecretaris)) (van|voor) ([^\\n.;:]{3,80}?)[ ,]*$",
                           PCRE2_MULTILINE, NULL, false},
    /* "De vaste commissie voor X heeft … vragen en opmerkingen voorgelegd aan de Y over Z.", or "In de
     * vaste commissie voor X bestond er bij enkele fracties behoefte om enkele vragen en opmerkingen
     * voor te leggen aan de Y over Z." */
    /* "In de vaste commissie voor X bestond er bij enkele fracties behoefte …", "Binnen de vaste
     * commissie voor X hebben verschillende fracties de behoefte …", "… over/inzake …" */
    [M_SO_OPEN] = {"(?|De (vaste commissie voor .+?) heeft (?:een aantal|enkele) vragen en opmerkingen voorgelegd aan de (.+?)\\s+"
                   "(?:over|inzake) (.+?)\\.(?=\\s+\\p{Lu}|\\s*$)|(?:In|Binnen) de (vaste commissie voor .+?) (?:bestond (?:er )?bij "
                   "(?:enkele|een aantal|de|verschillende) fracties? (?:de )?|(?:hebben|hadden) (?:enkele|een aantal|verschillende) "
                   "fracties (?:de )?)behoefte (?:om )?(?:een aantal |enkele )?vragen en opmerkingen voor te leggen aan de (.+?)\\s+"
                   "(?:over|inzake) (.+?)\\.(?=\\s+\\p{Lu}|\\s*$))",
                   PCRE2_DOTALL, NULL, false},
    /* also as the Eerste Kamer writes it: "Op 9 juni 2010 heeft de Voorzitter een brief gestuurd
     * aan de minister van Justitie …", "De minister van Justitie heeft op 8 september 2010 hierop
     * schriftelijk gereageerd" */
    [M_SO_PUT] = {"(?|De vragen en opmerkingen zijn op (" DATE ")|De op (" DATE ") toegezonden vragen"
                  "|\\b[Oo]p (" DATE ") (?:(?:heeft|hebben) de (?:[Vv]oorzitter|commissies?|leden)\\b[^.]{0,120}?\\b)?(?:een )?brief "
                  "(?:gestuurd|gezonden) aan de ((?:[Mm]inister|[Ss]taatssecretaris)[^.]{3,120}?)(?:\\s+(?:met|over|waarin)\\b|\\.))",
                  0, NULL, false},
    /* "heeft zij de Minister voor Medische Zorg en Sport op 10 april 2019 een brief gestuurd" */
    [M_SO_PUT_TO] = {"\\b(?:heeft|hebben) (?:zij|de commissies?) de ((?:[Mm]inister|[Ss]taatssecretaris)[^.]{3,120}?) op (" DATE
                     ") een brief (?:gestuurd|gezonden)",
                     0, NULL, false},
    /* "… zijn met de door de minister bij brief van 15 april 2010 toegezonden antwoorden …", "De
     * Staatssecretaris heeft op 23 november 2023 een uitstelbericht gestuurd en op 14 december 2023
     * inhoudelijk gereageerd" */
    [M_SO_LETTER] = {"(?|Bij brief van (" DATE ") zijn de vragen beantwoord|bij brief van (" DATE ") toegezonden antwoorden"
                     "|\\b(?:op|bij brief van) (" DATE ")(?: hierop)?(?: (?:schriftelijk|inhoudelijk))? (?:gereageerd|geantwoord))",
                     0, NULL, false},
    /* a committee's list of questions and answers: "De commissie voor de Rijksuitgaven heeft een
     * aantal vragen voorgelegd aan de minister van BZK over het rapport …", "De vragen zijn op 28 mei
     * 2020 voorgelegd aan de Minister van LNV. Bij brief van 11 juni 2020 zijn ze … beantwoord",
     * "De Staatssecretaris heeft deze vragen beantwoord bij brief van 3 december 2018" */
    [M_LIST_OPEN] = {"De (?:vaste )?commissie voor .+? heeft (?:een aantal|enkele) vragen voorgelegd aan de (.+?)\\s+"
                     "(?:over|inzake) (.+?)\\.(?=\\s+\\p{Lu}|\\s*$)",
                     0, NULL, false},
    [M_LIST_PUT] = {"De vragen zijn op (" DATE ") voorgelegd aan de (.+?)\\.(?=\\s+\\p{Lu}|\\s*$)", 0, NULL, false},
    [M_LIST_LETTER] = {"(?:beantwoord bij brief van|Bij brief van) (" DATE ")", 0, NULL, false},
    /* "Mede namens de staatssecretaris van X," over the signature; not "… mede namens de minister
     * van X op vragen van …, …" in a heading */
    [M_MEDE] = {"\\b[Mm]ede namens de ((?i:minister|staatssecretaris) (?:van|voor) (?:(?! op | over )[^,\\n]){3,80}),",
                0, NULL, false},
    /* "MOTIE VAN HET LID …", "Nr. 16 MOTIE VAN DE LEDEN …" as the heading prints it */
    [M_MOTION] = {"^(?:Nr\\.\\s*\\d{1,4}\\s+)?(?:GEWIJZIGDE\\s+)?MOTIE VAN\\b|^Motie\\s*$", PCRE2_MULTILINE, NULL, false},
    [M_DECISIONS] = {"\\bBesluitenlijst\\b", 0, NULL, false},
    /* (*LF): only a line feed ends a line, whatever newline PCRE2 was built with (has_speaker_line) */
    [M_DEBATE] = {"(*LF)^(?:De voorzitter|Mevrouw \\p{Lu}|De heer \\p{Lu}|Minister \\p{Lu}|Staatssecretaris \\p{Lu})[^\\n]{0,80}:$",
                  PCRE2_MULTILINE, NULL, false},
    {NULL, 0, NULL, false},
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_rc;
static void compile_all(void) { once_rc = kr_re_compile_table(pats); }

/* A ministry's usual name for its abbreviation ("BZ"), and without a state secretary's own
 * portfolio ("Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport"). */
const char *kr_ministry_name(const char *m, char *buf, size_t n)
{
    static const char *const abbr[][2] = {
        {"AZ", "Algemene Zaken"},
        {"BZ", "Buitenlandse Zaken"},
        {"BZK", "Binnenlandse Zaken en Koninkrijksrelaties"},
        {"Def", "Defensie"},
        {"EZ", "Economische Zaken"},
        {"EZK", "Economische Zaken en Klimaat"},
        {"Fin", "Financiën"},
        {"IenW", "Infrastructuur en Waterstaat"},
        {"JenV", "Justitie en Veiligheid"},
        {"KGG", "Klimaat en Groene Groei"},
        {"LNV", "Landbouw, Natuur en Voedselkwaliteit"},
        {"OCW", "Onderwijs, Cultuur en Wetenschap"},
        {"SZW", "Sociale Zaken en Werkgelegenheid"},
        {"VWS", "Volksgezondheid, Welzijn en Sport"},
    };
    for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
        if (strcmp(m, abbr[i][0]) == 0) return abbr[i][1];
    const char *dash = strstr(m, " – ");
    if (!dash) dash = strstr(m, " - ");
    if (!dash) return m;
    snprintf(buf, n, "%.*s", (int)(dash - m), m);
    return buf;
}

long kr_iso_days(const char *iso)
{
    int y, m, d;
    if (!iso) return LONG_MIN;
    const unsigned char *u = (const unsigned char *)iso;
    bool plain = true; /* "YYYY-MM-DD", as the dates here are written: read without sscanf */
    for (int i = 0; i < 10 && plain; i++) plain = i == 4 || i == 7 ? u[i] == '-' : kr_is_digit(u[i]);
    if (plain) {
        y = (u[0] - '0') * 1000 + (u[1] - '0') * 100 + (u[2] - '0') * 10 + (u[3] - '0');
        m = (u[5] - '0') * 10 + (u[6] - '0');
        d = (u[8] - '0') * 10 + (u[9] - '0');
    } else if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3) {
        return LONG_MIN;
    }
    /* days from civil, proleptic Gregorian */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

typedef struct mb {
    kr_meta *m;
    const kr_text *t;
    kr_match mt;
    int err;
} mb;

static const char *keep(mb *b, char *s)
{
    if (!s) {
        b->err = KR_ENOMEM;
        return NULL;
    }
    char **slot = kr_vec_push(&b->m->strings);
    if (!slot) {
        free(s);
        b->err = KR_ENOMEM;
        return NULL;
    }
    return *slot = s;
}

static const char *grp_folded(mb *b, const char *base, int g)
{
    size_t s, n;
    if (!kr_group(&b->mt, g, &s, &n)) return NULL;
    return keep(b, kr_fold_ws(base + s, n));
}

/* A date as written; "6 mei" without a year takes the year from the parliamentary year the
 * document states (September to December: its first year) and is marked by year_guessed. */
static const char *iso_of(mb *b, const char *base, int g)
{
    size_t s, n;
    char iso[11];
    if (!kr_group(&b->mt, g, &s, &n)) return NULL;
    if (!kr_date_norm(base + s, n, iso)) return keep(b, kr_strndup(iso, 10));
    const char *vj = b->t->year; /* "2023-2024" */
    if (!vj) return NULL;
    char with[64], what[48];
    char month[16] = "";
    int day = 0;
    snprintf(what, sizeof what, "%.*s", (int)(n < 47 ? n : 47), base + s);
    if (sscanf(what, "%d %15s", &day, month) != 2) return NULL;
    static const char *const late[] = {"september", "oktober", "november", "december"};
    bool first = false;
    for (int i = 0; i < 4; i++) first |= strcasecmp(month, late[i]) == 0;
    snprintf(with, sizeof with, "%d %s %.4s", day, month, first ? vj : vj + 5);
    if (kr_date_norm(with, strlen(with), iso)) return NULL;
    return keep(b, kr_strndup(iso, 10));
}

/* A name with its white space folded, and a particle that an extraction glued to the surname
 * set apart again ("Inge vanDijk": "Inge van Dijk"). */
static char *name_of(const char *s, size_t n)
{
    char *f = kr_fold_ws(s, n);
    if (!f) return NULL;
    static const kr_lit parts[] = {KR_LIT("van"), KR_LIT("der"), KR_LIT("den"), KR_LIT("de"), KR_LIT("ter"), KR_LIT("ten")};
    for (size_t i = 0; f[i]; i++) {
        if (i > 0 && f[i - 1] != ' ') continue;
        for (size_t k = 0; k < KR_NLIT(parts); k++) {
            size_t l = parts[k].n;
            if (strncmp(f + i, parts[k].s, l) != 0 || !(f[i + l] >= 'A' && f[i + l] <= 'Z')) continue;
            char *g = malloc(strlen(f) + 2);
            if (!g) {
                free(f);
                return NULL;
            }
            memcpy(g, f, i + l);
            g[i + l] = ' ';
            strcpy(g + i + l + 1, f + i + l);
            free(f);
            f = g;
            break;
        }
    }
    return f;
}

/* A party's name folded, and spelt as the party does when it is a known one written otherwise
 * ("PvDA": "PvdA"), so that a misprint makes no party of its own. */
static char *party_of(const char *s, size_t n)
{
    char *f = kr_fold_ws(s, n);
    if (!f) return NULL;
    static const char *const known[] = {"VVD", "PVV", "CDA", "D66", "GroenLinks", "SP", "PvdA", "ChristenUnie", "SGP",
                                        "PvdD", "DENK", "FvD", "JA21", "Volt", "BBB", "NSC", "BVNL", "50PLUS",
                                        "GroenLinks-PvdA", "BIJ1", "Groep Van Haga", "Fractie Den Haan"};
    for (size_t k = 0; k < sizeof known / sizeof *known; k++)
        if (strcasecmp(f, known[k]) == 0) {
            memcpy(f, known[k], strlen(known[k])); /* the same length: only the case differs */
            break;
        }
    return f;
}

static void add_person(mb *b, const char *name, size_t nl, const char *party, size_t pl)
{
    kr_person *p = kr_vec_push(&b->m->askers);
    if (!p) {
        b->err = KR_ENOMEM;
        return;
    }
    p->name = name ? keep(b, name_of(name, nl)) : NULL;
    p->party = party ? keep(b, party_of(party, pl)) : NULL;
}

/* "Sneller (D66), Chakor (GroenLinks-PvdA) en Van Nispen (SP)", "Temmink en Van Nispen (beiden
 * SP)", "Mutluer, Lahlah (GroenLinks-PvdA), Boswijk (CDA)": a party in brackets belongs to the
 * names since the previous one. */
static void parse_askers(mb *b, const char *s, size_t n)
{
    size_t group_start = b->m->askers.len;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\n')) i++;
        if (n - i >= 3 && strncmp(s + i, "en ", 3) == 0) {
            i += 3;
            continue;
        }
        if (i >= n) break;
        if (s[i] == '(') {
            size_t e = i + 1;
            while (e < n && s[e] != ')') e++;
            const char *party = s + i + 1;
            size_t pl = e - i - 1;
            size_t all = kr_party_all_of(party, pl);
            party += all, pl -= all;
            for (size_t k = group_start; k < b->m->askers.len; k++) {
                kr_person *p = &KR_VEC_AT(&b->m->askers, kr_person, k);
                if (!p->party) p->party = keep(b, party_of(party, pl));
            }
            group_start = b->m->askers.len;
            i = e + 1;
            continue;
        }
        size_t st = i;
        while (i < n && s[i] != ',' && s[i] != '(' && !(s[i] == ' ' && n - i > 4 && strncmp(s + i, " en ", 4) == 0)) i++;
        size_t e = i;
        while (e > st && s[e - 1] == ' ') e--;
        if (e > st) add_person(b, s + st, e - st, NULL, 0);
    }
}

/* The ministries' and portfolios' names that hold " en " or that a list of portfolios joins with
 * " en " ("de ministers van Justitie en Veiligheid en Binnenlandse Zaken"): where such a list may
 * be cut. */
static const kr_lit portfolios[] = {
    KR_LIT("Algemene Zaken"),
    KR_LIT("Asiel en Migratie"),
    KR_LIT("Binnenlandse Zaken en Koninkrijksrelaties"),
    KR_LIT("Binnenlandse Zaken"),
    KR_LIT("Buitenlandse Handel en Ontwikkelingssamenwerking"),
    KR_LIT("Buitenlandse Handel en Ontwikkelingshulp"),
    KR_LIT("Buitenlandse Zaken"),
    KR_LIT("Defensie"),
    KR_LIT("Economische Zaken en Klimaat"),
    KR_LIT("Economische Zaken"),
    KR_LIT("Financiën"),
    KR_LIT("Infrastructuur en Waterstaat"),
    KR_LIT("Justitie en Veiligheid"),
    KR_LIT("Klimaat en Energie"),
    KR_LIT("Klimaat en Groene Groei"),
    KR_LIT("Landbouw, Natuur en Voedselkwaliteit"),
    KR_LIT("Landbouw, Visserij, Voedselzekerheid en Natuur"),
    KR_LIT("Langdurige Zorg en Sport"),
    KR_LIT("Medische Zorg"),
    KR_LIT("Natuur en Stikstof"),
    KR_LIT("Onderwijs, Cultuur en Wetenschap"),
    KR_LIT("Primair en Voortgezet Onderwijs"),
    KR_LIT("Rechtsbescherming"),
    KR_LIT("Sociale Zaken en Werkgelegenheid"),
    KR_LIT("Volksgezondheid, Welzijn en Sport"),
    KR_LIT("Volkshuisvesting en Ruimtelijke Ordening"),
    KR_LIT("Koninkrijksrelaties"),
};

/* The length of the longest portfolio's name that stands at p as whole words, or 0. */
static size_t portfolio_at(const char *p)
{
    size_t best = 0;
    for (size_t i = 0; i < KR_NLIT(portfolios); i++) {
        size_t l = portfolios[i].n;
        if (l > best && strncmp(p, portfolios[i].s, l) == 0 && (p[l] == '\0' || p[l] == ' ' || p[l] == ',')) best = l;
    }
    return best;
}

/* Where a list of portfolios at p may be cut: after the longest name that stands at p, when
 * " en " and another name follow it ("Justitie en Veiligheid| en Binnenlandse Zaken"), or NULL.
 * A name misspelt or unknown is never cut ("Binnenlandse Zaken en Koninkrijkrelaties"). */
static char *after_portfolio(char *p)
{
    size_t l = portfolio_at(p);
    return l && strncmp(p + l, " en ", 4) == 0 && portfolio_at(p + l + 4) ? p + l : NULL;
}

/* Splits officials named together into one title each, appended to out (a kr_vec of const char *
 * kept in b): "de Staatssecretaris van X en de Minister van Y", "de Ministers van A en voor B",
 * "de ministers van Justitie en Veiligheid en Binnenlandse Zaken", "de Staatssecretarissen van A
 * en van B". */
static void split_roles(mb *b, const char *s, size_t n, kr_vec *out)
{
    size_t first = out->len;
    char *all = kr_fold_ws(s, n);
    if (!all) {
        b->err = KR_ENOMEM;
        return;
    }
    if (!all[0]) { /* nothing named ("mede namens" and the text ends) */
        free(all);
        return;
    }
    /* "de Staatssecretaris van IenW en de Ministers van A, voor B en voor C": a plural title
     * after the first starts a list of its own */
    static const char *const plurals[] = {" en de Ministers ", " en de ministers ", " en de Staatssecretarissen ",
                                          " en de staatssecretarissen "};
    const char *list = NULL;
    for (size_t k = 0; k < sizeof plurals / sizeof *plurals; k++) {
        const char *at = strstr(all, plurals[k]);
        if (at && (!list || at < list)) list = at;
    }
    if (list) {
        split_roles(b, all, (size_t)(list - all), out);
        if (!b->err) split_roles(b, list + 7, strlen(list + 7), out);
        free(all);
        return;
    }
    /* a plural title, and its singular */
    const char *title = NULL;
    size_t tl = 0;
    if (strncmp(all + 1, "inisters ", 9) == 0 && (all[0] == 'M' || all[0] == 'm')) title = "Minister", tl = 10;
    else if (strncmp(all + 1, "taatssecretarissen ", 19) == 0 && (all[0] == 'S' || all[0] == 's'))
        title = "Staatssecretaris", tl = 20;
    /* "de Ministers en de Staatssecretaris van …": a plural without portfolios is not split so */
    if (title && strncmp(all + tl, "en ", 3) == 0) title = NULL;
    bool plural = title != NULL;
    char *p = all;
    while (p && *p) {
        char *next = strstr(p, " en de ");
        /* "de Minister en Staatssecretaris van BZK": two titles, one portfolio */
        char *bare = !plural ? strstr(p, " en Staatssecretaris ") : NULL;
        if (!bare && !plural) bare = strstr(p, " en Minister ");
        char *alt = plural ? strstr(p, " en voor ") : NULL;
        char *alt2 = plural ? strstr(p, " en van ") : NULL;
        /* "de Ministers van VWS, van JenV en van SZW": a comma before "van" or "voor" */
        char *alt3 = plural ? strstr(p, ", van ") : NULL;
        char *alt4 = plural ? strstr(p, ", voor ") : NULL;
        size_t skip = 7;
        if (bare && (!next || bare < next)) next = bare, skip = 4;
        if (alt && (!next || alt < next)) next = alt, skip = 4;
        if (alt2 && (!next || alt2 < next)) next = alt2, skip = 4;
        if (alt3 && (!next || alt3 < next)) next = alt3, skip = 2;
        if (alt4 && (!next || alt4 < next)) next = alt4, skip = 2;
        if (plural) { /* a portfolio's name ends where the next one starts */
            char *q = p == all ? p + tl : p;
            if (strncmp(q, "van ", 4) == 0) q += 4;
            else if (strncmp(q, "voor ", 5) == 0) q += 5;
            char *cut = after_portfolio(q);
            if (cut && (!next || cut < next)) next = cut, skip = 4;
        }
        size_t len = next ? (size_t)(next - p) : strlen(p);
        kr_buf one = {0};
        /* "minister van …" is a title: "Minister van …"; "Minister Justitie en Veiligheid" lost
         * its "van" */
        if (!plural && len > 9 && (p[0] == 'm' || p[0] == 's')) p[0] = (char)(p[0] - 32);
        const char *sp = memchr(p, ' ', len);
        if (!plural && sp && (size_t)(sp - p) < len && strncmp(sp + 1, "van ", 4) != 0 && strncmp(sp + 1, "voor ", 5) != 0 &&
            (strncmp(p, "Minister ", 9) == 0 || strncmp(p, "Staatssecretaris ", 17) == 0)) {
            kr_buf_append(&one, p, (size_t)(sp - p));
            kr_buf_puts(&one, " van");
            kr_buf_append(&one, sp, len - (size_t)(sp - p));
        } else if (plural) {
            /* "Ministers van A" -> "Minister van A"; "voor B" -> "Minister voor B"; "B" -> "Minister van B"
             * ("de Ministers en de Staatssecretaris …": a title without a portfolio stays so) */
            char *q = p == all ? p + tl : p;
            if (q > p + len) q = p + len;
            /* "… en de Staatssecretaris van VWS": a title of its own */
            bool titled = p != all && (strncmp(q, "Staatssecretaris ", 17) == 0 || strncmp(q, "staatssecretaris ", 17) == 0 ||
                                       strncmp(q, "Minister ", 9) == 0 || strncmp(q, "minister ", 9) == 0);
            if (titled) {
                if (q[0] >= 'a') q[0] = (char)(q[0] - 32);
            } else {
                kr_buf_puts(&one, title);
                kr_buf_puts(&one, strncmp(q, "van ", 4) == 0 || strncmp(q, "voor ", 5) == 0 ? " " : " van ");
            }
            kr_buf_append(&one, q, len - (size_t)(q - p));
        }
        if (!plural && !one.len) kr_buf_append(&one, p, len);
        if (one.len >= 18 && strncmp(one.data, "Minister-president", 18) == 0) one.data[9] = 'P'; /* one office */
        const char **slot = kr_vec_push(out);
        if (!slot || one.err) {
            kr_buf_free(&one);
            b->err = KR_ENOMEM;
            break;
        }
        *slot = keep(b, kr_buf_steal(&one));
        p = next ? next + skip : NULL;
    }
    free(all);
    /* "de Minister en de Staatssecretaris van Financiën": a title alone shares the next one's
     * portfolio (the Minister-President has none) */
    size_t n0 = out->len;
    for (size_t i = first; i + 1 < n0; i++) {
        const char *a = KR_VEC_AT(out, const char *, i);
        const char *nx = KR_VEC_AT(out, const char *, i + 1);
        if (!a || !nx || strchr(a, ' ') || strncasecmp(a, "Minister-President", 18) == 0) continue;
        const char *of = strstr(nx, " van ");
        if (!of) of = strstr(nx, " voor ");
        if (!of) continue;
        char *full = NULL;
        if (asprintf(&full, "%s%s", a, of) < 0) full = NULL;
        KR_VEC_AT(out, const char *, i) = keep(b, full);
    }
}

static void parse_addressees(mb *b, const char *s, size_t n) { split_roles(b, s, n, &b->m->addr); }

/* "Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor
 * Rechtsbescherming" */
static void parse_answering_one(mb *b, const char *s, size_t n);

static void parse_answering(mb *b, const char *s, size_t n)
{
    /* "Minister Bruins Slot (BZ) van Minister Schreinemacher (…)": one official per role word
     * that follows a closing bracket */
    size_t st = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        if (s[i] != ')') continue;
        size_t k = i + 1;
        while (k < n && (s[k] == ' ' || s[k] == ',')) k++;
        /* "… (BZ) van Minister …", "… (BZK) en van Minister …", "… (JenV) en antwoord van Staatssecretaris …" */
        if (n - k > 3 && strncmp(s + k, "en ", 3) == 0) k += 3;
        if (n - k > 13 && strncasecmp(s + k, "antwoord van ", 13) == 0) k += 13;
        else if (n - k > 4 && strncmp(s + k, "van ", 4) == 0) k += 4;
        if (n - k > 9 && (strncasecmp(s + k, "Minister ", 9) == 0 || strncasecmp(s + k, "Staatssecretaris ", 17) == 0)) {
            parse_answering_one(b, s + st, i + 1 - st);
            st = k;
        }
    }
    parse_answering_one(b, s + st, n - st);
}

/* Whether s[0, n) names an official as "Staatssecretaris Van Huffelen (Financiën – Toeslagen en
 * Douane)" does: a title, a name with a capital, and the portfolio in brackets. */
static bool named_official(const char *s, size_t n)
{
    size_t tl = n > 9 && memcmp(s, "Minister ", 9) == 0           ? 9
                : n > 17 && memcmp(s, "Staatssecretaris ", 17) == 0 ? 17
                                                                    : 0;
    if (!tl || n == tl || !((s[tl] >= 'A' && s[tl] <= 'Z') || (unsigned char)s[tl] >= 0xC3)) return false;
    const char *br = memchr(s + tl, '(', n - tl);
    return br && memchr(br, ')', n - (size_t)(br - s)) != NULL;
}

static void parse_answering_one(mb *b, const char *s, size_t n)
{
    char *all = kr_fold_ws(s, n);
    if (!all) {
        b->err = KR_ENOMEM;
        return;
    }
    /* "mede namens de …", "mede ondertekend door de …" */
    char *mede = strstr(all, "mede namens");
    size_t mede_len = 11;
    if (!mede && (mede = strstr(all, "mede ondertekend door"))) mede_len = 21;
    if (mede) *mede = '\0';
    static const char *const roles[] = {"Minister-President", "Minister", "Staatssecretaris"};
    /* "Antwoord van de minister van Justitie en Veiligheid": the article, a role in lower case */
    char *who = strncmp(all, "de ", 3) == 0 ? all + 3 : all;
    for (size_t r = 0; r < 3; r++) {
        size_t rl = strlen(roles[r]);
        if (strncasecmp(who, roles[r], rl) != 0 || who[rl] != ' ') continue;
        char *name = who + rl + 1;
        char *br = strchr(name, '(');
        char *end = br ? br : name + strlen(name);
        while (end > name && (end[-1] == ' ' || end[-1] == ',')) end--;
        kr_official *o = kr_vec_push(&b->m->answering);
        if (!o) {
            b->err = KR_ENOMEM;
            break;
        }
        o->role = roles[r];
        /* "Minister van Weel (Justitie en Veiligheid)" is a name: the bracket gives the portfolio
         * (not "(mede namens …)", cut off above, which leaves an open bracket) */
        bool portfolio = br && strchr(br, ')') != NULL;
        if (!portfolio && (strncmp(name, "van ", 4) == 0 || strncmp(name, "voor ", 5) == 0)) {
            /* no name, the role whole: "Minister van Justitie en Veiligheid", as in "mede namens" */
            char *role = kr_strndup(who, (size_t)(end - who));
            if (role) role[0] = roles[r][0];
            o->role = keep(b, role);
            o->name = NULL;
            break;
        }
        o->name = keep(b, kr_strndup(name, (size_t)(end - name)));
        if (br) {
            char *close = strrchr(br, ')');
            if (close) o->ministry = keep(b, kr_strndup(br + 1, (size_t)(close - br - 1)));
        }
        break;
    }
    if (mede) {
        /* "mede namens de Minister voor Rechtsbescherming en de Staatssecretaris van …", "mede
         * namens de Staatssecretarissen van A en van B": one official each, as addressees are */
        char *p = mede + mede_len;
        *mede = 'm';
        while (*p == ' ' || *p == ',') p++;
        if (strncmp(p, "de ", 3) == 0) p += 3;
        size_t len = strlen(p);
        /* the bracket of a cut "(mede namens …)" closes nothing of its own: its ')' goes */
        int open = 0;
        for (size_t k = 0; k < len; k++) open += p[k] == '(' ? 1 : p[k] == ')' ? -1 : 0;
        while (len && (p[len - 1] == ' ' || p[len - 1] == ',' || p[len - 1] == '.' || (p[len - 1] == ')' && open < 0))) {
            if (p[len - 1] == ')') open++;
            len--;
        }
        /* one part after another: an official named as the first is ("de Staatssecretaris Van
         * Huffelen (Financiën – Toeslagen en Douane)") is read so, the others are roles */
        for (size_t a = 0; a < len && !b->err;) {
            const char *sep = memmem(p + a, len - a, " en de ", 7);
            size_t e = sep ? (size_t)(sep - p) : len;
            if (named_official(p + a, e - a)) {
                parse_answering_one(b, p + a, e - a);
            } else {
                kr_vec also;
                kr_vec_init(&also, sizeof(const char *));
                split_roles(b, p + a, e - a, &also);
                for (size_t i = 0; i < also.len && !b->err; i++) {
                    kr_official *o = kr_vec_push(&b->m->answering);
                    if (!o) b->err = KR_ENOMEM;
                    else o->role = KR_VEC_AT(&also, const char *, i);
                }
                kr_vec_free(&also);
            }
            a = sep ? e + 7 : len;
        }
    }
    free(all);
}

/* Whether the text holds one motion's "gehoord de beraadslaging" and no other (a debate holds
 * several). */
static bool one_motion(const kr_text *t)
{
    const char *p = kr_find_word(t->clean, t->body_end, "gehoord de beraadslaging", 24, 0);
    return p && !kr_contains(p + 24, (size_t)(t->clean + t->body_end - p - 24), "gehoord de beraadslaging", 24, 0);
}

/* An official who signs, from the match's groups: the title as printed ("minister"), "van" or
 * "voor", and the ministry (perhaps over two lines, "Volksgezondheid,\nWelzijn en Sport");
 * NULL when out of memory. */
static kr_official *signer(mb *b, const char *c, int g_title, int g_of, int g_ministry)
{
    size_t rs, rl, ps, pl, ms, ml;
    kr_group(&b->mt, g_title, &rs, &rl);
    kr_group(&b->mt, g_of, &ps, &pl);
    kr_group(&b->mt, g_ministry, &ms, &ml);
    while (ml && (c[ms + ml - 1] == ',' || c[ms + ml - 1] == ' ')) ml--;
    kr_official *o = kr_vec_push(&b->m->answering);
    const char *ministry = o ? keep(b, kr_fold_ws(c + ms, ml)) : NULL;
    char *role = NULL;
    /* "minister" as printed, capitalised as a title */
    if (!ministry || asprintf(&role, "%c%.*s %.*s %s", c[rs] & ~0x20, (int)rl - 1, c + rs + 1, (int)pl, c + ps, ministry) < 0) {
        b->err = KR_ENOMEM;
        return NULL;
    }
    o->role = keep(b, role);
    o->ministry = ministry;
    return o;
}

/* The official who signs a letter: "De Minister van Justitie en Veiligheid,\n\nD. Yeşilgöz-Zegerius",
 * also on one line as web pages print it ("…, W. Koolmees"); with name_first, also the name over
 * the title, as some letters sign ("Carola Schouten\n\nMinister van Landbouw, …"). */
static void read_signature(mb *b, const char *c, size_t head, bool name_first)
{
    size_t ns, nl;
    if (kr_re_find(&pats[M_SIGN], c, head, 0, &b->mt, false)) {
        kr_official *o = signer(b, c, 1, 2, 3);
        if (!o) return;
        /* "D. Yeşilgöz-Zegerius", "D.M. van Weel": the surname after the initials */
        kr_group(&b->mt, 4, &ns, &nl);
        const char *nm = c + ns, *ne = nm + nl;
        while (ne > nm && ne[-1] == ' ') ne--;
        const char *p = nm;
        while (p < ne) {
            const char *w = p;
            while (p < ne && *p != ' ') p++;
            bool initials = p - w <= 12 && p[-1] == '.';
            for (const char *q = w; q < p && initials; q++) initials = *q == '.' || (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z');
            if (!initials) {
                p = w;
                break;
            }
            while (p < ne && *p == ' ') p++;
        }
        o->name = keep(b, kr_strndup(p, (size_t)(ne - p)));
    } else if (name_first && kr_re_find(&pats[M_SIGN_NAME_FIRST], c, head, 0, &b->mt, false)) {
        kr_official *o = signer(b, c, 2, 3, 4);
        if (!o) return;
        /* the surname: after the first name ("Carola Schouten"), particles kept ("Mark van Dam") */
        kr_group(&b->mt, 1, &ns, &nl);
        const char *nm = c + ns, *sp = memchr(nm, ' ', nl);
        o->name = keep(b, sp ? kr_strndup(sp + 1, nl - (size_t)(sp + 1 - nm)) : kr_strndup(nm, nl));
    }
}

/* Whether a line of c[0..n) is a speaker's ("De voorzitter:", "Minister Keijzer:"): M_DEBATE
 * needs a line that ends in a colon, so only those lines are tried, each on its own. */
static bool has_speaker_line(mb *b, const char *c, size_t n)
{
    for (const char *p = c; (p = memchr(p, ':', (size_t)(c + n - p))); p++) {
        if (p + 1 < c + n && p[1] != '\n') continue;
        const char *ls = p;
        while (ls > c && ls[-1] != '\n') ls--;
        if (kr_re_find(&pats[M_DEBATE], ls, (size_t)(p + 1 - ls), 0, &b->mt, false)) return true;
    }
    return false;
}

/* Where M_LETTER_SUBJECT can first match in c[0, n), or n where it cannot: the match holds
 * "Beantwoording" or "Antwoorden" right after its start ("Onderwerp" or a line's) and white space,
 * so it starts no earlier than nine bytes before the white space before the first of them (any
 * byte beyond ASCII taken for white space, as \s may be). */
static size_t letter_subject_from(const char *c, size_t n)
{
    const char *a = kr_find_word(c, n, "Beantwoording", 13, 0), *b = kr_find_word(c, n, "Antwoorden", 10, 0);
    const char *w = !a ? b : !b || a < b ? a : b;
    if (!w) return n;
    size_t j = (size_t)(w - c);
    while (j > 0 && (kr_is_space((unsigned char)c[j - 1]) || (unsigned char)c[j - 1] >= 0x80)) j--;
    return j > 9 ? j - 9 : 0;
}

/* The folded opening, folded on first use (NULL, with b->err set, when out of memory). */
static const char *fold_head(mb *b, char **folded, size_t *fhead, const char *clean, size_t head)
{
    if (!*folded) {
        if (!(*folded = kr_fold_ws(clean, head))) {
            b->err = KR_ENOMEM;
            return NULL;
        }
        *fhead = strlen(*folded);
    }
    return *folded;
}

int kr_meta_build(kr_meta *m, const kr_text *t, const kr_ref *refs, size_t n_refs, const kr_question *qs, size_t n_qs,
                  const char *doc_id)
{
    memset(m, 0, sizeof *m);
    kr_vec_init(&m->strings, sizeof(char *));
    kr_vec_init(&m->askers, sizeof(kr_person));
    kr_vec_init(&m->addr, sizeof(const char *));
    kr_vec_init(&m->answering, sizeof(kr_official));
    kr_vec_init(&m->postp, sizeof(const char *));
    m->info.delay_days = -1;
    m->info.late = -1;
    pthread_once(&once, compile_all);
    if (once_rc) return once_rc;
    mb b = {.m = m, .t = t};
    if (kr_match_init(&b.mt)) return kr_fail(KR_ENOMEM, "out of memory");
    /* the opening, with its white space folded: headings break over lines anywhere. It is folded
     * only for a pattern whose words stand in it (folding changes white space alone). */
    size_t head = t->body_end < KR_OPENING ? t->body_end : KR_OPENING;
    char *folded = NULL;
    const char *c = NULL;
    size_t fhead = 0;
#define HAS(word) kr_contains(t->clean, head, word, sizeof word - 1, 0)
#define FOLDED() ((c = fold_head(&b, &folded, &fhead, t->clean, head)) != NULL)
    size_t head_end = t->body_end; /* in the clean text: where the first question starts */
    size_t subj_from;
    kr_docinfo *in = &m->info;
    in->type = "other";
    in->questions = n_qs;
    if (HAS("Vragen") && FOLDED() && kr_re_find(&pats[M_VRAGEN], c, fhead, 0, &b.mt, false)) {
        in->type = "kamervragen";
        size_t s, n;
        kr_group(&b.mt, 1, &s, &n);
        parse_askers(&b, c + s, n);
        kr_group(&b.mt, 2, &s, &n);
        parse_addressees(&b, c + s, n);
        in->subject = grp_folded(&b, c, 3);
        in->submitted = iso_of(&b, c, 4);
        size_t after = b.mt.ov[1];
        if (kr_re_find(&pats[M_ANTWOORD], c, fhead, after, &b.mt, false)) {
            in->mededeling = c[b.mt.ov[0]] == 'M';
            kr_group(&b.mt, 2, &s, &n);
            parse_answering(&b, c + s, n);
            in->received = iso_of(&b, c, 3);
        }
    } else if (HAS("(ontvangen") && FOLDED() && kr_re_find(&pats[M_ANTWOORD], c, fhead, 0, &b.mt, false) &&
               b.mt.ov[0] < 400 && (n_qs > 0 || c[b.mt.ov[0]] == 'M')) {
        /* the answers as the ministry writes them, before the Aanhangsel prints the questions above
         * them: "AH 604 / 2024Z18294 / Antwoord van minister Van Weel (Justitie en Veiligheid)
         * (ontvangen 20 november 2024)", then each question and its answer */
        in->type = "kamervragen";
        in->mededeling = c[b.mt.ov[0]] == 'M';
        size_t s, n;
        kr_group(&b.mt, 2, &s, &n);
        parse_answering(&b, c + s, n);
        in->received = iso_of(&b, c, 3);
    } else if (kr_contains(t->clean, head, "commissie", 9, 0) && FOLDED() && kr_re_find(&pats[M_SO_OPEN], c, fhead, 0, &b.mt, false)) {
        in->type = "schriftelijk-overleg";
        size_t s, n;
        kr_group(&b.mt, 2, &s, &n);
        parse_addressees(&b, c + s, n);
        in->subject = grp_folded(&b, c, 3);
        if (kr_re_find(&pats[M_SO_PUT], c, fhead, 0, &b.mt, false)) in->submitted = iso_of(&b, c, 1);
        if (kr_re_find(&pats[M_SO_LETTER], c, fhead, 0, &b.mt, false)) in->received = iso_of(&b, c, 1);
        /* the askers are the party sections */
        for (size_t i = 0; i < n_qs; i++) {
            if (!qs[i].party) continue;
            bool seen = false;
            for (size_t k = 0; k < m->askers.len; k++)
                seen |= strcmp(KR_VEC_AT(&m->askers, kr_person, k).party, qs[i].party) == 0;
            if (!seen) add_person(&b, NULL, 0, qs[i].party, strlen(qs[i].party));
        }
    } else if ((kr_contains(t->clean, head, "SCHRIFTELIJK OVERLEG", 20, 10) ||
                kr_contains(t->clean, head, "erslag van een schriftelijk overleg", 35, 25)) && /* by their J and j */
               FOLDED()) {
        /* a report of a written consultation that opens otherwise: the Eerste Kamer's */
        in->type = "schriftelijk-overleg";
        size_t s, n;
        if (kr_re_find(&pats[M_SO_PUT], c, fhead, 0, &b.mt, false)) {
            in->submitted = iso_of(&b, c, 1);
            if (kr_group(&b.mt, 2, &s, &n)) parse_addressees(&b, c + s, n);
        } else if (kr_re_find(&pats[M_SO_PUT_TO], c, fhead, 0, &b.mt, false)) {
            in->submitted = iso_of(&b, c, 2);
            kr_group(&b.mt, 1, &s, &n);
            parse_addressees(&b, c + s, n);
        }
        if (kr_re_find(&pats[M_SO_LETTER], c, fhead, 0, &b.mt, false)) in->received = iso_of(&b, c, 1);
    } else if (kr_list_of_questions(t->clean, head) && FOLDED()) {
        in->type = "lijst-van-vragen";
        size_t s, n;
        if (kr_re_find(&pats[M_LIST_OPEN], c, fhead, 0, &b.mt, false)) {
            kr_group(&b.mt, 1, &s, &n);
            parse_addressees(&b, c + s, n);
            in->subject = grp_folded(&b, c, 2);
        }
        if (kr_re_find(&pats[M_LIST_PUT], c, fhead, 0, &b.mt, false)) {
            in->submitted = iso_of(&b, c, 1);
            kr_group(&b.mt, 2, &s, &n);
            if (!m->addr.len) parse_addressees(&b, c + s, n);
        }
        if (kr_re_find(&pats[M_LIST_LETTER], c, fhead, 0, &b.mt, false)) in->received = iso_of(&b, c, 1);
    } else if (kr_contains(t->clean, head, "amervragen", 10, 4) && /* words the pattern cannot do without */
               (subj_from = letter_subject_from(t->clean, head)) < head &&
               kr_re_find(&pats[M_LETTER_SUBJECT], t->clean, head, subj_from, &b.mt, false)) {
        in->type = "antwoordbrief";
        size_t s, n;
        const char *cl = t->clean;
        bool by = kr_group(&b.mt, 1, &s, &n);
        if (by) parse_askers(&b, cl + s, n);
        bool to = kr_group(&b.mt, 2, &s, &n);
        if (to) parse_addressees(&b, cl + s, n);
        char *subj = kr_fold_ws(cl + b.mt.ov[6], b.mt.ov[7] - b.mt.ov[6]);
        if (subj) {
            size_t sl = strlen(subj);
            while (sl && (subj[sl - 1] == '.' || subj[sl - 1] == ' ')) subj[--sl] = '\0';
            /* "… ggz (2024Z07812, ingezonden 2 mei 2024)": the bracket is no part of the subject */
            char *br = sl && subj[sl - 1] == ')' ? strrchr(subj, '(') : NULL;
            if (br && br > subj && (strstr(br, "ingezonden") || (strlen(br) >= 11 && kr_is_digit((unsigned char)br[1]) && br[5] == 'Z'))) {
                while (br > subj && br[-1] == ' ') br--;
                *br = '\0';
            }
        }
        in->subject = keep(&b, subj);
        if (FOLDED() && kr_re_find(&pats[M_LETTER_DATE], c, fhead, 0, &b.mt, false)) in->received = iso_of(&b, c, 1);
        if (FOLDED() && kr_re_find(&pats[M_LETTER_ASKED], c, fhead, 0, &b.mt, false))
            in->submitted = iso_of(&b, c, kr_group(&b.mt, 1, &s, &n) ? 1 : 2);
        /* a subject without the askers: the letter's opening names them */
        if (!by && FOLDED() && kr_re_find(&pats[M_LETTER_BY], c, fhead, 0, &b.mt, false) && kr_group(&b.mt, 1, &s, &n))
            parse_askers(&b, c + s, n);
        /* a subject without "aan …": the letter's opening says to whom the questions went */
        if (!to && FOLDED() && kr_re_find(&pats[M_LETTER_TO], c, fhead, 0, &b.mt, false) && kr_group(&b.mt, 1, &s, &n))
            parse_addressees(&b, c + s, n);
        c = t->clean; /* the signature is a matter of lines */
        read_signature(&b, c, head, false);
        if (FOLDED() && kr_re_find(&pats[M_MEDE], folded, fhead, 0, &b.mt, false)) {
            kr_official *o = kr_vec_push(&m->answering);
            if (o) {
                char *role = kr_fold_ws(folded + b.mt.ov[2], b.mt.ov[3] - b.mt.ov[2]);
                if (role && role[0] >= 'a') role[0] = (char)(role[0] - 32);
                o->role = keep(&b, role);
            }
        }
    } else if (n_qs > 0 && (kr_contains(t->clean, head, "antwoorden op de vragen", 23, 3) ||
                            kr_contains(t->clean, head, "beantwoording van de vragen", 27, 5))) { /* by their w */
        /* a minister's letter that answers a committee's questions ("Hierbij zend ik u de
         * antwoorden op de vragen over het jaarverslag …"): who signs it answers */
        in->type = "antwoordbrief";
        read_signature(&b, t->clean, head, true);
        if (FOLDED() && kr_re_find(&pats[M_LETTER_DATE], c, fhead, 0, &b.mt, false)) in->received = iso_of(&b, c, 1);
        /* "… de antwoorden op de vragen van het lid Wassenberg (PvdD) over … (kenmerk 2019Z00658,
         * ingezonden 17 januari 2019)" */
        size_t s, n;
        if (FOLDED() && kr_re_find(&pats[M_LETTER_BY], c, fhead, 0, &b.mt, false) && kr_group(&b.mt, 1, &s, &n))
            parse_askers(&b, c + s, n);
        if (FOLDED() && kr_re_find(&pats[M_LETTER_ASKED], c, fhead, 0, &b.mt, false))
            in->submitted = iso_of(&b, c, kr_group(&b.mt, 1, &s, &n) ? 1 : 2);
    } else if ((HAS("MOTIE VAN") || HAS("Motie")) && /* its words */
               kr_re_find(&pats[M_MOTION], t->clean, head, 0, &b.mt, false) && n_qs == 0 &&
               (strncmp(doc_id, "kst-", 4) == 0 || (strncmp(doc_id, "h-", 2) != 0 && one_motion(t) &&
                                                    !has_speaker_line(&b, t->clean, t->body_end)))) {
        in->type = "motion";
    } else if (HAS("Besluitenlijst") && FOLDED() && kr_re_find(&pats[M_DECISIONS], c, fhead, 0, &b.mt, false)) {
        in->type = "decision-list";
    } else if (has_speaker_line(&b, t->clean, t->body_end) || strncmp(doc_id, "h-", 2) == 0) {
        in->type = "debate";
    }
    /* the heading ends where the first question starts */
    for (size_t i = 0; i < n_qs; i++)
        if (qs[i].start < t->orig_len) {
            head_end = kr_text_clean_from(t, qs[i].start, t->body_end);
            break;
        }
    /* postponement notices: Aanhangsel references in the heading ("Zie ook Aanhangsel …") */
    size_t last_end = SIZE_MAX;
    for (size_t i = 0; i < n_refs; i++) {
        if (refs[i].kind != KR_KIND_AANHANGSEL || !refs[i].target || refs[i].footnote) continue;
        if (head_end < t->body_end && refs[i].start >= kr_text_orig(t, head_end)) continue;
        /* "Zie ook" before it; not the earlier answers a question is about ("over de antwoorden
         * op eerdere vragen (Aanhangsel Handelingen, …, nr. 1913)") */
        size_t cs = kr_text_clean_from(t, refs[i].start, t->body_end);
        while (cs > 0 && (kr_is_space((unsigned char)t->clean[cs - 1]) || t->clean[cs - 1] == ':')) cs--;
        /* or the next number of its list ("nrs. 1101 en 1203") */
        bool listed = last_end != SIZE_MAX && refs[i].start >= last_end && refs[i].start - last_end <= 6;
        if (!listed && (cs < 7 || strncasecmp(t->clean + cs - 7, "zie ook", 7) != 0)) continue;
        last_end = refs[i].end;
        const char **slot = kr_vec_push(&m->postp);
        if (!slot) {
            b.err = KR_ENOMEM;
            break;
        }
        *slot = refs[i].target;
    }
    /* a Mededeling pointing to a letter: answered elsewhere */
    bool delay_notice = false;
    c = t->clean;
    const char *med = kr_find_word(c, t->len, "\nMededeling\n", 12, 1); /* (no NUL in a clean text) */
    if (in->mededeling || med) {
        in->mededeling = 1;
        size_t from = med ? (size_t)(med - c) : 0;
        /* "… niet binnen de gebruikelijke termijn kunnen worden beantwoord": a notice of delay,
         * received when no answer was: no answer's delay */
        delay_notice = kr_contains(c + from, t->len - from, "niet binnen de", 14, 6) &&
                       kr_contains(c + from, t->len - from, "termijn", 7, 0);
        for (size_t i = 0; i < n_refs; i++)
            if (refs[i].kind == KR_KIND_KAMERSTUK && refs[i].target && !refs[i].footnote && refs[i].start >= kr_text_orig(t, from)) {
                in->answered_elsewhere = refs[i].target;
                break;
            }
    }
    long a = kr_iso_days(in->submitted), z = kr_iso_days(in->received);
    if (a != LONG_MIN && z != LONG_MIN && z >= a && !delay_notice) {
        in->delay_days = z - a;
        in->late = in->delay_days > (m->postp.len ? 42 : 21);
    }
    in->askers = m->askers.data;
    in->n_askers = m->askers.len;
    in->addressees = m->addr.data;
    in->n_addressees = m->addr.len;
    in->answering = m->answering.data;
    in->n_answering = m->answering.len;
    in->postponements = m->postp.data;
    in->n_postponements = m->postp.len;
#undef HAS
#undef FOLDED
    kr_match_free(&b.mt);
    free(folded);
    if (b.err) {
        kr_meta_free(m);
        return kr_fail(KR_ENOMEM, "out of memory");
    }
    return 0;
}

void kr_meta_free(kr_meta *m)
{
    for (size_t i = 0; i < m->strings.len; i++) free(KR_VEC_AT(&m->strings, char *, i));
    kr_vec_free(&m->strings);
    kr_vec_free(&m->askers);
    kr_vec_free(&m->addr);
    kr_vec_free(&m->answering);
    kr_vec_free(&m->postp);
    memset(m, 0, sizeof *m);
}
