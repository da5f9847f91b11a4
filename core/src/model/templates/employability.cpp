#include "model/templates/templates.h"

namespace codeboom::templates {

// The five dimensions of employability as the Leo report defines them (seed 000, §2.2, after
// Van der Heijde & Van der Heijden, 2006, and Van der Heijden et al., 2018). The root is called
// "Employability" like the sample codebook's, so the dimensions join it.
CodebookTemplate employability() {
    return {
        .name = "employability",
        .title = {.nl = "Employability: vijf dimensies", .en = "Employability: five dimensions"},
        .source = "Van der Heijde, C. M., & Van der Heijden, B. I. J. M. (2006). A "
                  "competence-based and multidimensional operationalization and measurement of "
                  "employability. Human Resource Management, 45(3), 449–476.",
        .roots = {
            {.name = "Employability",
             .labelNl = "Employability (duurzame inzetbaarheid)",
             .labelEn = "Employability",
             .definition =
                 {.nl = "Het vermogen om goed te functioneren in een functie, vooruitgang te "
                        "boeken in de loopbaan en zo nodig (ander) werk te vinden; het bestaat "
                        "uit ontwikkelbare persoonsgebonden competenties in vijf dimensies "
                        "(Stoffers & Van der Heijden, 2014; Van der Heijden et al., 2018).",
                  .en = "The capacity to perform well in a job, to progress in one's career and "
                        "to find (other) work when needed; it consists of developable personal "
                        "competences in five dimensions (Stoffers & Van der Heijden, 2014; Van der "
                        "Heijden et al., 2018)."},
             .inclusion = {.nl = "Uitspraken over het vermogen van een persoon om werk te "
                                 "krijgen, te behouden of te veranderen; wijs bij voorkeur een van "
                                 "de vijf dimensies toe.",
                           .en = "Statements about a person's capacity to obtain, keep or change "
                                 "work; prefer one of the five dimensions."},
             .exclusion = {.nl = "Omstandigheden buiten de persoon die employability bevorderen "
                                 "of belemmeren (→ de pijlers van Scott: Regulatief, Normatief, "
                                 "Cultureel-cognitief).",
                           .en = "Conditions outside the person that foster or hinder "
                                 "employability (→ Scott's pillars: Regulatief, Normatief, "
                                 "Cultureel-cognitief)."},
             .color = "#e0892b",
             .children =
                 {
                     {.name = "Beroepsexpertise",
                      .labelNl = "Beroepsexpertise",
                      .labelEn = "Occupational expertise",
                      .definition = {.nl = "De specifieke kennis en vaardigheden die iemand voor "
                                           "het eigen vakgebied bezit, en het bijhouden daarvan.",
                                     .en = "The specific knowledge and skills a person has for "
                                           "their own field, and keeping them up to date."},
                      .inclusion = {.nl = "Vakkennis, vaardigheden, diploma's en bijscholing "
                                          "voor het huidige werk.",
                                    .en = "Professional knowledge, skills, diplomas and further "
                                          "training for the present job."},
                      .exclusion = {.nl = "Voorbereiding op toekomstig ander werk (→ Anticipatie "
                                          "en optimalisatie).",
                                    .en = "Preparing for different future work (→ Anticipatie en "
                                          "optimalisatie)."}},
                     {.name = "Anticipatie en optimalisatie",
                      .labelNl = "Anticipatie en optimalisatie",
                      .labelEn = "Anticipation and optimisation",
                      .definition = {.nl = "Het vermogen zich op een persoonlijke en creatieve "
                                           "manier voor te bereiden op toekomstige veranderingen "
                                           "in het werk en daar proactief op in te spelen.",
                                     .en = "The capacity to prepare for future changes in work in "
                                           "a personal and creative way and to act on them "
                                           "proactively."},
                      .inclusion = {.nl = "Vooruitkijken, loopbaanplannen maken en zich "
                                          "oriënteren op ontwikkelingen voordat ze zich opdringen.",
                                    .en = "Looking ahead, making career plans and exploring "
                                          "developments before they are forced upon one."},
                      .exclusion = {.nl = "Zich aanpassen aan een verandering die al plaatsvindt "
                                          "(→ Persoonlijke flexibiliteit).",
                                    .en = "Adapting to a change already under way (→ Persoonlijke "
                                          "flexibiliteit)."}},
                     {.name = "Persoonlijke flexibiliteit",
                      .labelNl = "Persoonlijke flexibiliteit",
                      .labelEn = "Personal flexibility",
                      .definition = {.nl = "Het vermogen zich aan te passen aan allerlei "
                                           "veranderingen op de interne en externe arbeidsmarkt "
                                           "die niet direct met de huidige functie te maken "
                                           "hebben.",
                                     .en = "The capacity to adapt to all kinds of changes in the "
                                           "internal and external labour market that do not "
                                           "directly concern the present job."},
                      .inclusion = {.nl = "Openstaan voor ander werk, een andere werkgever of "
                                          "sector, en reageren op veranderingen.",
                                    .en = "Openness to other work, another employer or sector, "
                                          "and responding to changes."},
                      .exclusion = {.nl = "Plannen voor de toekomst die nog niet door "
                                          "verandering zijn afgedwongen (→ Anticipatie en "
                                          "optimalisatie).",
                                    .en = "Plans for the future not yet forced by change (→ "
                                          "Anticipatie en optimalisatie)."}},
                     {.name = "Organisatiesensitiviteit",
                      .labelNl = "Organisatiesensitiviteit",
                      .labelEn = "Corporate sense",
                      .definition = {.nl = "De bekwaamheid om te participeren en te presteren in "
                                           "verschillende werkverbanden: de afdeling, de "
                                           "organisatie, teams, de beroepsgemeenschap en andere "
                                           "netwerken.",
                                     .en = "The ability to participate and perform in various "
                                           "work groups: the department, the organisation, teams, "
                                           "the professional community and other networks."},
                      .inclusion = {.nl = "Samenwerken, kennis delen en zich bewegen in netwerken "
                                          "en organisaties.",
                                    .en = "Working together, sharing knowledge and moving within "
                                          "networks and organisations."},
                      .exclusion = {.nl = "Vakinhoudelijke kennis (→ Beroepsexpertise).",
                                    .en = "Subject-matter expertise (→ Beroepsexpertise)."}},
                     {.name = "Balans",
                      .labelNl = "Balans",
                      .labelEn = "Balance",
                      .definition = {.nl = "Het kunnen omgaan met tegenstrijdige belangen van "
                                           "werkgever en werknemer zelf, zoals tussen werk-, "
                                           "loopbaan- en privédoelen.",
                                     .en = "Dealing with conflicting interests of the employer "
                                           "and of the employees themselves, such as between "
                                           "work, career and private goals."},
                      .inclusion = {.nl = "Werk-privébalans, belastbaarheid en het afwegen van "
                                          "eigen doelen tegen die van de werkgever.",
                                    .en = "Work–life balance, resilience and weighing one's own "
                                          "goals against the employer's."},
                      .exclusion = {.nl = "Formele roosters en werktijden (→ Regulatief).",
                                    .en = "Formal rosters and working hours (→ Regulatief)."}},
                 }},
        }};
}

} // namespace codeboom::templates
