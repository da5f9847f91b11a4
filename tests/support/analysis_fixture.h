#pragma once

#include "codeboom/analysis/matrix.h"
#include "codeboom/commands/attribute_commands.h"

#include "support/project_fixture.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace codeboom::test {

// Two short interviews with three codes, coded by anouk and bram, shared by the frequency and
// co-occurrence tests so that every hand-worked number below refers to one picture:
//
// int1  "I: Hoe gaat het?\nR: Goed, dank je.\nEcht goed.\nI: Mooi.\nR: Ja."
//        turns: I [0,16)  R [17,45)  I [46,54)  R [55,61)
//        paragraphs: [0,16) [17,34) [35,45) [46,54) [55,61)
// int2  "I: Wat doet u?\nR: Ik help.\nI: Fijn.\nR: Ja hoor."
//        turns = paragraphs: I [0,14)  R [15,26)  I [27,35)  R [36,47)
//
// codings                                     coded regions (all coders united)
// int1 anouk Werk [20,30) + [30,34) touching  W1 = int1 [20,34)  (bram's [22,28) lies inside)
// int1 anouk Werk [35,45)                     W2 = int1 [35,45)
// int1 anouk Werk > Plezier [36,40)           P1 = int1 [36,40)  (nested in W2)
// int1 anouk Zorg [3,10), bram Zorg [5,16)    Z1 = int1 [3,16)
// int1 bram  Werk [22,28)
// int2 anouk Werk [18,25)                     W3 = int2 [18,25)
// int2 anouk Werk > Plezier [40,45)           P2 = int2 [40,45)
// int2 anouk Zorg [10,20)                     Z2 = int2 [10,20)  (crosses I and R; overlaps W3)
class AnalysisTest : public ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        importText("int1", "I: Hoe gaat het?\nR: Goed, dank je.\nEcht goed.\nI: Mooi.\nR: Ja.\n");
        importText("int2", "I: Wat doet u?\nR: Ik help.\nI: Fijn.\nR: Ja hoor.\n");
        addCode("Werk");
        addCode("Werk > Plezier");
        addCode("Zorg");
        applyCoding("int1", 20, 30, "Werk");
        applyCoding("int1", 30, 34, "Werk");
        applyCoding("int1", 35, 45, "Werk");
        applyCoding("int1", 36, 40, "Werk > Plezier");
        applyCoding("int1", 3, 10, "Zorg");
        applyCoding("int2", 18, 25, "Werk");
        applyCoding("int2", 40, 45, "Werk > Plezier");
        applyCoding("int2", 10, 20, "Zorg");
        reopen("bram");
        applyCoding("int1", 22, 28, "Werk");
        applyCoding("int1", 5, 16, "Zorg");
        reopen("anouk");
    }

    void setAttribute(const std::string& kind, const std::string& name, const std::string& doc,
                      const std::string& attribute, const std::string& value) {
        SetAttribute command(CaseRef{kind, name, doc}, attribute, value);
        project->execute(command);
    }

    // The cells of a matrix row by row, with the total column last; -1 stands for an empty cell.
    static std::vector<std::vector<double>> cellsOf(const Matrix& m) {
        std::vector<std::vector<double>> rows;
        for (std::size_t r = 0; r < m.rows(); ++r) {
            std::vector<double> row;
            for (std::size_t c = 0; c < m.columns(); ++c)
                row.push_back(m.at(r, c).value_or(-1));
            row.push_back(m.rowTotals[r].value_or(-1));
            rows.push_back(row);
        }
        std::vector<double> totals;
        for (const auto& t : m.columnTotals)
            totals.push_back(t.value_or(-1));
        totals.push_back(m.grandTotal.value_or(-1));
        rows.push_back(totals);
        return rows;
    }

    using Cells = std::vector<std::vector<double>>;
};

} // namespace codeboom::test
