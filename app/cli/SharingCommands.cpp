#include "Cli.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "inspections/ActionStore.h"
#include "institutions/InstitutionStore.h"
#include "sharing/GrantStore.h"
#include "sharing/RequestStore.h"

#include <QJsonArray>
#include <QJsonObject>

// Requests between sites, grants, and the progress a house records on its corrective actions
// (docs/sharing.md).
namespace riaya {
namespace {

const QHash<QString, QString>& sharingOptionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("institution_id"), QStringLiteral("institution") },
        { QStringLiteral("effective_on"), QStringLiteral("date") },
        { QStringLiteral("decision_note"), QStringLiteral("note") },
        { QStringLiteral("grantee_site"), QStringLiteral("site") },
        { QStringLiteral("subject_id"), QStringLiteral("institution") },
        { QStringLiteral("state_note"), QStringLiteral("note") },
        { QStringLiteral("state_changed_on"), QStringLiteral("date") },
    };
    return names;
}

QJsonObject toJson(const SiteRequest& r)
{
    return { { QStringLiteral("id"), r.id },
             { QStringLiteral("kind"), r.kind },
             { QStringLiteral("subject_table"), r.subjectTable },
             { QStringLiteral("subject_id"), r.subjectId },
             { QStringLiteral("subject_name"), r.subjectName },
             { QStringLiteral("from_site"), r.fromSite },
             { QStringLiteral("from_name"), r.fromName },
             { QStringLiteral("to_site"), r.toSite },
             { QStringLiteral("to_name"), r.toName },
             { QStringLiteral("reason"), r.reason },
             { QStringLiteral("effective_on"), jsonDate(r.effectiveOn) },
             { QStringLiteral("proposed"), QJsonObject::fromVariantMap(r.proposed) },
             { QStringLiteral("state"), r.state },
             { QStringLiteral("decided_on"), jsonDate(r.decidedOn) },
             { QStringLiteral("decided_by"), r.decidedBy },
             { QStringLiteral("decision_note"), r.decisionNote } };
}

QJsonObject toJson(const SiteGrant& g)
{
    return { { QStringLiteral("id"), g.id },
             { QStringLiteral("subject_table"), g.subjectTable },
             { QStringLiteral("subject_id"), g.subjectId },
             { QStringLiteral("subject_name"), g.subjectName },
             { QStringLiteral("grantee_site"), g.granteeSite },
             { QStringLiteral("grantee_name"), g.granteeName },
             { QStringLiteral("granted_by"), g.grantedBy },
             { QStringLiteral("kinds"), QJsonArray::fromStringList(g.kinds) },
             { QStringLiteral("fields"), QJsonArray::fromStringList(g.fields) },
             { QStringLiteral("until"), jsonDate(g.until) },
             { QStringLiteral("reason"), g.reason },
             { QStringLiteral("active"), g.active } };
}

int runTransferRequest(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> on = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!on) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        return printNewId(c, sharingOptionNames(),
                          RequestStore(db).requestTransfer(o.value(QStringLiteral("resident")),
                                                           o.value(QStringLiteral("to-institution")),
                                                           o.value(QStringLiteral("reason")), *on));
    });
}

int runAccessRequest(CommandContext& c, Database& db)
{
    QCommandLineParser& o = c.options();
    return printNewId(c, sharingOptionNames(),
                      RequestStore(db).requestPlacementAccess(o.value(QStringLiteral("resident")),
                                                              o.value(QStringLiteral("institution")),
                                                              o.value(QStringLiteral("reason"))));
}

int runRequestList(CommandContext& c, Database& db)
{
    QCommandLineParser& o = c.options();
    const RequestStore::Which which = o.isSet(QStringLiteral("incoming")) ? RequestStore::Which::Incoming
        : o.isSet(QStringLiteral("outgoing"))                             ? RequestStore::Which::Outgoing
                                                                          : RequestStore::Which::All;
    const Result<QList<SiteRequest>> requests
        = RequestStore(db).list(which, o.isSet(QStringLiteral("pending")));
    if (!requests) {
        return c.fail(requests.error());
    }
    return c.print(
        [&] {
            QJsonArray array;
            for (const SiteRequest& r : *requests) {
                array.append(toJson(r));
            }
            return array;
        },
        [&](QTextStream& out) {
            for (const SiteRequest& r : *requests) {
                out << QStringLiteral("%1  %2  %3  %4 → %5  %6\n")
                           .arg(r.id, requestKindLabel(r.kind), r.subjectName, r.fromName, r.toName,
                                requestStateLabel(r.state));
            }
        });
}

int runRequestAccept(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> until = dateOption(c, QStringLiteral("until"));
    if (!until) {
        return c.exitCode();
    }
    return finish(c,
                  RequestStore(db).accept(id, o.value(QStringLiteral("note")),
                                          o.value(QStringLiteral("institution")), *until),
                  sharingOptionNames());
}

int runRequestRefuse(CommandContext& c, Database& db, const QString& id)
{
    return finish(c, RequestStore(db).refuse(id, c.options().value(QStringLiteral("note"))),
                  sharingOptionNames());
}

int runRequestCancel(CommandContext& c, Database& db, const QString& id)
{
    return finish(c, RequestStore(db).cancel(id), sharingOptionNames());
}

int runAssignInspector(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> until = dateOption(c, QStringLiteral("until"));
    if (!until) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        return printNewId(c, sharingOptionNames(),
                          GrantStore(db).assignInspector(o.value(QStringLiteral("site")),
                                                         o.value(QStringLiteral("institution")),
                                                         o.value(QStringLiteral("reason")), *until));
    });
}

int runGrantList(CommandContext& c, Database& db)
{
    const Result<QList<SiteGrant>> grants = GrantStore(db).list();
    if (!grants) {
        return c.fail(grants.error());
    }
    return c.print(
        [&] {
            QJsonArray array;
            for (const SiteGrant& g : *grants) {
                array.append(toJson(g));
            }
            return array;
        },
        [&](QTextStream& out) {
            for (const SiteGrant& g : *grants) {
                out << QStringLiteral("%1  %2 → %3  %4%5\n")
                           .arg(g.id, g.subjectName, g.granteeName, g.kinds.join(QLatin1Char(',')),
                                g.active
                                    ? QString()
                                    : QStringLiteral("  (") + CommandContext::tr("ended") + QLatin1Char(')'));
            }
        });
}

int runGrantEnd(CommandContext& c, Database& db, const QString& id)
{
    return finish(c, GrantStore(db).end(id), sharingOptionNames());
}

int runActionProgress(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> date = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!date) {
        return c.exitCode();
    }
    return finish(c,
                  ActionStore(db).recordProgress(id, o.value(QStringLiteral("state")),
                                                 o.value(QStringLiteral("note")),
                                                 o.value(QStringLiteral("evidence")), *date),
                  sharingOptionNames());
}

int runInstitutionPropose(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    return withInstitution(c, [&](Database& db, const QString& id) -> int {
        const Result<Institution> stored = InstitutionStore(db).get(id);
        if (!stored) {
            return c.fail(stored.error());
        }
        Institution changed = *stored;
        const std::pair<const char*, QString*> texts[] = { { "name", &changed.name },
                                                           { "name-latin", &changed.nameLatin },
                                                           { "region", &changed.region },
                                                           { "province", &changed.province },
                                                           { "licence", &changed.licenceNumber },
                                                           { "receives", &changed.residentsSex } };
        for (const auto& [option, field] : texts) {
            if (o.isSet(QLatin1String(option))) {
                *field = o.value(QLatin1String(option));
            }
        }
        if (o.isSet(QStringLiteral("capacity"))) {
            changed.capacity = c.intOption(QStringLiteral("capacity"), changed.capacity, 1, 5000);
            if (changed.capacity < 0) {
                return ExitUsage;
            }
        }
        if (o.isSet(QStringLiteral("licence-expires"))) {
            const std::optional<QDate> expires = dateOption(c, QStringLiteral("licence-expires"));
            if (!expires) {
                return c.exitCode();
            }
            changed.licenceExpiresOn = *expires;
        }
        return printNewId(
            c,
            { { QStringLiteral("licence_number"), QStringLiteral("licence") },
              { QStringLiteral("licence_expires_on"), QStringLiteral("licence-expires") },
              { QStringLiteral("residents_sex"), QStringLiteral("receives") },
              { QStringLiteral("name_latin"), QStringLiteral("name-latin") } },
            RequestStore(db).proposeInstitutionChange(changed, o.value(QStringLiteral("reason"))));
    });
}

QString requestWord()
{
    return CommandContext::tr("request", "between sites");
}

} // namespace

void addSharingCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("transfers request"),
          QT_TRANSLATE_NOOP("Cli", "Ask another house to take a child's file (the ministry relays it)."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("resident"), Cli::tr("The child."), Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("to-institution"),
                                     Cli::tr("The institution that would receive "
                                             "the child."),
                                     Cli::tr("ID")));
              p.addOption(
                  makeOption(QStringLiteral("reason"), Cli::tr("Why the child moves."), Cli::tr("TEXT")));
              declareDateOption(p, Cli::tr("The day the child moves (default today)."));
          },
          runTransferRequest });
    commands.append(
        { QStringLiteral("access request"),
          QT_TRANSLATE_NOOP("Cli",
                            "At a regional office: ask the house that holds a child's file for access to "
                            "place the child."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("resident"), Cli::tr("The child."), Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("institution"),
                                     Cli::tr("The house's institution, when the file is not here yet."),
                                     Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("reason"), Cli::tr("Why."), Cli::tr("TEXT")));
          },
          onDatabase(runAccessRequest) });
    commands.append(
        { QStringLiteral("requests list"),
          QT_TRANSLATE_NOOP("Cli", "List requests between sites, those waiting first."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("incoming"), Cli::tr("Only those asked of this site.")));
              p.addOption(makeOption(QStringLiteral("outgoing"), Cli::tr("Only those made here.")));
              p.addOption(
                  makeOption(QStringLiteral("pending"), Cli::tr("Only those waiting for a decision.")));
          },
          onDatabase(runRequestList) });
    commands.append(
        { QStringLiteral("requests accept"),
          QT_TRANSLATE_NOOP("Cli",
                            "Accept a request asked of this site: a transfer moves the file here, an access "
                            "grants placements."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("note"), Cli::tr("A note for the site that asked."),
                                     Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("institution"),
                             Cli::tr("The institution that receives the child (default the one asked)."),
                             Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("until"),
                                     Cli::tr("The last day of an access, YYYY-MM-DD."), Cli::tr("DATE")));
          },
          onNamedRecord(requestWord(), runRequestAccept), QStringLiteral("ID") });
    commands.append({ QStringLiteral("requests refuse"),
                      QT_TRANSLATE_NOOP("Cli", "Refuse a request asked of this site."),
                      [](QCommandLineParser& p) {
                          p.addOption(makeOption(QStringLiteral("note"),
                                                 Cli::tr("Why, for the site that asked."), Cli::tr("TEXT")));
                      },
                      onNamedRecord(requestWord(), runRequestRefuse), QStringLiteral("ID") });
    commands.append({ QStringLiteral("requests cancel"),
                      QT_TRANSLATE_NOOP("Cli", "Cancel a request made here that nobody decided yet."),
                      [](QCommandLineParser&) {}, onNamedRecord(requestWord(), runRequestCancel),
                      QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("institutions propose"),
          QT_TRANSLATE_NOOP("Cli", "Propose to the ministry new details for an institution this site runs."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("institution"),
                                     Cli::tr("The institution (default this site's)."), Cli::tr("ID")));
              for (const char* option : { "name", "name-latin", "region", "province", "licence" }) {
                  p.addOption(makeOption(QLatin1String(option), Cli::tr("The new value."), Cli::tr("TEXT")));
              }
              p.addOption(
                  makeOption(QStringLiteral("capacity"), Cli::tr("The new number of places."), Cli::tr("N")));
              p.addOption(
                  makeOption(QStringLiteral("receives"), Cli::tr("F (girls), M (boys)."), Cli::tr("SEX")));
              p.addOption(
                  makeOption(QStringLiteral("licence-expires"), Cli::tr("YYYY-MM-DD."), Cli::tr("DATE")));
              p.addOption(
                  makeOption(QStringLiteral("reason"), Cli::tr("Why the details change."), Cli::tr("TEXT")));
          },
          runInstitutionPropose });
    commands.append(
        { QStringLiteral("grants assign-inspector"),
          QT_TRANSLATE_NOOP("Cli",
                            "At the ministry: send an institution, its inspections and actions to an "
                            "inspector's site, which may then inspect it."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("site"), Cli::tr("The inspector's enrolled site."),
                                     Cli::tr("ID")));
              p.addOption(
                  makeOption(QStringLiteral("institution"), Cli::tr("The institution."), Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("reason"), Cli::tr("Why (default: inspection)."),
                                     Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("until"), Cli::tr("The last day, YYYY-MM-DD."), Cli::tr("DATE")));
          },
          runAssignInspector });
    commands.append({ QStringLiteral("grants list"),
                      QT_TRANSLATE_NOOP("Cli", "List the access this site gave and was given."),
                      [](QCommandLineParser&) {}, onDatabase(runGrantList) });
    commands.append({ QStringLiteral("grants end"), QT_TRANSLATE_NOOP("Cli", "End an access this site gave."),
                      [](QCommandLineParser&) {}, onNamedRecord(CommandContext::tr("grant"), runGrantEnd),
                      QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("actions progress"),
          QT_TRANSLATE_NOOP("Cli", "At the inspected house: record the work done on a corrective action."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("state"), Cli::tr("open, in_progress or done."),
                                     Cli::tr("STATE")));
              p.addOption(makeOption(QStringLiteral("note"), Cli::tr("What was done."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("evidence"), Cli::tr("What shows it."), Cli::tr("TEXT")));
              declareDateOption(p, Cli::tr("The day of the change (default today)."));
          },
          onNamedRecord(CommandContext::tr("corrective action"), runActionProgress), QStringLiteral("ID") });
}

} // namespace riaya
