#include "Cli.h"
#include "common/Translations.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <memory>

int main(int argc, char* argv[])
{
    // A PDF needs fonts, so a graphical application without a display; every other command
    // starts without one, as fast as before.
    // (`inspections report … pdf`, or any file written as FILE.pdf).
    const bool printing = std::any_of(argv, argv + argc, [](const char* arg) {
        return qstrcmp(arg, "pdf") == 0 || QByteArray(arg).toLower().endsWith(".pdf");
    });
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> app = printing ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("riaya-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Riaya"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RIAYA_VERSION));
    // Progress notes stay quiet unless asked for with QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(QStringLiteral("riaya.*.info=false"));

    // Scripts get messages in the system's language, or English where it is not supported.
    QString language = riaya::systemLanguage(QStringLiteral("en"));
    const QStringList args = app->arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt > 0 && langAt + 1 < args.size() && riaya::supportedLanguages().contains(args.at(langAt + 1))) {
        language = args.at(langAt + 1);
    }
    riaya::installTranslations(language);
    return riaya::Cli().run(args);
}
