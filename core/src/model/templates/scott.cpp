#include "model/templates/templates.h"

namespace codeboom::templates {

// Scott (2014), Institutions and Organizations, 4th ed., ch. 3: the regulative, normative and
// cultural-cognitive pillars. Names and sub-codes follow the Leo report's theory and results
// sections (seed 000, §2.3 and §4.3) and the sample codebook, so the template merges with both.
CodebookTemplate scott() {
    return {
        .name = "scott",
        .title = {.nl = "Scott: de drie pijlers van instituties",
                  .en = "Scott: the three pillars of institutions"},
        .source = "Scott, W. R. (2014). Institutions and Organizations: Ideas, Interests, and "
                  "Identities (4th ed.). Sage.",
        .roots = {
            {.name = "Regulatief",
             .labelNl = "Regulatieve pijler",
             .labelEn = "Regulative pillar",
             .definition =
                 {.nl = "Formele regels, wetten en afspraken met een dwingend karakter die worden "
                        "vastgelegd, gecontroleerd en gehandhaafd, vaak door de overheid, en die "
                        "handelen mogelijk maken of begrenzen (Scott, 2014).",
                  .en = "Formal rules, laws and agreements of a binding nature that are laid "
                        "down, monitored and enforced, often by government, and that enable or "
                        "constrain action (Scott, 2014)."},
             .inclusion =
                 {.nl = "De respondent verwijst naar een geschreven regel, wet, contract, "
                        "verplichting of formele procedure, of naar toezicht en sancties die "
                        "naleving afdwingen (bijv. de sollicitatieplicht van het UWV of de AVG).",
                  .en = "The respondent refers to a written rule, law, contract, obligation or "
                        "formal procedure, or to monitoring and sanctions that enforce compliance "
                        "(e.g. the UWV job-search requirement or the GDPR)."},
             .exclusion =
                 {.nl = "Ongeschreven normen en verwachtingen over wat gepast is (→ Normatief) en "
                        "als vanzelfsprekend ervaren overtuigingen (→ Cultureel-cognitief). Een "
                        "regel die alleen als moreel appel wordt aangehaald, codeer je als "
                        "Normatief.",
                  .en = "Unwritten norms and expectations about what is appropriate (→ "
                        "Normatief) and taken-for-granted beliefs (→ Cultureel-cognitief). A rule "
                        "invoked only as a moral appeal is coded Normatief."},
             .color = "#2f6db5",
             .children =
                 {
                     {.name = "Wet- en regelgeving",
                      .labelNl = "Wet- en regelgeving",
                      .labelEn = "Laws and regulations",
                      .definition = {.nl =
                                         "Wetten en formele voorschriften van overheden en "
                                         "uitvoeringsinstanties, zoals de AVG, de Participatiewet "
                                         "of de regels van UWV en gemeenten.",
                                     .en = "Laws and formal regulations of governments and "
                                           "implementing agencies, such as the GDPR, the "
                                           "Participation Act or the rules of UWV and "
                                           "municipalities."},
                      .inclusion = {.nl = "Een genoemde wet, regeling of voorschrift en de "
                                          "gevolgen ervan voor leren, werk of samenwerking.",
                                    .en = "A named law, scheme or regulation and its consequences "
                                          "for learning, work or collaboration."},
                      .exclusion = {.nl = "Afspraken tussen werkgevers en werknemers (→ Cao en "
                                          "contracten); interne procedures van een organisatie of "
                                          "netwerk (→ Formele procedures).",
                                    .en = "Agreements between employers and employees (→ Cao en "
                                          "contracten); internal procedures of an organisation or "
                                          "network (→ Formele procedures)."}},
                     {.name = "Cao en contracten",
                      .labelNl = "Cao en contracten",
                      .labelEn = "Collective agreements and contracts",
                      .definition = {.nl = "Afspraken in cao's, arbeidscontracten en "
                                           "studiekostenbedingen die rechten en plichten rond "
                                           "scholing en ontwikkeling regelen.",
                                     .en = "Provisions in collective labour agreements, "
                                           "employment contracts and training-cost clauses that "
                                           "set rights and duties regarding training and "
                                           "development."},
                      .inclusion = {.nl = "Verwijzingen naar cao-afspraken, contractuele "
                                          "bepalingen of O&O-afspraken over leren en loopbaan.",
                                    .en = "References to collective agreements, contract terms or "
                                          "sector training-fund arrangements about learning and "
                                          "careers."},
                      .exclusion = {.nl = "Wettelijke regels (→ Wet- en regelgeving); wat een "
                                          "werkgever hoort te doen zonder dat het is vastgelegd "
                                          "(→ Normatief > Verantwoordelijkheid werkgever).",
                                    .en = "Statutory rules (→ Wet- en regelgeving); what an "
                                          "employer ought to do without it being laid down (→ "
                                          "Normatief > Verantwoordelijkheid werkgever)."}},
                     {.name = "Subsidies en fondsen",
                      .labelNl = "Subsidies en fondsen",
                      .labelEn = "Subsidies and funds",
                      .definition = {.nl = "Formele financieringsregelingen voor leren en "
                                           "samenwerking, zoals het STAP-budget, de SLIM-subsidie "
                                           "en O&O-fondsen, met hun voorwaarden en "
                                           "verantwoordingsplichten.",
                                     .en = "Formal funding schemes for learning and "
                                           "collaboration, such as the STAP budget, the SLIM "
                                           "subsidy and sector training funds, with their "
                                           "conditions and reporting duties."},
                      .inclusion = {.nl = "Ervaringen met het aanvragen van een regeling, de "
                                          "voorwaarden of de administratieve last ervan; subsidie "
                                          "als voorwaarde om te kunnen starten.",
                                    .en = "Experiences with applying for a scheme, its conditions "
                                          "or its administrative burden; funding as a condition "
                                          "for starting at all."},
                      .exclusion = {.nl = "Kosten als persoonlijke drempel zonder verwijzing naar "
                                          "een regeling; de verdeling van middelen tussen partners "
                                          "(→ Capacity for joint action > Middelen in het "
                                          "Emerson-sjabloon).",
                                    .en = "Costs as a personal barrier without reference to a "
                                          "scheme; the distribution of resources among partners "
                                          "(→ Capacity for joint action > Middelen in the Emerson "
                                          "template)."}},
                     {.name = "Juridische structuur",
                      .labelNl = "Juridische structuur",
                      .labelEn = "Legal structure",
                      .definition = {.nl = "De rechtsvorm en formele zeggenschap van een "
                                           "organisatie of samenwerkingsverband (stichting, "
                                           "coöperatie, convenant) en wat die toestaat of "
                                           "verhindert, bijvoorbeeld voor de onafhankelijkheid.",
                                     .en = "The legal form and formal control of an organisation "
                                           "or partnership (foundation, cooperative, covenant) "
                                           "and what it allows or prevents, for instance with "
                                           "respect to independence."},
                      .inclusion = {.nl = "Uitspraken over rechtsvorm, statuten, formeel "
                                          "eigenaarschap of bestuur en de gevolgen daarvan.",
                                    .en = "Statements about legal form, statutes, formal "
                                          "ownership or board and their consequences."},
                      .exclusion = {.nl = "Een informele rolverdeling zonder juridische basis (→ "
                                          "Normatief > Rolverwachtingen); werkafspraken (→ "
                                          "Formele procedures).",
                                    .en = "An informal division of roles without a legal basis (→ "
                                          "Normatief > Rolverwachtingen); working arrangements (→ "
                                          "Formele procedures)."}},
                     {.name = "Formele procedures",
                      .labelNl = "Formele procedures",
                      .labelEn = "Formal procedures",
                      .definition = {.nl = "Vastgelegde werkwijzen, protocollen en "
                                           "verantwoordingsvormen binnen een organisatie of "
                                           "netwerk, zoals evaluatieformulieren, intakes en "
                                           "besluitvormingsregels, en ook het bewust ontbreken "
                                           "daarvan (vrijblijvendheid).",
                                     .en = "Laid-down working methods, protocols and forms of "
                                           "accountability within an organisation or network, "
                                           "such as evaluation forms, intakes and decision rules, "
                                           "and also their deliberate absence (voluntariness)."},
                      .inclusion = {.nl =
                                        "Het bestaan, ontbreken of de wenselijkheid van "
                                        "vastgelegde procedures; de spanning tussen formalisering "
                                        "en slagkracht.",
                                    .en = "The existence, absence or desirability of laid-down "
                                          "procedures; the tension between formalisation and "
                                          "agility."},
                      .exclusion = {.nl = "Wetten en cao's (→ de andere sub-codes van "
                                          "Regulatief); gewoonten die niet zijn vastgelegd (→ "
                                          "Normatief).",
                                    .en = "Laws and collective agreements (→ the other sub-codes "
                                          "of Regulatief); habits that are not laid down (→ "
                                          "Normatief)."}},
                 }},
            {.name = "Normatief",
             .labelNl = "Normatieve pijler",
             .labelEn = "Normative pillar",
             .definition =
                 {.nl = "Normen en waarden uit de omgeving en de eigen (organisatie)context die "
                        "aangeven wat wenselijk en gepast is en zo het handelen sturen via sociale "
                        "verplichting en verwachtingen (Scott, 2014).",
                  .en = "Norms and values from the environment and from one's own "
                        "(organisational) context that specify what is desirable and appropriate, "
                        "guiding action through social obligation and expectations (Scott, "
                        "2014)."},
             .inclusion =
                 {.nl = "Uitspraken over wat hoort, wat van iemand verwacht wordt of wat een goede "
                        "werkgever, werknemer of organisatie doet; ongeschreven regels en "
                        "gewoonten; goed- of afkeuring door anderen.",
                  .en = "Statements about what is proper, what is expected of someone or what a "
                        "good employer, employee or organisation does; unwritten rules and "
                        "habits; approval or disapproval by others."},
             .exclusion =
                 {.nl = "Vastgelegde en afdwingbare regels (→ Regulatief); overtuigingen die zo "
                        "vanzelfsprekend zijn dat er geen keuze wordt gezien (→ "
                        "Cultureel-cognitief).",
                  .en = "Laid-down, enforceable rules (→ Regulatief); beliefs so self-evident "
                        "that no choice is seen (→ Cultureel-cognitief)."},
             .color = "#3a9a5b",
             .children =
                 {
                     {.name = "Verantwoordelijkheid werkgever",
                      .labelNl = "Verantwoordelijkheid werkgever",
                      .labelEn = "Employer responsibility",
                      .definition = {.nl = "Opvattingen en ongeschreven regels over wat een "
                                           "werkgever hoort te doen voor de ontwikkeling van "
                                           "medewerkers: tijd, geld, praktische steun en ruimte om "
                                           "te leren.",
                                     .en = "Views and unwritten rules about what an employer "
                                           "ought to do for employees' development: time, money, "
                                           "practical support and room to learn."},
                      .inclusion = {.nl = "Steun of gebrek aan steun van de werkgever voor leren "
                                          "en loopbaan, zoals de respondent die ervaart of "
                                          "verwacht.",
                                    .en = "Support, or the lack of it, from the employer for "
                                          "learning and careers, as the respondent experiences or "
                                          "expects it."},
                      .exclusion = {.nl = "Contractueel vastgelegde scholingsrechten (→ Regulatief "
                                          "> Cao en contracten).",
                                    .en = "Training rights laid down in contracts (→ Regulatief > "
                                          "Cao en contracten)."}},
                     {.name = "Eigen verantwoordelijkheid",
                      .labelNl = "Eigen verantwoordelijkheid",
                      .labelEn = "Personal responsibility",
                      .definition = {.nl = "De norm dat het individu zelf de regie voert over "
                                           "loopbaan en ontwikkeling (zelfregie), en de mate "
                                           "waarin respondenten die norm onderschrijven of "
                                           "betwisten.",
                                     .en = "The norm that individuals steer their own career and "
                                           "development (self-direction), and the extent to which "
                                           "respondents endorse or contest it."},
                      .inclusion = {.nl = "Uitspraken over zelfregie, zelf verantwoordelijk zijn "
                                          "voor de eigen employability of de verwachting dat "
                                          "anderen die verantwoordelijkheid dragen.",
                                    .en = "Statements about self-direction, being responsible for "
                                          "one's own employability, or the expectation that "
                                          "others carry that responsibility."},
                      .exclusion = {.nl = "Het als vanzelfsprekend ervaren beeld dat leren nooit "
                                          "ophoudt (→ Cultureel-cognitief > Referentiekader).",
                                    .en = "The taken-for-granted view that learning never stops "
                                          "(→ Cultureel-cognitief > Referentiekader)."}},
                     {.name = "Gedeelde normen",
                      .labelNl = "Gedeelde normen",
                      .labelEn = "Shared norms",
                      .definition = {.nl = "Waarden die partners in een organisatie of netwerk "
                                           "gezamenlijk onderschrijven en die hun keuzes sturen, "
                                           "zoals onafhankelijkheid, openheid, maatwerk en de "
                                           "focus op het individu.",
                                     .en = "Values that partners in an organisation or network "
                                           "jointly endorse and that guide their choices, such as "
                                           "independence, openness, tailored support and a focus "
                                           "on the individual."},
                      .inclusion = {.nl = "Expliciet genoemde waarden of principes waaraan een "
                                          "organisatie of netwerk zich houdt of behoort te "
                                          "houden.",
                                    .en = "Explicitly named values or principles that an "
                                          "organisation or network follows or ought to follow."},
                      .exclusion = {.nl = "Waarden van één persoon zonder verwijzing naar de groep "
                                          "(→ Eigen verantwoordelijkheid); vastgelegde "
                                          "gedragscodes (→ Regulatief > Formele procedures).",
                                    .en = "Values of one person without reference to the group "
                                          "(→ Eigen verantwoordelijkheid); codes of conduct laid "
                                          "down in writing (→ Regulatief > Formele procedures)."}},
                     {.name = "Rolverwachtingen",
                      .labelNl = "Rolverwachtingen",
                      .labelEn = "Role expectations",
                      .definition = {.nl = "Verwachtingen over hoe een persoon of organisatie "
                                           "zich in een bepaalde rol hoort te gedragen, zoals wat "
                                           "deelnemers verwachten van Leo, de gemeente of het UWV "
                                           "(bekendheid, zichtbaarheid, continuïteit).",
                                     .en = "Expectations of how a person or organisation in a "
                                           "given role ought to behave, such as what participants "
                                           "expect of Leo, the municipality or UWV (being known, "
                                           "visible and continuous)."},
                      .inclusion = {.nl = "Verbazing, teleurstelling of waardering omdat iemand "
                                          "wel of niet doet wat bij de rol hoort.",
                                    .en = "Surprise, disappointment or appreciation because "
                                          "someone does or does not do what the role requires."},
                      .exclusion = {.nl = "Wat specifiek een werkgever hoort te doen voor "
                                          "ontwikkeling (→ Verantwoordelijkheid werkgever).",
                                    .en = "What an employer in particular ought to do for "
                                          "development (→ Verantwoordelijkheid werkgever)."}},
                 }},
            {.name = "Cultureel-cognitief",
             .labelNl = "Cultureel-cognitieve pijler",
             .labelEn = "Cultural-cognitive pillar",
             .definition =
                 {.nl = "Gedeelde, vaak als vanzelfsprekend ervaren denkkaders en overtuigingen "
                        "waarmee mensen de werkelijkheid duiden; ze ontstaan in interactie en door "
                        "van elkaar te leren, en maken bepaald gedrag ondenkbaar of juist "
                        "vanzelfsprekend (Scott, 2014).",
                  .en = "Shared, often taken-for-granted frames and beliefs through which people "
                        "interpret reality; they emerge through interaction and learning from one "
                        "another, and make certain behaviour unthinkable or self-evident (Scott, "
                        "2014)."},
             .inclusion =
                 {.nl = "Uitspraken die laten zien hoe respondenten werk, leren en loopbaan "
                        "begrijpen, zoals 'life time employment' tegenover 'life time "
                        "employability', en veranderingen in dat begrip.",
                  .en = "Statements showing how respondents understand work, learning and "
                        "careers, such as 'lifetime employment' versus 'lifetime employability', "
                        "and changes in that understanding."},
             .exclusion = {.nl = "Uitspraken over wat hoort of verwacht wordt (→ Normatief) of "
                                 "over wat is voorgeschreven (→ Regulatief).",
                           .en = "Statements about what is proper or expected (→ Normatief) or "
                                 "about what is prescribed (→ Regulatief)."},
             .color = "#8657b8",
             .children =
                 {
                     {.name = "Referentiekader",
                      .labelNl = "Referentiekader",
                      .labelEn = "Frame of reference",
                      .definition = {.nl = "Het gedeelde beeld van werk en loopbaan dat mensen "
                                           "hanteren, zoals een baan voor het leven tegenover "
                                           "voortdurend werken aan de eigen employability, en "
                                           "verschuivingen daarin.",
                                     .en = "The shared image of work and careers that people hold, "
                                           "such as a job for life versus continuously working on "
                                           "one's employability, and shifts in it."},
                      .inclusion = {.nl = "Nieuwe inzichten, veranderd denken over de eigen "
                                          "loopbaan, of botsende beelden tussen groepen of "
                                          "generaties (bijv. over jobhoppen).",
                                    .en = "New insights, changed thinking about one's career, or "
                                          "clashing images between groups or generations (e.g. "
                                          "about job-hopping)."},
                      .exclusion = {.nl = "Opvattingen over wie verantwoordelijk is (→ Normatief "
                                          "> Eigen verantwoordelijkheid).",
                                    .en = "Views on who is responsible (→ Normatief > Eigen "
                                          "verantwoordelijkheid)."}},
                     {.name = "Leercultuur",
                      .labelNl = "Leercultuur",
                      .labelEn = "Learning culture",
                      .definition = {.nl = "De mate waarin leren in een organisatie, netwerk of "
                                           "beroepsgroep als normaal, gewaardeerd en "
                                           "vanzelfsprekend geldt, zoals 'learning by doing' en "
                                           "experimenteren met pilots.",
                                     .en = "The extent to which learning counts as normal, valued "
                                           "and self-evident in an organisation, network or "
                                           "occupation, such as learning by doing and "
                                           "experimenting with pilots."},
                      .inclusion = {.nl = "Beschrijvingen van hoe vanzelfsprekend leren, evalueren "
                                          "en experimenteren zijn in de dagelijkse praktijk.",
                                    .en = "Descriptions of how self-evident learning, evaluating "
                                          "and experimenting are in everyday practice."},
                      .exclusion = {.nl = "Scholingsregelingen (→ Regulatief) of steun van de "
                                          "werkgever (→ Normatief > Verantwoordelijkheid "
                                          "werkgever).",
                                    .en = "Training schemes (→ Regulatief) or employer support (→ "
                                          "Normatief > Verantwoordelijkheid werkgever)."}},
                     {.name = "Beelden over leren",
                      .labelNl = "Beelden over leren",
                      .labelEn = "Images of learning",
                      .definition = {.nl = "Ideeën over wat leren is en voor wie het bedoeld is, "
                                           "zoals leren als schoolse activiteit, als iets voor "
                                           "hoogopgeleiden of als iets dat ophoudt na de "
                                           "schooltijd.",
                                     .en = "Ideas about what learning is and whom it is for, such "
                                           "as learning as a school activity, as something for "
                                           "the highly educated, or as something that ends with "
                                           "school."},
                      .inclusion = {.nl = "Uitspraken over wat als 'echt' leren geldt en wie "
                                          "erbij hoort, ook schaamte of angst door eerdere "
                                          "schoolervaringen.",
                                    .en = "Statements about what counts as 'real' learning and "
                                          "who belongs to it, including shame or fear from earlier "
                                          "school experiences."},
                      .exclusion = {.nl = "Beelden over loopbaan en mobiliteit (→ "
                                          "Referentiekader).",
                                    .en = "Images of careers and mobility (→ Referentiekader)."}},
                     {.name = "Taal en imago",
                      .labelNl = "Taal en imago",
                      .labelEn = "Language and image",
                      .definition = {.nl = "De woorden en het imago van begrippen en organisaties "
                                           "die bepalen of een boodschap aankomt, zoals "
                                           "beleidsjargon of het controle-imago van het UWV.",
                                     .en = "The words and the image of concepts and organisations "
                                           "that decide whether a message lands, such as policy "
                                           "jargon or UWV's image as a controlling agency."},
                      .inclusion = {.nl = "Reacties op termen, namen en de uitstraling van "
                                          "organisaties die mensen aantrekken of afschrikken.",
                                    .en = "Reactions to terms, names and the image of "
                                          "organisations that attract or deter people."},
                      .exclusion = {.nl = "Wat deelnemers van een organisatie verwachten (→ "
                                          "Normatief > Rolverwachtingen).",
                                    .en = "What participants expect of an organisation (→ "
                                          "Normatief > Rolverwachtingen)."}},
                 }},
        }};
}

} // namespace codeboom::templates
