#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// The supervisor's month close: choose a month that has ended, review the house's figures and
// what the month's records lack (days without presence, residents without marks, missing
// school results), approve them as the person signed in (asked to confirm when the month is
// incomplete), and save the month's bundle for the ministry with the key's passphrase. The
// approval travels in the bundle with the records.
class MonthCloseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MonthCloseDialog(Database& db, QWidget* parent = nullptr);

    void setMonth(const QDate& month);
    void setReviewed(bool reviewed);
    void setBundlePath(const QString& path);
    void setPassphrase(const QString& passphrase);
    // Approves the figures and writes the bundle; false, with the reason shown, when a step
    // is missing or refused, or the person did not confirm an incomplete month.
    bool approveAndExport();

    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void suggestPath();
    void showFigures();
    void showPreviousApproval();
    void showCompleteness();
    bool confirmIncomplete(const QStringList& missing);
    void chooseFile();
    void fail(const QString& text, QWidget* focus);
    void retranslate();

    Database& m_db;
    QComboBox* m_month;
    QTableWidget* m_figures;
    MessageLabel* m_completeness;
    QLabel* m_previous;
    QLabel* m_approver;
    QCheckBox* m_reviewed;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_passphrase;
    MessageLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_close;
    QLabel* m_monthLabel;
    QLabel* m_pathLabel;
    QLabel* m_passphraseLabel;
};

} // namespace riaya
