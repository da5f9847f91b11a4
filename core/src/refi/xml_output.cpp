#include "refi/xml_output.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/text/sha256.h"

#include <unistd.h>

#include <fstream>
#include <sstream>

namespace codeboom::refi {

std::string nameBasedGuid(std::string_view name) {
    std::string hex = sha256Hex(std::string("codeboom-refi:") + std::string(name)).substr(0, 32);
    hex[12] = '5'; // version 5 (name-based)
    static constexpr char kVariant[] = "89ab";
    hex[16] = kVariant[std::stoi(hex.substr(16, 1), nullptr, 16) & 3];
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

std::string xmlText(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

namespace {

std::size_t appendCode(pugi::xml_node parent, const Code& code, Project& project,
                       const std::map<RowId, std::vector<const Code*>>& children,
                       const std::map<std::string, std::vector<std::string>>* notes) {
    pugi::xml_node node = parent.append_child("Code");
    node.append_attribute("guid") = code.uuid.c_str();
    node.append_attribute("name") = code.name.c_str();
    node.append_attribute("isCodable") = "true";
    node.append_attribute("color") = code.color.c_str();
    if (!code.description.empty())
        node.append_child("Description").text() = code.description.c_str();
    if (notes)
        if (const auto it = notes->find(code.uuid); it != notes->end())
            for (const std::string& note : it->second)
                node.append_child("NoteRef").append_attribute("targetGUID") = note.c_str();
    std::size_t count = 1;
    if (const auto it = children.find(code.id); it != children.end())
        for (const Code* child : it->second)
            count += appendCode(node, *child, project, children, notes);
    return count;
}

} // namespace

std::size_t appendCodes(pugi::xml_node codes, Project& project,
                        const std::map<std::string, std::vector<std::string>>* notes) {
    std::map<RowId, std::vector<const Code*>> children;
    std::vector<const Code*> roots;
    for (const Code& code : project.codeTree().codes()) {
        if (code.parentId)
            children[*code.parentId].push_back(&code);
        else
            roots.push_back(&code);
    }
    std::size_t count = 0;
    for (const Code* root : roots)
        count += appendCode(codes, *root, project, children, notes);
    return count;
}

void writeFileAtomically(const std::filesystem::path& file, const std::string& bytes) {
    const std::filesystem::path temporary =
        file.parent_path() / ("." + file.filename().string() + ".tmp" + std::to_string(getpid()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush())
            throw Error(Message{CODEBOOM_N_("{file}: cannot be written here"),
                                {{"file", file.filename().string()}}});
    }
    std::error_code error;
    std::filesystem::rename(temporary, file, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw Error(Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                            {{"file", file.filename().string()}, {"reason", error.message()}}});
    }
}

} // namespace codeboom::refi
