#include "Cli.h"
#include "OptionValues.h"
#include "db/Database.h"
#include "daily/IncidentStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace riaya {
namespace {

const QHash<QString, QString>& optionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("occurred_on"), QStringLiteral("date") },
        { QStringLiteral("action_taken"), QStringLiteral("action") },
        { QStringLiteral("resident_ids"), QStringLiteral("resident") },
        { QStringLiteral("institution_id"), QStringLiteral("institution") }
    };
    return names;
}

QJsonObject incidentJson(const Incident& i)
{
    auto textOrNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return { { QStringLiteral("id"), i.id },
             { QStringLiteral("institution_id"), i.institutionId },
             { QStringLiteral("occurred_on"), i.occurredOn.toString(Qt::ISODate) },
             { QStringLiteral("kind"), i.kind },
             { QStringLiteral("description"), i.description },
             { QStringLiteral("action_taken"), textOrNull(i.actionTaken) },
             { QStringLiteral("reported_to"), textOrNull(i.reportedTo) },
             { QStringLiteral("resident_ids"), QJsonArray::fromStringList(i.residentIds) } };
}

int runAdd(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> date = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!date) {
        return c.exitCode();
    }
    Incident incident;
    incident.institutionId = openForInstitution(c);
    if (incident.institutionId.isEmpty()) {
        return c.exitCode();
    }
    Database* db = c.database();
    incident.occurredOn = *date;
    incident.kind = o.value(QStringLiteral("kind"));
    incident.description = o.value(QStringLiteral("description"));
    incident.actionTaken = o.value(QStringLiteral("action"));
    incident.reportedTo = o.value(QStringLiteral("reported-to"));
    incident.residentIds = o.values(QStringLiteral("resident"));
    IncidentStore store(*db);
    Result<QString> id = store.record(incident);
    if (!id) {
        return failNamingOptions(c, id.error(), optionNames());
    }
    if (c.json()) {
        Result<Incident> saved = store.get(*id);
        if (!saved) {
            return c.fail(saved.error());
        }
        c.printJson(incidentJson(*saved));
    } else {
        c.out() << *id << '\n';
    }
    return ExitOk;
}

int runList(CommandContext& c)
{
    const std::optional<QDate> from = dateOption(c, QStringLiteral("from"));
    const std::optional<QDate> to = from ? dateOption(c, QStringLiteral("to")) : std::nullopt;
    if (!from || !to) {
        return c.exitCode();
    }
    const QString institution = openForInstitution(c);
    if (institution.isEmpty()) {
        return c.exitCode();
    }
    Database* db = c.database();
    Result<QList<Incident>> incidents = IncidentStore(*db).list(institution, *from, *to);
    if (!incidents) {
        return failNamingOptions(c, incidents.error(), optionNames());
    }
    if (c.json()) {
        c.printJsonArray(*incidents, incidentJson);
        return ExitOk;
    }
    for (const Incident& i : std::as_const(*incidents)) {
        c.out() << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(i.id, i.occurredOn.toString(Qt::ISODate), incidentKindLabel(i.kind),
                            i.description.simplified());
    }
    c.out().flush();
    return ExitOk;
}

void declareInstitution(QCommandLineParser& p)
{
    declareInstitutionOption(p);
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
              declareInstitution(p);
          },
          runAdd });
    commands.append({ QStringLiteral("incidents list"),
                      QT_TRANSLATE_NOOP("Cli", "List an institution's incidents, newest first."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("from"), Cli::tr("Only from this day, YYYY-MM-DD."),
                                        Cli::tr("DATE") });
                          p.addOption({ QStringLiteral("to"), Cli::tr("Only up to this day, YYYY-MM-DD."),
                                        Cli::tr("DATE") });
                          declareInstitution(p);
                      },
                      runList });
}

} // namespace riaya
