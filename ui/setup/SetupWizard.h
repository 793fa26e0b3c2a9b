#pragma once

#include <QWizard>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace riaya {

class Database;
class MessageLabel;

// The first run, when there is no database yet: a site (loading the ministry's profile and
// showing its fingerprint) or the ministry hub, the institution, the first administrator and
// the keys' passphrase; then the window opens with the administrator signed in.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(const QString& suggestedPath, QWidget* parent = nullptr);
    ~SetupWizard() override;

    // Sets everything up from what was entered; false with the problems shown.
    bool finish();
    std::unique_ptr<Database> takeDatabase();

    void accept() override;

private:
    QWizardPage* placePage();
    QWizardPage* identityPage();
    QWizardPage* administratorPage();
    QWizardPage* keysPage();
    void showProfile();

    std::unique_ptr<Database> m_db;
    QLineEdit* m_path;
    QRadioButton* m_site;
    QRadioButton* m_ministry;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_receives;
    QSpinBox* m_capacity;
    QLineEdit* m_profile;
    QLabel* m_profileCheck;
    QLineEdit* m_username;
    QLineEdit* m_fullName;
    QLineEdit* m_password;
    QLineEdit* m_passwordAgain;
    QLineEdit* m_passphrase;
    QLineEdit* m_passphraseAgain;
    MessageLabel* m_problems;
};

} // namespace riaya
