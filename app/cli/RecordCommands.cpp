#include "Cli.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "reports/Dump.h"
#include "reports/Statistics.h"
#include "security/AuditLog.h"

#include <QJsonObject>

namespace riaya {
namespace {

int runStats(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    Result<QJsonObject> stats = Statistics::collect(*db);
    if (!stats) {
        return c.fail(stats.error());
    }
    if (c.json()) {
        c.printJson(*stats);
        return ExitOk;
    }
    const QJsonObject records = stats->value(QStringLiteral("records")).toObject();
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        c.out() << QStringLiteral("%1: %2\n").arg(it.key()).arg(it.value().toInteger());
    }
    return ExitOk;
}

int runDump(CommandContext& c)
{
    const QString path = c.options().value(QStringLiteral("out"));
    if (path.isEmpty()) {
        return c.usage(CommandContext::tr("Name the output file with --out FILE."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    Status status = Dump::write(*db, path);
    return status ? ExitOk : c.fail(status.error());
}

int runAuditVerify(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    Result<AuditReport> report = db->writer().audit().verify();
    if (!report) {
        return c.fail(report.error());
    }
    if (c.json()) {
        c.printJson(QJsonObject { { QStringLiteral("intact"), report->intact },
                                  { QStringLiteral("entries"), report->entries },
                                  { QStringLiteral("first_bad_entry"), report->firstBadSeq },
                                  { QStringLiteral("problem"), report->problem } });
    }
    if (!report->intact) {
        return c.fail(Error::invalid(CommandContext::tr("The audit log of %1 has been tampered with: %2")
                                         .arg(db->path(), report->problem)));
    }
    if (!c.json()) {
        c.out() << CommandContext::tr("The audit log is intact: %n entries.", nullptr,
                                      static_cast<int>(report->entries))
                << '\n';
    }
    return ExitOk;
}

} // namespace

void addRecordCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("stats"), QT_TRANSLATE_NOOP("Cli", "Count the records of each kind."),
                      [](QCommandLineParser&) {}, runStats });
    commands.append(
        { QStringLiteral("dump"),
          QT_TRANSLATE_NOOP("Cli", "Write every record as canonical JSON, sorted by kind and id."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("out"), Cli::tr("The JSON file to write."), Cli::tr("FILE") });
          },
          runDump });
    commands.append({ QStringLiteral("audit verify"),
                      QT_TRANSLATE_NOOP("Cli", "Check that no audit entry was edited, removed or reordered."),
                      [](QCommandLineParser&) {}, runAuditVerify });
}

} // namespace riaya
