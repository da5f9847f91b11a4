#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace codeboom {

// SHA-256 (FIPS 180-4). Used for document text hashes (merge matches documents by them) and the
// audit log's hash chain; a few dozen lines spare us a crypto library dependency.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    std::string hexDigest(); // finishes the hash; call once

private:
    void block(const std::uint8_t* data);
    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

std::string sha256Hex(std::string_view bytes);

} // namespace codeboom
