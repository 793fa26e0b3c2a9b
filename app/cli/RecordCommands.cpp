#include "Cli.h"
#include "OptionValues.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "reports/Dump.h"
#include "reports/Statistics.h"
#include "security/Access.h"
#include "security/AuditAnchors.h"
#include "security/AuditQuery.h"
#include "sync/TrustStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace riaya {
namespace {

int runStats(CommandContext& c, Database& db)
{
    Result<QJsonObject> stats = Statistics::collect(db);
    if (!stats) {
        return c.fail(stats.error());
    }
    return c.print([&] { return *stats; },
                   [&](QTextStream& out) {
                       const QJsonObject records = stats->value(QStringLiteral("records")).toObject();
                       for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
                           out << QStringLiteral("%1: %2\n").arg(it.key()).arg(it.value().toInteger());
                       }
                   });
}

int runDump(CommandContext& c)
{
    const QString path = c.options().value(QStringLiteral("out"));
    if (path.isEmpty()) {
        return c.usage(CommandContext::tr("Name the output file with --out FILE."));
    }
    return c.withDatabase([&](Database& db) { return finish(c, Dump::write(db, path)); });
}

// At the ministry: what a site's signed audit heads, as received, show of its history.
int verifySiteAnchors(CommandContext& c, Database& db, const QString& site)
{
    const Result<TrustedSite> trusted = TrustStore(db).find(site);
    if (!trusted) {
        return c.fail(trusted.error());
    }
    const Result<AnchorReport> anchors = AuditAnchors(db).verifySite(site);
    if (!anchors) {
        return c.fail(anchors.error());
    }
    const bool intact = anchors->problems.isEmpty();
    // The JSON is printed whatever it says; the line for people only when all is well.
    c.print(
        [&] {
            return QJsonObject { { QStringLiteral("site"), site },
                                 { QStringLiteral("intact"), intact },
                                 { QStringLiteral("signed_heads"), anchors->heads },
                                 { QStringLiteral("anchor_problems"),
                                   QJsonArray::fromStringList(anchors->problems) } };
        },
        [&](QTextStream& out) {
            if (intact) {
                out << CommandContext::tr(
                           "The audit history of %1 is as it signed it: %n signed heads received.", nullptr,
                           anchors->heads)
                           .arg(trusted->name)
                    << '\n';
            }
        });
    return intact ? ExitOk
                  : c.fail(Error::invalid(CommandContext::tr("The audit history of %1 was rewritten: %2")
                                              .arg(trusted->name, anchors->problems.join(QLatin1Char(' ')))));
}

int runAuditVerify(CommandContext& c, Database& db)
{
    if (Status allowed = Access::require(db, Permission::ReadAudit); !allowed) {
        return c.fail(allowed.error());
    }
    const QString site = c.options().value(QStringLiteral("site"));
    if (!site.isEmpty()) {
        return verifySiteAnchors(c, db, site);
    }
    Result<AuditReport> report = AuditQuery::verify(db);
    if (!report) {
        return c.fail(report.error());
    }
    // The chain can be recomputed by whoever holds the file; the signed heads cannot.
    const Result<AnchorReport> anchors = AuditAnchors(db).verifyOwn();
    if (!anchors) {
        return c.fail(anchors.error());
    }
    const bool intact = report->intact && anchors->problems.isEmpty();
    // The JSON is printed whatever it says; the line for people only when all is well.
    c.print(
        [&] {
            return QJsonObject { { QStringLiteral("intact"), intact },
                                 { QStringLiteral("entries"), report->entries },
                                 { QStringLiteral("first_bad_entry"), report->firstBadSeq },
                                 { QStringLiteral("problem"), report->problem },
                                 { QStringLiteral("signed_heads"), anchors->heads },
                                 { QStringLiteral("confirmed_heads"), anchors->confirmed },
                                 { QStringLiteral("anchor_problems"),
                                   QJsonArray::fromStringList(anchors->problems) } };
        },
        [&](QTextStream& out) {
            if (intact) {
                out << CommandContext::tr("The audit log is intact: %n entries.", nullptr,
                                          static_cast<int>(report->entries))
                    << ' '
                    << CommandContext::tr(
                           "%n signed heads match it, %1 of them countersigned by the ministry.", nullptr,
                           anchors->heads)
                           .arg(anchors->confirmed)
                    << '\n';
            }
        });
    if (!report->intact) {
        return c.fail(Error::invalid(CommandContext::tr("The audit log of %1 has been tampered with: %2")
                                         .arg(db.path(), report->problem)));
    }
    if (!anchors->problems.isEmpty()) {
        return c.fail(Error::invalid(CommandContext::tr("The audit log of %1 has been rewritten: %2")
                                         .arg(db.path(), anchors->problems.join(QLatin1Char(' ')))));
    }
    return ExitOk;
}

} // namespace

void addRecordCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("stats"), QT_TRANSLATE_NOOP("Cli", "Count the records of each kind."),
                      [](QCommandLineParser&) {}, onDatabase(runStats) });
    commands.append(
        { QStringLiteral("dump"),
          QT_TRANSLATE_NOOP("Cli", "Write every record as canonical JSON, sorted by kind and id."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("out"), Cli::tr("The JSON file to write."), Cli::tr("FILE") });
          },
          runDump });
    commands.append({ QStringLiteral("audit verify"),
                      QT_TRANSLATE_NOOP("Cli",
                                        "Check that no audit entry was edited, removed or reordered, "
                                        "against the signed heads too."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("site"),
                                        Cli::tr("At the ministry: check a site's history against the signed "
                                                "heads received from it."),
                                        Cli::tr("SITE_ID") });
                      },
                      onDatabase(runAuditVerify) });
}

} // namespace riaya
