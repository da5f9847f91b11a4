#include "codeboom/io/codebook_export.h"

#include "codeboom/io/csv.h"
#include "codeboom/io/export_error.h"
#include "codeboom/io/html_page.h"
#include "codeboom/io/matrix_csv.h"
#include "codeboom/project.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <string_view>

namespace codeboom {

namespace {

// The words of the appendix in either language.
struct Words {
    const char* title;
    const char* contents;
    const char* project;
    const char* codes;
    const char* path;
    const char* label;
    const char* definition;
    const char* inclusion;
    const char* exclusion;
    const char* anchor;
    const char* codings;
    const char* characters;
    const char* missing;
    const char* merged;
    const char* mergedInto;
    const char* mergedAt;
    const char* mergedBy;
    const char* nowhere;
};

constexpr Words kDutch = {"Codeboek",
                          "Inhoud",
                          "Project",
                          "codes",
                          "Pad",
                          "Label",
                          "Definitie",
                          "Inclusiecriteria",
                          "Exclusiecriteria",
                          "Ankervoorbeeld",
                          "Aantal coderingen",
                          "tekens",
                          "niet in dit project",
                          "Samengevoegde codes",
                          "Samengevoegd in",
                          "Samengevoegd op",
                          "Door",
                          "een verwijderde code"};
constexpr Words kEnglish = {"Codebook",
                            "Contents",
                            "Project",
                            "codes",
                            "Path",
                            "Label",
                            "Definition",
                            "Inclusion criteria",
                            "Exclusion criteria",
                            "Anchor example",
                            "Number of codings",
                            "characters",
                            "not in this project",
                            "Merged codes",
                            "Merged into",
                            "Merged on",
                            "By",
                            "a deleted code"};

const Words& wordsFor(Language language) {
    return language == Language::Dutch ? kDutch : kEnglish;
}

const std::string& labelOf(const Code& code, Language language) {
    const std::string& label = language == Language::Dutch ? code.labelNl : code.labelEn;
    return label.empty() ? code.name : label;
}

// "interview-werkgever, tekens 120–188", or the UUID of a coding the project does not hold.
std::string anchorSource(const CodebookAnchor& anchor, const Words& words) {
    if (!anchor.found)
        return anchor.uuid + " (" + words.missing + ")";
    return anchor.document + ", " + words.characters + " " + std::to_string(anchor.start) + "–" +
           std::to_string(anchor.end);
}

std::string anchorId(std::size_t index) {
    return "code-" + std::to_string(index + 1);
}

constexpr const char* kDash = "—";

// Where a merged code's codings are now, for a reader: the live code's path.
std::string targetOf(const MergedCode& code, const Words& words) {
    return code.mergedIntoPath.empty() ? std::string(words.nowhere) : code.mergedIntoPath;
}

// The date of a merge (UTC), which is what an appendix needs; the log has the time.
std::string dayOf(const std::string& at) {
    return at.substr(0, 10);
}

// --- HTML -------------------------------------------------------------------------------------

// Escaped, with the text's line breaks kept.
std::string htmlText(const std::string& text) {
    std::string out;
    for (const char c : escapeHtml(text))
        out += c == '\n' ? std::string("<br>") : std::string(1, c);
    return out;
}

constexpr const char* kCodebookCss =
    "body{font-family:'DejaVu Serif',Georgia,serif;max-width:48em;margin:2em auto;"
    "padding:0 1em;line-height:1.45;color:#222}\n"
    "h1,h2,h3{font-family:'DejaVu Sans',Arial,sans-serif;line-height:1.2}\n"
    "nav ul{list-style:none;padding-left:1.2em}nav>ul{padding-left:0}\n"
    "nav a{color:#222;text-decoration:none}\n"
    "section.code{border-top:1px solid #ccc;padding-top:.6em;margin-top:1.2em}\n"
    ".swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;"
    "border:1px solid #888;vertical-align:baseline}\n"
    "dl{display:grid;grid-template-columns:max-content auto;gap:4px 16px;margin:.5em 0}\n"
    "dt{font-weight:600}dd{margin:0}\n"
    "blockquote{margin:0 0 .3em 0;padding-left:.8em;border-left:3px solid #bbb;"
    "font-style:italic}\n"
    "cite{font-style:normal;color:#555}\n"
    "table.merged{border-collapse:collapse;margin:.5em 0}\n"
    "table.merged th,table.merged td{border-bottom:1px solid #ccc;padding:3px 10px 3px 0;"
    "text-align:left;vertical-align:top}\n"
    "@media print{body{max-width:none;margin:0;font-size:10.5pt}nav{break-after:page}"
    "section.code{break-inside:avoid}a{color:inherit}}\n";

// Nested lists: a sub-code's list sits inside its parent's item.
std::string htmlToc(const Codebook& codebook, Language language) {
    std::string html = "<nav>\n<h2>" + escapeHtml(wordsFor(language).contents) + "</h2>\n<ul>\n";
    int depth = 0;
    for (std::size_t i = 0; i < codebook.codes.size(); ++i) {
        const Code& code = codebook.codes[i].code;
        if (i > 0 && code.depth > depth) {
            for (; depth < code.depth; ++depth)
                html += "\n<ul>\n";
        } else if (i > 0) {
            html += "</li>\n";
            for (; depth > code.depth; --depth)
                html += "</ul>\n</li>\n";
        }
        html +=
            "<li><a href=\"#" + anchorId(i) + "\">" + escapeHtml(labelOf(code, language)) + "</a>";
    }
    if (!codebook.codes.empty())
        html += "</li>\n";
    for (; depth > 0; --depth)
        html += "</ul>\n</li>\n";
    return html + "</ul>\n</nav>\n";
}

// --- Markdown ---------------------------------------------------------------------------------

// CommonMark: inline markup characters are backslash-escaped, a line that would start a heading,
// list or rule is escaped at its start, and line breaks are hard breaks (backslash, newline).
std::string markdownText(const std::string& text) {
    std::string out;
    bool lineStart = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            out += "\\\n";
            lineStart = true;
            continue;
        }
        if (lineStart && (c == '#' || c == '+' || c == '-' || c == '=' || c == '>'))
            out += '\\';
        if (lineStart && std::isdigit(static_cast<unsigned char>(c))) {
            std::size_t j = i;
            while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])))
                ++j;
            if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
                out.append(text, i, j - i);
                out += '\\';
                i = j - 1;
                lineStart = false;
                continue;
            }
        }
        if (std::string_view("\\`*_[]<|&").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
        lineStart = lineStart && (c == ' ' || c == '\t');
    }
    return out;
}

// --- CSV --------------------------------------------------------------------------------------

std::string lowerExtension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

} // namespace

Codebook codebookOf(Project& project) {
    Codebook codebook;
    codebook.project = project.fileName();
    std::map<RowId, std::size_t> counts;
    {
        auto stmt =
            project.database().prepare("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id");
        while (stmt.step())
            counts[stmt.int64At(0)] = static_cast<std::size_t>(stmt.int64At(1));
    }
    for (const Code& code : project.codeTree().codes()) {
        CodebookCode entry{code, {}, 0};
        if (const auto it = counts.find(code.id); it != counts.end())
            entry.codings = it->second;
        entry.anchor.uuid = code.anchorCoding;
        if (!code.anchorCoding.empty()) {
            CodingFilter filter;
            filter.uuid = code.anchorCoding;
            const std::vector<Coding> found = project.codings(filter);
            if (!found.empty()) {
                entry.anchor.found = true;
                entry.anchor.document = found.front().document;
                entry.anchor.start = found.front().start;
                entry.anchor.end = found.front().end;
                entry.anchor.text = found.front().text;
            }
        }
        codebook.codes.push_back(std::move(entry));
    }
    codebook.merged = mergedCodes(project);
    return codebook;
}

std::string codebookHtml(const Codebook& codebook, Language language) {
    const Words& words = wordsFor(language);
    std::string html =
        htmlPageStart(language, std::string(words.title) + " — " + codebook.project, kCodebookCss);
    html += "<h1>" + escapeHtml(words.title) + "</h1>\n<p>" + escapeHtml(words.project) + ": " +
            escapeHtml(codebook.project) + " · " + std::to_string(codebook.codes.size()) + " " +
            words.codes + "</p>\n";
    html += htmlToc(codebook, language);
    const auto field = [&](const char* name, const std::string& text) {
        html += "<dt>" + escapeHtml(name) + "</dt><dd>" + (text.empty() ? kDash : htmlText(text)) +
                "</dd>\n";
    };
    for (std::size_t i = 0; i < codebook.codes.size(); ++i) {
        const CodebookCode& entry = codebook.codes[i];
        const Code& code = entry.code;
        const std::string heading = code.depth == 0 ? "h2" : "h3";
        html += "<section class=\"code\" id=\"" + anchorId(i) + "\">\n<" + heading +
                "><span class=\"swatch\" style=\"background:" + escapeHtml(code.color) +
                "\"></span>" + escapeHtml(labelOf(code, language)) + "</" + heading + ">\n<dl>\n";
        field(words.path, code.path);
        field(words.label, labelOf(code, language));
        field(words.definition, code.description);
        field(words.inclusion, code.inclusion);
        field(words.exclusion, code.exclusion);
        html += "<dt>" + escapeHtml(words.anchor) + "</dt><dd>";
        if (entry.anchor.uuid.empty())
            html += kDash;
        else
            html += (entry.anchor.found
                         ? "<blockquote>“" + htmlText(entry.anchor.text) + "”</blockquote>"
                         : std::string()) +
                    "<cite>" + escapeHtml(anchorSource(entry.anchor, words)) + "</cite>";
        html += "</dd>\n";
        field(words.codings, std::to_string(entry.codings));
        html += "</dl>\n</section>\n";
    }
    if (!codebook.merged.empty()) {
        html += "<section class=\"merged\">\n<h2>" + escapeHtml(words.merged) +
                "</h2>\n<table class=\"merged\">\n<tr><th>" + escapeHtml(words.path) + "</th><th>" +
                escapeHtml(words.mergedInto) + "</th><th>" + escapeHtml(words.definition) +
                "</th><th>" + escapeHtml(words.mergedAt) + "</th><th>" +
                escapeHtml(words.mergedBy) + "</th></tr>\n";
        for (const MergedCode& code : codebook.merged)
            html += "<tr><td>" + escapeHtml(code.path) + "</td><td>" +
                    escapeHtml(targetOf(code, words)) + "</td><td>" +
                    (code.description.empty() ? kDash : htmlText(code.description)) + "</td><td>" +
                    escapeHtml(dayOf(code.mergedAt)) + "</td><td>" + escapeHtml(code.coder) +
                    "</td></tr>\n";
        html += "</table>\n</section>\n";
    }
    return html + htmlPageEnd();
}

std::string codebookMarkdown(const Codebook& codebook, Language language) {
    const Words& words = wordsFor(language);
    std::string md = std::string("# ") + words.title + "\n\n" + words.project + ": " +
                     markdownText(codebook.project) + " · " +
                     std::to_string(codebook.codes.size()) + " " + words.codes + "\n\n## " +
                     words.contents + "\n\n";
    for (std::size_t i = 0; i < codebook.codes.size(); ++i) {
        const Code& code = codebook.codes[i].code;
        md += std::string(static_cast<std::size_t>(code.depth) * 2, ' ') + "- [" +
              markdownText(labelOf(code, language)) + "](#" + anchorId(i) + ")\n";
    }
    md += "\n";
    const auto field = [&](const char* name, const std::string& text) {
        md += std::string("**") + name + ":** " + (text.empty() ? kDash : markdownText(text)) +
              "\n\n";
    };
    for (std::size_t i = 0; i < codebook.codes.size(); ++i) {
        const CodebookCode& entry = codebook.codes[i];
        const Code& code = entry.code;
        md += "<a id=\"" + anchorId(i) + "\"></a>\n\n" + (code.depth == 0 ? "## " : "### ") +
              markdownText(labelOf(code, language)) + "\n\n";
        field(words.path, code.path);
        field(words.label, labelOf(code, language));
        field(words.definition, code.description);
        field(words.inclusion, code.inclusion);
        field(words.exclusion, code.exclusion);
        if (entry.anchor.uuid.empty()) {
            field(words.anchor, "");
        } else {
            md += std::string("**") + words.anchor + ":**\n\n";
            if (entry.anchor.found) {
                md += "> “";
                for (const char c : markdownText(entry.anchor.text))
                    md += c == '\n' ? std::string("\n> ") : std::string(1, c);
                md += "”\n>\n";
            }
            md += "> — " + markdownText(anchorSource(entry.anchor, words)) + "\n\n";
        }
        field(words.codings, std::to_string(entry.codings));
    }
    if (!codebook.merged.empty()) {
        // A table cell cannot hold a line break: a definition's lines are joined by spaces.
        const auto cell = [](std::string text) {
            if (text.empty())
                return std::string(kDash);
            std::replace(text.begin(), text.end(), '\n', ' ');
            return markdownText(text);
        };
        md += std::string("## ") + words.merged + "\n\n| " + words.path + " | " + words.mergedInto +
              " | " + words.definition + " | " + words.mergedAt + " | " + words.mergedBy +
              " |\n|---|---|---|---|---|\n";
        for (const MergedCode& code : codebook.merged)
            md += "| " + cell(code.path) + " | " + cell(targetOf(code, words)) + " | " +
                  cell(code.description) + " | " + dayOf(code.mergedAt) + " | " + cell(code.coder) +
                  " |\n";
        md += "\n";
    }
    return md;
}

std::string codebookCsv(const Codebook& codebook) {
    // Columns are only ever added at the end: scripts and spreadsheets read them by position.
    std::string out = "\xEF\xBB\xBFpath,label_nl,label_en,color,definition,inclusion,exclusion,"
                      "anchor,phase,status,uuid,merged_into\r\n";
    const std::string none;
    for (const CodebookCode& entry : codebook.codes) {
        const Code& code = entry.code;
        const std::string* cells[] = {&code.path,      &code.labelNl,      &code.labelEn,
                                      &code.color,     &code.description,  &code.inclusion,
                                      &code.exclusion, &code.anchorCoding, &code.phase,
                                      &code.status,    &code.uuid,         &none};
        for (std::size_t i = 0; i < std::size(cells); ++i)
            out += (i == 0 ? "" : ",") + csvField(*cells[i]);
        out += "\r\n";
    }
    for (const MergedCode& code : codebook.merged) {
        const std::string* cells[] = {&code.path,      &code.labelNl,      &code.labelEn,
                                      &code.color,     &code.description,  &code.inclusion,
                                      &code.exclusion, &code.anchorCoding, &code.phase,
                                      &code.status,    &code.uuid,         &code.mergedIntoPath};
        for (std::size_t i = 0; i < std::size(cells); ++i)
            out += (i == 0 ? "" : ",") + csvField(*cells[i]);
        out += "\r\n";
    }
    return out;
}

void writeCodebook(Project& project, const std::filesystem::path& file, Language language) {
    const std::string ext = lowerExtension(file);
    if (ext != ".html" && ext != ".htm" && ext != ".md" && ext != ".csv")
        throw ExportError(
            Message{CODEBOOM_N_("{file}: unknown codebook format '{extension}'; name the file "
                                ".html, .md or .csv"),
                    {{"file", file.string()}, {"extension", file.extension().string()}}});
    const Codebook codebook = codebookOf(project);
    if (ext == ".csv")
        writeExportFile(file, codebookCsv(codebook));
    else if (ext == ".md")
        writeExportFile(file, codebookMarkdown(codebook, language));
    else
        writeExportFile(file, codebookHtml(codebook, language));
}

} // namespace codeboom
