#include "TransferRequestDialog.h"

#include "common/Bidi.h"
#include "institutions/InstitutionStore.h"
#include "sharing/RequestStore.h"
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

TransferRequestDialog::TransferRequestDialog(Database& db, const QString& residentId,
                                             const QString& residentName, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_residentId(residentId)
    , m_institution(new QComboBox(this))
    , m_on(new DateField(QDate::currentDate(), this))
    , m_reason(new QPlainTextEdit(this))
    , m_confirm(nullptr)
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_institution->setObjectName(QStringLiteral("transferInstitution"));
    m_on->setObjectName(QStringLiteral("transferDay"));
    m_reason->setObjectName(QStringLiteral("transferReason"));
    m_error->setObjectName(QStringLiteral("transferError"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    // Typing filters the houses of a whole country.
    m_institution->setEditable(true);
    m_institution->setInsertPolicy(QComboBox::NoInsert);
    m_institution->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_institution->setMinimumContentsLength(30);
    const auto institutions = InstitutionStore(db).list(InstitutionStore::RunBy::OtherSites);
    if (institutions) {
        for (const Institution& institution : *institutions) {
            m_institution->addItem(institution.name, institution.id);
        }
    }
    auto* form = new QFormLayout(this);
    auto* who = new QLabel(tr("The file of %1 goes to the house that accepts it, with its history; this site "
                              "keeps the stay it had, read-only.")
                               .arg(isolate(residentName)),
                           this);
    who->setWordWrap(true);
    form->addRow(who);
    form->addRow(tr("&To the house:"), m_institution);
    form->addRow(tr("&Day the child moves:"), m_on);
    form->addRow(tr("&Reason (required):"), m_reason);
    form->addRow(m_error);
    m_errors->addField(QStringLiteral("institution_id"), m_institution);
    m_errors->addField(QStringLiteral("effective_on"), m_on);
    m_errors->addField(QStringLiteral("reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Ask for the transfer"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmTransfer"));
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferRequestDialog::reject);
    form->addRow(buttons);
    if (!institutions) {
        m_error->showError(institutions.error().message);
        m_confirm->setEnabled(false);
    } else if (institutions->isEmpty()) {
        m_error->showHint(
            tr("No other site's house is known here yet: import the ministry's bundle on the Sync "
               "screen, then ask again."));
        m_confirm->setEnabled(false);
    }
    m_institution->setEnabled(m_institution->count() > 0); // nothing to choose yet
    setWindowTitle(tr("Transfer to another house"));
    resizeToFit(this, { 560, 300 });
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void TransferRequestDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool TransferRequestDialog::save()
{
    if (!m_on->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    // A typed name that is not in the list names no house.
    const int chosen = m_institution->findText(m_institution->currentText());
    const QString institution = chosen >= 0 ? m_institution->itemData(chosen).toString() : QString();
    if (institution.isEmpty()) {
        m_errors->showFieldError(QStringLiteral("institution_id"), tr("Choose a house from the list."));
        return false;
    }
    const Result<QString> asked = RequestStore(m_db).requestTransfer(m_residentId, institution,
                                                                     m_reason->toPlainText(), m_on->date());
    if (!asked) {
        m_errors->show(asked.error());
        return false;
    }
    m_requestId = *asked;
    return true;
}

} // namespace riaya
