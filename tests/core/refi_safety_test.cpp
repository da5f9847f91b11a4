#include "codeboom/error.h"
#include "codeboom/refi/qdpx_archive.h"
#include "codeboom/refi/qdpx_import.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gmock/gmock.h>

#include <cstdint>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

const std::string kText = "Ik woon in Leiden.\n";

// Hostile or broken archives (pitfall 22): each is refused with a message naming the file and
// the problem, and the project is left exactly as it was.
class RefiSafetyTest : public test::ProjectTest {
protected:
    std::string refusal(const std::string& archive, refi::QdpxLimits limits = {}) {
        const std::size_t eventsBefore = count("events");
        std::string message = "no error";
        try {
            refi::ImportQdpx command(archive, "hostile.qdpx", limits);
            project->execute(command);
        } catch (const ImportError& e) {
            message = e.what();
        }
        EXPECT_EQ(count("events"), eventsBefore);
        EXPECT_EQ(count("documents"), 0u);
        EXPECT_EQ(count("codes"), 0u);
        EXPECT_EQ(count("coders"), 0u);
        return message;
    }
    static std::string good() {
        return test::projectQde("", "internal://t.txt", {{11, 17, {test::kCodeChild}}});
    }
};

TEST_F(RefiSafetyTest, ZipSlipEntryIsRefused) {
    EXPECT_THAT(refusal(test::qdpx(
                    {{"project.qde", good()}, {"sources/t.txt", kText}, {"../../evil.txt", "x"}})),
                HasSubstr("hostile.qdpx: refused: the entry '../../evil.txt' points outside"));
}

TEST_F(RefiSafetyTest, AbsoluteEntryIsRefused) {
    EXPECT_THAT(refusal(test::qdpx({{"project.qde", good()}, {"/etc/cron.d/x", "x"}})),
                HasSubstr("points outside the archive"));
}

TEST_F(RefiSafetyTest, SourcePathClimbingOutOfTheArchiveIsRefused) {
    EXPECT_THAT(refusal(test::qdpx(
                    {{"project.qde", test::projectQde("", "internal://../../etc/passwd", {})},
                     {"sources/t.txt", kText}})),
                HasSubstr("the source path 'internal://../../etc/passwd' points outside"));
}

TEST_F(RefiSafetyTest, DoctypeAndEntityExpansionAreRefused) {
    const std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY a "
                             "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                             "<Project name=\"&b;\"/>";
    EXPECT_THAT(refusal(test::qdpx({{"project.qde", bomb}})), HasSubstr("<!DOCTYPE>"));
}

TEST_F(RefiSafetyTest, BrokenXmlIsRefusedWithItsPosition) {
    EXPECT_THAT(refusal(test::qdpx({{"project.qde", "<Project name=\"x\"><Users></Project>"}})),
                HasSubstr("hostile.qdpx: project.qde: not well-formed XML"));
}

TEST_F(RefiSafetyTest, TooManyEntriesAreRefused) {
    std::vector<std::pair<std::string, std::string>> entries = {{"project.qde", good()}};
    for (int i = 0; i < 20; ++i)
        entries.emplace_back("sources/f" + std::to_string(i) + ".txt", "x");
    refi::QdpxLimits limits;
    limits.maxEntries = 10;
    EXPECT_THAT(refusal(test::qdpx(entries), limits),
                HasSubstr("the archive has 21 entries, more than the 10 allowed"));
}

TEST_F(RefiSafetyTest, EntryOverTheSizeCapIsRefused) {
    refi::QdpxLimits limits;
    limits.maxEntrySize = 4096;
    EXPECT_THAT(
        refusal(test::qdpx({{"project.qde", good()}, {"sources/t.txt", std::string(100000, 'a')}}),
                limits),
        HasSubstr("'sources/t.txt' inflates to"));
}

TEST_F(RefiSafetyTest, TotalSizeOverTheCapIsRefused) {
    refi::QdpxLimits limits;
    limits.maxTotalSize = 10000;
    EXPECT_THAT(refusal(test::qdpx({{"project.qde", good()},
                                    {"sources/a.txt", std::string(6000, 'a')},
                                    {"sources/b.txt", std::string(6000, 'b')}}),
                        limits),
                HasSubstr("refused: the archive inflates to more than"));
}

// Little-endian 32-bit field at `at`.
void put32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i)
        bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// Rewrites the uncompressed size that `zip` declares for `entry`, in its local header (size at
// offset 22, name at 30) and in the central directory (size at 24, name at 46), as a forged
// archive would (APPNOTE.TXT 4.3.7 and 4.3.12).
std::string withDeclaredSize(std::string zip, const std::string& entry, std::uint32_t size) {
    struct Header {
        std::string signature;
        std::size_t sizeAt, nameAt;
    };
    const Header headers[] = {{std::string("PK\x03\x04", 4), 22, 30},
                              {std::string("PK\x01\x02", 4), 24, 46}};
    int patched = 0;
    for (const auto& [signature, sizeAt, nameAt] : headers) {
        for (std::size_t at = zip.find(signature); at != std::string::npos;
             at = zip.find(signature, at + 1)) {
            if (zip.compare(at + nameAt, entry.size(), entry) == 0) {
                put32(zip, at + sizeAt, size);
                ++patched;
            }
        }
    }
    EXPECT_EQ(patched, 2) << entry;
    return zip;
}

TEST_F(RefiSafetyTest, EntryHoldingMoreThanItDeclaresIsRefused) {
    // 100,000 bytes that claim to be 1,000: the declared sizes pass every cap.
    const std::string forged = withDeclaredSize(
        test::qdpx({{"project.qde", good()}, {"sources/t.txt", std::string(100000, 'a')}}),
        "sources/t.txt", 1000);
    EXPECT_THAT(refusal(forged),
                HasSubstr("hostile.qdpx: refused: 'sources/t.txt' declares 1000 bytes but "
                          "holds more"));
}

TEST_F(RefiSafetyTest, TotalCapCountsWhatIsInflatedNotWhatIsDeclared) {
    // An entry read three times inflates three times (two sources may name one file): 3 x 1,500
    // bytes pass a 4,000-byte cap that the declared total (the .qde and 1,500) stays under.
    refi::QdpxLimits limits;
    limits.maxTotalSize = 4000;
    refi::QdpxArchive archive(
        test::qdpx({{"project.qde", good()}, {"sources/t.txt", std::string(1500, 'a')}}),
        "hostile.qdpx", limits);
    EXPECT_EQ(archive.read("sources/t.txt").size(), 1500u);
    EXPECT_EQ(archive.read("sources/t.txt").size(), 1500u);
    try {
        archive.read("sources/t.txt");
        ADD_FAILURE() << "the third read passed the cap";
    } catch (const ImportError& e) {
        EXPECT_STREQ(e.what(), "hostile.qdpx: refused: the archive inflates to more than 4000 "
                               "bytes");
    }
}

TEST_F(RefiSafetyTest, NotAZipAndNoQdeAreClearErrors) {
    EXPECT_EQ(refusal("this is text"), "hostile.qdpx: it is not a zip archive");
    EXPECT_THAT(refusal(test::qdpx({{"sources/t.txt", kText}})),
                HasSubstr("there is no .qde file at the top of the archive"));
    EXPECT_THAT(refusal(test::qdpx({{"project.qde", "<CodeBook/>"}})),
                HasSubstr("the root element is <CodeBook>, not <Project>"));
}

TEST_F(RefiSafetyTest, DeeplyNestedCodesAreRefused) {
    std::string codes;
    for (int i = 0; i < 300; ++i)
        codes += "<Code guid=\"C0DE0000-0000-4000-8000-" +
                 std::string(12 - std::to_string(i).size(), '0') + std::to_string(i) +
                 "\" name=\"c\" isCodable=\"true\">";
    for (int i = 0; i < 300; ++i)
        codes += "</Code>";
    EXPECT_THAT(refusal(test::qdpx({{"project.qde", "<Project name=\"x\"><CodeBook><Codes>" +
                                                        codes + "</Codes></CodeBook></Project>"}})),
                HasSubstr("nested more than 256 levels"));
}

} // namespace
} // namespace codeboom
