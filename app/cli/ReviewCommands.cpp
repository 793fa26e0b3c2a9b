#include "Cli.h"
#include "db/Database.h"
#include "sync/ReviewQueue.h"

#include <QJsonObject>

namespace riaya {
namespace {

int runConflictsList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<ConflictEntry>> entries = ReviewQueue(*db).conflicts();
    if (!entries) {
        return c.fail(entries.error());
    }
    if (c.json()) {
        c.printJsonArray(*entries, [](const ConflictEntry& e) {
            return QJsonObject { { QStringLiteral("id"), e.id },
                                 { QStringLiteral("entity"), e.entity },
                                 { QStringLiteral("record_id"), e.recordId },
                                 { QStringLiteral("reason"), e.reason },
                                 { QStringLiteral("bundle_id"), e.bundleId },
                                 { QStringLiteral("sender_site"), e.senderSite },
                                 { QStringLiteral("clock_ahead_ms"), e.clockAheadMs },
                                 { QStringLiteral("kept"), QJsonObject::fromVariantMap(e.kept) },
                                 { QStringLiteral("lost"), QJsonObject::fromVariantMap(e.lost) } };
        });
        return ExitOk;
    }
    for (const ConflictEntry& e : *entries) {
        c.out() << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(e.id)
                       .arg(e.entity, e.recordId, e.reason, e.senderSite);
        if (e.clockAheadMs > 0) {
            c.out() << "  "
                    << CommandContext::tr("(clock %n days ahead)", nullptr,
                                          static_cast<int>(e.clockAheadMs / (24LL * 3600 * 1000)));
        }
        c.out() << '\n';
    }
    return ExitOk;
}

int runDuplicatesList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<DuplicateEntry>> entries = ReviewQueue(*db).duplicates();
    if (!entries) {
        return c.fail(entries.error());
    }
    if (c.json()) {
        c.printJsonArray(*entries, [](const DuplicateEntry& e) {
            return QJsonObject { { QStringLiteral("id"), e.id },
                                 { QStringLiteral("resident_id"), e.residentId },
                                 { QStringLiteral("other_id"), e.otherId },
                                 { QStringLiteral("score"), e.score },
                                 { QStringLiteral("bundle_id"), e.bundleId } };
        });
        return ExitOk;
    }
    for (const DuplicateEntry& e : *entries) {
        c.out() << QStringLiteral("%1  %2  %3  %4%\n")
                       .arg(e.id)
                       .arg(e.residentId, e.otherId)
                       .arg(qRound(e.score * 100));
    }
    return ExitOk;
}

int runConflictResolve(CommandContext& c)
{
    const QString take = c.options().value(QStringLiteral("take"));
    if (take != QLatin1String("kept") && take != QLatin1String("lost")) {
        return c.usage(CommandContext::tr("Say which version stays with --take kept or --take lost."));
    }
    bool ok = false;
    const qint64 id = c.options().positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        return c.usage(CommandContext::tr("Name the conflict by its number (see “conflicts list”)."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Status status = ReviewQueue(*db).resolveConflict(id, take == QLatin1String("lost"));
    return status ? ExitOk : c.fail(status.error());
}

int runDuplicatesDifferent(CommandContext& c)
{
    bool ok = false;
    const qint64 id = c.options().positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        return c.usage(CommandContext::tr("Name the pair by its number (see “duplicates list”)."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Status status = ReviewQueue(*db).markDifferentChildren(id);
    return status ? ExitOk : c.fail(status.error());
}

int runDuplicatesMerge(CommandContext& c)
{
    bool ok = false;
    const qint64 id = c.options().positionalArguments().value(0).toLongLong(&ok);
    const QString keep = c.options().value(QStringLiteral("keep"));
    if (!ok || keep.isEmpty()) {
        return c.usage(CommandContext::tr("Name the pair by its number and the file that stays: "
                                          "duplicates merge ID --keep RESIDENT_ID."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Status status = ReviewQueue(*db).mergeDuplicates(id, keep);
    if (!status) {
        return c.fail(status.error());
    }
    c.out() << CommandContext::tr("Merged: the file %1 stays and shows the records of both.").arg(keep)
            << '\n';
    return ExitOk;
}

} // namespace

void addReviewCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("conflicts list"),
          QT_TRANSLATE_NOOP("Cli", "List the versions that lost a conflict at import, for review."),
          [](QCommandLineParser&) {}, runConflictsList });
    commands.append(
        { QStringLiteral("duplicates list"),
          QT_TRANSLATE_NOOP("Cli", "List residents that look like a child registered at another site."),
          [](QCommandLineParser&) {}, runDuplicatesList });
    commands.append(
        { QStringLiteral("conflicts resolve"),
          QT_TRANSLATE_NOOP("Cli",
                            "Decide a conflict: keep the version in force, or take the one that lost."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("take"), Cli::tr("kept or lost."), Cli::tr("VERSION") });
          },
          runConflictResolve, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("duplicates different"),
          QT_TRANSLATE_NOOP("Cli", "Record that a probable duplicate pair are two different children."),
          [](QCommandLineParser&) {}, runDuplicatesDifferent, QStringLiteral("ID") });
    commands.append({ QStringLiteral("duplicates merge"),
                      QT_TRANSLATE_NOOP("Cli", "Merge a probable duplicate pair: one child, one file."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("keep"), Cli::tr("The resident whose file stays."),
                                        Cli::tr("ID") });
                      },
                      runDuplicatesMerge, QStringLiteral("ID") });
}

} // namespace riaya
