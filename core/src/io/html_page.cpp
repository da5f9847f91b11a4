#include "codeboom/io/html_page.h"

namespace codeboom {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
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

std::string htmlPageStart(Language language, std::string_view title, std::string_view css) {
    return "<!DOCTYPE html>\n<html lang=\"" +
           std::string(language == Language::Dutch ? "nl" : "en") +
           "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(title) +
           "</title>\n<style>\n" + std::string(css) + "</style>\n</head>\n<body>\n";
}

std::string htmlPageEnd() {
    return "</body>\n</html>\n";
}

} // namespace codeboom
