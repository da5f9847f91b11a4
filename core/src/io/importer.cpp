#include "codeboom/io/importer.h"

#include "codeboom/error.h"
#include "codeboom/io/readers.h"
#include "codeboom/io/speakers.h"
#include "codeboom/text/normalize.h"
#include "codeboom/text/offsets.h"
#include "codeboom/text/sha256.h"
#include "codeboom/text/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

namespace codeboom {

namespace {

constexpr std::uintmax_t kMaxFileSize = 512ull << 20;

std::string lowerExtension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext.empty() ? ext : ext.substr(1);
}

std::string readBytes(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    std::error_code error;
    if (std::filesystem::is_directory(file, error))
        throw ImportError(
            Message{CODEBOOM_N_("{file}: is a folder, not a transcript file"), {{"file", name}}});
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        throw ImportError(Message{CODEBOOM_N_("{file}: cannot be read ({reason})"),
                                  {{"file", name}, {"reason", error.message()}}});
    if (size > kMaxFileSize)
        throw ImportError(Message{
            CODEBOOM_N_("{file}: is larger than 512 MiB; split the transcript"), {{"file", name}}});
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: cannot be opened for reading"), {{"file", name}}});
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: could not be read completely"), {{"file", name}}});
    return bytes;
}

// NFC, LF-only text of a paragraph. Code points below U+0300 (ASCII, Latin-1, Latin Extended-A
// and -B: nearly every Dutch transcript) are all NFC_Quick_Check=Yes with combining class 0, so
// a text of only those is in NFC already; in UTF-8 they are exactly the texts without a byte of
// 0xCC or more (the lead bytes of U+0300 and up).
std::string normalizedParagraph(std::string_view text) {
    std::string lf = text.find('\r') == std::string_view::npos ? std::string(text) : toLf(text);
    const bool belowCombining = std::all_of(
        lf.begin(), lf.end(), [](char c) { return static_cast<unsigned char>(c) < 0xCC; });
    return belowCombining ? lf : toNfc(lf);
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\n") == std::string_view::npos;
}

std::string_view firstWord(std::string_view label) {
    return label.substr(0, label.find(' '));
}

std::size_t wordCount(std::string_view label) {
    return static_cast<std::size_t>(std::count(label.begin(), label.end(), ' ')) + 1;
}

// The speakers whose labels open turns. The default rule also matches "Kortom: ..." in running
// text, so once a document has a few labels, a word that opens only one paragraph is not taken
// for a speaker -- unless it has the shape of a transcript label ("Deelnemer 2", "R1",
// "Moderator") or is a sibling of an accepted label (same first word and as many words, as
// "Deelnemer 6" is of "Deelnemer 5"): in a focus group a participant who speaks once is still a
// speaker, and dropping the label would credit their words to the previous turn.
std::set<std::string> acceptedSpeakers(const std::map<std::string, int>& counts, int labelled) {
    std::set<std::string> accepted;
    for (const auto& [speaker, count] : counts) {
        if (labelled < 3 || count >= 2 || isTranscriptLabelShape(speaker))
            accepted.insert(speaker);
    }
    std::set<std::pair<std::string, std::size_t>> families;
    for (const std::string& speaker : accepted)
        families.emplace(std::string(firstWord(speaker)), wordCount(speaker));
    for (const auto& [speaker, count] : counts) {
        if (families.contains({std::string(firstWord(speaker)), wordCount(speaker)}))
            accepted.insert(speaker);
    }
    return accepted;
}

// Whether a document has nothing to read: no characters but white space, including the no-break
// and zero-width spaces and a stray byte-order mark that word processors leave in an empty file.
bool hasNoText(std::string_view text) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int64_t>(text.size());
    std::int64_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0 || (!u_isUWhiteSpace(c) && c != 0xFEFF && c != 0x200B))
            return false;
    }
    return true;
}

} // namespace

const SpeakerDetector& ImportOptions::speakerDetector() const {
    if (!detector_ || detectorPattern_ != speakerPattern) {
        detector_ = std::make_shared<const SpeakerDetector>(speakerPattern);
        detectorPattern_ = speakerPattern;
    }
    return *detector_;
}

ImportedDocument buildTranscript(const ExtractedDocument& extracted, const ImportOptions& options,
                                 WordCounter& words) {
    ImportedDocument doc;
    doc.encoding = extracted.encoding;
    const SpeakerDetector& detector = options.speakerDetector();

    struct Candidate {
        std::size_t paragraph;
        SpeakerLabel label;
    };
    std::vector<Candidate> labels;
    std::vector<std::size_t> paragraphOf; // extracted paragraph -> index in doc.paragraphs, or npos
    std::vector<std::string> normalized;
    std::size_t cp = 0;
    for (std::size_t i = 0; i < extracted.paragraphs.size(); ++i) {
        normalized.push_back(normalizedParagraph(extracted.paragraphs[i].text));
        const std::string& text = normalized.back();
        if (i > 0) {
            doc.text.push_back('\n');
            ++cp;
        }
        const std::size_t length = countCodePoints(text);
        if (!isBlank(text)) {
            paragraphOf.push_back(doc.paragraphs.size());
            doc.paragraphs.push_back({doc.paragraphs.size(), cp, cp + length});
        } else {
            paragraphOf.push_back(std::string::npos);
        }
        doc.text += text;
        cp += length;
    }
    doc.chars = cp;

    bool anyCueSpeakers = false;
    for (std::size_t i = 0; i < extracted.paragraphs.size(); ++i) {
        const auto& source = extracted.paragraphs[i];
        if (paragraphOf[i] == std::string::npos)
            continue;
        if (!source.speaker.empty() || !source.timestamp.empty()) {
            anyCueSpeakers = true;
            labels.push_back({paragraphOf[i], {source.speaker, source.timestamp, 0}});
            continue;
        }
        if (auto label = detector.match(normalized[i]))
            labels.push_back({paragraphOf[i], *label});
    }
    std::map<std::string, int> counts;
    for (const Candidate& c : labels)
        ++counts[c.label.speaker];
    const bool trustLabels = anyCueSpeakers || detector.isCustom();
    const std::set<std::string> accepted =
        trustLabels ? std::set<std::string>()
                    : acceptedSpeakers(counts, static_cast<int>(labels.size()));

    std::size_t next = 0;
    for (const Candidate& c : labels) {
        if (!trustLabels && !accepted.contains(c.label.speaker))
            continue;
        const Paragraph& p = doc.paragraphs[c.paragraph];
        // A subtitle turn is exactly its cue; a transcript turn runs on until the next label.
        if (!doc.turns.empty() && !anyCueSpeakers)
            doc.turns.back().end = doc.paragraphs[c.paragraph - 1].end;
        doc.turns.push_back(
            {next++, c.label.speaker, p.start, p.start + c.label.length, p.end, c.label.timestamp});
    }
    if (!doc.turns.empty() && !anyCueSpeakers)
        doc.turns.back().end = doc.paragraphs.back().end;
    doc.words = words.count(doc.text);
    return doc;
}

ImportedDocument readTranscript(const std::filesystem::path& file, const ImportOptions& options,
                                WordCounter& words) {
    const std::string name = file.filename().string();
    const std::string format = lowerExtension(file);
    static constexpr const char* kSupported = ".txt, .docx, .odt, .rtf, .srt and .vtt";
    ExtractedDocument (*reader)(std::string_view, const std::string&) = nullptr;
    if (format == "txt")
        reader = readTxt;
    else if (format == "docx")
        reader = readDocx;
    else if (format == "odt")
        reader = readOdt;
    else if (format == "rtf")
        reader = readRtf;
    else if (format == "srt")
        reader = readSrt;
    else if (format == "vtt")
        reader = readVtt;
    else
        throw ImportError(
            format.empty()
                ? Message{CODEBOOM_N_("{file}: unsupported file type; Codeboom imports {formats}"),
                          {{"file", name}, {"formats", kSupported}}}
                : Message{CODEBOOM_N_("{file}: unsupported file type '.{extension}'; Codeboom "
                                      "imports {formats}"),
                          {{"file", name}, {"extension", format}, {"formats", kSupported}}});
    if (!std::filesystem::exists(file))
        throw ImportError(Message{CODEBOOM_N_("{file}: no such file"), {{"file", name}}});
    const std::string bytes = readBytes(file);
    ImportedDocument doc = buildTranscript(reader(bytes, name), options, words);
    if (hasNoText(doc.text))
        throw ImportError(Message{CODEBOOM_N_("{file}: is empty (it holds no text, at most white "
                                              "space); there is nothing to import"),
                                  {{"file", name}}});
    doc.name = file.stem().string();
    doc.originalName = name;
    doc.originalSha256 = sha256Hex(bytes);
    // A UTF-8 file already in NFC with LF line ends is its own text: one hash serves both.
    doc.sha256 = doc.text == bytes ? doc.originalSha256 : sha256Hex(doc.text);
    doc.format = format;
    return doc;
}

} // namespace codeboom
