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

QString openForInstitution(CommandContext& c)
{
    if (!c.database() && !c.openDatabase()) {
        return {};
    }
    const QString named = c.options().value(QStringLiteral("institution"));
    const QString institution = named.isEmpty() && c.database() ? c.database()->site().institutionId : named;
    if (institution.isEmpty()) {
        c.usage(CommandContext::tr(
            "This database has no institution of its own; name one with --institution ID."));
    }
    return institution;
}

int failNamingOptions(CommandContext& c, Error error, const QHash<QString, QString>& optionForField)
{
    for (FieldIssue& issue : error.issues) {
        issue.field = optionForField.value(issue.field, issue.field);
    }
    return c.fail(error);
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

NamedRecord openNamedRecord(CommandContext& c, const QString& what)
{
    const QString id = requiredArgument(c, what);
    return { id, id.isEmpty() ? nullptr : c.openDatabase() };
}

int printNewId(CommandContext& c, const QHash<QString, QString>& optionForField, const Result<QString>& id)
{
    if (!id) {
        return failNamingOptions(c, id.error(), optionForField);
    }
    if (c.json()) {
        c.printJson(QJsonObject { { QStringLiteral("id"), *id } });
    } else {
        c.out() << *id << '\n';
    }
    return ExitOk;
}

QCommandLineOption makeOption(const QString& name, const QString& help, const QString& valueName)
{
    return valueName.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, valueName);
}

} // namespace riaya
