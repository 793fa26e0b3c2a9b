#pragma once

#include "Cli.h"
#include "common/JsonValues.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace riaya {

// Option values the record commands share. A value that cannot be read is reported
// through the context (exit 2, naming the option) and comes back empty.

// --NAME YYYY-MM-DD, or the fallback when the option is not given.
std::optional<QDate> dateOption(CommandContext& c, const QString& name, const QDate& fallback = {});
// --NAME YYYY-MM as the first day of that month, or the fallback when not given.
std::optional<QDate> monthOption(CommandContext& c, const QString& name, const QDate& fallback = {});
// Opens the database (unless open) and returns --institution, or the site's own
// institution; empty after reporting why (no database, or the ministry's, which has none).
QString openForInstitution(CommandContext& c);
// Declares --institution for commands that default to the site's own.
void declareInstitutionOption(QCommandLineParser& p);

// Reports an error whose issues name stored fields, under the options that set them when
// those are not named after the field (resident_id: --resident).
int failNamingOptions(CommandContext& c, Error error, const QHash<QString, QString>& optionForField);
// The command's first argument, or empty after reporting that the `what` must be named.
QString requiredArgument(CommandContext& c, const QString& what);
// The record a command names by its first argument, with the database open; db is null
// after reporting (no argument, or the database cannot be opened).
struct NamedRecord
{
    QString id;
    Database* db = nullptr;
};
NamedRecord openNamedRecord(CommandContext& c, const QString& what);
// Prints the id of a record just made (as {"id": ...} with --json), or reports the error.
int printNewId(CommandContext& c, const QHash<QString, QString>& optionForField, const Result<QString>& id);
// An option, with a value when valueName is given.
QCommandLineOption makeOption(const QString& name, const QString& help, const QString& valueName = {});

} // namespace riaya
