#include "cli/cli_fixture.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace codeboom {
namespace {

using test::CliResult;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// Five codes, two categories, and three codings (one per sub-code and one of Employability).
class RelationCliTest : public test::CliTestBase {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({"init", "p.codeboom"}).status, 0);
        dir.write("int1.txt", "R: De financi\xC3\xABle drempel is hoog. Vertrouwen groeit. Ik "
                              "blijf inzetbaar.\n");
        ASSERT_EQ(cli({"import", "p.codeboom", "int1.txt"}).status, 0);
        for (const char* path : {"Regulatief", "Regulatief > Financi\xC3\xABle drempel",
                                 "Samenwerking", "Samenwerking > Vertrouwen", "Employability"})
            ASSERT_EQ(cli({"code-add", "p.codeboom", path}).status, 0);
        for (auto [from, to, path] :
             {std::tuple{"6", "24", "Regulatief > Financi\xC3\xABle drempel"},
              std::tuple{"34", "51", "Samenwerking > Vertrouwen"},
              std::tuple{"53", "71", "Employability"}}) {
            const CliResult r = cli({"code", "p.codeboom", "int1", from, to, path, "--json"});
            ASSERT_EQ(r.status, 0) << r.err;
            codings.push_back(nlohmann::json::parse(r.out)[0]["uuid"]);
        }
    }
    std::string add(const std::vector<std::string>& rest) {
        std::vector<std::string> args = {"relation-add", "p.codeboom"};
        args.insert(args.end(), rest.begin(), rest.end());
        args.push_back("--json");
        const CliResult r = cli(args);
        EXPECT_EQ(r.status, 0) << r.err;
        return r.status == 0 ? nlohmann::json::parse(r.out)[0]["uuid"].get<std::string>() : "";
    }
    std::vector<std::string> codings;
};

TEST_F(RelationCliTest, RelationAddTakesEitherLanguageAndRepeatedEvidence) {
    CliResult r =
        cli({"relation-add", "p.codeboom", "Regulatief > financi\xC3\xABle drempel", "Verzwakt",
             "Employability", "--evidence", codings[0], codings[2], "--memo", "kosten remmen"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("from\ttype\tto\tdirected\tevidence\tmemo\tuuid\n"
                                  "Regulatief > Financi\xC3\xABle drempel\tverzwakt\t"
                                  "Employability\tyes\t2\tkosten remmen\t"));
    r = cli({"relation-add", "p.codeboom", "Samenwerking > Vertrouwen", "is associated with",
             "Employability", "--evidence", codings[1], "--evidence", codings[2]});
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"relations", "p.codeboom", "--lang", "en"});
    std::istringstream lines(r.out);
    std::string line;
    std::vector<std::string> rows;
    while (std::getline(lines, line))
        rows.push_back(line.substr(0, line.rfind('\t'))); // without the uuid
    EXPECT_THAT(rows, ::testing::ElementsAre(
                          "from\ttype\tto\tdirected\tevidence\tmemo",
                          "Regulatief > Financi\xC3\xABle drempel\tweakens\tEmployability\tyes\t2\t"
                          "kosten remmen",
                          "Samenwerking > Vertrouwen\tis associated with\tEmployability\tno\t2\t"));
}

TEST_F(RelationCliTest, BadRelationsAreRefusedWithTheirReason) {
    add({"Samenwerking", "hangt samen met", "Employability"});
    CliResult r =
        cli({"relation-add", "p.codeboom", "Employability", "is associated with", "Samenwerking"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: there is already a relation 'Samenwerking' is associated with "
                     "'Employability' (the type is symmetric: its direction does not matter)\n");
    r = cli({"relation-add", "p.codeboom", "Samenwerking", "leidt tot", "Employability"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("there is no relation type 'leidt tot' in p.codeboom"));
    r = cli({"relation-add", "p.codeboom", "Samenwerking", "causes", "Employability", "--evidence",
             "11111111-2222-4333-8444-555555555555"});
    EXPECT_EQ(r.err, "codeboom-cli: there is no coding '11111111-2222-4333-8444-555555555555' in "
                     "p.codeboom\n");
    r = cli({"relation-add", "p.codeboom", "Samenwerking", "causes"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: missing TO_PATH\n");
    r = cli({"relations", "p.codeboom"});
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST_F(RelationCliTest, EveryMutatingCommandUndoes) {
    auto undo = [&] {
        const CliResult r = cli({"undo", "p.codeboom"});
        EXPECT_EQ(r.status, 0) << r.err;
        return r.out;
    };
    auto relationCount = [&] {
        const CliResult r = cli({"relations", "p.codeboom"});
        return std::count(r.out.begin(), r.out.end(), '\n') - 1;
    };
    const std::string uuid = add({"Regulatief", "is oorzaak van", "Employability"});
    EXPECT_EQ(undo(),
              "action\tlabel\nundone\trelate 'Regulatief' is oorzaak van 'Employability'\n");
    EXPECT_EQ(relationCount(), 0);
    ASSERT_EQ(cli({"redo", "p.codeboom"}).status, 0);

    ASSERT_EQ(
        cli({"relation-edit", "p.codeboom", uuid, "--memo", "m", "--evidence", codings[0]}).status,
        0);
    EXPECT_THAT(cli({"relations", "p.codeboom"}).out, HasSubstr("\tyes\t1\tm\t"));
    EXPECT_THAT(undo(), HasSubstr("edit relation 'Regulatief' causes 'Employability'"));
    EXPECT_THAT(cli({"relations", "p.codeboom"}).out, HasSubstr("\tyes\t0\t\t"));

    ASSERT_EQ(cli({"relation-remove", "p.codeboom", uuid}).status, 0);
    EXPECT_EQ(relationCount(), 0);
    EXPECT_THAT(undo(), HasSubstr("remove relation"));
    EXPECT_EQ(relationCount(), 1);

    CliResult r = cli({"relation-type-add", "p.codeboom", "is context van", "is context of",
                       "--symmetric", "--slot", "context"});
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"relation-types", "p.codeboom"});
    EXPECT_THAT(r.out, StartsWith("label_nl\tlabel_en\tdirected\tslot\tbuiltin\tuuid\n"
                                  "is oorzaak van\tcauses\tyes\tcausal-conditions\tyes\t"
                                  "6f1d2a40-0c3e-4f51-9a70-000000000001\n"));
    EXPECT_THAT(r.out, HasSubstr("\nis context van\tis context of\tno\tcontext\tno\t"));
    EXPECT_THAT(undo(), HasSubstr("add relation type 'is context van' / 'is context of'"));
    r = cli({"relation-types", "p.codeboom"});
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 9); // the header and 8 built-ins

    ASSERT_EQ(cli({"phase-set", "p.codeboom", "Samenwerking", "axial"}).status, 0);
    EXPECT_EQ(undo(), "action\tlabel\nundone\tset phase of code 'Samenwerking' to axial\n");
    ASSERT_EQ(cli({"status-set", "p.codeboom", "Samenwerking", "defined"}).status, 0);
    EXPECT_EQ(undo(), "action\tlabel\nundone\tset status of code 'Samenwerking' to defined\n");

    ASSERT_EQ(cli({"core-set", "p.codeboom", "Employability"}).status, 0);
    ASSERT_EQ(cli({"storyline", "p.codeboom", "Inzetbaarheid groeit door vertrouwen."}).status, 0);
    r = cli({"storyline", "p.codeboom"});
    EXPECT_THAT(r.out, StartsWith("core\ttext\tcoder\tupdated_at\nEmployability\tInzetbaarheid "
                                  "groeit door vertrouwen.\tanouk\t"));
    EXPECT_EQ(undo(), "action\tlabel\nundone\twrite the story line of 'Employability'\n");
    EXPECT_EQ(cli({"storyline", "p.codeboom"}).out, "core\ttext\tcoder\tupdated_at\n");
    EXPECT_EQ(undo(), "action\tlabel\nundone\tmark code 'Employability' as core category\n");
    EXPECT_EQ(cli({"integration", "p.codeboom"}).err,
              "codeboom-cli: p.codeboom has no core category; mark one before the integration "
              "check\n");

    ASSERT_EQ(cli({"code-delete", "p.codeboom", "Employability"}).status, 0);
    EXPECT_EQ(relationCount(), 0);
    undo();
    EXPECT_EQ(relationCount(), 1);
    EXPECT_EQ(cli({"check", "p.codeboom"}).status, 0);
}

TEST_F(RelationCliTest, IntegrationParadigmCyclesAndSaturation) {
    add({"Regulatief > Financi\xC3\xABle drempel", "verzwakt", "Employability", "--evidence",
         codings[0]});
    add({"Samenwerking > Vertrouwen", "versterkt", "Employability", "--evidence", codings[1],
         codings[2]});
    add({"Employability", "is oorzaak van", "Samenwerking > Vertrouwen"});
    ASSERT_EQ(cli({"core-set", "p.codeboom", "Employability"}).status, 0);
    // Categories: Regulatief and Samenwerking (Employability, the core, has no sub-codes but
    // is listed). Regulatief reaches the core through its sub-code (1 evidence coding);
    // Samenwerking likewise, over the better evidenced of its sub-code's two relations (2).
    CliResult r = cli({"integration", "p.codeboom"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "code\tconnected\tpath\tevidence\n"
                     "Regulatief\tyes\tRegulatief -[subcode]-> Regulatief > Financi\xC3\xABle "
                     "drempel -[verzwakt]-> Employability\t1\n"
                     "Samenwerking\tyes\tSamenwerking -[subcode]-> Samenwerking > Vertrouwen "
                     "-[versterkt]-> Employability\t2\n"
                     "Employability\tyes\tEmployability\t0\n");
    r = cli({"cycles", "p.codeboom", "--lang", "en"});
    EXPECT_EQ(r.out, "cycle\tlength\tpath\n1\t2\tSamenwerking > Vertrouwen -[strengthens]-> "
                     "Employability -[causes]-> Samenwerking > Vertrouwen\n");
    // "Employability is oorzaak van Vertrouwen" makes Vertrouwen a consequence; the other two
    // types name no slot.
    r = cli({"paradigm", "p.codeboom", "Employability"});
    EXPECT_THAT(r.out, StartsWith("slot\tcode\trelation\tevidence\tuuid\n"
                                  "consequences\tSamenwerking > Vertrouwen\tEmployability "
                                  "-[is oorzaak van]-> Samenwerking > Vertrouwen\t0\t"));
    EXPECT_THAT(r.out, HasSubstr("\nrelated\tRegulatief > Financi\xC3\xABle drempel\tRegulatief "
                                 "> Financi\xC3\xABle drempel -[verzwakt]-> Employability\t1\t"));
    EXPECT_THAT(r.out, HasSubstr("\nrelated\tSamenwerking > Vertrouwen\tSamenwerking > "
                                 "Vertrouwen -[versterkt]-> Employability\t2\t"));
    // One document; its three codings bring three codes, two of them sub-codes.
    r = cli({"saturation", "p.codeboom"});
    EXPECT_EQ(r.out, "document\torder\tnew_codes\tnew_subcodes\tcumulative\nint1\t1\t3\t2\t3\n");
}

TEST_F(RelationCliTest, NetworkWritesSvgAndPng) {
    add({"Regulatief > Financi\xC3\xABle drempel", "verzwakt", "Employability"});
    add({"Samenwerking", "hangt samen met", "Employability"});
    CliResult r = cli({"network", "p.codeboom", "netwerk.svg", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    // Three codes in relations (Financiële drempel, Samenwerking, Employability), two relations.
    const auto row = nlohmann::json::parse(r.out)[0];
    EXPECT_EQ(row["file"], "netwerk.svg");
    EXPECT_EQ(row["nodes"], 3);
    EXPECT_EQ(row["edges"], 2);
    std::ifstream svg(dir / "netwerk.svg");
    std::stringstream text;
    text << svg.rdbuf();
    EXPECT_THAT(text.str(),
                HasSubstr(" width=\"" + std::to_string(row["width"].get<int>()) + ".0\" height=\"" +
                          std::to_string(row["height"].get<int>()) + ".0\""));
    EXPECT_THAT(text.str(), HasSubstr(">Financi\xC3\xABle drempel</text>"));
    r = cli({"network", "p.codeboom", "netwerk.png", "--lang", "en", "--all"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("netwerk.png\t5\t2\t"));
    EXPECT_GT(std::filesystem::file_size(dir / "netwerk.png"), 2000u);
    r = cli({"network", "p.codeboom", "netwerk.pdf"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: the picture's file name must end in .svg or .png, not "
                     "'netwerk.pdf'\n");
}

TEST_F(RelationCliTest, SaturationPlotIsWrittenBesideTheUnchangedTable) {
    const std::string table =
        "document\torder\tnew_codes\tnew_subcodes\tcumulative\nint1\t1\t3\t2\t3\n";
    CliResult r = cli({"saturation", "p.codeboom", "--plot", "verzadiging.svg"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, table);
    std::ifstream svg(dir / "verzadiging.svg");
    std::stringstream text;
    text << svg.rdbuf();
    EXPECT_THAT(text.str(), HasSubstr(">Nieuwe subcodes</text>"));
    EXPECT_THAT(text.str(), HasSubstr("<title>int1: 3 nieuwe codes (2 subcodes), 3 in totaal"));
    r = cli({"saturation", "p.codeboom", "--plot", "saturation.png", "--lang", "en"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, table);
    EXPECT_GT(std::filesystem::file_size(dir / "saturation.png"), 2000u);
    r = cli({"saturation", "p.codeboom", "--plot", "verzadiging.jpg"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: the picture's file name must end in .svg or .png, not "
                     "'verzadiging.jpg'\n");
}

TEST_F(RelationCliTest, HelpListsTheCommands) {
    const CliResult r = cli({"--help"});
    for (const char* command :
         {"relation-add PROJECT FROM_PATH TYPE TO_PATH", "relations PROJECT", "core-set PROJECT",
          "integration PROJECT", "saturation PROJECT [--plot FILE.svg|FILE.png]",
          "network PROJECT FILE.svg|FILE.png", "relation-remove PROJECT",
          "relation-type-add PROJECT LABEL_NL LABEL_EN", "relation-types PROJECT",
          "phase-set PROJECT PATH open|axial|selective", "storyline PROJECT",
          "paradigm PROJECT PATH"})
        EXPECT_THAT(r.out, HasSubstr(command));
}

} // namespace
} // namespace codeboom
