#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class RegexMatcher;
class RegexPattern;
U_NAMESPACE_END

namespace codeboom {

struct SpeakerLabel {
    std::string speaker;
    std::string timestamp;  // without its brackets; empty when none
    std::size_t length = 0; // code points taken by label, colon, timestamps and spaces
};

// Recognises the speaker label that opens a turn: "R1:", "Interviewer:", "Deelnemer 3:",
// optionally with a timestamp before it or after the colon ("[00:12:34]", "(12:34)",
// "#00:12:34-5#"). A custom pattern (ICU regular expression) replaces the default; it must have
// a group named `speaker` (or at least one group, the first being the speaker) and may have a
// group named `time`. One detector serves one thread (it reuses its matcher).
class SpeakerDetector {
public:
    explicit SpeakerDetector(const std::optional<std::string>& customPattern = std::nullopt);
    ~SpeakerDetector();
    SpeakerDetector(const SpeakerDetector&) = delete;
    SpeakerDetector& operator=(const SpeakerDetector&) = delete;

    std::optional<SpeakerLabel> match(std::string_view paragraph) const;
    bool isCustom() const { return custom_; }

private:
    std::unique_ptr<icu::RegexPattern> pattern_;
    // Made once: a matcher per paragraph cost more than the matching.
    std::unique_ptr<icu::RegexMatcher> matcher_;
    int speakerGroup_ = 1;
    int timeGroups_[2] = {0, 0};
    bool custom_ = false;
};

// Whether `speaker` has a shape that only a transcript label has: a capital with optional digits
// ("R", "I2", "P3"), or a role word such as Interviewer, Moderator, Deelnemer, Respondent,
// Participant, Spreker or Gespreksleider, alone or followed by a number or a single letter
// ("Deelnemer 2", "Spreker B"). Role words are compared case-insensitively (ASCII).
bool isTranscriptLabelShape(std::string_view speaker);

} // namespace codeboom
