#include "sync/KeysPanel.h"

#include "QtCatch.h"
#include "SyncNetwork.h"
#include "TempDatabase.h"
#include "security/UserStore.h"
#include "settings/LanguageSwitcher.h"
#include "sync/ImportDialog.h"
#include "sync/PassphraseDialog.h"
#include "sync/RevokeDialog.h"
#include "sync/SyncPage.h"
#include "sync/TrustStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace riaya;

namespace {

const QString kPassphrase = QStringLiteral("a long enough passphrase");

// Saves a picture in Arabic and French when RIAYA_SCREENSHOT_DIR is set.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        QTest::qWait(30);
        CHECK(widget.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
    }
    applyLanguage(QStringLiteral("en"));
}

// Runs `drive` on the next modal dialog once it shows (the call that opens it blocks).
template<typename Dialog> void whenShown(std::function<void(Dialog*)> drive)
{
    QTimer::singleShot(0, [drive] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog) {
            drive(dialog);
        } else if (QApplication::activeModalWidget()) {
            QApplication::activeModalWidget()->close();
        }
    });
}

template<typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    CHECK(found);
    return found;
}

void type(QWidget* dialog, const char* field, const QString& text)
{
    if (auto* edit = child<QLineEdit>(dialog, field)) {
        edit->setText(text);
    }
}

void click(QWidget* dialog, const char* button)
{
    if (auto* pushButton = child<QPushButton>(dialog, button)) {
        pushButton->click();
    }
}

QString textOf(QWidget* parent, const char* name)
{
    auto* label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

// Every label of a screen: none may tell a person to go to the command line.
void checkNoCommandLine(QWidget& screen)
{
    for (const QLabel* label : screen.findChildren<QLabel*>()) {
        INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
        CHECK_FALSE(label->text().contains(QStringLiteral("riaya-cli")));
    }
}

SiteSettings hubSettings()
{
    SiteSettings settings;
    settings.name = QStringLiteral("الوزارة");
    settings.ministry = true;
    return settings;
}

} // namespace

TEST_CASE("a house set up without keys does the whole enrolment in the window, and the ministry too")
{
    TempDatabase hub(hubSettings());
    TempDatabase house; // as `riaya-cli init` leaves it: no keys, no ministry, no accounts
    SyncPage hubPage(hub.db());
    SyncPage page(house.db());
    page.resize(1100, 650);
    page.show();
    auto* keys = page.findChild<KeysPanel*>();
    REQUIRE(keys);
    CHECK(textOf(&page, "syncIdentity").contains(QStringLiteral("no keys yet")));
    CHECK(textOf(&page, "keysNextStep").contains(QStringLiteral("create the keys")));
    CHECK(child<QPushButton>(&page, "createKeys")->isVisibleTo(&page));
    CHECK_FALSE(child<QPushButton>(&page, "saveIdentity")->isVisibleTo(&page));
    CHECK_FALSE(child<QPushButton>(&page, "exportBundle")->isEnabled());
    checkNoCommandLine(page);
    screenshot(page, QStringLiteral("sync-no-keys"));

    // The keys, under a passphrase typed twice and held to core's rules; cancelling makes none.
    whenShown<PassphraseDialog>([](PassphraseDialog* dialog) { dialog->reject(); });
    CHECK_FALSE(keys->createKeys());
    CHECK_FALSE(KeyStore(house.db()).hasKeys());
    whenShown<PassphraseDialog>([](PassphraseDialog* dialog) {
        CHECK_FALSE(dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphrase"))->isVisibleTo(dialog));
        type(dialog, "newPassphrase", QStringLiteral("short"));
        type(dialog, "newPassphraseAgain", QStringLiteral("short"));
        CHECK(textOf(dialog, "passphraseStrength").contains(QStringLiteral("12")));
        CHECK_FALSE(dialog->submit());
        CHECK(textOf(dialog, "passphraseMessage").contains(QStringLiteral("at least 12")));
        type(dialog, "newPassphrase", QStringLiteral("aaaaaaaaaaaaaaaa"));
        type(dialog, "newPassphraseAgain", QStringLiteral("aaaaaaaaaaaaaaaa"));
        CHECK_FALSE(dialog->submit());
        CHECK(textOf(dialog, "passphraseMessage").contains(QStringLiteral("different characters")));
        type(dialog, "newPassphrase", kPassphrase);
        type(dialog, "newPassphraseAgain", QStringLiteral("a long enough passfrase"));
        CHECK(textOf(dialog, "passphraseStrength").contains(QStringLiteral("differ")));
        CHECK_FALSE(dialog->submit());
        CHECK(textOf(dialog, "passphraseMessage").contains(QStringLiteral("differ")));
        CHECK(dialog->isVisible());
        type(dialog, "newPassphraseAgain", kPassphrase);
        CHECK(textOf(dialog, "passphraseStrength").contains(QStringLiteral("match")));
        screenshot(*dialog, QStringLiteral("passphrase-create"));
        click(dialog, "passphraseOk");
    });
    REQUIRE(keys->createKeys());
    REQUIRE(KeyStore(house.db()).hasKeys());
    CHECK(KeyStore(house.db()).unlock(kPassphrase.toUtf8()).ok());
    CHECK(textOf(&page, "syncIdentity")
              .contains(KeyStore::fingerprint(KeyStore(house.db()).publicKeys()->sign)));
    CHECK(textOf(&page, "keysNextStep").contains(QStringLiteral("ministry's profile")));
    CHECK_FALSE(child<QPushButton>(&page, "createKeys")->isVisibleTo(&page));
    CHECK(child<QPushButton>(&page, "exportBundle")->isEnabled());

    // The ministry makes its keys and saves the profile for its sites, in its own window.
    auto* hubKeys = hubPage.findChild<KeysPanel*>();
    REQUIRE(hubKeys);
    whenShown<PassphraseDialog>([](PassphraseDialog* dialog) {
        type(dialog, "newPassphrase", kPassphrase);
        type(dialog, "newPassphraseAgain", kPassphrase);
        click(dialog, "passphraseOk");
    });
    REQUIRE(hubKeys->createKeys());
    const QString profile = hub.dir() + QStringLiteral("/riaya-profile.json");
    whenShown<PassphraseDialog>([](PassphraseDialog* dialog) {
        CHECK_FALSE(dialog->findChild<QLineEdit*>(QStringLiteral("newPassphrase"))->isVisibleTo(dialog));
        type(dialog, "currentPassphrase", QStringLiteral("not the passphrase"));
        CHECK_FALSE(dialog->submit());
        CHECK(textOf(dialog, "passphraseMessage").contains(QStringLiteral("does not open")));
        type(dialog, "currentPassphrase", kPassphrase);
        click(dialog, "passphraseOk");
    });
    REQUIRE(hubKeys->saveIdentity(profile));
    REQUIRE(QFile::exists(profile));
    const QString hubFingerprint = KeyStore::fingerprint(KeyStore(hub.db()).publicKeys()->sign);

    // The house loads it, after comparing the fingerprint; cancelling trusts nothing.
    whenShown<QMessageBox>([](QMessageBox* box) { box->reject(); });
    CHECK_FALSE(keys->trustFile(profile));
    CHECK_FALSE(TrustStore(house.db()).ministry().ok());
    CHECK_FALSE(keys->trustFile(house.dir() + QStringLiteral("/nothing.json")));
    CHECK_FALSE(textOf(&page, "keysMessage").isEmpty());
    whenShown<QMessageBox>([&](QMessageBox* box) {
        CHECK(box->text().contains(hubFingerprint));
        click(box, "confirmTrust");
    });
    REQUIRE(keys->trustFile(profile));
    CHECK(TrustStore(house.db()).ministry().ok());
    CHECK(textOf(&page, "syncTrust").contains(hubFingerprint));
    CHECK(textOf(&page, "keysNextStep").contains(QStringLiteral("enrolment file")));
    CHECK_FALSE(child<QPushButton>(&page, "trustFile")->isVisibleTo(&page));

    // Its enrolment file, which the ministry enrols after comparing the fingerprint.
    const QString identity = house.dir() + QStringLiteral("/riaya-enrolment.json");
    whenShown<PassphraseDialog>([](PassphraseDialog* dialog) {
        type(dialog, "currentPassphrase", kPassphrase);
        click(dialog, "passphraseOk");
    });
    REQUIRE(keys->saveIdentity(identity));
    CHECK(textOf(&page, "keysMessage").contains(QStringLiteral("Enrolment file saved")));
    screenshot(page, QStringLiteral("sync-enrolment"));
    const QString houseFingerprint = KeyStore::fingerprint(KeyStore(house.db()).publicKeys()->sign);
    whenShown<QMessageBox>([&](QMessageBox* box) {
        CHECK(box->text().contains(houseFingerprint));
        click(box, "confirmTrust");
    });
    REQUIRE(hubKeys->trustFile(identity));
    CHECK(TrustStore(hub.db()).find(house.db().site().id).ok());
    CHECK(hubPage.findChild<QTableWidget*>(QStringLiteral("trustedSites"))->rowCount() == 1);

    // Bundles now flow: the house exports, the ministry imports.
    const QString bundle = house.dir() + QStringLiteral("/first.bundle");
    REQUIRE(page.exportBundle(bundle, {}, kPassphrase.toUtf8()));
    ImportDialog import(hub.db(), { bundle });
    import.setPassphrase(kPassphrase);
    REQUIRE(import.preview() == 1);
    REQUIRE(import.apply() == 1);

    // A new passphrase: the current one is asked for and checked first.
    const QString newPassphrase = QStringLiteral("another passphrase, longer");
    whenShown<PassphraseDialog>([&](PassphraseDialog* dialog) {
        type(dialog, "currentPassphrase", QStringLiteral("not the passphrase"));
        type(dialog, "newPassphrase", newPassphrase);
        type(dialog, "newPassphraseAgain", newPassphrase);
        CHECK_FALSE(dialog->submit());
        CHECK(textOf(dialog, "passphraseMessage").contains(QStringLiteral("does not open")));
        CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphrase"))->text().isEmpty());
        type(dialog, "currentPassphrase", kPassphrase);
        screenshot(*dialog, QStringLiteral("passphrase-change"));
        click(dialog, "passphraseOk");
    });
    REQUIRE(keys->changePassphrase());
    CHECK(KeyStore(house.db()).unlock(newPassphrase.toUtf8()).ok());
    CHECK_FALSE(KeyStore(house.db()).unlock(kPassphrase.toUtf8()).ok());

    // A stolen laptop: the ministry revokes the house's key, with the reason.
    CHECK(child<QPushButton>(&hubPage, "revokeKey")->isVisibleTo(&hubPage));
    whenShown<RevokeDialog>([&](RevokeDialog* dialog) {
        dialog->setSite(house.db().site().id);
        CHECK_FALSE(dialog->revoke());
        CHECK(textOf(dialog, "revokeMessage").contains(QStringLiteral("Say why")));
        CHECK(dialog->isVisible());
        dialog->setReason(QStringLiteral("laptop stolen"));
        screenshot(*dialog, QStringLiteral("revoke"));
        click(dialog, "revokeKey");
    });
    REQUIRE(hubKeys->revokeKey());
    CHECK(TrustStore(hub.db()).find(house.db().site().id)->revoked);
    CHECK_FALSE(child<QPushButton>(&hubPage, "revokeKey")->isVisibleTo(&hubPage)); // none left
    CHECK_FALSE(hubKeys->revokeKey());
    hubPage.resize(1100, 650);
    hubPage.show();
    QTest::qWait(50); // laid out before the picture
    checkNoCommandLine(hubPage);
    screenshot(hubPage, QStringLiteral("sync-ministry-keys"));
}

TEST_CASE("who may not manage keys is told who does, and gets no key buttons")
{
    TempDatabase house;
    UserStore users(house.db());
    REQUIRE(users
                .create({ {},
                          QStringLiteral("admin"),
                          QStringLiteral("Amina Admin"),
                          { QStringLiteral("administrator") } },
                        QStringLiteral("a good password 1"))
                .ok());
    REQUIRE(users
                .create({ {},
                          QStringLiteral("khadija"),
                          QStringLiteral("Khadija Amrani"),
                          { QStringLiteral("supervisor") } },
                        QStringLiteral("a good password 2"))
                .ok());
    REQUIRE(users.signIn(QStringLiteral("khadija"), QStringLiteral("a good password 2")).ok());
    KeysPanel panel(house.db());
    panel.show();
    CHECK(textOf(&panel, "keysNextStep").contains(QStringLiteral("administrator")));
    for (const char* button :
         { "createKeys", "changePassphrase", "saveIdentity", "trustFile", "revokeKey" }) {
        INFO(button);
        CHECK_FALSE(child<QPushButton>(&panel, button)->isVisibleTo(&panel));
    }
    // And core refuses it whatever the window shows.
    CHECK_FALSE(KeyStore(house.db()).create(kPassphrase.toUtf8()).ok());
}
