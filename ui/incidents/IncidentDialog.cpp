#include "IncidentDialog.h"

#include "daily/IncidentStore.h"
#include "db/Database.h"
#include "residents/ResidentStore.h"
#include "widgets/MessageLabel.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace riaya {

IncidentDialog::IncidentDialog(Database& db, const Incident& incident, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_incident(incident)
    , m_date(new QLineEdit(incident.occurredOn.isValid() ? incident.occurredOn.toString(Qt::ISODate)
                                                         : QDate::currentDate().toString(Qt::ISODate),
                           this))
    , m_kind(new QComboBox(this))
    , m_description(new QPlainTextEdit(incident.description, this))
    , m_action(new QLineEdit(incident.actionTaken, this))
    , m_reportedTo(new QLineEdit(incident.reportedTo, this))
    , m_residents(new QListWidget(this))
    , m_error(new MessageLabel(this))
{
    m_date->setObjectName(QStringLiteral("incidentDate"));
    m_kind->setObjectName(QStringLiteral("incidentKind"));
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_residents->setObjectName(QStringLiteral("incidentResidents"));
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_date->setLayoutDirection(Qt::LeftToRight);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    for (const QString& kind : incidentKinds()) {
        m_kind->addItem(incidentKindLabel(kind), kind);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(incident.kind)));

    ResidentQuery present;
    present.institutionId = incident.institutionId;
    present.status = QStringLiteral("present");
    present.limit = 5000;
    if (const auto residents = ResidentStore(db).list(present)) {
        for (const Resident& r : *residents) {
            auto* item = new QListWidgetItem(r.displayName(), m_residents);
            item->setData(Qt::UserRole, r.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(incident.residentIds.contains(r.id) ? Qt::Checked : Qt::Unchecked);
        }
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Date (YYYY-MM-DD):"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&What happened:"), m_description);
    form->addRow(tr("&Action taken:"), m_action);
    form->addRow(tr("&Reported to:"), m_reportedTo);
    form->addRow(tr("Residents &concerned:"), m_residents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(incident.id.isEmpty() ? tr("New incident") : tr("Incident"));
    resize(560, 520);
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void IncidentDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool IncidentDialog::save()
{
    Incident incident = m_incident;
    incident.occurredOn = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    if (!incident.occurredOn.isValid()) {
        m_error->showError(tr("“%1” is not a date; write YYYY-MM-DD.").arg(m_date->text()));
        m_date->setFocus();
        return false;
    }
    incident.kind = m_kind->currentData().toString();
    incident.description = m_description->toPlainText();
    incident.actionTaken = m_action->text();
    incident.reportedTo = m_reportedTo->text();
    incident.residentIds.clear();
    for (int row = 0; row < m_residents->count(); ++row) {
        if (m_residents->item(row)->checkState() == Qt::Checked) {
            incident.residentIds << m_residents->item(row)->data(Qt::UserRole).toString();
        }
    }
    IncidentStore store(m_db);
    Status status;
    if (incident.id.isEmpty()) {
        const Result<QString> id = store.record(incident);
        status = id ? Status() : Status(id.error());
    } else {
        status = store.update(incident);
    }
    if (!status) {
        m_error->showError(status.error().whatToFix());
        return false;
    }
    return true;
}

} // namespace riaya
