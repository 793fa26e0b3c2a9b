#define CATCH_CONFIG_RUNNER
#include "common/Translations.h"

#if defined(RIAYA_TEST_WIDGETS)
#include "widgets/BidiStyle.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // A widget-capable application for the UI tests only (RIAYA_TEST_WIDGETS); the core and
    // command-line tests run without a display, as riaya-cli does. Settings go to a
    // throw-away folder so tests never read a developer's own preferences.
    QTemporaryDir settingsDir;
    QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        // The offscreen screen is the 1366x768 laptop most staff have (Qt's default is 800x600),
        // so windows open at the size people see.
        const QString screens = settingsDir.filePath(QStringLiteral("screens.json"));
        QFile file(screens);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            file.close();
            platform = "offscreen:configfile=" + screens.toUtf8();
        } else {
            platform = "offscreen";
        }
    }
    qputenv("QT_QPA_PLATFORM", platform);
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());
    // Keys sealed with libsodium's interactive limits (64 MiB) instead of the moderate ones
    // (256 MiB, about a second per key): the tests make hundreds of keys, here and in the
    // riaya-cli processes they start. KeyStoreTest unsets it to check the moderate limits.
    qputenv("RIAYA_TEST_FAST_KDF", "1");
    TestApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("riaya.*.info=false"));
    TestApplication::setOrganizationName(QStringLiteral("RiayaTests"));
    TestApplication::setApplicationName(QStringLiteral("riaya-tests"));
    QStandardPaths::setTestModeEnabled(true);
    riaya::installTranslations(QStringLiteral("en"));
#if defined(RIAYA_TEST_WIDGETS)
    riaya::installBidiRules(app); // as the window has them
#endif
    return Catch::Session().run(argc, argv);
}
