#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace riaya {

// A problem with one field of a record, worded for the person who typed it.
struct FieldIssue
{
    QString field;
    QString message;
};

// Why an operation did not happen. The message is translated and names what to fix.
struct Error
{
    enum class Kind
    {
        Invalid, // the input was rejected: bad value, bad file, failed validation
        NotFound, // a record or file named by the input does not exist
        Conflict, // needs a person: a conflict or a gap
        Refused, // not allowed, or the database is in a state that forbids it
        Internal // a fault of the machine or of Riaya
    };

    Kind kind = Kind::Internal;
    QString message;
    QList<FieldIssue> issues;

    static Error invalid(QString message, QList<FieldIssue> issues = {})
    {
        return { Kind::Invalid, std::move(message), std::move(issues) };
    }
    static Error notFound(QString message) { return { Kind::NotFound, std::move(message), {} }; }
    static Error conflict(QString message) { return { Kind::Conflict, std::move(message), {} }; }
    static Error refused(QString message) { return { Kind::Refused, std::move(message), {} }; }
    static Error internal(QString message) { return { Kind::Internal, std::move(message), {} }; }

    // The whole explanation on one line per problem, for logs and the command line.
    QString describe() const;
    // What to fix: the issues' messages, one per line, or the message when there are none.
    QString whatToFix() const;
};

// Either a value or an Error; no exceptions cross Qt boundaries.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace riaya
