#pragma once

#include <cstddef>
#include <string_view>

namespace codeboom {

// How long-running work in core reports progress and learns that the user wants it to stop.
// Core defines it and stays toolkit-free; the GUI implements it with a progress dialog, a script
// passes nothing. (Audacity's BasicUI facade, see ../shared/design/style.md.)
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    // Called before step `done` (0-based) of `total` starts, naming what it works on; returns
    // false to stop before that step (the steps already done are kept).
    virtual bool advance(std::size_t done, std::size_t total, std::string_view item) = 0;
};

} // namespace codeboom
