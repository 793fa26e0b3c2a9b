#include "IncidentDialog.h"

#include "ResidentPicker.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "daily/IncidentStore.h"
#include "db/Database.h"
#include "residents/ResidentStore.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDateTime>
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
    , m_date(new DateField(incident.occurredOn.isValid() ? incident.occurredOn : QDate::currentDate(), this))
    , m_kind(new QComboBox(this))
    , m_description(new QPlainTextEdit(incident.description, this))
    , m_action(new QLineEdit(incident.actionTaken, this))
    , m_reportedTo(new QLineEdit(incident.reportedTo, this))
    , m_residents(new ResidentPicker(db, incident.institutionId, this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_date->setObjectName(QStringLiteral("incidentDate"));
    m_kind->setObjectName(QStringLiteral("incidentKind"));
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_date->setMaximumDate(QDate::currentDate());
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    for (const QString& kind : incidentKinds()) {
        m_kind->addItem(incidentKindLabel(kind), kind);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(incident.kind)));
    m_residents->setChosen(incident.residentIds);
    m_errors->addField(QStringLiteral("occurred_on"), m_date);
    m_errors->addField(QStringLiteral("kind"), m_kind);
    m_errors->addField(QStringLiteral("description"), m_description);
    m_errors->addField(QStringLiteral("action_taken"), m_action);
    m_errors->addField(QStringLiteral("reported_to"), m_reportedTo);
    m_errors->addField(QStringLiteral("resident_ids"), m_residents->chosenList());

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
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
    resizeToFit(this, { 560, 520 });
    unsavedChanges()->addFields(this, [this] { return save(); });
    if (incident.isVoided()) {
        // Kept to be read, as it was when voided.
        for (QWidget* field : std::initializer_list<QWidget*> { m_date, m_kind, m_action, m_reportedTo }) {
            field->setEnabled(false);
        }
        m_description->setReadOnly(true);
        m_residents->setEnabled(false);
        buttons->setStandardButtons(QDialogButtonBox::Close);
        setWindowTitle(tr("Voided incident"));
        const QDate on = QDateTime::fromString(incident.voidedAt, Qt::ISODateWithMs).toLocalTime().date();
        m_error->showUrgent(
            tr("Voided on %1 by %2: %3. It is no longer counted and can no longer be changed.")
                .arg(displayDate(on), isolate(incident.voidedBy), isolate(incident.voidReason)));
    }
}

void IncidentDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool IncidentDialog::save()
{
    if (m_incident.isVoided()) {
        return false; // read only; core refuses it too
    }
    Incident incident = m_incident;
    if (!m_date->check()) {
        // The date says what is wrong under itself; an earlier refusal no longer stands.
        m_errors->clear();
        return false;
    }
    incident.occurredOn = m_date->date();
    incident.kind = m_kind->currentData().toString();
    incident.description = m_description->toPlainText();
    incident.actionTaken = m_action->text();
    incident.reportedTo = m_reportedTo->text();
    incident.residentIds = m_residents->chosen();
    IncidentStore store(m_db);
    Status status;
    if (incident.id.isEmpty()) {
        const Result<QString> id = store.record(incident);
        status = id ? Status() : Status(id.error());
    } else {
        status = store.update(incident);
    }
    if (!status) {
        m_errors->show(status.error());
        return false;
    }
    return true;
}

} // namespace riaya
