#include "InstitutionsPanel.h"

#include "RosterImportWizard.h"
#include "RosterSession.h"
#include "common/DateDisplay.h"
#include "institutions/InstitutionStore.h"
#include "widgets/MessageLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {

InstitutionsPanel::InstitutionsPanel(Database& db, QWidget* parent)
    : QGroupBox(parent)
    , m_db(db)
    , m_count(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("institutionsPanel"));
    m_count->setObjectName(QStringLiteral("institutionCount"));
    m_import->setObjectName(QStringLiteral("importInstitutions"));
    m_message->setObjectName(QStringLiteral("institutionsMessage"));
    m_count->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_count, 1);
    row->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(m_import, &QPushButton::clicked, this, &InstitutionsPanel::openImport);
    retranslate();
}

void InstitutionsPanel::refresh()
{
    const Result<QList<Institution>> institutions = InstitutionStore(m_db).list();
    if (!institutions) {
        m_count->setText(institutions.error().message);
        return;
    }
    m_count->setText(displayDigits(
        tr("%n institutions are registered at the hub. The ministry's list of institutions, in a "
           "spreadsheet, adds those missing and completes the others.",
           nullptr, int(institutions->size()))));
}

void InstitutionsPanel::openImport()
{
    RosterImportWizard wizard(m_db, RosterKind::Institutions, window());
    connect(&wizard, &RosterImportWizard::imported, this, [this, &wizard] {
        refresh();
        const RosterSummary& done = *wizard.session().imported;
        m_message->showSuccess(displayDigits(
            tr("Institutions imported: %1 added, %2 completed.").arg(done.added).arg(done.updated)));
    });
    wizard.exec();
}

void InstitutionsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void InstitutionsPanel::retranslate()
{
    setTitle(tr("Institutions"));
    m_import->setText(tr("Import &institutions from a spreadsheet…"));
    refresh();
}

} // namespace riaya
