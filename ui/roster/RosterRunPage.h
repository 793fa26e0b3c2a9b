#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace riaya {

class MessageLabel;
class RosterSession;

// The import itself: the file read again and written in one transaction through the stores,
// with a progress bar and Stop (stopped, nothing is written); then what was done, in words,
// and where the rows with problems were saved. The mapping is remembered for the next file
// of the same shape once the import wrote.
class RosterRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RosterRunPage(RosterSession& session, QWidget* parent = nullptr);

    // Runs the import as the check page set it; true when it wrote.
    bool runImport();
    QString resultText() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void written();

private:
    RosterSession& m_session;
    QProgressBar* m_bar;
    QLabel* m_reading;
    QPushButton* m_stop;
    MessageLabel* m_result;
    bool m_ran = false;
    int m_generation = 0;
};

} // namespace riaya
