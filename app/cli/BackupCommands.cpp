#include "Cli.h"
#include "OptionValues.h"
#include "backup/Backup.h"
#include "backup/BackupJson.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "security/Access.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace riaya {
namespace {

int runCreate(CommandContext& c, Database& db)
{
    const QString folder = c.options().isSet(QStringLiteral("folder"))
        ? c.options().value(QStringLiteral("folder"))
        : Backup::folderFor(db);
    const int keep = c.intOption(QStringLiteral("keep"), Backup::keepFor(db), 1, 365);
    if (keep < 0) {
        return c.exitCode();
    }
    const Result<BackupInfo> made = Backup::create(db, folder, QStringLiteral("manual"), keep);
    if (!made) {
        return c.fail(made.error());
    }
    c.print([&] { return toJson(*made); },
            [&](QTextStream& out) {
                out << CommandContext::tr("Backup written to %1 (%2).")
                           .arg(QDir::toNativeSeparators(made->path),
                                QLocale().formattedDataSize(made->bytes))
                    << '\n';
            });
    if (!made->auditIntact) {
        // Loudly: the history was tampered with or damaged. The backup keeps what there is.
        return c.fail(
            Error::conflict(CommandContext::tr("THE AUDIT LOG IS BROKEN: %1").arg(made->auditProblem)));
    }
    return ExitOk;
}

int listBackups(CommandContext& c, const QString& folder)
{
    const QList<BackupInfo> backups = Backup::list(folder);
    return c.print(
        [&] { return toJsonArray(backups); },
        [&](QTextStream& out) {
            for (const BackupInfo& b : backups) {
                out << QStringLiteral("%1  %2  %3  %4")
                           .arg(b.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                b.kind, QLocale().formattedDataSize(b.bytes),
                                QDir::toNativeSeparators(b.path))
                    << '\n';
            }
        });
}

// The backups of --folder, or of the database's backup folder.
int runList(CommandContext& c)
{
    if (c.options().isSet(QStringLiteral("folder"))) {
        return listBackups(c, c.options().value(QStringLiteral("folder")));
    }
    return c.withDatabase([&](Database& db) { return listBackups(c, Backup::folderFor(db)); });
}

int runRestore(CommandContext& c)
{
    const QString file = c.options().positionalArguments().value(0);
    const QString path = c.options().value(QStringLiteral("db"));
    if (file.isEmpty() || path.isEmpty()) {
        return c.usage(
            CommandContext::tr("Name the backup and the database: --db PATH backup restore FILE."));
    }
    const std::optional<QByteArray> passphrase = c.requiredPassphrase(CommandContext::tr(
        "The backup opens with the keys' passphrase: --passphrase-file FILE or RIAYA_PASSPHRASE."));
    if (!passphrase) {
        return c.exitCode();
    }
    // A database that still opens is restored only by someone allowed to; a lost or damaged one
    // cannot say who may, and the passphrase that opens the backup is then the proof.
    if (QFile::exists(path) && Database::open(path).ok()) {
        const int allowed = c.withDatabase(
            [&](Database& db) { return finish(c, Access::require(db, Permission::Restore)); });
        if (allowed != ExitOk) {
            return allowed;
        }
        c.closeDatabase();
    }
    const Result<QString> aside = Backup::restore(file, path, *passphrase);
    if (!aside) {
        return c.fail(aside.error());
    }
    c.out() << CommandContext::tr("Restored %1 from %2.")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(file))
            << '\n';
    if (!aside->isEmpty()) {
        c.out() << CommandContext::tr("The database it replaced is kept as %1.")
                       .arg(QDir::toNativeSeparators(*aside))
                << '\n';
    }
    return ExitOk;
}

int runSettings(CommandContext& c, Database& db)
{
    if (Status allowed = Access::require(db, Permission::Backup); !allowed) {
        return c.fail(allowed.error());
    }
    if (c.options().isSet(QStringLiteral("folder"))) {
        if (Status saved = Backup::setFolder(db, c.options().value(QStringLiteral("folder"))); !saved) {
            return c.fail(saved.error());
        }
    }
    if (c.options().isSet(QStringLiteral("keep"))) {
        const int keep = c.intOption(QStringLiteral("keep"), Backup::kDefaultKeep, 1, Backup::kMaxKeep);
        if (keep < 0) {
            return c.exitCode();
        }
        if (Status saved = Backup::setKeep(db, keep); !saved) {
            return c.fail(saved.error());
        }
    }
    c.out() << CommandContext::tr("Backups go to %1; %2 of each kind are kept.")
                   .arg(QDir::toNativeSeparators(Backup::folderFor(db)))
                   .arg(Backup::keepFor(db))
            << '\n';
    return ExitOk;
}

void declareFolder(QCommandLineParser& p)
{
    p.addOption(
        { QStringLiteral("folder"), Cli::tr("The backup folder (a USB stick will do)."), Cli::tr("DIR") });
    p.addOption({ QStringLiteral("keep"), Cli::tr("How many backups of each kind to keep."), Cli::tr("N") });
}

} // namespace

void addBackupCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("backup create"),
                      QT_TRANSLATE_NOOP("Cli", "Write an encrypted backup now; the oldest beyond --keep go."),
                      declareFolder, onDatabase(runCreate) });
    commands.append({ QStringLiteral("backup list"),
                      QT_TRANSLATE_NOOP("Cli", "List the backups of a folder."), declareFolder, runList });
    commands.append({ QStringLiteral("backup restore"),
                      QT_TRANSLATE_NOOP(
                          "Cli", "Check a backup, keep the current database aside, put the backup in place."),
                      [](QCommandLineParser&) {}, runRestore, QStringLiteral("FILE") });
    commands.append({ QStringLiteral("backup settings"),
                      QT_TRANSLATE_NOOP("Cli", "Set where backups go and how many are kept."), declareFolder,
                      onDatabase(runSettings) });
}

} // namespace riaya
