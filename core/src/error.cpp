#include "codeboom/error.h"

#include <utility>

namespace codeboom {

Error::Error(const std::string& english)
    : std::runtime_error(english), message_(std::make_shared<const Message>(Message{english, {}})) {
}

Error::Error(Message message)
    : std::runtime_error(message.english()),
      message_(std::make_shared<const Message>(std::move(message))) {}

} // namespace codeboom
