#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace riaya {

class MessageLabel;
class RosterSession;

// The columns of the file, one row each: its header, an example from the first rows, and the
// field of Riaya it fills, as guessed from the header or remembered from the last file of the
// same shape; the person corrects it. The required fields no column gives are named, and the
// wizard goes no further until each has one.
class RosterColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RosterColumnsPage(RosterSession& session, QWidget* parent = nullptr);

    // The combo of a column of the file.
    QComboBox* fieldCombo(int column) const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void fieldChosen(int column);
    void showMapping();
    QString example(int column) const;

    RosterSession& m_session;
    QLabel* m_header;
    MessageLabel* m_remembered;
    QTableWidget* m_columns;
    MessageLabel* m_missing;
    bool m_filling = false;
};

} // namespace riaya
