#include "Cli.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "sync/ReviewJson.h"
#include "sync/ReviewQueue.h"

namespace riaya {
namespace {

int runConflictsList(CommandContext& c, Database& db)
{
    const Result<QList<ConflictEntry>> entries = ReviewQueue(db).conflicts();
    if (!entries) {
        return c.fail(entries.error());
    }
    return c.print([&] { return toJsonArray(*entries); },
                   [&](QTextStream& out) {
                       for (const ConflictEntry& e : *entries) {
                           out << QStringLiteral("%1  %2  %3  %4  %5")
                                      .arg(e.id)
                                      .arg(e.entity, e.recordId, e.reason, e.senderSite);
                           if (e.clockAheadMs > 0) {
                               out << "  "
                                   << CommandContext::tr(
                                          "(clock %n days ahead)", nullptr,
                                          static_cast<int>(e.clockAheadMs / (24LL * 3600 * 1000)));
                           }
                           out << '\n';
                       }
                   });
}

int runDuplicatesList(CommandContext& c, Database& db)
{
    const bool decided = c.options().isSet(QStringLiteral("decided"));
    const Result<QList<DuplicateEntry>> entries
        = decided ? ReviewQueue(db).decidedDuplicates() : ReviewQueue(db).duplicates();
    if (!entries) {
        return c.fail(entries.error());
    }
    return c.print([&] { return toJsonArray(*entries); },
                   [&](QTextStream& out) {
                       for (const DuplicateEntry& e : *entries) {
                           out << QStringLiteral("%1  %2  %3  %4%")
                                      .arg(e.id)
                                      .arg(e.residentId, e.otherId)
                                      .arg(qRound(e.score * 100));
                           if (decided) {
                               out << "  " << e.decision << "  " << e.decidedAt;
                           }
                           out << '\n';
                       }
                   });
}

// The number of a conflict or a pair, the command's first argument; std::nullopt when it is not one.
std::optional<qint64> entryNumber(CommandContext& c)
{
    bool ok = false;
    const qint64 id = c.options().positionalArguments().value(0).toLongLong(&ok);
    return ok ? std::optional(id) : std::nullopt;
}

int runConflictResolve(CommandContext& c)
{
    const QString take = c.options().value(QStringLiteral("take"));
    if (take != QLatin1String("kept") && take != QLatin1String("lost")) {
        return c.usage(CommandContext::tr("Say which version stays with --take kept or --take lost."));
    }
    const std::optional<qint64> id = entryNumber(c);
    if (!id) {
        return c.usage(CommandContext::tr("Name the conflict by its number (see “conflicts list”)."));
    }
    return c.withDatabase([&](Database& db) {
        return finish(c, ReviewQueue(db).resolveConflict(*id, take == QLatin1String("lost")));
    });
}

int runDuplicatesDifferent(CommandContext& c)
{
    const std::optional<qint64> id = entryNumber(c);
    if (!id) {
        return c.usage(CommandContext::tr("Name the pair by its number (see “duplicates list”)."));
    }
    return c.withDatabase(
        [&](Database& db) { return finish(c, ReviewQueue(db).markDifferentChildren(*id)); });
}

int runDuplicatesMerge(CommandContext& c)
{
    const std::optional<qint64> id = entryNumber(c);
    const QString keep = c.options().value(QStringLiteral("keep"));
    if (!id || keep.isEmpty()) {
        return c.usage(CommandContext::tr("Name the pair by its number and the file that stays: "
                                          "duplicates merge ID --keep RESIDENT_ID."));
    }
    return c.withDatabase([&](Database& db) -> int {
        const Status status = ReviewQueue(db).mergeDuplicates(*id, keep);
        if (!status) {
            return c.fail(status.error());
        }
        c.out() << CommandContext::tr("Merged: the file %1 stays and shows the records of both.").arg(keep)
                << '\n';
        return ExitOk;
    });
}

int runDuplicatesUndo(CommandContext& c)
{
    const std::optional<qint64> id = entryNumber(c);
    if (!id) {
        return c.usage(CommandContext::tr("Name the pair by its number (see “duplicates list --decided”)."));
    }
    return c.withDatabase([&](Database& db) -> int {
        QStringList stayed;
        const Status status = ReviewQueue(db).undoDuplicateDecision(*id, &stayed);
        if (!status) {
            return c.fail(status.error());
        }
        c.out() << CommandContext::tr("Undone: the pair waits for a decision again.") << '\n';
        if (!stayed.isEmpty()) {
            c.out() << CommandContext::tr("Changed since the merge, these details stay in the kept file: %1")
                           .arg(stayed.join(QStringLiteral(", ")))
                    << '\n';
        }
        return ExitOk;
    });
}

} // namespace

void addReviewCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("conflicts list"),
          QT_TRANSLATE_NOOP("Cli", "List the versions that lost a conflict at import, for review."),
          [](QCommandLineParser&) {}, onDatabase(runConflictsList) });
    commands.append(
        { QStringLiteral("duplicates list"),
          QT_TRANSLATE_NOOP("Cli", "List residents that look like a child registered at another site."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("decided"), Cli::tr("List the pairs already decided instead.") });
          },
          onDatabase(runDuplicatesList) });
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
    commands.append(
        { QStringLiteral("duplicates undo"),
          QT_TRANSLATE_NOOP("Cli",
                            "Undo the decision on a pair: it waits again; a merge is undone, each file "
                            "as it was."),
          [](QCommandLineParser&) {}, runDuplicatesUndo, QStringLiteral("ID") });
}

} // namespace riaya
