#include "AcceptRequestDialog.h"

#include "RequestSummary.h"
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

AcceptRequestDialog::AcceptRequestDialog(Database& db, const SiteRequest& request, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_request(request)
    , m_note(new QPlainTextEdit(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_note->setObjectName(QStringLiteral("acceptNote"));
    m_error->setObjectName(QStringLiteral("acceptError"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    auto* form = new QFormLayout(this);
    auto* what = new QLabel(requestSummary(request), this);
    what->setWordWrap(true);
    form->addRow(what);
    if (request.kind == QLatin1String("transfer")) {
        m_institution = new QComboBox(this);
        m_institution->setObjectName(QStringLiteral("acceptInstitution"));
        if (const auto institutions = InstitutionStore(db).list(InstitutionStore::RunBy::ThisSite)) {
            for (const Institution& institution : *institutions) {
                m_institution->addItem(institution.name, institution.id);
            }
        } else {
            m_error->showError(institutions.error().message);
        }
        const int asked = m_institution->findData(request.proposed.value(QStringLiteral("institution_id")));
        m_institution->setCurrentIndex(std::max(0, asked));
        form->addRow(tr("&Received in:"), m_institution);
        m_errors->addField(QStringLiteral("institution_id"), m_institution);
    } else if (request.kind == QLatin1String("placement_access")) {
        m_until = new DateField(this);
        m_until->setObjectName(QStringLiteral("acceptUntil"));
        m_until->setOptional(true);
        m_until->setMinimumDate(QDate::currentDate());
        form->addRow(tr("&Last day of the access (optional):"), m_until);
        m_errors->addField(QStringLiteral("until"), m_until);
    }
    form->addRow(tr("&Note for the site that asked (optional):"), m_note);
    form->addRow(m_error);
    m_errors->addField(QStringLiteral("decision_note"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* confirm = buttons->addButton(tr("&Accept the request"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmAccept"));
    confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AcceptRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcceptRequestDialog::reject);
    form->addRow(buttons);
    setWindowTitle(tr("Accept a request"));
    resizeToFit(this, { 520, 300 });
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void AcceptRequestDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool AcceptRequestDialog::save()
{
    if (m_until && !m_until->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    const QString institution = m_institution ? m_institution->currentData().toString() : QString();
    const Status accepted = RequestStore(m_db).accept(m_request.id, m_note->toPlainText(), institution,
                                                      m_until ? m_until->date() : QDate());
    if (!accepted) {
        m_errors->show(accepted.error());
        return false;
    }
    return true;
}

} // namespace riaya
