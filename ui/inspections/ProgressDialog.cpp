#include "ProgressDialog.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "inspections/ActionStore.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace riaya {

ProgressDialog::ProgressDialog(Database& db, const CorrectiveAction& action, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_action(action)
    , m_state(new QComboBox(this))
    , m_note(new QPlainTextEdit(action.stateNote, this))
    , m_evidence(new QPlainTextEdit(action.evidence, this))
    , m_on(new DateField(QDate::currentDate(), this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_state->setObjectName(QStringLiteral("progressState"));
    m_note->setObjectName(QStringLiteral("progressNote"));
    m_evidence->setObjectName(QStringLiteral("progressEvidence"));
    m_on->setObjectName(QStringLiteral("progressDay"));
    m_error->setObjectName(QStringLiteral("progressError"));
    // The states a house may record; verified is the inspector's.
    for (const QString& state :
         { QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done") }) {
        m_state->addItem(actionStateLabel(state), state);
    }
    m_state->setCurrentIndex(
        std::max(0,
                 m_state->findData(action.state == QLatin1String("open") ? QStringLiteral("in_progress")
                                                                         : action.state)));
    m_on->setMaximumDate(QDate::currentDate());
    for (QPlainTextEdit* text : { m_note, m_evidence }) {
        text->setTabChangesFocus(true);
        text->setMaximumHeight(70);
    }
    auto* what = new QLabel(
        tr("%1 (responsible: %2, due by %3)")
            .arg(isolate(action.description), isolate(action.responsible), displayDate(action.dueOn)),
        this);
    what->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Action:"), what);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("What was &done:"), m_note);
    form->addRow(tr("&Evidence (what shows it):"), m_evidence);
    form->addRow(tr("&On:"), m_on);
    form->addRow(m_error);
    m_errors->addField(QStringLiteral("state"), m_state);
    m_errors->addField(QStringLiteral("state_note"), m_note);
    m_errors->addField(QStringLiteral("evidence"), m_evidence);
    m_errors->addField(QStringLiteral("state_changed_on"), m_on);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProgress"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgressDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgressDialog::reject);
    form->addRow(buttons);
    setWindowTitle(tr("Progress of a corrective action"));
    setFirstField(m_state);
    resizeToFit(this, { 560, 340 });
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void ProgressDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool ProgressDialog::save()
{
    if (!m_on->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    const Status recorded
        = ActionStore(m_db).recordProgress(m_action.id, m_state->currentData().toString(),
                                           m_note->toPlainText(), m_evidence->toPlainText(), m_on->date());
    if (!recorded) {
        m_errors->show(recorded.error());
        return false;
    }
    return true;
}

} // namespace riaya
