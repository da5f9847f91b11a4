#include "model/templates/templates.h"

namespace codeboom::templates {

// Emerson, Nabatchi & Balogh (2012), "An integrative framework for collaborative governance",
// JPART 22(1): the system context, the drivers, the three components of collaboration dynamics
// (with their elements, Table 1 of the article), collaborative actions, outcomes (impacts) and
// adaptation. The Dutch names follow the labour-market report (seed 001, §2.2 and ch. 4), which
// keeps the three dynamics in English and calls the second driver "timing".
CodebookTemplate emerson() {
    return {
        .name = "emerson",
        .title = {.nl = "Emerson: collaborative governance regime",
                  .en = "Emerson: collaborative governance regime"},
        .source = "Emerson, K., Nabatchi, T., & Balogh, S. (2012). An integrative framework for "
                  "collaborative governance. Journal of Public Administration Research and "
                  "Theory, 22(1), 1–29.",
        .roots = {
            {.name = "Systeemcontext",
             .labelNl = "Systeemcontext",
             .labelEn = "System context",
             .definition =
                 {.nl = "De bredere politieke, juridische, sociaaleconomische en maatschappelijke "
                        "omgeving waarin een samenwerking ontstaat en die kansen en beperkingen "
                        "schept, zoals wet- en regelgeving, de voorgeschiedenis van de partners, "
                        "politieke dynamiek en machtsverhoudingen (Emerson et al., 2012).",
                  .en = "The wider political, legal, socio-economic and societal setting in which "
                        "a collaboration arises and which creates opportunities and constraints, "
                        "such as laws and regulations, the partners' history, political dynamics "
                        "and power relations (Emerson et al., 2012)."},
             .inclusion = {.nl = "Omstandigheden buiten de samenwerking die haar ontstaan of "
                                 "verloop beïnvloeden en die de partners niet zelf bepalen.",
                           .en = "Conditions outside the collaboration that affect how it "
                                 "starts or unfolds and that the partners do not control."},
             .exclusion = {.nl = "Omstandigheden die uitdrukkelijk als aanleiding voor de "
                                 "samenwerking worden genoemd (→ Aanjagers); afspraken binnen de "
                                 "samenwerking (→ Capacity for joint action).",
                           .en = "Conditions named explicitly as the reason for collaborating (→ "
                                 "Aanjagers); arrangements within the collaboration (→ Capacity "
                                 "for joint action)."},
             .color = "#5f6f82",
             .children =
                 {
                     {.name = "Wet- en regelgeving",
                      .labelNl = "Wet- en regelgeving",
                      .labelEn = "Policy and legal frameworks",
                      .definition = {.nl = "Wetten, regels en beleidskaders van buiten de "
                                           "samenwerking die haar mogelijk maken of belemmeren, "
                                           "zoals verschillen tussen UWV- en gemeenteregels of de "
                                           "AVG.",
                                     .en = "Laws, rules and policy frameworks from outside the "
                                           "collaboration that enable or hinder it, such as "
                                           "differences between UWV and municipal rules or the "
                                           "GDPR."},
                      .inclusion = {.nl = "Externe regels en beleid die het werk van de "
                                          "samenwerking raken.",
                                    .en = "External rules and policies that affect the "
                                          "collaboration's work."},
                      .exclusion = {.nl = "Regels die de partners zelf afspreken (→ Capacity for "
                                          "joint action > Procedurele en institutionele "
                                          "afspraken).",
                                    .en = "Rules the partners agree among themselves (→ Capacity "
                                          "for joint action > Procedurele en institutionele "
                                          "afspraken)."}},
                     {.name = "Voorgeschiedenis",
                      .labelNl = "Voorgeschiedenis",
                      .labelEn = "Prior relations and history",
                      .definition = {.nl = "Eerdere samenwerking, conflicten of onbekendheid "
                                           "tussen de beoogde partners, en eerdere pogingen het "
                                           "probleem aan te pakken.",
                                     .en = "Earlier collaboration, conflict or unfamiliarity "
                                           "between the prospective partners, and earlier "
                                           "attempts to address the problem."},
                      .inclusion = {.nl = "Verwijzingen naar eerdere contacten, projecten of "
                                          "conflicten die de huidige samenwerking kleuren.",
                                    .en = "References to earlier contacts, projects or conflicts "
                                          "that colour the present collaboration."},
                      .exclusion = {.nl = "Vertrouwen dat in de huidige samenwerking groeit (→ "
                                          "Shared motivation > Wederzijds vertrouwen).",
                                    .en = "Trust growing within the present collaboration (→ "
                                          "Shared motivation > Wederzijds vertrouwen)."}},
                     {.name = "Politieke dynamiek",
                      .labelNl = "Politieke dynamiek",
                      .labelEn = "Political dynamics",
                      .definition = {.nl = "Bestuurlijke en politieke ontwikkelingen, zoals "
                                           "prioriteiten van provincie of rijk, verkiezingen en "
                                           "bestuurswisselingen, die de samenwerking beïnvloeden.",
                                     .en = "Administrative and political developments, such as "
                                           "provincial or national priorities, elections and "
                                           "changes of office-holders, that affect the "
                                           "collaboration."},
                      .inclusion = {.nl = "Politieke steun, tegenwerking of wisselende "
                                          "beleidsaandacht rond het thema van de samenwerking.",
                                    .en = "Political support, opposition or shifting policy "
                                          "attention around the collaboration's theme."},
                      .exclusion = {.nl = "Een subsidie of beleidskans die als directe aanleiding "
                                          "wordt genoemd (→ Aanjagers > Timing en prikkels).",
                                    .en = "A subsidy or policy opportunity named as the direct "
                                          "reason to start (→ Aanjagers > Timing en prikkels)."}},
                     {.name = "Machtsverhoudingen",
                      .labelNl = "Machtsverhoudingen",
                      .labelEn = "Power relations",
                      .definition = {.nl = "De verdeling van macht, middelen en zeggenschap "
                                           "tussen partijen in de omgeving van de samenwerking, "
                                           "zoals tussen grote en kleine werkgevers of tussen "
                                           "publieke en private partijen.",
                                     .en = "The distribution of power, resources and say among "
                                           "parties around the collaboration, such as between "
                                           "large and small employers or between public and "
                                           "private parties."},
                      .inclusion = {.nl = "Ongelijke posities van partijen die bepalen wie "
                                          "meedoet en wie de toon zet.",
                                    .en = "Unequal positions of parties that decide who takes "
                                          "part and who sets the tone."},
                      .exclusion = {.nl = "De verdeling van middelen binnen de samenwerking (→ "
                                          "Capacity for joint action > Middelen).",
                                    .en = "The distribution of resources within the "
                                          "collaboration (→ Capacity for joint action > "
                                          "Middelen)."}},
                 }},
            {.name = "Aanjagers",
             .labelNl = "Aanjagers",
             .labelEn = "Drivers",
             .definition =
                 {.nl = "Omstandigheden in de systeemcontext die de samenwerking op gang brengen "
                        "en richting geven: leiderschap, consequentiële prikkels (timing), "
                        "onderlinge afhankelijkheid en onzekerheid. Zonder ten minste één aanjager "
                        "komt samenwerking zelden tot stand (Emerson et al., 2012).",
                  .en = "Conditions in the system context that initiate collaboration and give "
                        "it direction: leadership, consequential incentives (timing), "
                        "interdependence and uncertainty. Without at least one driver, "
                        "collaboration rarely starts (Emerson et al., 2012)."},
             .inclusion = {.nl = "Redenen waarom de samenwerking is gestart of waarom een partij "
                                 "is aangehaakt; codeer bij voorkeur op een van de vier "
                                 "sub-codes.",
                           .en = "Reasons why the collaboration started or why a party joined; "
                                 "prefer one of the four sub-codes."},
             .exclusion = {.nl = "Leiding tijdens de samenwerking (→ Capacity for joint action "
                                 "> Leiderschap); omstandigheden die niet als aanleiding worden "
                                 "genoemd (→ Systeemcontext).",
                           .en = "Leadership during the collaboration (→ Capacity for joint "
                                 "action > Leiderschap); conditions not named as a reason to "
                                 "start (→ Systeemcontext)."},
             .color = "#c4455a",
             .children =
                 {
                     {.name = "Leiderschap",
                      .labelNl = "Initiërend leiderschap",
                      .labelEn = "Initiating leadership",
                      .definition = {.nl = "Een persoon of organisatie die in de positie is de "
                                           "samenwerking te starten, middelen en steun verwerft, "
                                           "de opstartkosten wil dragen en openstaat voor de "
                                           "belangen van anderen (de trekker).",
                                     .en = "A person or organisation in a position to initiate "
                                           "the collaboration, secure resources and support, bear "
                                           "the start-up costs and remain open to others' "
                                           "interests (the champion)."},
                      .inclusion = {.nl = "Wie het initiatief nam of bij de start de kar trok; "
                                          "afhankelijkheid van één trekker.",
                                    .en = "Who took the initiative or pulled the cart at the "
                                          "start; dependence on one champion."},
                      .exclusion = {.nl = "Leiding tijdens de uitvoering (→ Capacity for joint "
                                          "action > Leiderschap).",
                                    .en = "Leadership during implementation (→ Capacity for joint "
                                          "action > Leiderschap)."}},
                     {.name = "Timing en prikkels",
                      .labelNl = "Consequentiële prikkels (timing)",
                      .labelEn = "Consequential incentives",
                      .definition = {.nl = "Interne of externe prikkels die handelen urgent maken: "
                                           "een probleem, kans of dreiging waarbij niet handelen "
                                           "schadelijker is dan handelen, zoals krapte op de "
                                           "arbeidsmarkt of een nieuwe subsidieregeling.",
                                     .en = "Internal or external incentives that make action "
                                           "urgent: a problem, opportunity or threat where not "
                                           "acting is more harmful than acting, such as a tight "
                                           "labour market or a new subsidy scheme."},
                      .inclusion = {.nl = "Urgentie, kansen of dreigingen die als aanleiding voor "
                                          "de samenwerking worden genoemd.",
                                    .en = "Urgency, opportunities or threats named as the reason "
                                          "for collaborating."},
                      .exclusion = {.nl = "Een blijvende wederzijdse afhankelijkheid (→ "
                                          "Onderlinge afhankelijkheid).",
                                    .en = "A lasting mutual dependence (→ Onderlinge "
                                          "afhankelijkheid)."}},
                     {.name = "Onderlinge afhankelijkheid",
                      .labelNl = "Onderlinge afhankelijkheid",
                      .labelEn = "Interdependence",
                      .definition = {.nl = "Het besef dat partijen hun eigen doelen niet alleen "
                                           "kunnen bereiken en elkaar daarvoor nodig hebben.",
                                     .en = "The recognition that parties cannot achieve their own "
                                           "goals alone and need one another to do so."},
                      .inclusion = {.nl = "Uitspraken dat een partij de ander nodig heeft, of dat "
                                          "samen bereikt kan worden wat alleen niet lukt.",
                                    .en = "Statements that one party needs the other, or that "
                                          "together they achieve what none can alone."},
                      .exclusion = {.nl = "Vertrouwen en commitment die daaruit groeien (→ Shared "
                                          "motivation).",
                                    .en = "Trust and commitment growing from it (→ Shared "
                                          "motivation)."}},
                     {.name = "Onzekerheid",
                      .labelNl = "Onzekerheid",
                      .labelEn = "Uncertainty",
                      .definition = {.nl = "Onzekerheid over de aard van een maatschappelijk "
                                           "probleem of de oplossing ervan, die partijen ertoe "
                                           "brengt kennis en risico's te delen.",
                                     .en = "Uncertainty about the nature of a public problem or "
                                           "its solution, which leads parties to share knowledge "
                                           "and risks."},
                      .inclusion = {.nl = "Onduidelijkheid over toekomstige ontwikkelingen, zoals "
                                          "technologie of de arbeidsmarkt, als reden om samen te "
                                          "werken.",
                                    .en = "Lack of clarity about future developments, such as "
                                          "technology or the labour market, as a reason to "
                                          "collaborate."},
                      .exclusion = {.nl = "Onzekerheid over de samenwerking zelf (→ Shared "
                                          "motivation of Capacity for joint action).",
                                    .en = "Uncertainty about the collaboration itself (→ Shared "
                                          "motivation or Capacity for joint action)."}},
                 }},
            {.name = "Principled engagement",
             .labelNl = "Principiële betrokkenheid",
             .labelEn = "Principled engagement",
             .definition =
                 {.nl = "Het proces waarin partijen met uiteenlopende belangen over "
                        "organisatiegrenzen heen met elkaar in gesprek gaan om problemen op te "
                        "lossen en waarde te creëren: ontdekken, definiëren, beraadslagen en "
                        "besluiten (Emerson et al., 2012).",
                  .en = "The process by which parties with differing interests engage across "
                        "organisational boundaries to solve problems and create value: discovery, "
                        "definition, deliberation and determination (Emerson et al., 2012)."},
             .inclusion = {.nl = "Overleg, het verkennen van belangen, het zoeken naar een "
                                 "gemeenschappelijke probleemdefinitie en doelen, en de kwaliteit "
                                 "van het gesprek.",
                           .en = "Consultation, exploring interests, seeking a common problem "
                                 "definition and goals, and the quality of the conversation."},
             .exclusion = {.nl = "Vertrouwen en commitment als uitkomst van het gesprek (→ Shared "
                                 "motivation); vastgelegde besluitvormingsregels (→ Capacity for "
                                 "joint action).",
                           .en = "Trust and commitment as a result of the conversation (→ Shared "
                                 "motivation); laid-down decision rules (→ Capacity for joint "
                                 "action)."},
             .color = "#2a9d8f",
             .children =
                 {
                     {.name = "Ontdekken",
                      .labelNl = "Ontdekken",
                      .labelEn = "Discovery",
                      .definition = {.nl = "Het verkennen en uitwisselen van belangen, zorgen en "
                                           "waarden van de partijen en het gezamenlijk verzamelen "
                                           "en analyseren van relevante informatie.",
                                     .en = "Revealing and exchanging the parties' interests, "
                                           "concerns and values, and jointly gathering and "
                                           "analysing relevant information."},
                      .inclusion = {.nl = "Partijen leren elkaars belangen en standpunten kennen.",
                                    .en = "Parties learn each other's interests and positions."},
                      .exclusion = {.nl = "Het vaststellen van een gedeeld doel (→ Definiëren).",
                                    .en = "Settling on a shared goal (→ Definiëren)."}},
                     {.name = "Definiëren",
                      .labelNl = "Definiëren",
                      .labelEn = "Definition",
                      .definition = {.nl = "Het komen tot gedeelde betekenis: een "
                                           "gemeenschappelijke probleemdefinitie, gedeelde doelen "
                                           "en begrippen, en verwachtingen over elkaars inbreng.",
                                     .en = "Building shared meaning: a common problem definition, "
                                           "shared goals and concepts, and expectations about "
                                           "each other's contribution."},
                      .inclusion = {.nl = "Uitspraken over (het ontbreken van) een gezamenlijk "
                                          "beeld van probleem en doel.",
                                    .en = "Statements about a common view of problem and goal, or "
                                          "its absence."},
                      .exclusion = {.nl = "Het formeel nemen van besluiten (→ Besluiten).",
                                    .en = "Formally taking decisions (→ Besluiten)."}},
                     {.name = "Beraadslagen",
                      .labelNl = "Beraadslagen",
                      .labelEn = "Deliberation",
                      .definition = {.nl = "Het open, eerlijk en constructief uitwisselen van "
                                           "argumenten, inclusief het benoemen van "
                                           "meningsverschillen en het omgaan met conflict.",
                                     .en = "Open, candid and constructive exchange of arguments, "
                                           "including naming disagreements and handling "
                                           "conflict."},
                      .inclusion = {.nl = "De kwaliteit van het gesprek: openheid, korte lijnen, "
                                          "stevige discussie, verborgen agenda's.",
                                    .en = "The quality of the conversation: openness, short lines, "
                                          "robust debate, hidden agendas."},
                      .exclusion = {.nl = "Vertrouwen tussen personen (→ Shared motivation > "
                                          "Wederzijds vertrouwen).",
                                    .en = "Trust between persons (→ Shared motivation > "
                                          "Wederzijds vertrouwen)."}},
                     {.name = "Besluiten",
                      .labelNl = "Besluiten",
                      .labelEn = "Determination",
                      .definition = {.nl = "Het nemen van procedurele en inhoudelijke besluiten en "
                                           "het vastleggen van gezamenlijke keuzes.",
                                     .en = "Making procedural and substantive decisions and "
                                           "recording joint choices."},
                      .inclusion = {.nl = "Hoe en waar besluiten vallen, en of ze worden "
                                          "nagekomen.",
                                    .en = "How and where decisions are made, and whether they are "
                                          "honoured."},
                      .exclusion = {.nl = "De structuur waarin besloten wordt (→ Capacity for "
                                          "joint action > Procedurele en institutionele "
                                          "afspraken).",
                                    .en = "The structure in which decisions are made (→ Capacity "
                                          "for joint action > Procedurele en institutionele "
                                          "afspraken)."}},
                 }},
            {.name = "Shared motivation",
             .labelNl = "Gedeelde motivatie",
             .labelEn = "Shared motivation",
             .definition =
                 {.nl = "De interpersoonlijke en relationele kant van de samenwerking, die "
                        "zichzelf versterkt: wederzijds vertrouwen, wederzijds begrip, interne "
                        "legitimiteit en commitment (Emerson et al., 2012).",
                  .en = "The self-reinforcing interpersonal and relational side of collaboration: "
                        "mutual trust, mutual understanding, internal legitimacy and commitment "
                        "(Emerson et al., 2012)."},
             .inclusion = {.nl = "De relaties tussen de partners en hun bereidheid om door te "
                                 "gaan; codeer bij voorkeur op een van de vier sub-codes.",
                           .en = "The relations between partners and their willingness to carry "
                                 "on; prefer one of the four sub-codes."},
             .exclusion = {.nl = "Het inhoudelijke gesprek over belangen en doelen (→ Principled "
                                 "engagement).",
                           .en = "The substantive conversation about interests and goals (→ "
                                 "Principled engagement)."},
             .color = "#d98e1f",
             .children =
                 {
                     {.name = "Wederzijds vertrouwen",
                      .labelNl = "Wederzijds vertrouwen",
                      .labelEn = "Mutual trust",
                      .definition = {.nl = "Het vertrouwen dat partners betrouwbaar zijn en "
                                           "elkaars belangen meewegen; het groeit door "
                                           "face-to-face contact en tussentijdse resultaten.",
                                     .en = "Confidence that partners are reliable and take each "
                                           "other's interests into account; it grows through "
                                           "face-to-face contact and interim results."},
                      .inclusion = {.nl = "Uitspraken over (gebrek aan) vertrouwen, de "
                                          "persoonlijke klik en het nakomen van afspraken.",
                                    .en = "Statements about trust or distrust, personal rapport "
                                          "and keeping promises."},
                      .exclusion = {.nl = "Vertrouwen uit eerdere projecten als "
                                          "uitgangssituatie (→ Systeemcontext > "
                                          "Voorgeschiedenis).",
                                    .en = "Trust from earlier projects as a starting condition (→ "
                                          "Systeemcontext > Voorgeschiedenis)."}},
                     {.name = "Wederzijds begrip",
                      .labelNl = "Wederzijds begrip",
                      .labelEn = "Mutual understanding",
                      .definition = {.nl = "Begrip voor en respect van de standpunten en belangen "
                                           "van andere partners, ook als men het er niet mee eens "
                                           "is.",
                                     .en = "Understanding and respect for other partners' "
                                           "positions and interests, even when one disagrees with "
                                           "them."},
                      .inclusion = {.nl = "Besef dat andere partijen andere belangen en "
                                          "werkprocessen hebben.",
                                    .en = "Awareness that other parties have different interests "
                                          "and working processes."},
                      .exclusion = {.nl = "Het verkennen van die belangen in overleg (→ "
                                          "Principled engagement > Ontdekken).",
                                    .en = "Exploring those interests in consultation (→ "
                                          "Principled engagement > Ontdekken)."}},
                     {.name = "Interne legitimiteit",
                      .labelNl = "Interne legitimiteit",
                      .labelEn = "Internal legitimacy",
                      .definition = {.nl = "Het oordeel van de partners dat de samenwerking "
                                           "geloofwaardig en de moeite waard is, en het draagvlak "
                                           "ervoor binnen de eigen organisaties.",
                                     .en = "The partners' judgement that the collaboration is "
                                           "credible and worthwhile, and the support for it within "
                                           "their own organisations."},
                      .inclusion = {.nl = "Uitspraken over de geloofwaardigheid van de "
                                          "samenwerking en het meekrijgen van de eigen "
                                          "organisatie.",
                                    .en = "Statements about the collaboration's credibility and "
                                          "about bringing one's own organisation along."},
                      .exclusion = {.nl = "Persoonlijke toewijding van de betrokkenen (→ "
                                          "Commitment).",
                                    .en = "Personal dedication of those involved (→ "
                                          "Commitment)."}},
                     {.name = "Commitment",
                      .labelNl = "Commitment",
                      .labelEn = "Commitment",
                      .definition = {.nl = "De toewijding aan het gezamenlijke proces en de "
                                           "gedeelde doelen, ook verticaal in de eigen "
                                           "organisaties, zodat een partner niet wegvalt als de "
                                           "direct betrokkene vertrekt.",
                                     .en = "Dedication to the joint process and shared goals, "
                                           "also vertically within the partner organisations, so "
                                           "that a partner does not drop out when its contact "
                                           "person leaves."},
                      .inclusion = {.nl = "Inzet, betrokkenheid en de bereidheid tijd en moeite "
                                          "te investeren of door te zetten bij tegenslag.",
                                    .en = "Effort, involvement and willingness to invest time and "
                                          "effort or to persevere after setbacks."},
                      .exclusion = {.nl = "Het inbrengen van geld of mensen (→ Capacity for joint "
                                          "action > Middelen).",
                                    .en = "Contributing money or staff (→ Capacity for joint "
                                          "action > Middelen)."}},
                 }},
            {.name = "Capacity for joint action",
             .labelNl = "Capaciteit voor gezamenlijk handelen",
             .labelEn = "Capacity for joint action",
             .definition =
                 {.nl = "De functionele elementen die samen het vermogen scheppen om gezamenlijk "
                        "te handelen: procedurele en institutionele afspraken, leiderschap, kennis "
                        "en middelen (Emerson et al., 2012).",
                  .en = "The functional elements that together create the ability to act "
                        "jointly: procedural and institutional arrangements, leadership, knowledge "
                        "and resources (Emerson et al., 2012)."},
             .inclusion = {.nl = "Wat de samenwerking in staat stelt (of verhindert) om te "
                                 "handelen; codeer bij voorkeur op een van de vier sub-codes.",
                           .en = "What enables (or prevents) the collaboration to act; prefer one "
                                 "of the four sub-codes."},
             .exclusion = {.nl = "De activiteiten zelf (→ Acties); relaties en vertrouwen (→ "
                                 "Shared motivation).",
                           .en = "The activities themselves (→ Acties); relations and trust (→ "
                                 "Shared motivation)."},
             .color = "#7355a0",
             .children =
                 {
                     {.name = "Procedurele en institutionele afspraken",
                      .labelNl = "Procedurele en institutionele afspraken",
                      .labelEn = "Procedural and institutional arrangements",
                      .definition = {.nl = "Afspraken over wie deelneemt, rollen, taken, "
                                           "verantwoordelijkheden, besluitvorming en "
                                           "overlegstructuren, zoals een stuurgroep en "
                                           "werkgroepen.",
                                     .en = "Arrangements about who takes part, roles, tasks, "
                                           "responsibilities, decision-making and meeting "
                                           "structures, such as a steering group and working "
                                           "groups."},
                      .inclusion = {.nl = "De mate van formalisering, heldere of onheldere "
                                          "afspraken en de communicatie tussen niveaus.",
                                    .en = "The degree of formalisation, clear or unclear "
                                          "arrangements and communication between levels."},
                      .exclusion = {.nl = "Wetten en regels van buiten (→ Systeemcontext > Wet- en "
                                          "regelgeving).",
                                    .en = "External laws and rules (→ Systeemcontext > Wet- en "
                                          "regelgeving)."}},
                     {.name = "Leiderschap",
                      .labelNl = "Leiderschap",
                      .labelEn = "Leadership",
                      .definition = {.nl = "Leiding tijdens de samenwerking: sturen, verbinden, "
                                           "bemiddelen, faciliteren en omgaan met ongelijkheid "
                                           "tussen partners.",
                                     .en = "Leadership during the collaboration: steering, "
                                           "connecting, mediating, facilitating and dealing with "
                                           "inequality among partners."},
                      .inclusion = {.nl = "Wie de samenwerking draaiende houdt en hoe die rol "
                                          "verandert.",
                                    .en = "Who keeps the collaboration going and how that role "
                                          "changes."},
                      .exclusion = {.nl = "Het initiatief bij de start (→ Aanjagers > "
                                          "Leiderschap).",
                                    .en = "The initiative at the start (→ Aanjagers > "
                                          "Leiderschap)."}},
                     {.name = "Kennis",
                      .labelNl = "Kennis",
                      .labelEn = "Knowledge",
                      .definition = {.nl = "Het delen, combineren en gezamenlijk ontwikkelen van "
                                           "kennis en informatie tussen de partners.",
                                     .en = "Sharing, combining and jointly developing knowledge "
                                           "and information among the partners."},
                      .inclusion = {.nl = "Kennisdeling, gedeelde informatie en het ontbreken van "
                                          "benodigde kennis.",
                                    .en = "Knowledge sharing, shared information and the lack of "
                                          "needed knowledge."},
                      .exclusion = {.nl = "Het verkennen van elkaars belangen (→ Principled "
                                          "engagement > Ontdekken).",
                                    .en = "Exploring each other's interests (→ Principled "
                                          "engagement > Ontdekken)."}},
                     {.name = "Middelen",
                      .labelNl = "Middelen",
                      .labelEn = "Resources",
                      .definition = {.nl = "Geld, tijd, personeel, capaciteit en netwerk die "
                                           "partners inbrengen, en de verdeling daarvan.",
                                     .en = "Money, time, staff, capacity and networks that "
                                           "partners contribute, and how these are distributed."},
                      .inclusion = {.nl = "Inbreng en verdeling van middelen, gebrek aan "
                                          "capaciteit ('loopvermogen') en afhankelijkheid van "
                                          "tijdelijke financiering.",
                                    .en = "Contribution and distribution of resources, lack of "
                                          "capacity and dependence on temporary funding."},
                      .exclusion = {.nl = "De voorwaarden van een externe subsidieregeling (→ "
                                          "Systeemcontext > Wet- en regelgeving).",
                                    .en = "The conditions of an external subsidy scheme (→ "
                                          "Systeemcontext > Wet- en regelgeving)."}},
                 }},
            {.name = "Acties",
             .labelNl = "Gezamenlijke acties",
             .labelEn = "Collaborative actions",
             .definition =
                 {.nl = "Wat de samenwerking gezamenlijk doet om haar doel te bereiken en wat de "
                        "partijen alleen niet hadden gekund, zoals opleidingen, projecten, pilots, "
                        "voorlichting of het delen van succesverhalen (Emerson et al., 2012).",
                  .en = "What the collaboration does jointly to reach its purpose and what the "
                        "parties could not have done alone, such as training programmes, "
                        "projects, pilots, outreach or sharing success stories (Emerson et al., "
                        "2012)."},
             .inclusion = {.nl = "Concrete activiteiten en interventies die vanuit de "
                                 "samenwerking worden uitgevoerd.",
                           .en = "Concrete activities and interventions carried out by the "
                                 "collaboration."},
             .exclusion = {.nl = "Resultaten en effecten van die activiteiten (→ Uitkomsten); "
                                 "overleg over wat te doen (→ Principled engagement).",
                           .en = "Results and effects of those activities (→ Uitkomsten); "
                                 "deliberation about what to do (→ Principled engagement)."},
             .color = "#3b7fc4",
             .children = {}},
            {.name = "Uitkomsten",
             .labelNl = "Uitkomsten",
             .labelEn = "Outcomes",
             .definition =
                 {.nl = "De resultaten van de gezamenlijke acties: de meetbare output en de "
                        "bedoelde en onbedoelde impact op de systeemcontext (Emerson et al., "
                        "2012).",
                  .en = "The results of the collaborative actions: measurable outputs and the "
                        "intended and unintended impacts on the system context (Emerson et al., "
                        "2012)."},
             .inclusion = {.nl = "Wat de samenwerking heeft opgeleverd of teweeggebracht; codeer "
                                 "bij voorkeur op Output of Impact.",
                           .en = "What the collaboration has produced or brought about; prefer "
                                 "Output or Impact."},
             .exclusion = {.nl = "Veranderingen in de samenwerking zelf naar aanleiding van "
                                 "resultaten (→ Adaptatie).",
                           .en = "Changes in the collaboration itself in response to results (→ "
                                 "Adaptatie)."},
             .color = "#4f9a45",
             .children =
                 {
                     {.name = "Output",
                      .labelNl = "Output",
                      .labelEn = "Outputs",
                      .definition = {.nl = "Direct zichtbare, meetbare resultaten, zoals het "
                                           "aantal deelnemers, behaalde diploma's of mensen die "
                                           "aan het werk zijn gegaan.",
                                     .en = "Directly visible, measurable results, such as the "
                                           "number of participants, diplomas obtained or people "
                                           "who found work."},
                      .inclusion = {.nl = "Tellingen en concrete opbrengsten van activiteiten.",
                                    .en = "Counts and concrete yields of activities."},
                      .exclusion = {.nl = "Bredere, vaak moeilijk meetbare effecten (→ Impact).",
                                    .en = "Wider, often hard-to-measure effects (→ Impact)."}},
                     {.name = "Impact",
                      .labelNl = "Impact",
                      .labelEn = "Impacts",
                      .definition = {.nl = "Bedoelde en onbedoelde veranderingen in de "
                                           "systeemcontext, positief of negatief, zoals effecten "
                                           "op de regionale arbeidsmarkt of het verdringen van "
                                           "andere groepen.",
                                     .en = "Intended and unintended changes in the system "
                                           "context, positive or negative, such as effects on the "
                                           "regional labour market or the displacement of other "
                                           "groups."},
                      .inclusion = {.nl = "Effecten buiten de directe deelnemers, ook "
                                          "neveneffecten.",
                                    .en = "Effects beyond the direct participants, including side "
                                          "effects."},
                      .exclusion = {.nl = "Directe, telbare opbrengsten (→ Output).",
                                    .en = "Direct, countable yields (→ Output)."}},
                 }},
            {.name = "Adaptatie",
             .labelNl = "Adaptatie",
             .labelEn = "Adaptation",
             .definition =
                 {.nl = "De aanpassing van de systeemcontext en van het samenwerkingsregime zelf "
                        "als reactie op de uitkomsten: leren van resultaten en de samenwerking "
                        "daarop bijstellen (Emerson et al., 2012).",
                  .en = "The adjustment of the system context and of the collaborative regime "
                        "itself in response to outcomes: learning from results and adapting the "
                        "collaboration accordingly (Emerson et al., 2012)."},
             .inclusion = {.nl = "Veranderingen die uitdrukkelijk worden verbonden aan eerdere "
                                 "resultaten of ervaringen.",
                           .en = "Changes explicitly linked to earlier results or experiences."},
             .exclusion = {.nl = "De resultaten zelf (→ Uitkomsten); veranderingen zonder "
                                 "verband met resultaten (→ Systeemcontext).",
                           .en = "The results themselves (→ Uitkomsten); changes unrelated to "
                                 "results (→ Systeemcontext)."},
             .color = "#a0622d",
             .children =
                 {
                     {.name = "Aanpassing van de samenwerking",
                      .labelNl = "Aanpassing van het samenwerkingsregime",
                      .labelEn = "Adaptation of the collaborative regime",
                      .definition = {.nl = "Veranderingen in doelen, partners, afspraken of "
                                           "werkwijze van de samenwerking naar aanleiding van "
                                           "behaalde of uitgebleven resultaten.",
                                     .en = "Changes in the collaboration's goals, partners, "
                                           "arrangements or way of working prompted by results "
                                           "achieved or missed."},
                      .inclusion = {.nl = "Nieuwe doelgroepen, partners of werkwijzen als les uit "
                                          "eerdere jaren.",
                                    .en = "New target groups, partners or methods as a lesson "
                                          "from earlier years."},
                      .exclusion = {.nl = "Veranderingen buiten de samenwerking (→ Aanpassing van "
                                          "de systeemcontext).",
                                    .en = "Changes outside the collaboration (→ Aanpassing van de "
                                          "systeemcontext)."}},
                     {.name = "Aanpassing van de systeemcontext",
                      .labelNl = "Aanpassing van de systeemcontext",
                      .labelEn = "Adaptation of the system context",
                      .definition = {.nl = "Blijvende veranderingen in beleid, regels, instituties "
                                           "of de arbeidsmarkt waaraan de samenwerking heeft "
                                           "bijgedragen.",
                                     .en = "Lasting changes in policy, rules, institutions or the "
                                           "labour market to which the collaboration has "
                                           "contributed."},
                      .inclusion = {.nl = "Structurele borging of navolging buiten de "
                                          "samenwerking.",
                                    .en = "Structural embedding or adoption beyond the "
                                          "collaboration."},
                      .exclusion = {.nl = "Eenmalige effecten (→ Uitkomsten > Impact).",
                                    .en = "One-off effects (→ Uitkomsten > Impact)."}},
                 }},
        }};
}

} // namespace codeboom::templates
