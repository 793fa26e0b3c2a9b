#include "KeysPanel.h"

#include "PassphraseDialog.h"
#include "RevokeDialog.h"
#include "common/Bidi.h"
#include "db/Database.h"
#include "security/Access.h"
#include "security/KeyStore.h"
#include "sync/TrustStore.h"
#include "workflows/SyncOverview.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {
namespace {

QString native(const QString& path)
{
    return isolateLtr(QDir::toNativeSeparators(path));
}

} // namespace

KeysPanel::KeysPanel(Database& db, QWidget* parent)
    : QGroupBox(parent)
    , m_db(db)
    , m_identity(new QLabel(this))
    , m_trust(new QLabel(this))
    , m_next(new MessageLabel(this))
    , m_message(new MessageLabel(this))
    , m_create(new QPushButton(this))
    , m_passphrase(new QPushButton(this))
    , m_saveIdentity(new QPushButton(this))
    , m_trustFile(new QPushButton(this))
    , m_revoke(new QPushButton(this))
{
    setObjectName(QStringLiteral("keysPanel"));
    m_identity->setObjectName(QStringLiteral("syncIdentity"));
    m_trust->setObjectName(QStringLiteral("syncTrust"));
    m_next->setObjectName(QStringLiteral("keysNextStep"));
    m_message->setObjectName(QStringLiteral("keysMessage"));
    m_create->setObjectName(QStringLiteral("createKeys"));
    m_passphrase->setObjectName(QStringLiteral("changePassphrase"));
    m_saveIdentity->setObjectName(QStringLiteral("saveIdentity"));
    m_trustFile->setObjectName(QStringLiteral("trustFile"));
    m_revoke->setObjectName(QStringLiteral("revokeKey"));
    for (QLabel* label : { m_identity, m_trust }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_create, m_passphrase, m_saveIdentity, m_trustFile, m_revoke }) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identity);
    layout->addWidget(m_trust);
    layout->addWidget(m_next);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    m_message->hide(); // no empty line until there is something to say

    connect(m_create, &QPushButton::clicked, this, &KeysPanel::createKeys);
    connect(m_passphrase, &QPushButton::clicked, this, &KeysPanel::changePassphrase);
    connect(m_saveIdentity, &QPushButton::clicked, this, &KeysPanel::chooseIdentityFile);
    connect(m_trustFile, &QPushButton::clicked, this, &KeysPanel::chooseTrustFile);
    connect(m_revoke, &QPushButton::clicked, this, &KeysPanel::revokeKey);
    retranslate();
    refresh();
}

void KeysPanel::refresh()
{
    const bool ministry = m_db.site().isMinistry;
    const Result<PublicKeys> keys = KeyStore(m_db).publicKeys();
    const bool mayManage = Access::allows(m_db, Permission::ManageKeys);
    m_identity->setText(
        keys ? tr("This database: %1 — key fingerprint %2")
                   .arg(isolate(m_db.site().name), isolateLtr(KeyStore::fingerprint(keys->sign)))
             : tr("This database (%1) has no keys yet. It needs them to sign and open "
                  "bundles, and to make backups.")
                   .arg(isolate(m_db.site().name)));

    const Result<QList<SiteSyncStatus>> statuses = SyncOverview::sites(m_db);
    const QList<SiteSyncStatus> sites = statuses ? *statuses : QList<SiteSyncStatus>();
    const auto trustedMinistry = std::find_if(sites.cbegin(), sites.cend(), [](const SiteSyncStatus& s) {
        return s.site.role == QLatin1String("ministry") && !s.site.revoked;
    });
    const bool trustsMinistry = trustedMinistry != sites.cend();
    int enrolled = 0;
    bool revocable = false;
    for (const SiteSyncStatus& status : sites) {
        if (status.site.role == QLatin1String("site")) {
            ++enrolled;
            revocable = revocable || !status.site.revoked;
        }
    }
    if (ministry) {
        m_trust->setText(tr("%n sites enrolled.", nullptr, enrolled));
    } else {
        m_trust->setText(trustsMinistry
                             ? tr("Trusts the ministry “%1”, key fingerprint %2.")
                                   .arg(isolate(trustedMinistry->site.name),
                                        isolateLtr(KeyStore::fingerprint(trustedMinistry->site.keys.sign)))
                             : tr("No ministry is trusted yet."));
    }

    // The next step of the set-up, until bundles flow.
    QString next;
    if (!keys) {
        next = ministry ? tr("First step: create the ministry's keys, under a passphrase.")
                        : tr("First step: create the keys, under a passphrase the supervisor will type to "
                             "send the month's bundle.");
    } else if (!ministry && !trustsMinistry) {
        next = tr("Next step: load the ministry's profile, the file the ministry gave you, and compare "
                  "its fingerprint with the one the ministry gave you.");
    } else if (!ministry && trustedMinistry->lastBundle == 0) {
        next = tr("Next step: save the enrolment file and take it to the ministry, which enrols this "
                  "house after comparing its fingerprint; then exchange bundles below.");
    } else if (ministry && enrolled == 0) {
        next = tr("Next step: save the profile for the sites, then enrol each site from the file it "
                  "brings.");
    }
    if (!next.isEmpty() && !mayManage) {
        next = tr("An administrator sets up the keys and the enrolment on this screen.");
    }
    if (next.isEmpty()) {
        m_next->clear();
    } else {
        m_next->showHint(next);
    }
    m_next->setVisible(!next.isEmpty());

    m_create->setVisible(mayManage && !keys);
    m_passphrase->setVisible(mayManage && keys.ok());
    m_saveIdentity->setVisible(mayManage && keys.ok());
    m_trustFile->setVisible(mayManage && (ministry || !trustsMinistry));
    m_revoke->setVisible(mayManage && ministry && revocable);
}

bool KeysPanel::createKeys()
{
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Create,
        [] {
            return tr("The keys sign what this database sends and open what is sent to it; the "
                      "passphrase locks them. It is typed to send bundles, and it opens the backups. "
                      "Write it down and keep it safe: nobody can recover it.");
        },
        [] { return tr("Create the keys"); },
        [this](const QByteArray&, const QByteArray& fresh) { return KeyStore(m_db).create(fresh); }, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const Result<PublicKeys> keys = KeyStore(m_db).publicKeys();
    done(tr("Keys created. Fingerprint: %1")
             .arg(isolateLtr(keys ? KeyStore::fingerprint(keys->sign) : QString())));
    return true;
}

bool KeysPanel::changePassphrase()
{
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Change,
        [] {
            return tr("The keys stay the same; only the passphrase that locks them changes. Backups made "
                      "before still open with the old passphrase.");
        },
        [] { return tr("Change the passphrase"); },
        [this](const QByteArray& current, const QByteArray& fresh) {
            return KeyStore(m_db).changePassphrase(current, fresh);
        },
        this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    done(tr("The keys are sealed under the new passphrase."));
    return true;
}

bool KeysPanel::saveIdentity(const QString& path)
{
    QString fingerprint;
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Open,
        [] { return tr("The file is signed with this database's key: type the passphrase to open it."); },
        [] { return tr("Save the file"); },
        [this, &path, &fingerprint](const QByteArray& current, const QByteArray&) -> Status {
            const Result<UnlockedKeys> keys = KeyStore(m_db).unlock(current);
            if (!keys) {
                return keys.error();
            }
            fingerprint = KeyStore::fingerprint(keys->publicKeys.sign);
            return TrustStore(m_db).writeOwnIdentity(*keys, path);
        },
        this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    done((m_db.site().isMinistry ? tr("Profile saved to %1. Give it to each new site with this fingerprint, "
                                      "which the site compares: %2")
                                 : tr("Enrolment file saved to %1. Take it to the ministry with this "
                                      "fingerprint, which the ministry compares: %2"))
             .arg(native(path), isolateLtr(fingerprint)));
    return true;
}

bool KeysPanel::trustFile(const QString& path)
{
    const bool ministry = m_db.site().isMinistry;
    TrustStore trust(m_db);
    const Result<TrustedSite> preview = trust.preview(path);
    if (!preview) {
        say(MessageLabel::Tone::Error, preview.error().message);
        return false;
    }
    QMessageBox confirm(
        QMessageBox::Question, ministry ? tr("Enrol a site") : tr("Trust the ministry"),
        (ministry ? tr("This file is the enrolment of “%1”. Its key fingerprint is:\n%2\n\n"
                       "Compare it with the fingerprint shown on the Sync screen of that "
                       "house, and enrol it only if they are the same.")
                  : tr("This profile is the ministry “%1”. Its key fingerprint is:\n%2\n\n"
                       "Compare it with the fingerprint the ministry gave you (on paper or by "
                       "telephone), and trust it only if they are the same."))
            .arg(isolate(preview->name), isolateLtr(KeyStore::fingerprint(preview->keys.sign))),
        QMessageBox::NoButton, this);
    QPushButton* yes = confirm.addButton(ministry ? tr("&Enrol the site") : tr("&Trust the ministry"),
                                         QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmTrust"));
    QPushButton* no = confirm.addButton(tr("Cancel"), QMessageBox::RejectRole);
    confirm.setDefaultButton(no);
    confirm.exec();
    if (confirm.clickedButton() != yes) {
        say(MessageLabel::Tone::Plain, tr("Nothing was trusted."));
        return false;
    }
    const Result<TrustedSite> trusted = ministry ? trust.enrol(path) : trust.loadProfile(path);
    if (!trusted) {
        say(MessageLabel::Tone::Error, trusted.error().message);
        return false;
    }
    done(tr("Now trusted: %1.").arg(isolate(trusted->name)));
    return true;
}

bool KeysPanel::revokeKey()
{
    RevokeDialog dialog(m_db, this);
    if (!dialog.hasSites()) {
        say(MessageLabel::Tone::Error, tr("No enrolled site has a key that can be revoked."));
        return false;
    }
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    done(tr("The key of %1 is revoked: its bundles are refused from now on, and the next bundle to each "
            "site tells it.")
             .arg(isolate(dialog.revokedName())));
    return true;
}

void KeysPanel::chooseIdentityFile()
{
    const bool ministry = m_db.site().isMinistry;
    const QString suggested
        = QDir(QDir::homePath())
              .filePath(ministry ? QStringLiteral("riaya-profile.json")
                                 : QStringLiteral("riaya-enrolment-%1.json").arg(m_db.site().id.left(8)));
    const QString path = QFileDialog::getSaveFileName(
        this, ministry ? tr("Save the profile for the sites") : tr("Save the enrolment file"), suggested,
        tr("Riaya identity files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        saveIdentity(path);
    }
}

void KeysPanel::chooseTrustFile()
{
    const bool ministry = m_db.site().isMinistry;
    const QString path = QFileDialog::getOpenFileName(
        this, ministry ? tr("The enrolment file of a site") : tr("The ministry's profile"), QDir::homePath(),
        tr("Riaya identity files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        trustFile(path);
    }
}

void KeysPanel::say(MessageLabel::Tone tone, const QString& text)
{
    m_message->showMessage(text, tone);
    m_message->show();
}

void KeysPanel::done(const QString& text)
{
    say(MessageLabel::Tone::Success, text);
    refresh();
    emit changed();
}

void KeysPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void KeysPanel::retranslate()
{
    const bool ministry = m_db.site().isMinistry;
    setTitle(tr("Keys and trust"));
    m_create->setText(tr("Create the &keys…"));
    m_passphrase->setText(tr("Change the &passphrase…"));
    m_saveIdentity->setText(ministry ? tr("&Save the profile for the sites…")
                                     : tr("&Save the enrolment file…"));
    m_trustFile->setText(ministry ? tr("&Enrol a site…") : tr("&Load the ministry's profile…"));
    m_revoke->setText(tr("&Revoke a site's key…"));
}

} // namespace riaya
