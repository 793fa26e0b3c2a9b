#include "Cli.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "residents/Resident.h"
#include "residents/ResidentJson.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "workflows/ResidentRegistration.h"

namespace riaya {
namespace {

// The resident's editable fields, each an option named after its column (birth_date: --birth-date).
const QStringList& residentColumns()
{
    static const QStringList columns = [] {
        QStringList names = Resident().toFields().keys();
        names.sort();
        return names;
    }();
    return columns;
}

QString optionName(QString column)
{
    return column.replace(QLatin1Char('_'), QLatin1Char('-'));
}

int printResidents(CommandContext& c, const QList<Resident>& residents)
{
    return c.print([&] { return toJsonArray(residents); },
                   [&](QTextStream& out) {
                       for (const Resident& r : residents) {
                           out << QStringLiteral("%1  %2  %3  %4  %5\n")
                                      .arg(r.id, r.displayName(), r.birthDate.toString(Qt::ISODate), r.sex,
                                           residentStatusLabel(r.status, r.sex));
                       }
                   });
}

QDate dateOption(CommandContext& c, const QString& name, const QDate& fallback)
{
    return c.options().isSet(name) ? QDate::fromString(c.options().value(name), Qt::ISODate) : fallback;
}

// Registers the resident read from the options, and admits them when asked to.
int addResident(CommandContext& c, Database& db, const Resident& resident);

int runAdd(CommandContext& c)
{
    QVariantMap fields;
    for (const QString& column : residentColumns()) {
        if (c.options().isSet(optionName(column))) {
            fields.insert(column, c.options().value(optionName(column)));
        }
    }
    const Resident resident = Resident::fromFields(fields);
    if (c.options().isSet(QStringLiteral("birth-date")) && !resident.birthDate.isValid()) {
        return c.fail(Error::invalid(CommandContext::tr("The resident was not saved."),
                                     { { QStringLiteral("birth_date"),
                                         CommandContext::tr("“%1” is not a date; write YYYY-MM-DD.")
                                             .arg(c.options().value(QStringLiteral("birth-date"))) } }));
    }
    return c.withDatabase([&](Database& db) { return addResident(c, db, resident); });
}

int addResident(CommandContext& c, Database& db, const Resident& resident)
{
    QString institution = c.options().value(QStringLiteral("institution"));
    if (institution.isEmpty() && c.options().isSet(QStringLiteral("admitted-on"))) {
        institution = db.site().institutionId;
    }
    std::optional<Admission> admission;
    if (!institution.isEmpty()) {
        admission
            = Admission { institution, dateOption(c, QStringLiteral("admitted-on"), QDate::currentDate()),
                          c.options().value(QStringLiteral("reason")) };
    }
    const Result<QString> id = ResidentRegistration(db).registerResident(resident, admission);
    if (!id) {
        return c.fail(id.error());
    }
    return c.print([&] { return toJson(*ResidentStore(db).get(*id)); },
                   [&](QTextStream& out) { out << *id << '\n'; });
}

int runList(CommandContext& c)
{
    ResidentQuery query;
    query.status = c.options().value(QStringLiteral("status"));
    query.sex = c.options().value(QStringLiteral("sex"));
    query.institutionId = c.options().value(QStringLiteral("institution"));
    query.schoolLevel = c.options().value(QStringLiteral("school-level"));
    query.limit = c.intOption(QStringLiteral("limit"), 100, 1, 1'000'000);
    query.offset = c.intOption(QStringLiteral("offset"), 0, 0, 100'000'000);
    if (query.limit < 0 || query.offset < 0) {
        return ExitUsage;
    }
    return c.withDatabase([&](Database& db) {
        Result<QList<Resident>> residents = ResidentStore(db).list(query);
        return residents ? printResidents(c, *residents) : c.fail(residents.error());
    });
}

int runSearch(CommandContext& c)
{
    const int limit = c.intOption(QStringLiteral("limit"), 50, 1, 10'000);
    if (limit < 0) {
        return ExitUsage;
    }
    return c.withDatabase([&](Database& db) {
        Result<QList<Resident>> residents
            = ResidentStore(db).search(c.options().positionalArguments().join(QLatin1Char(' ')), limit);
        return residents ? printResidents(c, *residents) : c.fail(residents.error());
    });
}

int runShow(CommandContext& c, Database& db)
{
    const QString id = c.options().positionalArguments().value(0);
    Result<Resident> resident = ResidentStore(db).get(id);
    if (!resident) {
        return c.fail(resident.error());
    }
    Result<QList<Stay>> stays = StayStore(db).staysOf(id);
    if (!stays) {
        return c.fail(stays.error());
    }
    QJsonObject object = toJson(*resident);
    object.insert(QStringLiteral("stays"), toJsonArray(*stays));
    return c.print([&] { return object; },
                   [&](QTextStream& out) {
                       for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                           if (it.value().isString() && !it.value().toString().isEmpty()) {
                               out << QStringLiteral("%1: %2\n").arg(it.key(), it.value().toString());
                           }
                       }
                       for (const Stay& s : *stays) {
                           out << CommandContext::tr("Stay in %1 from %2 to %3")
                                      .arg(s.institutionId, s.admittedOn.toString(Qt::ISODate),
                                           s.isOpen() ? CommandContext::tr("now", "a stay still open")
                                                      : s.exitedOn.toString(Qt::ISODate))
                               << '\n';
                       }
                   });
}

int runStayChange(CommandContext& c, Database& db, const QString& kind)
{
    const QString id = c.options().positionalArguments().value(0);
    const QString reason = c.options().value(QStringLiteral("reason"));
    const QString onText = c.options().value(QStringLiteral("on"));
    const QDate on = onText.isEmpty() ? QDate::currentDate() : QDate::fromString(onText, Qt::ISODate);
    if (!onText.isEmpty() && !on.isValid()) {
        return c.usage(CommandContext::tr("“%1” is not a date; write YYYY-MM-DD.").arg(onText));
    }
    StayStore stays(db);
    Status status;
    if (kind == QLatin1String("admit")) {
        const QString institution = c.options().isSet(QStringLiteral("institution"))
            ? c.options().value(QStringLiteral("institution"))
            : db.site().institutionId;
        Result<QString> stay = stays.admit(id, institution, on, reason);
        status = stay ? Status() : Status(stay.error());
    } else if (kind == QLatin1String("exit")) {
        status = stays.exit(id, on, reason);
    } else {
        Result<QString> stay = stays.transfer(id, c.options().value(QStringLiteral("to")), on, reason);
        status = stay ? Status() : Status(stay.error());
    }
    return status ? ExitOk : c.fail(status.error());
}

void declareFilters(QCommandLineParser& p)
{
    p.addOption(
        { QStringLiteral("status"),
          Cli::tr("Only residents with this status: %1.").arg(residentStatuses().join(QStringLiteral(", "))),
          Cli::tr("STATUS") });
    p.addOption({ QStringLiteral("sex"), Cli::tr("Only F or M."), Cli::tr("SEX") });
    p.addOption({ QStringLiteral("institution"), Cli::tr("Only residents present in this institution."),
                  Cli::tr("ID") });
    p.addOption({ QStringLiteral("school-level"), Cli::tr("Only this school level."), Cli::tr("LEVEL") });
    p.addOption({ QStringLiteral("limit"), Cli::tr("At most this many (default 100)."), Cli::tr("N") });
    p.addOption({ QStringLiteral("offset"), Cli::tr("Skip this many first."), Cli::tr("N") });
}

void declareStayOptions(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("on"), Cli::tr("The date, YYYY-MM-DD (default today)."), Cli::tr("DATE") });
    p.addOption({ QStringLiteral("reason"), Cli::tr("The reason."), Cli::tr("TEXT") });
}

} // namespace

void addResidentCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("residents add"),
          QT_TRANSLATE_NOOP("Cli",
                            "Register a resident, and admit them with --institution or --admitted-on."),
          [](QCommandLineParser& p) {
              for (const QString& column : residentColumns()) {
                  p.addOption({ optionName(column), residentFieldLabel(column), Cli::tr("VALUE") });
              }
              p.addOption(
                  { QStringLiteral("institution"), Cli::tr("Admit to this institution."), Cli::tr("ID") });
              p.addOption({ QStringLiteral("admitted-on"),
                            Cli::tr("Admission date, YYYY-MM-DD (the site's own institution if "
                                    "--institution is not given)."),
                            Cli::tr("DATE") });
              p.addOption(
                  { QStringLiteral("reason"), Cli::tr("The reason for the admission."), Cli::tr("TEXT") });
          },
          runAdd });
    commands.append({ QStringLiteral("residents list"), QT_TRANSLATE_NOOP("Cli", "List residents, by name."),
                      declareFilters, runList });
    commands.append({ QStringLiteral("residents search"),
                      QT_TRANSLATE_NOOP("Cli", "Find residents by any part of their names or identifiers."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("limit"), Cli::tr("At most this many (default 50)."),
                                        Cli::tr("N") });
                      },
                      runSearch, QStringLiteral("TEXT...") });
    commands.append({ QStringLiteral("residents show"),
                      QT_TRANSLATE_NOOP("Cli", "Show one resident and their stays."),
                      [](QCommandLineParser&) {}, onDatabase(runShow), QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("residents admit"),
          QT_TRANSLATE_NOOP("Cli", "Admit a resident (to the site's institution unless --institution)."),
          [](QCommandLineParser& p) {
              declareStayOptions(p);
              p.addOption({ QStringLiteral("institution"), Cli::tr("The institution."), Cli::tr("ID") });
          },
          onDatabase(
              [](CommandContext& c, Database& db) { return runStayChange(c, db, QStringLiteral("admit")); }),
          QStringLiteral("ID") });
    commands.append({ QStringLiteral("residents exit"), QT_TRANSLATE_NOOP("Cli", "Record a resident's exit."),
                      declareStayOptions, onDatabase([](CommandContext& c, Database& db) {
                          return runStayChange(c, db, QStringLiteral("exit"));
                      }),
                      QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("residents transfer"),
          QT_TRANSLATE_NOOP("Cli", "Transfer a resident to another institution."),
          [](QCommandLineParser& p) {
              declareStayOptions(p);
              p.addOption({ QStringLiteral("to"), Cli::tr("The receiving institution."), Cli::tr("ID") });
          },
          onDatabase([](CommandContext& c, Database& db) {
              return runStayChange(c, db, QStringLiteral("transfer"));
          }),
          QStringLiteral("ID") });
}

} // namespace riaya
