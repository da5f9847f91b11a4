#pragma once

#include "codeboom/message.h"

#include <memory>
#include <stdexcept>
#include <string>

namespace codeboom {

// Every error a user can meet is one of these; what() is a sentence the user can act on,
// naming the file (or object) and the problem. An error made from a Message (a CODEBOOM_N_
// pattern and its values) can be translated by the app: what() is always its English text.
class Error : public std::runtime_error {
public:
    // An untranslated error: message() is `english` with no values, which no catalog holds.
    explicit Error(const std::string& english);
    explicit Error(Message message);

    const Message& message() const noexcept { return *message_; }

private:
    // Shared, so that copying the exception (as throw and catch may) cannot throw.
    std::shared_ptr<const Message> message_;
};

// The file is not a Codeboom project (another SQLite database, or not SQLite at all).
class NotAProjectError : public Error {
public:
    using Error::Error;
};

// The project was written by a newer Codeboom whose schema this build does not know.
class ProjectTooNewError : public Error {
public:
    using Error::Error;
};

// Another process holds the project open for writing.
class ProjectLockedError : public Error {
public:
    using Error::Error;
};

// The file is damaged (SQLite reports corruption, or an integrity check fails).
class ProjectCorruptError : public Error {
public:
    using Error::Error;
};

// An input file (transcript, CSV, archive) cannot be read; the message names file and reason.
class ImportError : public Error {
public:
    using Error::Error;
};

// A name, path, UUID or offset given by the user does not resolve or is out of range.
class InvalidArgumentError : public Error {
public:
    using Error::Error;
};

// Undo/redo cannot proceed because later changes touched the same data, or nothing is left.
class UndoError : public Error {
public:
    using Error::Error;
};

} // namespace codeboom
