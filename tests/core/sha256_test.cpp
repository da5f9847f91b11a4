#include "codeboom/text/sha256.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

// Test vectors from FIPS 180-4's examples (NIST CSRC "SHA256.pdf") and the one-million-'a' case.
TEST(Sha256Test, MatchesTheStandardTestVectors) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, PiecewiseUpdatesEqualOneUpdate) {
    const std::string text = "Moderator: Welkom bij de focusgroep over de financi\xC3\xAB"
                             "le drempel. " +
                             std::string(300, 'x');
    for (std::size_t split : {1u, 55u, 56u, 63u, 64u, 65u, 200u}) {
        Sha256 hash;
        hash.update(std::string_view(text).substr(0, split));
        hash.update(std::string_view(text).substr(split));
        EXPECT_EQ(hash.hexDigest(), sha256Hex(text)) << split;
    }
}

} // namespace
} // namespace codeboom
