#pragma once

// Self-written REFI-QDA fixtures that copy the *shape* of real exports (research note §2: never
// the third-party files themselves): each helper returns XML or a whole .qdpx built in memory.

#include "support/zip_builder.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace codeboom::test {

inline const std::string kUserGuid = "0B3D1A2E-1111-4A11-8111-000000000001";
inline const std::string kCodeParent = "C0DE0000-0000-4000-8000-000000000001";
inline const std::string kCodeChild = "C0DE0000-0000-4000-8000-000000000002";
inline const std::string kCodeOther = "C0DE0000-0000-4000-8000-000000000003";
inline const std::string kSourceGuid = "50E00000-0000-4000-8000-000000000001";

inline std::string escapeXml(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

struct FixtureSelection {
    FixtureSelection(long long from, long long to, std::vector<std::string> codeGuids,
                     std::string quote = {}, std::string selectionGuid = {})
        : start(from), end(to), codes(std::move(codeGuids)), name(std::move(quote)),
          guid(std::move(selectionGuid)) {}
    long long start = 0;
    long long end = 0;
    std::vector<std::string> codes; // one Coding per code GUID
    std::string name;
    std::string guid;
};

inline std::string selectionXml(const FixtureSelection& s, int n) {
    const std::string guid = s.guid.empty() ? "5E100000-0000-4000-8000-" +
                                                  std::string(12 - std::to_string(n).size(), '0') +
                                                  std::to_string(n)
                                            : s.guid;
    std::string xml = "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" +
                      std::to_string(s.start) + "\" endPosition=\"" + std::to_string(s.end) + "\"" +
                      (s.name.empty() ? "" : " name=\"" + escapeXml(s.name) + "\"") + ">";
    int k = 0;
    for (const std::string& code : s.codes) {
        const std::string id = std::to_string(n * 10 + k++);
        xml += "<Coding guid=\"C0D10000-0000-4000-8000-" + std::string(12 - id.size(), '0') + id +
               "\" creatingUser=\"" + kUserGuid + "\"><CodeRef targetGUID=\"" + code +
               "\"/></Coding>";
    }
    return xml + "</PlainTextSelection>";
}

// A project with a user, three codes (Parent > Child, Other) and one text source.
inline std::string projectQde(const std::string& nameSpace, const std::string& plainTextPath,
                              const std::vector<FixtureSelection>& selections,
                              const std::string& extra = {},
                              const std::string& sourceGuid = kSourceGuid) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project";
    if (!nameSpace.empty())
        xml += " xmlns=\"" + nameSpace + "\"";
    xml += " name=\"Fixture\" origin=\"fixture\"><Users><User guid=\"" + kUserGuid +
           "\" name=\"sanne\"/></Users><CodeBook><Codes>"
           "<Code guid=\"" +
           kCodeParent +
           "\" name=\"Parent\" isCodable=\"true\" color=\"#F00\">"
           "<Description>the parent</Description>"
           "<Code guid=\"" +
           kCodeChild +
           "\" name=\"Child\" isCodable=\"true\" color=\"#00AA00\"/></Code>"
           "<Code guid=\"" +
           kCodeOther + "\" name=\"Other\" isCodable=\"false\"/></Codes></CodeBook><Sources>";
    xml += "<TextSource guid=\"" + sourceGuid + "\" name=\"interview\" plainTextPath=\"" +
           plainTextPath + "\">";
    int n = 1;
    for (const FixtureSelection& s : selections)
        xml += selectionXml(s, n++);
    xml += "</TextSource></Sources>" + extra + "</Project>\n";
    return xml;
}

inline std::string qdpx(const std::vector<std::pair<std::string, std::string>>& entries) {
    return makeZip(entries);
}

// ../shared/interop relative to the repository root (this file is tests/core/refi_fixtures.h).
inline std::filesystem::path interopDir() {
    return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().parent_path() /
           "shared" / "interop";
}

} // namespace codeboom::test
