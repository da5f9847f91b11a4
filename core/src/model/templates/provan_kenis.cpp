#include "model/templates/templates.h"

namespace codeboom::templates {

// Provan & Kenis (2008), "Modes of network governance", JPART 18(2): three governance forms and
// the four contingencies that decide which form is effective (their Table 2). The Dutch names
// follow the Leo report (seed 000, §2.4).
CodebookTemplate provanKenis() {
    return {
        .name = "provan-kenis",
        .title = {.nl = "Provan & Kenis: vormen van netwerksturing",
                  .en = "Provan & Kenis: modes of network governance"},
        .source = "Provan, K. G., & Kenis, P. (2008). Modes of network governance: Structure, "
                  "management, and effectiveness. Journal of Public Administration Research and "
                  "Theory, 18(2), 229–252.",
        .roots = {
            {.name = "Netwerksturing",
             .labelNl = "Vormen van netwerksturing",
             .labelEn = "Modes of network governance",
             .definition =
                 {.nl = "De wijze waarop een netwerk van organisaties als geheel wordt bestuurd "
                        "en gecoördineerd. Provan en Kenis (2008) onderscheiden drie vormen – het "
                        "zelfsturend netwerk, de leidersorganisatie en de netwerkadministratieve "
                        "organisatie (NAO) – waarvan de effectiviteit afhangt van vier "
                        "contingenties.",
                  .en = "The way a network of organisations is governed and coordinated as a "
                        "whole. Provan and Kenis (2008) distinguish three modes – shared "
                        "participant governance, the lead organisation and the network "
                        "administrative organisation (NAO) – whose effectiveness depends on four "
                        "contingencies."},
             .inclusion = {.nl = "Uitspraken over hoe besluiten in het netwerk vallen, wie "
                                 "coördineert en hoe dat wordt ervaren; wijs bij voorkeur een vorm "
                                 "of contingentie toe.",
                           .en = "Statements about how decisions are made in the network, who "
                                 "coordinates and how that is experienced; prefer a mode or a "
                                 "contingency."},
             .exclusion = {.nl = "Samenwerking tussen twee partijen zonder netwerkniveau; het "
                                 "samenwerkingsproces zelf (→ Emerson-sjabloon).",
                           .en = "Collaboration between two parties without a network level; the "
                                 "collaborative process itself (→ Emerson template)."},
             .color = "#4e79a7",
             .children =
                 {
                     {.name = "Zelfsturend netwerk",
                      .labelNl = "Zelfsturend netwerk",
                      .labelEn = "Shared participant governance",
                      .definition = {.nl = "Het netwerk wordt bestuurd door de deelnemers zelf, "
                                           "op basis van gelijkwaardigheid en zonder aparte "
                                           "besturende organisatie; het succes hangt af van de "
                                           "betrokkenheid en het commitment van alle deelnemers.",
                                     .en = "The network is governed by the participants "
                                           "themselves, as equals and without a separate "
                                           "governing entity; success depends on the involvement "
                                           "and commitment of all participants."},
                      .inclusion = {.nl = "Gezamenlijke besluitvorming door alle partners, "
                                          "rouleren van taken, geen vaste trekker.",
                                    .en = "Joint decision-making by all partners, rotating tasks, "
                                          "no fixed lead."},
                      .exclusion = {.nl = "Eén partner die de leiding neemt (→ "
                                          "Leidersorganisatie).",
                                    .en = "One partner taking the lead (→ Leidersorganisatie)."}},
                     {.name = "Leidersorganisatie",
                      .labelNl = "Leidersorganisatie",
                      .labelEn = "Lead organisation",
                      .definition = {.nl = "Eén deelnemende organisatie, vaak een publieke, "
                                           "bestuurt en coördineert het netwerk op grond van haar "
                                           "legitimiteit of middelen.",
                                     .en = "One participating organisation, often a public one, "
                                           "governs and coordinates the network on the strength "
                                           "of its legitimacy or resources."},
                      .inclusion = {.nl = "Een partner die als regisseur of penvoerder optreedt "
                                          "en namens het netwerk beslist.",
                                    .en = "A partner acting as director or lead contractor and "
                                          "deciding on behalf of the network."},
                      .exclusion = {.nl = "Een aparte organisatie die niet zelf deelnemer is (→ "
                                          "Netwerkadministratieve organisatie).",
                                    .en = "A separate organisation that is not itself a "
                                          "participant (→ Netwerkadministratieve organisatie)."}},
                     {.name = "Netwerkadministratieve organisatie",
                      .labelNl = "Netwerkadministratieve organisatie (NAO)",
                      .labelEn = "Network administrative organisation (NAO)",
                      .definition = {.nl = "Een aparte entiteit – een persoon (netwerkmakelaar of "
                                           "-facilitator) of een organisatie met eigen personeel "
                                           "en bestuur – die is opgezet om het netwerk en zijn "
                                           "activiteiten te besturen en te ondersteunen, zonder "
                                           "zelf deelnemer te zijn.",
                                     .en = "A separate entity – a person (network broker or "
                                           "facilitator) or an organisation with its own staff and "
                                           "board – set up to govern and support the network and "
                                           "its activities without being a participant itself."},
                      .inclusion = {.nl = "Een programmabureau, kwartiermaker of stichting die "
                                          "het netwerk coördineert.",
                                    .en = "A programme office, liaison or foundation coordinating "
                                          "the network."},
                      .exclusion = {.nl = "Een deelnemende partner in de rol van regisseur (→ "
                                          "Leidersorganisatie).",
                                    .en = "A participating partner acting as director (→ "
                                          "Leidersorganisatie)."}},
                     {.name = "Contingenties",
                      .labelNl = "Contingenties",
                      .labelEn = "Contingencies",
                      .definition = {.nl = "De vier kenmerken van een netwerk die bepalen welke "
                                           "sturingsvorm het meest effectief is: vertrouwen, "
                                           "aantal deelnemers, doelconsensus en de behoefte aan "
                                           "competenties op netwerkniveau.",
                                     .en = "The four network characteristics that determine which "
                                           "governance mode is most effective: trust, number of "
                                           "participants, goal consensus and the need for "
                                           "network-level competencies."},
                      .inclusion = {.nl = "Uitspraken over de passendheid van de sturingsvorm in "
                                          "het algemeen; codeer bij voorkeur op een van de vier "
                                          "sub-codes.",
                                    .en = "Statements about the fit of the governance mode in "
                                          "general; prefer one of the four sub-codes."},
                      .exclusion = {.nl = "De sturingsvorm zelf (→ de drie vormen).",
                                    .en = "The governance mode itself (→ the three modes)."},
                      .children =
                          {
                              {.name = "Vertrouwen",
                               .labelNl = "Vertrouwen",
                               .labelEn = "Trust",
                               .definition =
                                   {.nl = "De mate en spreiding van vertrouwen tussen de "
                                          "deelnemers: breed gedeeld vertrouwen past bij "
                                          "zelfsturing, weinig of eenzijdig vertrouwen bij een "
                                          "leidersorganisatie of NAO.",
                                    .en = "The density and spread of trust among participants: "
                                          "widely shared trust fits shared governance, low or "
                                          "one-sided trust fits a lead organisation or NAO."},
                               .inclusion = {.nl = "Vertrouwen als voorwaarde voor of gevolg van "
                                                   "de gekozen sturingsvorm.",
                                             .en = "Trust as a condition for or consequence of the "
                                                   "chosen governance mode."},
                               .exclusion = {.nl = "Vertrouwen als onderdeel van het "
                                                   "samenwerkingsproces (→ Emerson: Shared "
                                                   "motivation > Wederzijds vertrouwen).",
                                             .en = "Trust as part of the collaborative process (→ "
                                                   "Emerson: Shared motivation > Wederzijds "
                                                   "vertrouwen)."}},
                              {.name = "Aantal deelnemers",
                               .labelNl = "Aantal deelnemers",
                               .labelEn = "Number of participants",
                               .definition =
                                   {.nl = "De omvang van het netwerk: bij meer deelnemers wordt "
                                          "zelfsturing omslachtig en ligt een leidersorganisatie "
                                          "of NAO meer voor de hand.",
                                    .en = "The size of the network: with more participants, "
                                          "shared governance becomes cumbersome and a lead "
                                          "organisation or NAO becomes more likely."},
                               .inclusion = {.nl = "Groei of krimp van het netwerk en de "
                                                   "gevolgen voor sturing.",
                                             .en = "Growth or shrinkage of the network and its "
                                                   "consequences for governance."},
                               .exclusion = {.nl = "Het aantal deelnemers aan activiteiten (→ "
                                                   "Emerson: Uitkomsten > Output).",
                                             .en = "The number of people taking part in "
                                                   "activities (→ Emerson: Uitkomsten > "
                                                   "Output)."}},
                              {.name = "Doelconsensus",
                               .labelNl = "Doelconsensus",
                               .labelEn = "Goal consensus",
                               .definition =
                                   {.nl = "De mate waarin de deelnemers het eens zijn over de "
                                          "doelen van het netwerk.",
                                    .en = "The extent to which participants agree on the "
                                          "network's goals."},
                               .inclusion = {.nl = "(On)eenheid over waar het netwerk voor staat "
                                                   "en wat het moet bereiken.",
                                             .en = "Agreement or disagreement on what the network "
                                                   "stands for and should achieve."},
                               .exclusion = {.nl = "Het proces om tot gedeelde doelen te komen (→ "
                                                   "Emerson: Principled engagement > "
                                                   "Definiëren).",
                                             .en = "The process of arriving at shared goals (→ "
                                                   "Emerson: Principled engagement > "
                                                   "Definiëren)."}},
                              {.name = "Behoefte aan netwerkcompetenties",
                               .labelNl = "Behoefte aan competenties op netwerkniveau",
                               .labelEn = "Need for network-level competencies",
                               .definition =
                                   {.nl = "De mate waarin de taken van het netwerk en de eisen "
                                          "van buiten om specifieke vaardigheden op netwerkniveau "
                                          "vragen, zoals fondsenwerving, externe "
                                          "belangenbehartiging en coördinatie.",
                                    .en = "The extent to which the network's tasks and external "
                                          "demands call for specific network-level skills, such "
                                          "as fundraising, external advocacy and coordination."},
                               .inclusion = {.nl = "Taken die geen enkele partner alleen kan "
                                                   "uitvoeren en die om een eigen capaciteit van "
                                                   "het netwerk vragen.",
                                             .en = "Tasks that no single partner can perform and "
                                                   "that require a capacity of the network "
                                                   "itself."},
                               .exclusion = {.nl = "Kennis en middelen die partners inbrengen (→ "
                                                   "Emerson: Capacity for joint action).",
                                             .en = "Knowledge and resources that partners "
                                                   "contribute (→ Emerson: Capacity for joint "
                                                   "action)."}},
                          }},
                 }},
        }};
}

} // namespace codeboom::templates
