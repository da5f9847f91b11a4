#include "codeboom/io/speakers.h"

#include "codeboom/error.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string_view>

namespace codeboom {

namespace {

// Timestamps as transcription tools write them: [00:12:34], (12:34), #00:12:34-5# (f4/f5),
// optionally with fractions.
constexpr const char* kTime =
    R"((?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]|\(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\)|#\d{1,2}:\d{2}:\d{2}(?:[-.,]\d{1,3})?#))";

// A label is one to four words of letters, digits and a few joiners ("Deelnemer 3", "R1",
// "Jan de Vries", "Dr. Smit"), followed by a colon that does not start a URL.
std::string defaultPattern() {
    return std::string(R"(^[ \t]*(?:(?<pre>)") + kTime + R"()[ \t]*)?)" +
           R"((?<speaker>\p{L}[\p{L}\p{N}.'’\-]*(?: [\p{L}\p{N}.'’\-]+){0,3})[ \t]*:(?!//)[ \t]*)" +
           R"((?:(?<post>)" + kTime + R"()[ \t]*)?)";
}

std::string stripBrackets(std::string time) {
    if (time.size() >= 2)
        time = time.substr(1, time.size() - 2);
    return time;
}

std::string toUtf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// The roles transcribers write before a turn, in Dutch and English, lower case.
constexpr std::string_view kRoleWords[] = {"interviewer",
                                           "interviewster",
                                           "interviewee",
                                           "int",
                                           "moderator",
                                           "moderatrice",
                                           "mod",
                                           "deelnemer",
                                           "deelneemster",
                                           "respondent",
                                           "respondente",
                                           "resp",
                                           "participant",
                                           "participante",
                                           "spreker",
                                           "spreekster",
                                           "speaker",
                                           "gespreksleider",
                                           "gespreksleidster",
                                           "onderzoeker",
                                           "onderzoekster",
                                           "geïnterviewde",
                                           "facilitator",
                                           "observator"};

bool isDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isCapital(char c) {
    return c >= 'A' && c <= 'Z';
}

bool isRoleWord(std::string_view word) {
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return isCapital(c) ? static_cast<char>(c - 'A' + 'a') : c; });
    return std::find(std::begin(kRoleWords), std::end(kRoleWords), lower) != std::end(kRoleWords);
}

} // namespace

bool isTranscriptLabelShape(std::string_view speaker) {
    const std::size_t space = speaker.find(' ');
    const std::string_view first = speaker.substr(0, space);
    if (space == std::string_view::npos) {
        if (!first.empty() && isCapital(first[0]) &&
            (first.size() == 1 || isDigits(first.substr(1))))
            return true; // "R", "I", "R1", "P12"
        // "Deelnemer3", "Resp1": a role word with its number written against it.
        const std::size_t digits = first.find_first_of("0123456789");
        return isRoleWord(first.substr(0, digits)) &&
               (digits == std::string_view::npos || isDigits(first.substr(digits)));
    }
    const std::string_view rest = speaker.substr(space + 1);
    return isRoleWord(first) && (isDigits(rest) || (rest.size() == 1 && isCapital(rest[0])));
}

SpeakerDetector::SpeakerDetector(const std::optional<std::string>& customPattern)
    : custom_(customPattern.has_value()) {
    const std::string source = customPattern.value_or(defaultPattern());
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    pattern_.reset(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(source), 0, where, status));
    if (U_FAILURE(status))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("speaker pattern '{pattern}' is not a valid regular expression "
                                "({reason} at character {offset})"),
                    {{"pattern", source},
                     {"reason", u_errorName(status)},
                     {"offset", std::to_string(where.offset)}}});
    if (!custom_) {
        speakerGroup_ = pattern_->groupNumberFromName("speaker", -1, status);
        timeGroups_[0] = pattern_->groupNumberFromName("pre", -1, status);
        timeGroups_[1] = pattern_->groupNumberFromName("post", -1, status);
        matcher_.reset(pattern_->matcher(status));
        if (U_FAILURE(status))
            throw Error(Message{CODEBOOM_N_("speaker labels cannot be detected (ICU: {reason})"),
                                {{"reason", u_errorName(status)}}});
        return;
    }
    status = U_ZERO_ERROR;
    const int named = pattern_->groupNumberFromName("speaker", -1, status);
    speakerGroup_ = U_SUCCESS(status) ? named : 1;
    status = U_ZERO_ERROR;
    const int time = pattern_->groupNumberFromName("time", -1, status);
    timeGroups_[0] = U_SUCCESS(status) ? time : 0;
    status = U_ZERO_ERROR;
    matcher_.reset(pattern_->matcher(status));
    if (U_FAILURE(status) || matcher_->groupCount() < 1)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("speaker pattern '{pattern}' needs a group for the speaker, e.g. "
                                "^(\\w+):"),
                    {{"pattern", source}}});
}

SpeakerDetector::~SpeakerDetector() = default;

std::optional<SpeakerLabel> SpeakerDetector::match(std::string_view paragraph) const {
    // Only the start of the first line can hold a label; matching less text keeps import fast.
    std::string_view head = paragraph.substr(0, paragraph.find('\n'));
    head = head.substr(0, 200);
    // The default label always has its colon; most paragraphs without a label have none.
    if (!custom_ && head.find(':') == std::string_view::npos)
        return std::nullopt;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(head.data(), static_cast<std::int32_t>(head.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::RegexMatcher* matcher = matcher_.get();
    matcher->reset(text);
    if (!matcher->lookingAt(status) || U_FAILURE(status))
        return std::nullopt;
    SpeakerLabel label;
    const icu::UnicodeString speaker = matcher->group(speakerGroup_, status);
    label.speaker = toUtf8(speaker);
    if (label.speaker.empty() || speaker.countChar32() > 40)
        return std::nullopt;
    for (const int group : timeGroups_) {
        if (group > 0 && label.timestamp.empty() && matcher->start(group, status) >= 0) {
            label.timestamp = toUtf8(matcher->group(group, status));
            if (!custom_)
                label.timestamp = stripBrackets(label.timestamp);
        }
    }
    const std::int32_t end = matcher->end(status);
    label.length = static_cast<std::size_t>(text.countChar32(0, end));
    return label;
}

} // namespace codeboom
