#include "VoidIncidentDialog.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "daily/IncidentStore.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {

VoidIncidentDialog::VoidIncidentDialog(Database& db, const Incident& incident, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_incident(incident)
    , m_reason(new QPlainTextEdit(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_error->setObjectName(QStringLiteral("voidError"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_errors->addField(QStringLiteral("void_reason"), m_reason);
    auto* what = new QLabel(tr("%1, %2: “%3”")
                                .arg(displayDate(incident.occurredOn), incidentKindLabel(incident.kind),
                                     isolate(incident.description.simplified().left(160))),
                            this);
    what->setWordWrap(true);
    auto* explanation
        = new QLabel(tr("The incident stays in the register, struck through, with the reason; it "
                        "is no longer counted and can no longer be changed. Nothing is deleted."),
                     this);
    explanation->setWordWrap(true);
    auto* reasonLabel = new QLabel(tr("&Why is it voided? (required)"), this);
    reasonLabel->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* confirm = buttons->addButton(tr("&Void the incident"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmVoid"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoidIncidentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(explanation);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(tr("Void an incident"));
    m_reason->setFocus();
    resizeToFit(this, { 480, 300 });
}

void VoidIncidentDialog::accept()
{
    // The reason is checked in core, as for the command line.
    const Status voided = IncidentStore(m_db).voidIncident(m_incident.id, m_reason->toPlainText());
    if (!voided) {
        m_errors->show(voided.error());
        return;
    }
    QDialog::accept();
}

} // namespace riaya
