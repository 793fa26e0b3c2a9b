#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace riaya {

class Database;
class MessageLabel;

// Asks who is working before anything is shown, on a database with user accounts; and
// again when the session was locked after idle time (`lockedUser` is then filled in).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database& db, const QString& lockedUser = {}, QWidget* parent = nullptr);

    // The action behind the button; false with the reason shown.
    bool signIn(const QString& username, const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    QString m_lockedUser;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    MessageLabel* m_message;
    QPushButton* m_signIn;
    QPushButton* m_quit;
};

} // namespace riaya
