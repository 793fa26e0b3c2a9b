#pragma once

#include "Cli.h"

#include <QDate>
#include <QHash>

namespace riaya {

// Option values the record commands share. A value that cannot be read is reported
// through the context (exit 2, naming the option) and comes back empty.

// --NAME YYYY-MM-DD, or the fallback when the option is not given.
std::optional<QDate> dateOption(CommandContext& c, const QString& name, const QDate& fallback = {});
// --NAME YYYY-MM as the first day of that month, or the fallback when not given.
std::optional<QDate> monthOption(CommandContext& c, const QString& name, const QDate& fallback = {});
// Runs work on the database with --institution, or the site's own institution; the exit code
// after reporting why there is none (no database, or the ministry's, which has none).
int withInstitution(CommandContext& c, const std::function<int(Database&, const QString& institution)>& work);
// Declares --institution for commands that default to the site's own.
void declareInstitutionOption(QCommandLineParser& p);

// Reports an error whose issues name stored fields, under the options that set them when
// those are not named after the field (resident_id: --resident).
int failNamingOptions(CommandContext& c, Error error, const QHash<QString, QString>& optionForField);
// ExitOk for a status that is, else its error reported as failNamingOptions does.
int finish(CommandContext& c, const Status& status, const QHash<QString, QString>& optionForField = {});
// The command's first argument, or empty after reporting that the `what` must be named.
QString requiredArgument(CommandContext& c, const QString& what);
// The run of a command about the record its first argument names: run gets the database
// open and the record's id; without the argument, a usage error naming the `what`.
std::function<int(CommandContext&)>
onNamedRecord(const QString& what,
              const std::function<int(CommandContext&, Database&, const QString& id)>& run);
// Prints the id of a record just made (as {"id": ...} with --json), or reports the error.
int printNewId(CommandContext& c, const QHash<QString, QString>& optionForField, const Result<QString>& id);
// An option, with a value when valueName is given.
QCommandLineOption makeOption(const QString& name, const QString& help, const QString& valueName = {});
// Declares --date DATE, with what it is the date of.
void declareDateOption(QCommandLineParser& p, const QString& help);

} // namespace riaya
