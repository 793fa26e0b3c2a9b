#include "Cli.h"
#include "db/Database.h"
#include "sync/BundleExchange.h"
#include "sync/SenderHistory.h"
#include "workflows/BundleImportRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace riaya {
namespace {

int exportBundle(CommandContext& c, Database& db, const QString& out)
{
    if (db.site().isMinistry && !c.options().isSet(QStringLiteral("to"))) {
        return c.usage(CommandContext::tr("Name the site the bundle is for with --to SITE_ID."));
    }
    std::optional<UnlockedKeys> keys = unlockKeys(c, db);
    if (!keys) {
        return c.exitCode();
    }
    const Result<ExportReport> report
        = BundleExchange(db).exportTo(out, c.options().value(QStringLiteral("to")), *keys);
    if (!report) {
        return c.fail(report.error());
    }
    return c.print([&] { return QJsonObject::fromVariantMap(report->manifest.toMap()); },
                   [&](QTextStream& stream) {
                       stream << CommandContext::tr("Bundle %1 written to %2: %n records.", nullptr,
                                                    static_cast<int>(report->manifest.records))
                                     .arg(report->manifest.sequence)
                                     .arg(QDir::toNativeSeparators(out))
                              << '\n';
                   });
}

int runBundleExport(CommandContext& c)
{
    const QString out = c.options().value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return c.usage(CommandContext::tr("Name the bundle to write with --out FILE."));
    }
    return c.withDatabase([&](Database& db) { return exportBundle(c, db, out); });
}

int runBundleVerify(CommandContext& c, Database& db)
{
    int worst = ExitOk;
    QJsonArray results;
    for (const QString& file : c.options().positionalArguments()) {
        const Result<BundleFile::Verified> verified = BundleExchange(db).verify(file);
        if (!verified) {
            worst = std::max(worst, c.fail(verified.error()));
            results.append(QJsonObject { { QStringLiteral("file"), file },
                                         { QStringLiteral("ok"), false },
                                         { QStringLiteral("error"), verified.error().message } });
            continue;
        }
        results.append(QJsonObject { { QStringLiteral("file"), file },
                                     { QStringLiteral("ok"), true },
                                     { QStringLiteral("sender"), verified->manifest.senderName },
                                     { QStringLiteral("sequence"), verified->manifest.sequence },
                                     { QStringLiteral("records"), verified->manifest.records } });
        if (!c.json()) {
            c.out() << CommandContext::tr("%1: intact, signed by %2, bundle %3, %n records.", nullptr,
                                          static_cast<int>(verified->manifest.records))
                           .arg(QDir::toNativeSeparators(file), verified->manifest.senderName)
                           .arg(verified->manifest.sequence)
                    << '\n';
        }
    }
    if (c.json()) {
        c.printJson(results);
    }
    return worst;
}

int runBundleImport(CommandContext& c, Database& db)
{
    std::optional<UnlockedKeys> keys = unlockKeys(c, db);
    if (!keys) {
        return c.exitCode();
    }
    int worst = ExitOk;
    QJsonArray results;
    const auto mode = c.options().isSet(QStringLiteral("dry-run")) ? BundleExchange::Mode::Preview
                                                                   : BundleExchange::Mode::Apply;
    const auto fork = c.options().isSet(QStringLiteral("accept-fork")) ? BundleExchange::Fork::Accept
                                                                       : BundleExchange::Fork::Refuse;
    BundleImportRun importRun(db, *keys, mode, fork);
    if (Status begun = importRun.begin(); !begun) {
        return c.fail(begun.error());
    }
    for (const QString& file : c.options().positionalArguments()) {
        const Result<ImportReport> report = importRun.importFile(file);
        if (!report) {
            worst = std::max(worst, c.fail(report.error()));
            results.append(QJsonObject { { QStringLiteral("file"), file },
                                         { QStringLiteral("ok"), false },
                                         { QStringLiteral("error"), report.error().message } });
            continue;
        }
        QJsonArray missing;
        for (const SequenceRange& range : report->missingSequences) {
            missing.append(QJsonArray { range.first, range.last });
        }
        QJsonObject byTable;
        for (auto it = report->byTable.cbegin(); it != report->byTable.cend(); ++it) {
            byTable.insert(it.key(),
                           QJsonObject { { QStringLiteral("inserted"), it->inserted },
                                         { QStringLiteral("updated"), it->updated },
                                         { QStringLiteral("unchanged"), it->unchanged },
                                         { QStringLiteral("conflicts"), it->conflicts },
                                         { QStringLiteral("held"), it->held } });
        }
        results.append(QJsonObject {
            { QStringLiteral("file"), file },
            { QStringLiteral("ok"), true },
            { QStringLiteral("preview"), report->preview },
            { QStringLiteral("by_table"), byTable },
            { QStringLiteral("already_imported"), report->alreadyImported },
            { QStringLiteral("inserted"), report->inserted },
            { QStringLiteral("updated"), report->updated },
            { QStringLiteral("unchanged"), report->unchanged },
            { QStringLiteral("conflicts"), report->conflicts },
            { QStringLiteral("held"), report->held },
            { QStringLiteral("fork_accepted"), report->forkAccepted },
            { QStringLiteral("sender_clock_ahead_ms"), report->senderClockAheadMs },
            { QStringLiteral("own_clock_ahead_ms"), report->ownClockAheadMs },
            { QStringLiteral("audit_problems"), QJsonArray::fromStringList(report->auditProblems) },
            { QStringLiteral("probable_duplicates"), report->probableDuplicates },
            { QStringLiteral("missing_sequences"), missing } });
        if (c.json()) {
            continue;
        }
        const QString name = QDir::toNativeSeparators(file);
        if (report->alreadyImported) {
            c.out() << CommandContext::tr("%1: already imported; nothing changed.").arg(name) << '\n';
            continue;
        }
        c.out() << CommandContext::tr("%1: %2 new, %3 changed, %4 unchanged, %5 conflicts kept for review.")
                       .arg(name)
                       .arg(report->inserted)
                       .arg(report->updated)
                       .arg(report->unchanged)
                       .arg(report->conflicts)
                << '\n';
        for (auto it = report->byTable.cbegin(); it != report->byTable.cend(); ++it) {
            c.out() << "  "
                    << CommandContext::tr("%1: %2 new, %3 changed, %4 unchanged, %5 conflicts.")
                           .arg(it.key())
                           .arg(it->inserted)
                           .arg(it->updated)
                           .arg(it->unchanged)
                           .arg(it->conflicts)
                    << '\n';
        }
        if (report->preview) {
            c.out() << CommandContext::tr("This was a preview: nothing was applied.") << '\n';
        }
        if (report->probableDuplicates > 0) {
            c.out() << CommandContext::tr(
                "%n residents look like children registered at another site; they wait "
                "for a clerk to decide, nothing was merged.",
                nullptr, report->probableDuplicates)
                    << '\n';
        }
        if (!report->missingSequences.isEmpty()) {
            c.out() << CommandContext::tr("Bundles not received yet from %1: %2.")
                           .arg(report->manifest.senderName, describeRanges(report->missingSequences))
                    << '\n';
        }
        if (report->held > 0) {
            c.out() << CommandContext::tr(
                           "%n records were stamped by a clock %1 days ahead of this one; they "
                           "wait for a clerk (conflicts list) and win over nothing.",
                           nullptr, report->held)
                           .arg(report->senderClockAheadMs / (24 * 3600 * 1000))
                    << '\n';
        }
        if (report->forkAccepted) {
            c.out() << CommandContext::tr(
                           "This bundle starts a new history of its sender; the earlier bundles "
                           "from number %1 on were set aside, their records kept.")
                           .arg(report->manifest.sequence)
                    << '\n';
        }
        for (const QString& problem : report->auditProblems) {
            c.out() << CommandContext::tr("Warning: %1 (%2)").arg(problem, report->manifest.senderName)
                    << '\n';
        }
        if (report->ownClockAheadMs > 0) {
            c.out() << BundleExchange::clockNotice(report->ownClockAheadMs) << '\n';
        }
    }
    if (c.json()) {
        c.printJson(results);
    }
    return worst;
}

} // namespace

void addSyncCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("bundle export"),
          QT_TRANSLATE_NOOP("Cli", "Write a signed, encrypted bundle of this database's changes."),
          [](QCommandLineParser& p) {
              declareOut(p);
              p.addOption({ QStringLiteral("to"), Cli::tr("The recipient site (default: the ministry)."),
                            Cli::tr("SITE") });
          },
          runBundleExport });
    commands.append({ QStringLiteral("bundle verify"),
                      QT_TRANSLATE_NOOP("Cli", "Check bundles without applying anything."),
                      [](QCommandLineParser&) {}, onDatabase(runBundleVerify), QStringLiteral("FILE...") });
    commands.append({ QStringLiteral("bundle import"),
                      QT_TRANSLATE_NOOP("Cli", "Verify and apply bundles, each one whole or not at all."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("dry-run"),
                                        Cli::tr("Show what each bundle would change, and apply nothing.") });
                          p.addOption({ QStringLiteral("accept-fork"),
                                        Cli::tr("Accept a bundle that starts a new history of its sender (a "
                                                "site restored from an old backup), after checking with the "
                                                "site.") });
                      },
                      onDatabase(runBundleImport), QStringLiteral("FILE...") });
}

} // namespace riaya
