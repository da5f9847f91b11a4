#include "codeboom/commands/import_batch.h"

#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/progress_sink.h"
#include "codeboom/project.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace codeboom {

namespace {

bool isTranscript(const std::filesystem::path& path) {
    static const std::set<std::string> kTypes = {".txt", ".docx", ".odt", ".rtf", ".srt", ".vtt"};
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return kTypes.count(ext) > 0;
}

} // namespace

std::vector<std::filesystem::path>
transcriptFiles(const std::vector<std::filesystem::path>& inputs) {
    std::vector<std::filesystem::path> files;
    for (const auto& input : inputs) {
        std::error_code error;
        if (!std::filesystem::is_directory(input, error)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::filesystem::path> found;
        for (const auto& entry : std::filesystem::directory_iterator(input, error))
            if (entry.is_regular_file() && isTranscript(entry.path()))
                found.push_back(entry.path());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::vector<ImportOutcome> importTranscripts(Project& project,
                                             const std::vector<std::filesystem::path>& files,
                                             const ImportOptions& options, ProgressSink* progress,
                                             std::string_view reason) {
    std::vector<ImportOutcome> outcomes;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (progress && !progress->advance(i, files.size(), files[i].filename().string()))
            break;
        ImportOutcome outcome{files[i], {}, {}, {}};
        try {
            ImportDocument command(readTranscript(files[i], options, project.wordCounter()));
            project.execute(command, reason);
            outcome.documentUuid = command.createdUuid();
        } catch (const Error& e) {
            outcome.error = e.what();
            outcome.reason = e.message();
        }
        outcomes.push_back(std::move(outcome));
    }
    if (progress && outcomes.size() == files.size())
        progress->advance(files.size(), files.size(), {});
    return outcomes;
}

} // namespace codeboom
