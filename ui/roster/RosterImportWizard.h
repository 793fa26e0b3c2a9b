#pragma once

#include "roster/RosterFields.h"

#include <QDate>
#include <QWizard>

namespace riaya {

class Database;
class RosterCheckPage;
class RosterColumnsPage;
class RosterFilePage;
class RosterRunPage;
class RosterSession;

// Importing a roster from a spreadsheet, showing before it writes: the file (its sheet, its
// encoding), the columns matched to fields, a check of the whole file (problems grouped by kind
// with their rows, probable duplicates, the first records as they will be stored, the counts),
// the person's choice (everything or nothing, or the valid rows with the others saved to a
// file), then the import with a progress bar and Stop. The same core as `riaya-cli residents
// import` (roster/RosterImport), so a record imported is checked, audited and journalled as a
// typed one.
class RosterImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        ColumnsPage,
        CheckPage,
        RunPage
    };

    RosterImportWizard(Database& db, RosterKind kind, QWidget* parent = nullptr,
                       const QDate& today = QDate::currentDate());
    ~RosterImportWizard() override;

    RosterSession& session() { return *m_session; }
    RosterFilePage* filePage() const { return m_file; }
    RosterColumnsPage* columnsPage() const { return m_columns; }
    RosterCheckPage* checkPage() const { return m_check; }
    RosterRunPage* runPage() const { return m_run; }

    // While the file is read, Cancel and Escape stop the reading; the window stays open to say
    // what became of it.
    void reject() override;

signals:
    // Records were written: the lists behind the wizard read them again.
    void imported();

private:
    RosterSession* m_session;
    RosterFilePage* m_file;
    RosterColumnsPage* m_columns;
    RosterCheckPage* m_check;
    RosterRunPage* m_run;
};

// The wizard's title for a kind of roster ("Import residents from a spreadsheet").
QString rosterImportTitle(RosterKind kind);

} // namespace riaya
