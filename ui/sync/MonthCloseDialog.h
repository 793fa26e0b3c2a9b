#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// The supervisor's month close: choose a month that has ended, review the house's figures,
// approve them by name, and save the month's bundle for the ministry with the key's
// passphrase. The approval travels in the bundle with the records.
class MonthCloseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MonthCloseDialog(Database& db, QWidget* parent = nullptr);

    void setMonth(const QDate& month);
    void setApprover(const QString& name);
    void setReviewed(bool reviewed);
    void setBundlePath(const QString& path);
    void setPassphrase(const QString& passphrase);
    // Approves the figures and writes the bundle; false, with the reason shown, when a step
    // is missing or refused.
    bool approveAndExport();

    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void suggestPath();
    void showFigures();
    void showPreviousApproval();
    void chooseFile();
    void fail(const QString& text, QWidget* focus);
    void retranslate();

    Database& m_db;
    QComboBox* m_month;
    QTableWidget* m_figures;
    QLabel* m_previous;
    QLineEdit* m_approver;
    QCheckBox* m_reviewed;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_passphrase;
    QProgressBar* m_progress;
    MessageLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_close;
    QLabel* m_monthLabel;
    QLabel* m_approverLabel;
    QLabel* m_pathLabel;
    QLabel* m_passphraseLabel;
};

} // namespace riaya
