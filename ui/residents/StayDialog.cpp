#include "StayDialog.h"

#include "common/Bidi.h"
#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace riaya {

StayDialog::StayDialog(Database& db, const QString& residentId, Action action, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_residentId(residentId)
    , m_action(action)
    , m_date(new DateField(QDate::currentDate(), this))
    , m_reason(new QLineEdit(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_date->setObjectName(QStringLiteral("stayDate"));
    m_reason->setObjectName(QStringLiteral("stayReason"));
    m_error->setObjectName(QStringLiteral("stayError"));
    m_date->setMaximumDate(QDate::currentDate());
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    if (action != Action::Exit) {
        m_institution = new QComboBox(this);
        m_institution->setObjectName(QStringLiteral("stayInstitution"));
        m_capacity = new MessageLabel(this);
        if (auto institutions = InstitutionStore(db).list()) {
            for (const Institution& i : *institutions) {
                m_institution->addItem(i.name, i.id);
            }
        }
        m_institution->setCurrentIndex(std::max(0, m_institution->findData(db.site().institutionId)));
        form->addRow(action == Action::Admit ? tr("&Institution:") : tr("&Transfer to:"), m_institution);
        form->addRow(QString(), m_capacity);
        connect(m_institution, &QComboBox::currentIndexChanged, this, &StayDialog::showCapacity);
        showCapacity();
    }
    form->addRow(action == Action::Exit ? tr("&Reason for leaving:") : tr("&Reason:"), m_reason);
    // The date and reason are the admission's, or the exit's (a transfer is both).
    for (const char* column : { "admitted_on", "exited_on" }) {
        m_errors->addField(QLatin1String(column), m_date);
    }
    for (const char* column : { "admission_reason", "exit_reason" }) {
        m_errors->addField(QLatin1String(column), m_reason);
    }
    if (m_institution) {
        m_errors->addField(QStringLiteral("institution_id"), m_institution);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StayDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(action == Action::Admit      ? tr("Admission")
                       : action == Action::Exit ? tr("Exit")
                                                : tr("Transfer"));
    unsavedChanges()->addFields(this, [this] { return save(); });
    if (m_institution) {
        chainTabOrder({ m_date, m_institution, m_reason });
    }
}

void StayDialog::showCapacity()
{
    InstitutionStore store(m_db);
    const Result<Institution> institution = store.get(m_institution->currentData().toString());
    if (!institution) {
        m_capacity->clear();
        return;
    }
    const int present = store.presentCount(institution->id);
    if (present >= institution->capacity) {
        m_capacity->showError(
            tr("Full: %1 residents for %2 places.").arg(present).arg(institution->capacity));
    } else {
        m_capacity->showInfo(tr("%1 of %2 places taken.").arg(present).arg(institution->capacity));
    }
}

void StayDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool StayDialog::save()
{
    if (!m_date->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    const QDate date = m_date->date();
    if (m_action != Action::Exit) {
        const Result<Institution> house = InstitutionStore(m_db).get(m_institution->currentData().toString());
        const Result<Resident> resident = ResidentStore(m_db).get(m_residentId);
        if (house && resident && receivesOtherSex(*house, resident->sex)
            && QMessageBox::warning(
                   this, windowTitle(),
                   house->residentsSex == QLatin1String("F")
                       ? tr("%1 receives girls, and %2 is a boy. Admit him there all the same?")
                             .arg(isolate(house->name), isolate(resident->displayName()))
                       : tr("%1 receives boys, and %2 is a girl. Admit her there all the same?")
                             .arg(isolate(house->name), isolate(resident->displayName())),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes) {
            return false;
        }
    }
    StayStore stays(m_db);
    Status status;
    switch (m_action) {
    case Action::Admit: {
        const auto stay
            = stays.admit(m_residentId, m_institution->currentData().toString(), date, m_reason->text());
        status = stay ? Status() : Status(stay.error());
        break;
    }
    case Action::Exit:
        status = stays.exit(m_residentId, date, m_reason->text());
        break;
    case Action::Transfer: {
        const auto stay
            = stays.transfer(m_residentId, m_institution->currentData().toString(), date, m_reason->text());
        status = stay ? Status() : Status(stay.error());
        break;
    }
    }
    if (!status) {
        m_errors->show(status.error());
        m_error->show();
        return false;
    }
    return true;
}

} // namespace riaya
