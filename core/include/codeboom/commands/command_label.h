#pragma once

#include "codeboom/message.h"

#include <nlohmann/json.hpp>

namespace codeboom {

class Command;
class Project;

// What the Edit menu says about a command, in a translatable form (see Message).
using CommandLabel = Message;

// The menu label of `command`, called just before it runs in `project`: codes, documents and
// codings are named as the user knows them (a code's name, where the GUI passed its UUID), which
// after a deletion could no longer be looked up. A command it has no message for gets its English
// label(), shown untranslated. Every Dutch translation is in i18n/nl.po.
CommandLabel describeCommand(Project& project, const Command& command);

} // namespace codeboom
