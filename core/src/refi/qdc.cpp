#include "codeboom/refi/qdc.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/refi/qde_parser.h"

#include "refi/code_import.h"
#include "refi/xml_output.h"

#include <fstream>

namespace codeboom::refi {

namespace {

// A codebook is a few hundred codes; anything near this is not one.
constexpr std::uintmax_t kMaxCodebookSize = std::uintmax_t{512} << 20;

std::string readCodebook(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        throw ImportError(Message{CODEBOOM_N_("{file}: cannot be read ({reason})"),
                                  {{"file", name}, {"reason", error.message()}}});
    if (size > kMaxCodebookSize)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: refused: larger than 512 MiB, which no codebook is"),
                    {{"file", name}}});
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: could not be read completely"), {{"file", name}}});
    return bytes;
}

} // namespace

std::string codebookXml(Project& project) {
    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "utf-8";
    pugi::xml_node root = doc.append_child("CodeBook");
    root.append_attribute("xmlns") = "urn:QDA-XML:codebook:1.0";
    root.append_attribute("origin") = "Codeboom " CODEBOOM_VERSION;
    // Codes is required, and holds at least one Code: an empty codebook cannot be valid.
    if (project.codeTree().codes().empty())
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("{file} has no codes; a REFI-QDA codebook needs at least one"),
                    {{"file", project.fileName()}}});
    appendCodes(root.append_child("Codes"), project, nullptr);
    return xmlText(doc);
}

std::size_t exportQdc(Project& project, const std::filesystem::path& file) {
    writeFileAtomically(file, codebookXml(project));
    return project.codeTree().codes().size();
}

ImportQdc::ImportQdc(const std::filesystem::path& file)
    : ImportQdc(readCodebook(file), file.filename().string()) {}

ImportQdc::ImportQdc(std::string_view xml, std::string fileName) : fileName_(std::move(fileName)) {
    codes_ = parseCodebook(xml, fileName_, report_.found.codes, sets_);
    report_.file = fileName_;
    report_.found.sets = sets_.size();
}

std::string ImportQdc::label() const {
    return "import codebook '" + fileName_ + "'";
}

nlohmann::json ImportQdc::arguments() const {
    return {{"file", fileName_}, {"codes", report_.found.codes}};
}

void ImportQdc::execute(CommandContext& context) {
    std::vector<RefiCode> codes = codes_;
    applySets(codes, sets_, context.project.nameKeys(), report_);
    importCodes(context, codes, report_);
}

} // namespace codeboom::refi
