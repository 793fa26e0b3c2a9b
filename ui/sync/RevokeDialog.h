#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace riaya {

class Database;
class MessageLabel;

// At the ministry: refuses a site's key from now on (a stolen laptop), with the reason. Its
// bundles are refused here at once, and the next reference bundle tells every site.
class RevokeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RevokeDialog(Database& db, QWidget* parent = nullptr);

    // The sites whose key can be revoked; false when there is none.
    bool hasSites() const;
    void setSite(const QString& siteId);
    void setReason(const QString& reason);
    // The action behind the button: true (and the dialog accepted) when the key is revoked.
    bool revoke();
    QString revokedName() const { return m_revokedName; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    QString m_revokedName;
    QLabel* m_intro;
    QLabel* m_siteLabel;
    QComboBox* m_site;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    MessageLabel* m_message;
    QPushButton* m_revoke;
    QPushButton* m_cancel;
};

} // namespace riaya
