#pragma once

#include "common/Result.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// Administrators' part of the settings: the accounts with their roles, a new account, a
// new password for someone who forgot theirs, disabling an account, and the idle lock time.
class UsersPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit UsersPanel(Database& db, QWidget* parent = nullptr);

    void refresh();
    // The actions behind the buttons, once the dialogs have their answers.
    bool addAccount(const QString& username, const QString& fullName, const QStringList& roles,
                    const QString& password);
    bool resetPassword(const QString& username, const QString& password);
    bool setDisabled(const QString& username, bool disabled);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString selectedUser() const;
    void askAdd();
    void askReset();
    void report(const Status& status, const QString& done);
    void retranslate();

    Database& m_db;
    QTableWidget* m_list;
    MessageLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_disable;
    QLabel* m_lockLabel;
    QSpinBox* m_lockMinutes;
};

} // namespace riaya
