#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "daily/DailyJson.h"
#include "daily/IncidentStore.h"
#include "db/Database.h"

namespace riaya {
namespace {

int runAdd(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> date = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!date) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        Incident incident;
        incident.institutionId = institution;
        incident.occurredOn = *date;
        incident.kind = o.value(QStringLiteral("kind"));
        incident.description = o.value(QStringLiteral("description"));
        incident.actionTaken = o.value(QStringLiteral("action"));
        incident.reportedTo = o.value(QStringLiteral("reported-to"));
        incident.residentIds = o.values(QStringLiteral("resident"));
        IncidentStore store(db);
        Result<QString> id = store.record(incident);
        if (!id) {
            return failNamingOptions(c, id.error(), incidentOptionNames());
        }
        return c.print(
            [&]() -> Result<QJsonObject> {
                const Result<Incident> saved = store.get(*id);
                return saved ? Result<QJsonObject>(toJson(*saved)) : Result<QJsonObject>(saved.error());
            },
            [&](QTextStream& out) { out << *id << '\n'; });
    });
}

int runList(CommandContext& c)
{
    const std::optional<QDate> from = dateOption(c, QStringLiteral("from"));
    const std::optional<QDate> to = from ? dateOption(c, QStringLiteral("to")) : std::nullopt;
    if (!from || !to) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        Result<QList<Incident>> incidents = IncidentStore(db).list(institution, *from, *to);
        if (!incidents) {
            return failNamingOptions(c, incidents.error(), incidentOptionNames());
        }
        return c.print([&] { return toJsonArray(*incidents); },
                       [&](QTextStream& out) {
                           for (const Incident& i : std::as_const(*incidents)) {
                               out << QStringLiteral("%1  %2  %3  %4")
                                          .arg(i.id, i.occurredOn.toString(Qt::ISODate),
                                               incidentKindLabel(i.kind), i.description.simplified());
                               if (i.isVoided()) {
                                   out << "  " << CommandContext::tr("[voided: %1]").arg(i.voidReason);
                               }
                               out << '\n';
                           }
                       });
    });
}

int runVoid(CommandContext& c, Database& db)
{
    const QString id = c.options().positionalArguments().value(0);
    IncidentStore store(db);
    if (Status voided = store.voidIncident(id, c.options().value(QStringLiteral("reason"))); !voided) {
        return failNamingOptions(c, voided.error(), incidentOptionNames());
    }
    return c.print(
        [&]() -> Result<QJsonObject> {
            const Result<Incident> saved = store.get(id);
            return saved ? Result<QJsonObject>(toJson(*saved)) : Result<QJsonObject>(saved.error());
        },
        [&](QTextStream& out) { out << CommandContext::tr("Incident %1 voided.").arg(id) << '\n'; });
}

} // namespace

void addIncidentCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("incidents add"), QT_TRANSLATE_NOOP("Cli", "Record an incident in an institution."),
          [](QCommandLineParser& p) {
              p.addOption(
                  { QStringLiteral("kind"),
                    Cli::tr("The kind of incident: %1.").arg(incidentKinds().join(QStringLiteral(", "))),
                    Cli::tr("KIND") });
              p.addOption({ QStringLiteral("date"), Cli::tr("When it happened, YYYY-MM-DD (default today)."),
                            Cli::tr("DATE") });
              p.addOption({ QStringLiteral("description"), Cli::tr("What happened."), Cli::tr("TEXT") });
              p.addOption({ QStringLiteral("action"), Cli::tr("What was done about it."), Cli::tr("TEXT") });
              p.addOption({ QStringLiteral("reported-to"), Cli::tr("Who was told (person or authority)."),
                            Cli::tr("TEXT") });
              p.addOption({ QStringLiteral("resident"),
                            Cli::tr("A resident concerned; repeat the option for several."), Cli::tr("ID") });
              declareInstitutionOption(p);
          },
          runAdd });
    commands.append({ QStringLiteral("incidents list"),
                      QT_TRANSLATE_NOOP("Cli", "List an institution's incidents, newest first."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("from"), Cli::tr("Only from this day, YYYY-MM-DD."),
                                        Cli::tr("DATE") });
                          p.addOption({ QStringLiteral("to"), Cli::tr("Only up to this day, YYYY-MM-DD."),
                                        Cli::tr("DATE") });
                          declareInstitutionOption(p);
                      },
                      runList });
    commands.append({ QStringLiteral("incidents void"),
                      QT_TRANSLATE_NOOP("Cli",
                                        "Void an incident written down by mistake (it stays listed, "
                                        "with the reason, and is no longer counted)."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("reason"), Cli::tr("Why it is voided (required)."),
                                        Cli::tr("TEXT") });
                      },
                      onDatabase(runVoid), QStringLiteral("ID") });
}

} // namespace riaya
