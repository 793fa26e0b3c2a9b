#include "RosterImportWizard.h"

#include "RosterCheckPage.h"
#include "RosterColumnsPage.h"
#include "RosterFilePage.h"
#include "RosterRunPage.h"
#include "RosterSession.h"
#include "widgets/ScreenFit.h"

#include <QAbstractButton>

namespace riaya {

QString rosterImportTitle(RosterKind kind)
{
    switch (kind) {
    case RosterKind::Residents:
        return RosterImportWizard::tr("Import residents from a spreadsheet");
    case RosterKind::Institutions:
        return RosterImportWizard::tr("Import institutions from a spreadsheet");
    case RosterKind::Families:
        return RosterImportWizard::tr("Import foster families from a spreadsheet");
    }
    return {};
}

RosterImportWizard::RosterImportWizard(Database& db, RosterKind kind, QWidget* parent, const QDate& today)
    : QWizard(parent)
    , m_session(new RosterSession(db, kind, today, this))
    , m_file(new RosterFilePage(*m_session))
    , m_columns(new RosterColumnsPage(*m_session))
    , m_check(new RosterCheckPage(*m_session))
    , m_run(new RosterRunPage(*m_session))
{
    setObjectName(QStringLiteral("rosterImportWizard"));
    setWindowTitle(rosterImportTitle(kind));
    setWizardStyle(QWizard::ClassicStyle);
    // Once the import ran there is nothing to cancel: Close says it (Escape still stops a run).
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, m_file);
    setPage(ColumnsPage, m_columns);
    setPage(CheckPage, m_check);
    setPage(RunPage, m_run);
    connect(m_session, &RosterSession::busyChanged, this, [this](bool busy) {
        // While the file is read, only Stop and Cancel; the page in front says when it is done
        // (completeChanged), and the buttons are as the wizard wants them again.
        for (WizardButton which : { BackButton, NextButton, FinishButton }) {
            if (busy) {
                button(which)->setEnabled(false);
            }
        }
    });
    connect(m_run, &RosterRunPage::written, this, [this] {
        // Written is written: the check page may not be gone back to and run again.
        m_check->setCommitPage(true);
        emit imported();
    });
    resizeToFit(this, { 960, 660 });
}

RosterImportWizard::~RosterImportWizard() = default;

void RosterImportWizard::reject()
{
    if (m_session->busy()) {
        m_session->stop();
        return;
    }
    QWizard::reject();
}

} // namespace riaya
