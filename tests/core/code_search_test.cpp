#include "codeboom/model/code_search.h"
#include "codeboom/text/search_fold.h"

#include "support/project_fixture.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

TEST(SearchFold, DropsAccentsCaseAndLigatures) {
    EXPECT_EQ(searchFold("Financi\xC3\xABle DREMPEL"), "financiele drempel");
    EXPECT_EQ(searchFold("\xC4\xB3s"), "ijs"); // the ĳ ligature decomposes to "ij"
    EXPECT_EQ(searchFold("Stra\xC3\x9F"
                         "e"),
              "strasse"); // case folding turns ß into "ss"
    EXPECT_EQ(searchFold(""), "");
}

class CodeSearchTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        for (const char* path :
             {"Regulatief", "Regulatief > Financi\xC3\xABle drempel", "Regulatief > Subsidies",
              "Drempels", "Normatief", "Normatief > Regels van de club"})
            addCode(path);
    }
    std::vector<std::string> paths(const std::string& query) {
        std::vector<std::string> out;
        for (const Code* code : codesMatching(project->codeTree(), query))
            out.push_back(code->path);
        return out;
    }
};

TEST_F(CodeSearchTest, MatchesAnyPartOfThePathIgnoringCaseAndAccents) {
    EXPECT_EQ(paths("financiele"),
              (std::vector<std::string>{"Regulatief > Financi\xC3\xABle drempel"}));
    EXPECT_EQ(paths("FIN DREM"),
              (std::vector<std::string>{"Regulatief > Financi\xC3\xABle drempel"}));
    // "regulatief" is in the path of the category and both its sub-codes.
    EXPECT_EQ(paths("regulatief"),
              (std::vector<std::string>{"Regulatief", "Regulatief > Financi\xC3\xABle drempel",
                                        "Regulatief > Subsidies"}));
    EXPECT_TRUE(paths("subsidie regels").empty());
}

TEST_F(CodeSearchTest, NamesStartingWithTheQueryComeFirst) {
    // In tree order "Financiële drempel" (under Regulatief) comes before "Drempels"; but
    // "drempel" starts the name "Drempels" and only sits inside "Financiële drempel".
    EXPECT_EQ(paths("drempel"),
              (std::vector<std::string>{"Drempels", "Regulatief > Financi\xC3\xABle drempel"}));
    // "club" is in one name; "normatief" is the name of one code and the path of its child.
    EXPECT_EQ(paths("club"), (std::vector<std::string>{"Normatief > Regels van de club"}));
    EXPECT_EQ(paths("normatief"),
              (std::vector<std::string>{"Normatief", "Normatief > Regels van de club"}));
}

TEST_F(CodeSearchTest, AnEmptyQueryOffersEveryCodeInTreeOrder) {
    EXPECT_EQ(paths("  ").size(), 6u);
    EXPECT_EQ(paths("").front(), "Regulatief");
}

} // namespace
} // namespace codeboom
