#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace riaya {

class MessageLabel;
class RosterSession;
struct RosterSummary;

// The check of the whole file before anything is written (a dry run): the counts that would
// be added, updated and left as they are, the problems grouped by kind with their rows, the
// probable duplicates of residents already registered with their likeness, and the first
// records as they will be stored. Then the person's choice: everything or nothing, or the
// valid rows with the others saved to a file to correct. Import stays disabled, with the
// reason said, while the choice cannot go through.
class RosterCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RosterCheckPage(RosterSession& session, QWidget* parent = nullptr);

    // Reads the whole file against the database, changing nothing; false when it could not
    // be read to its end (stopped, or refused with the reason shown).
    bool runCheck();
    void setValidOnly(bool validOnly);
    void setRejectsPath(const QString& path);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showSummary(const RosterSummary& summary);
    void showChoice();
    void chooseRejectsPath();
    QString suggestedRejectsPath() const;

    RosterSession& m_session;
    QLabel* m_counts;
    QProgressBar* m_bar;
    QLabel* m_reading;
    QPushButton* m_stop;
    QPushButton* m_again;
    QTabWidget* m_details;
    QTreeWidget* m_problems;
    QTableWidget* m_duplicates;
    QTableWidget* m_preview;
    QRadioButton* m_allOrNothing;
    QRadioButton* m_validOnly;
    QLineEdit* m_rejects;
    QPushButton* m_chooseRejects;
    MessageLabel* m_message; // the check refused or stopped
    MessageLabel* m_why; // why Import is disabled, or what it will do
    QString m_suggested; // the place offered for the rows with problems
    int m_generation = 0; // a check scheduled for a page left meanwhile does not run
};

} // namespace riaya
