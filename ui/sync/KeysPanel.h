#pragma once

#include "widgets/MessageLabel.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace riaya {

class Database;

// This database's keys and whom it trusts, on the Sync screen: every step of setting up the
// exchange with the ministry, in the window. A site creates its keys under a passphrase,
// loads the ministry's profile (comparing its fingerprint) and saves its enrolment file for
// the ministry; the ministry saves the profile sites are set up from, enrols a site from its
// file and revokes a stolen key. Either changes the passphrase. The command line does the
// same through the same core calls (`riaya-cli keys …`, `profile …`).
class KeysPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit KeysPanel(Database& db, QWidget* parent = nullptr);

    void refresh();
    // The actions behind the buttons, once a file is chosen; each asks what it needs (the
    // passphrase, a confirmation of the fingerprint) in a dialog of its own. True when done.
    bool createKeys();
    bool changePassphrase();
    bool saveIdentity(const QString& path);
    bool trustFile(const QString& path); // the ministry's profile at a site; a site's file at the ministry
    bool revokeKey();

signals:
    // Keys or trust changed: what depends on them (the bundle buttons, the sites) follows.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseIdentityFile();
    void chooseTrustFile();
    void say(MessageLabel::Tone tone, const QString& text);
    void done(const QString& text);
    void retranslate();

    Database& m_db;
    QLabel* m_identity;
    QLabel* m_trust;
    MessageLabel* m_next;
    MessageLabel* m_message;
    QPushButton* m_create;
    QPushButton* m_passphrase;
    QPushButton* m_saveIdentity;
    QPushButton* m_trustFile;
    QPushButton* m_revoke;
};

} // namespace riaya
