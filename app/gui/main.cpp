#include "MainWindow.h"
#include "db/Database.h"
#include "settings/LanguageSwitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Riaya"));
    QApplication::setOrganizationName(QStringLiteral("Riaya"));
    QApplication::setApplicationVersion(QStringLiteral(RIAYA_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("riaya.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Riaya"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The database to open."), QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("lang"), QStringLiteral("Language: ar, fr or en."), QStringLiteral("CODE") });
    parser.process(app);

    const QString language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                                   : riaya::preferredLanguage();
    riaya::applyLanguage(language);

    QSettings settings;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = settings.value(QStringLiteral("lastDatabase")).toString();
    }
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open a Riaya database"), {},
                                            QApplication::translate("main", "Riaya databases (*.db *.riaya);;All files (*)"));
        if (path.isEmpty()) {
            return 0;
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
        QMessageBox::critical(nullptr, QApplication::translate("main", "Riaya cannot open the database"),
                              QApplication::translate("main", "%1 is not set up yet; run “riaya-cli --db %1 init” first.")
                                  .arg(path));
        return 2;
    }
    settings.setValue(QStringLiteral("lastDatabase"), (*db)->path());

    riaya::MainWindow window(std::move(*db));
    window.show();
    qInfo("window shown %lld ms after launch", static_cast<long long>(started.elapsed()));
    window.startIntegrityCheck();
    return app.exec();
}
