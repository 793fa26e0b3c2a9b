#include "AssignInspectorDialog.h"

#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "sharing/GrantStore.h"
#include "sync/TrustStore.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace riaya {
namespace {

// A list of a thousand names (typing its first letters goes to a name), sized to a few words.
void makeSearchable(QComboBox* combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(30);
}

// The value of the entry whose text is typed, or nothing when the text names none.
QString chosenValue(const QComboBox* combo)
{
    const int index = combo->findText(combo->currentText());
    return index >= 0 ? combo->itemData(index).toString() : QString();
}

} // namespace

AssignInspectorDialog::AssignInspectorDialog(Database& db, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_site(new QComboBox(this))
    , m_institution(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_until(new DateField(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_site->setObjectName(QStringLiteral("assignSite"));
    m_institution->setObjectName(QStringLiteral("assignInstitution"));
    m_reason->setObjectName(QStringLiteral("assignReason"));
    m_until->setObjectName(QStringLiteral("assignUntil"));
    m_error->setObjectName(QStringLiteral("assignError"));
    makeSearchable(m_site);
    makeSearchable(m_institution);
    m_until->setOptional(true);
    m_until->setMinimumDate(QDate::currentDate());
    if (const auto sites = TrustStore(db).list()) {
        for (const TrustedSite& site : *sites) {
            if (!site.revoked && site.siteId != db.site().id) {
                m_site->addItem(site.name, site.siteId);
            }
        }
    } else {
        m_error->showError(sites.error().message);
    }
    if (const auto institutions = InstitutionStore(db).list()) {
        for (const Institution& institution : *institutions) {
            m_institution->addItem(institution.name, institution.id);
        }
    } else {
        m_error->showError(institutions.error().message);
    }
    auto* explanation
        = new QLabel(tr("With its next answer bundle, the inspector's site receives the institution, "
                        "its inspections and its open actions, and may inspect it."),
                     this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(tr("&Inspector's site:"), m_site);
    form->addRow(tr("I&nstitution to inspect:"), m_institution);
    form->addRow(tr("&Reason (optional):"), m_reason);
    form->addRow(tr("&Last day (optional):"), m_until);
    form->addRow(m_error);
    m_errors->addField(QStringLiteral("grantee_site"), m_site);
    m_errors->addField(QStringLiteral("subject_id"), m_institution);
    m_errors->addField(QStringLiteral("until"), m_until);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* confirm = buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmAssign"));
    confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignInspectorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignInspectorDialog::reject);
    form->addRow(buttons);
    m_site->setEnabled(m_site->count() > 0); // nothing to choose yet
    m_institution->setEnabled(m_institution->count() > 0);
    setWindowTitle(tr("Assign an inspector"));
    resizeToFit(this, { 560, 300 });
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void AssignInspectorDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool AssignInspectorDialog::save()
{
    if (!m_until->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    const QString site = chosenValue(m_site);
    const QString institution = chosenValue(m_institution);
    QList<FieldIssue> issues;
    if (site.isEmpty()) {
        issues.append({ QStringLiteral("grantee_site"), tr("Choose an enrolled site from the list.") });
    }
    if (institution.isEmpty()) {
        issues.append({ QStringLiteral("subject_id"), tr("Choose an institution from the list.") });
    }
    if (!issues.isEmpty()) {
        m_errors->show(issues);
        return false;
    }
    const Result<QString> assigned
        = GrantStore(m_db).assignInspector(site, institution, m_reason->text(), m_until->date());
    if (!assigned) {
        m_errors->show(assigned.error());
        return false;
    }
    return true;
}

} // namespace riaya
