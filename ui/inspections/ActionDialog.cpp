#include "ActionDialog.h"

#include "inspections/ActionStore.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace riaya {

ActionDialog::ActionDialog(Database& db, const Inspection& inspection, const QString& findingId,
                           QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_inspection(inspection)
    , m_findingId(findingId)
    , m_description(new QLineEdit(this))
    , m_responsible(new QLineEdit(this))
    , m_due(new DateField(inspection.visitedOn.addMonths(1), this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_responsible->setObjectName(QStringLiteral("actionResponsible"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_error->setObjectName(QStringLiteral("actionError"));
    const Finding* finding = inspection.finding(findingId);
    auto* form = new QFormLayout(this);
    auto* findingLabel = new QLabel(finding ? finding->text : QString(), this);
    findingLabel->setWordWrap(true);
    form->addRow(tr("Finding:"), findingLabel);
    form->addRow(tr("&What must be done:"), m_description);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(tr("&Due by:"), m_due);
    form->addRow(m_error);
    m_errors->addField(QStringLiteral("description"), m_description);
    m_errors->addField(QStringLiteral("responsible"), m_responsible);
    m_errors->addField(QStringLiteral("due_on"), m_due);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    form->addRow(buttons);
    setWindowTitle(tr("Corrective action"));
    resizeToFit(this, { 560, 240 });
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void ActionDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool ActionDialog::save()
{
    if (!m_due->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    CorrectiveAction action;
    action.inspectionId = m_inspection.id;
    action.findingId = m_findingId;
    action.description = m_description->text();
    action.responsible = m_responsible->text();
    action.dueOn = m_due->date();
    const Result<QString> id = ActionStore(m_db).raise(action);
    if (!id) {
        m_errors->show(id.error());
        return false;
    }
    m_actionId = *id;
    return true;
}

} // namespace riaya
