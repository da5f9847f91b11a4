#include "matrix_commands.h"

#include "codeboom/analysis/cooccurrence.h"
#include "codeboom/analysis/frequency.h"
#include "codeboom/error.h"
#include "codeboom/io/heatmap.h"
#include "codeboom/io/matrix_csv.h"
#include "codeboom/io/matrix_html.h"
#include "codeboom/io/matrix_xlsx.h"

#include <ostream>

namespace codeboom::cli {

namespace {

// "a, b" -> {"a", "b"}.
std::vector<std::string> commaList(const std::string& text) {
    std::vector<std::string> items;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = std::min(text.find(',', from), text.size());
        std::string item = text.substr(from, comma - from);
        const auto first = item.find_first_not_of(' ');
        const auto last = item.find_last_not_of(' ');
        if (first != std::string::npos)
            items.push_back(item.substr(first, last - first + 1));
        from = comma + 1;
    }
    return items;
}

AnalysisFilter filterOf(const Arguments& args) {
    AnalysisFilter filter;
    if (const auto docs = args.option("docs"))
        filter.documents = commaList(*docs);
    if (const auto coders = args.option("coders"))
        filter.coders = commaList(*coders);
    filter.codes = args.option("codes");
    if (const auto where = args.option("where"))
        filter.where = parseWhere(*where);
    filter.rollup = args.flag("rollup");
    return filter;
}

// --format, else the extension of -o, else csv.
std::string formatOf(const Arguments& args) {
    if (const auto format = args.option("format"))
        return *format;
    if (const auto out = args.option("o")) {
        std::string ext = std::filesystem::path(*out).extension().string();
        if (!ext.empty())
            ext.erase(0, 1);
        for (const char* known : {"csv", "xlsx", "html", "png", "svg"})
            if (ext == known)
                return ext;
    }
    return "csv";
}

void write(const Matrix& matrix, const Invocation& inv) {
    const Arguments& args = inv.args;
    const std::string format = formatOf(args);
    const Language language = languageOf(args, Language::English);
    const auto out = args.option("o");
    if (format != "csv" && (args.option("dialect") || args.flag("with-header")))
        throw UsageError("--dialect and --with-header apply to --format csv only");
    if (format == "csv") {
        CsvOptions options;
        options.language = language;
        options.withHeader = args.flag("with-header");
        if (const auto dialect = args.option("dialect")) {
            if (*dialect != "excel-nl")
                throw UsageError("--dialect must be excel-nl, not '" + *dialect + "'");
            options.dialect = CsvDialect::ExcelNl;
        }
        if (out)
            writeMatrixCsv(matrix, *out, options);
        else
            inv.out << matrixCsv(matrix, options);
        return;
    }
    if (format != "xlsx" && format != "html" && format != "png" && format != "svg")
        throw UsageError("--format must be csv, xlsx, html, png or svg, not '" + format + "'");
    if (!out)
        throw UsageError("--format " + format + " needs -o FILE");
    if (format == "xlsx")
        writeMatrixXlsx(matrix, *out, language);
    else if (format == "html")
        writeMatrixHtml(matrix, *out, language);
    else if (format == "png")
        writeHeatmapPng(matrix, *out, language);
    else
        writeHeatmapSvg(matrix, *out, language);
}

// Option words are checked before the project is opened, so a typo costs nothing.
template <typename F> auto usage(F parse) {
    try {
        return parse();
    } catch (const InvalidArgumentError& e) {
        throw UsageError(e.what());
    }
}

} // namespace

int cmdMatrix(Invocation& inv) {
    const Arguments& args = inv.args;
    const std::string kind = args.at(1, "matrix kind (frequency or cooccurrence)");
    const std::set<std::string> common = {"rollup", "coders",  "docs", "codes", "where",
                                          "format", "dialect", "o",    "lang",  "with-header"};
    // Invocation::args counts the project as word 1; here it is word 2, after the kind.
    const std::string project = args.at(2, "PROJECT");
    auto open = [&] { return Project::open(project, inv.coder, true); };
    if (kind == "frequency") {
        std::set<std::string> allowed = common;
        allowed.insert({"by", "count", "percent"});
        args.allow(allowed);
        FrequencyOptions options;
        usage([&] {
            options.filter = filterOf(args);
            parseFrequencyColumns(args.option("by").value_or("document"), options);
            options.count = parseFrequencyCount(args.option("count").value_or("regions"));
            if (const auto percent = args.option("percent"))
                options.percent = parsePercentages(*percent);
            languageOf(args, Language::English);
            return 0;
        });
        auto p = open();
        write(frequencyMatrix(*p, options), inv);
        return 0;
    }
    if (kind == "cooccurrence") {
        std::set<std::string> allowed = common;
        allowed.insert({"unit", "measure"});
        args.allow(allowed);
        CooccurrenceOptions options;
        usage([&] {
            options.filter = filterOf(args);
            options.unit = parseCooccurrenceUnit(args.option("unit").value_or("overlap"));
            options.measure = parseCooccurrenceMeasure(args.option("measure").value_or("count"));
            languageOf(args, Language::English);
            return 0;
        });
        auto p = open();
        write(cooccurrenceMatrix(*p, options), inv);
        return 0;
    }
    throw UsageError("matrix needs frequency or cooccurrence, not '" + kind + "'");
}

} // namespace codeboom::cli
