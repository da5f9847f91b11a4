#pragma once

#include "codeboom/io/importer.h"
#include "codeboom/message.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

class Project;
class ProgressSink;

// What became of one file of a batch.
struct ImportOutcome {
    std::filesystem::path file;
    std::string documentUuid; // the new document; empty when the file failed
    std::string error;        // why it failed, naming the file (the core's message)
    Message reason;           // the same, for the app to translate
    bool imported() const { return error.empty(); }
};

// The transcripts among `inputs`: files as given, folders replaced by the supported transcript
// files directly inside them (.txt .docx .odt .rtf .srt .vtt), in name order.
std::vector<std::filesystem::path>
transcriptFiles(const std::vector<std::filesystem::path>& inputs);

// Imports the files one by one, each as its own ImportDocument command (one undo step per
// document); a file that fails is reported and the others still go in. `progress`, when given,
// hears of every file before it is read and may stop the batch (the outcomes then cover the
// files handled so far), and of the end (done == total) when the batch ran to completion.
std::vector<ImportOutcome> importTranscripts(Project& project,
                                             const std::vector<std::filesystem::path>& files,
                                             const ImportOptions& options,
                                             ProgressSink* progress = nullptr,
                                             std::string_view reason = {});

} // namespace codeboom
