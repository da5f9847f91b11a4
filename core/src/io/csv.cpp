#include "codeboom/io/csv.h"

#include "codeboom/error.h"
#include "codeboom/text/normalize.h"
#include "codeboom/text/offsets.h"

#include <unicode/ucnv.h>

#include <fstream>
#include <memory>

namespace codeboom {

namespace {

char detectDelimiter(std::string_view text) {
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

std::string fromWindows1252(std::string_view bytes, const std::string& fileName) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open("windows-1252", &status),
                                                                 ucnv_close);
    if (U_FAILURE(status))
        throw ImportError(Message{CODEBOOM_N_("{file}: the Windows-1252 decoder is unavailable"),
                                  {{"file", fileName}}});
    std::string out(bytes.size() * 3 + 1, '\0');
    UErrorCode convert = U_ZERO_ERROR;
    const auto written = ucnv_toAlgorithmic(UCNV_UTF8, converter.get(), out.data(),
                                            static_cast<std::int32_t>(out.size()), bytes.data(),
                                            static_cast<std::int32_t>(bytes.size()), &convert);
    if (U_FAILURE(convert))
        throw ImportError(
            Message{CODEBOOM_N_("{file}: cannot decode the text as UTF-8 or Windows-1252"),
                    {{"file", fileName}}});
    out.resize(static_cast<std::size_t>(written));
    return out;
}

} // namespace

CsvTable parseCsv(std::string_view text, const std::string& fileName) {
    CsvTable table;
    table.delimiter = detectDelimiter(text);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    std::size_t line = 1;
    std::size_t recordLine = 1;
    auto endField = [&] {
        record.push_back(std::move(field));
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool empty = record.size() == 1 && record[0].empty();
        if (!empty) {
            records.push_back(std::move(record));
            table.lines.push_back(recordLine);
        }
        record.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++line;
                field.push_back(c);
            }
        } else if (c == '"') {
            if (!field.empty() || fieldWasQuoted)
                throw ImportError(Message{
                    CODEBOOM_N_("{file}, line {line}: a quote inside an unquoted field; quote "
                                "the whole field"),
                    {{"file", fileName}, {"line", std::to_string(line)}}});
            quoted = fieldWasQuoted = true;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRecord();
            recordLine = ++line;
        } else {
            if (fieldWasQuoted)
                throw ImportError(
                    Message{CODEBOOM_N_("{file}, line {line}: text after a closing quote"),
                            {{"file", fileName}, {"line", std::to_string(line)}}});
            field.push_back(c);
        }
    }
    if (quoted)
        throw ImportError(
            Message{CODEBOOM_N_("{file}, line {line}: a quoted field is never closed"),
                    {{"file", fileName}, {"line", std::to_string(recordLine)}}});
    if (!field.empty() || !record.empty())
        endRecord();
    if (records.empty())
        throw ImportError(Message{CODEBOOM_N_("{file}: the file is empty; expected a header row"),
                                  {{"file", fileName}}});
    table.header = std::move(records.front());
    table.lines.erase(table.lines.begin());
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != table.header.size())
            throw ImportError(
                Message{CODEBOOM_N_("{file}, line {line}: {fields} fields where the header has "
                                    "{columns}"),
                        {{"file", fileName},
                         {"line", std::to_string(table.lines[r - 1])},
                         {"fields", std::to_string(records[r].size())},
                         {"columns", std::to_string(table.header.size())}}});
        table.rows.push_back(std::move(records[r]));
    }
    return table;
}

CsvTable readCsvFile(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    std::ifstream in(file, std::ios::binary);
    if (error || !in)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: cannot be opened for reading"), {{"file", name}}});
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: could not be read completely"), {{"file", name}}});
    std::string encoding = "UTF-8";
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0)
        bytes.erase(0, 3);
    if (bytes.find('\0') != std::string::npos)
        throw ImportError(Message{CODEBOOM_N_("{file}: is not a text file (it contains NUL bytes; "
                                              "UTF-16 CSV is not supported, save it as UTF-8)"),
                                  {{"file", name}}});
    if (!isValidUtf8(bytes)) {
        bytes = fromWindows1252(bytes, name);
        encoding = "windows-1252";
    }
    CsvTable table = parseCsv(toNfc(bytes), name);
    table.encoding = encoding;
    return table;
}

std::string csvField(std::string_view text, char separator) {
    if (text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

} // namespace codeboom
