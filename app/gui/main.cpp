#include "MainWindow.h"
#include "backup/Backup.h"
#include "db/Database.h"
#include "security/Access.h"
#include "security/SignInDialog.h"
#include "settings/LanguageSwitcher.h"
#include "setup/SetupWizard.h"
#include "widgets/BidiStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>

Q_LOGGING_CATEGORY(lcApp, "riaya.app")

namespace {

// A database that still opens is restored only by someone allowed to (asked here, as the
// window that asked for the restore is gone); a lost or damaged one cannot say who may, and
// the passphrase that opens the backup is then the proof.
bool mayRestore(const QString& path)
{
    auto current = riaya::Database::open(path, riaya::Database::OpenMode::ExistingOnly,
                                         riaya::Database::IntegrityCheck::Deferred);
    if (!current) {
        return true;
    }
    if (!(*current)->actor().localOperator) {
        riaya::SignInDialog signIn(**current);
        if (signIn.exec() != QDialog::Accepted) {
            return false;
        }
    }
    return riaya::Access::allows(**current, riaya::Permission::Restore);
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Riaya"));
    QApplication::setOrganizationName(QStringLiteral("Riaya"));
    QApplication::setApplicationVersion(QStringLiteral(RIAYA_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("riaya.*.info=false"));
    riaya::installBidiRules(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Riaya"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("The database to open."), QStringLiteral("PATH") });
    parser.addOption(
        { QStringLiteral("lang"), QStringLiteral("Language: ar, fr or en."), QStringLiteral("CODE") });
    parser.addOption(
        { QStringLiteral("screenshot"),
          QStringLiteral("Save a picture of the window to FILE and quit (works without a display)."),
          QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("restore"),
          QStringLiteral("Restore this backup into the database before opening it (the passphrase "
                         "comes from RIAYA_RESTORE_PASSPHRASE)."),
          QStringLiteral("FILE") });
    parser.process(app);

    const QString language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                                  : riaya::preferredLanguage();
    riaya::applyLanguage(language);
    riaya::loadDisplayOptions();

    QSettings settings;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = settings.value(QStringLiteral("lastDatabase")).toString();
    }
    // The first run: no database yet, so set one up, the administrator signed in at the end.
    if (path.isEmpty() || !QFile::exists(path)) {
        riaya::SetupWizard wizard(path.isEmpty() ? QDir::home().filePath(QStringLiteral("Riaya/riaya.db"))
                                                 : path);
        if (wizard.exec() != QDialog::Accepted) {
            return 0;
        }
        std::unique_ptr<riaya::Database> made = wizard.takeDatabase();
        settings.setValue(QStringLiteral("lastDatabase"), made->path());
        riaya::MainWindow window(std::move(made));
        window.show();
        return app.exec();
    }
    // Asked for by the window's "Restore a backup": done before the database is opened.
    if (parser.isSet(QStringLiteral("restore"))) {
        const QByteArray passphrase = qEnvironmentVariable("RIAYA_RESTORE_PASSPHRASE").toUtf8();
        qunsetenv("RIAYA_RESTORE_PASSPHRASE");
        const auto restored = mayRestore(path)
            ? riaya::Backup::restore(parser.value(QStringLiteral("restore")), path, passphrase)
            : riaya::Result<QString>(riaya::Error::refused(QApplication::translate(
                "main", "Only an administrator restores a backup over this database.")));
        if (!restored) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "The backup was not restored"),
                                  restored.error().message);
        } else {
            QMessageBox::information(
                nullptr, QApplication::translate("main", "Backup restored"),
                QApplication::translate("main",
                                        "The backup is in place. The database it replaced is kept as %1.")
                    .arg(*restored));
        }
    }
    auto db = riaya::Database::open(path, riaya::Database::OpenMode::ExistingOnly,
                                    riaya::Database::IntegrityCheck::Deferred);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Riaya cannot open the database"),
                              db.error().describe());
        return 2;
    }
    if (!(*db)->isInitialised()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Riaya cannot open the database"),
            QApplication::translate("main", "%1 is not set up yet; run “riaya-cli --db %1 init” first.")
                .arg(path));
        return 2;
    }
    settings.setValue(QStringLiteral("lastDatabase"), (*db)->path());
    // A database with accounts shows nothing until someone signs in.
    if (!(*db)->actor().localOperator) {
        riaya::SignInDialog signIn(**db);
        if (signIn.exec() != QDialog::Accepted) {
            return 0;
        }
    }

    riaya::MainWindow window(std::move(*db));
    window.show();
    qCInfo(lcApp, "window shown %lld ms after launch", static_cast<long long>(started.elapsed()));
    if (parser.isSet(QStringLiteral("screenshot"))) {
        QApplication::processEvents();
        return window.grab().save(parser.value(QStringLiteral("screenshot"))) ? 0 : 1;
    }
    window.startIntegrityCheck();
    return app.exec();
}
