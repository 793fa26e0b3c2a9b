#include "OptionValues.h"

#include "db/Database.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace riaya {

std::optional<QDate> dateOption(CommandContext& c, const QString& name, const QDate& fallback)
{
    if (!c.options().isSet(name)) {
        return fallback;
    }
    const QString text = c.options().value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        c.fail(Error::invalid(
            QString(), { { name, CommandContext::tr("“%1” is not a date; write YYYY-MM-DD.").arg(text) } }));
        return std::nullopt;
    }
    return date;
}

std::optional<QDate> monthOption(CommandContext& c, const QString& name, const QDate& fallback)
{
    if (!c.options().isSet(name)) {
        return fallback;
    }
    static const QRegularExpression month(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    const QString text = c.options().value(name);
    const QDate first = month.match(text).hasMatch()
        ? QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate)
        : QDate();
    if (!first.isValid()) {
        c.fail(Error::invalid(
            QString(), { { name, CommandContext::tr("“%1” is not a month; write YYYY-MM.").arg(text) } }));
        return std::nullopt;
    }
    return first;
}

int withInstitution(CommandContext& c, const std::function<int(Database&, const QString& institution)>& work)
{
    return c.withDatabase([&](Database& db) {
        const QString named = c.options().value(QStringLiteral("institution"));
        const QString institution = named.isEmpty() ? db.site().institutionId : named;
        if (institution.isEmpty()) {
            return c.usage(CommandContext::tr(
                "This database has no institution of its own; name one with --institution ID."));
        }
        return work(db, institution);
    });
}

int failNamingOptions(CommandContext& c, Error error, const QHash<QString, QString>& optionForField)
{
    for (FieldIssue& issue : error.issues) {
        issue.field = optionForField.value(issue.field, issue.field);
    }
    return c.fail(error);
}

int finish(CommandContext& c, const Status& status, const QHash<QString, QString>& optionForField)
{
    return status ? ExitOk : failNamingOptions(c, status.error(), optionForField);
}

void declareInstitutionOption(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("institution"), Cli::tr("The institution (default the site's own)."),
                  Cli::tr("ID") });
}

QString requiredArgument(CommandContext& c, const QString& what)
{
    const QString value = c.options().positionalArguments().value(0);
    if (value.isEmpty()) {
        c.usage(CommandContext::tr("Name the %1.").arg(what));
    }
    return value;
}

std::function<int(CommandContext&)>
onNamedRecord(const QString& what,
              const std::function<int(CommandContext&, Database&, const QString& id)>& run)
{
    return [what, run](CommandContext& c) {
        const QString id = requiredArgument(c, what);
        return id.isEmpty() ? c.exitCode() : c.withDatabase([&](Database& db) { return run(c, db, id); });
    };
}

int printNewId(CommandContext& c, const QHash<QString, QString>& optionForField, const Result<QString>& id)
{
    if (!id) {
        return failNamingOptions(c, id.error(), optionForField);
    }
    return c.print(
        [&] {
            return QJsonObject { { QStringLiteral("id"), *id } };
        },
        [&](QTextStream& out) { out << *id << '\n'; });
}

QCommandLineOption makeOption(const QString& name, const QString& help, const QString& valueName)
{
    return valueName.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, valueName);
}

void declareDateOption(QCommandLineParser& p, const QString& help)
{
    p.addOption(makeOption(QStringLiteral("date"), help, Cli::tr("DATE")));
}

} // namespace riaya
