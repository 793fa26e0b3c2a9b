#include "PlaceChildDialog.h"

#include "common/DateDisplay.h"
#include "families/PlacementStore.h"
#include "residents/ResidentStore.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace riaya {

PlaceChildDialog::PlaceChildDialog(Database& db, const Family& family, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_family(family)
    , m_search(new QLineEdit(this))
    , m_children(new QListWidget(this))
    , m_basis(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_start(new DateField(QDate::currentDate(), this))
    , m_review(new DateField(QDate::currentDate().addMonths(6), this))
    , m_firstInterval(new QSpinBox(this))
    , m_firstMonths(new QSpinBox(this))
    , m_laterInterval(new QSpinBox(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_search->setObjectName(QStringLiteral("childSearch"));
    m_children->setObjectName(QStringLiteral("children"));
    m_reference->setObjectName(QStringLiteral("legalReference"));
    m_error->setObjectName(QStringLiteral("placeError"));
    m_review->setOptional(true); // a placement may have no review date yet
    for (const QString& basis : legalBases()) {
        m_basis->addItem(legalBasisLabel(basis), basis);
    }
    const VisitPlan plan;
    m_firstInterval->setRange(1, 12);
    m_firstInterval->setValue(plan.firstInterval);
    m_firstMonths->setRange(0, 24);
    m_firstMonths->setValue(plan.firstMonths);
    m_laterInterval->setRange(1, 12);
    m_laterInterval->setValue(plan.laterInterval);
    m_search->setPlaceholderText(tr("The child's name, in Arabic or Latin letters"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Family:"), new QLabel(family.familyName + QStringLiteral(" — ") + family.heads(), this));
    form->addRow(tr("&Child:"), m_search);
    form->addRow(QString(), m_children);
    form->addRow(tr("&Legal basis:"), m_basis);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("Re&view:"), m_review);
    form->addRow(tr("Visits in the first period, every (months):"), m_firstInterval);
    form->addRow(tr("First period (months):"), m_firstMonths);
    form->addRow(tr("Visits after it, every (months):"), m_laterInterval);
    form->addRow(m_error);
    const std::pair<const char*, QWidget*> fields[] = {
        { "resident_id", m_children }, { "legal_basis", m_basis }, { "legal_reference", m_reference },
        { "started_on", m_start },     { "review_on", m_review },  { "visit_plan", m_firstInterval },
    };
    for (const auto& [column, editor] : fields) {
        m_errors->addField(QLatin1String(column), editor);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Place"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("placeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaceChildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlaceChildDialog::reject);
    form->addRow(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &PlaceChildDialog::search);
    setWindowTitle(tr("Place a child"));
    resizeToFit(this, { 720, 560 });
    unsavedChanges()->addFields(this, [this] { return save(); });
}

void PlaceChildDialog::search(const QString& text)
{
    m_children->clear();
    const Result<QList<Resident>> found = ResidentStore(m_db).search(text, 30);
    if (!found) {
        m_error->showError(found.error().message);
        return;
    }
    for (const Resident& r : *found) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 — %3")
                .arg(r.displayName(), displayDate(r.birthDate), residentStatusLabel(r.status, r.sex)),
            m_children);
        item->setData(Qt::UserRole, r.id);
    }
    if (m_children->count() > 0) {
        m_children->setCurrentRow(0);
    }
}

void PlaceChildDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

bool PlaceChildDialog::save()
{
    if (!m_children->currentItem()) {
        m_errors->showFieldError(QStringLiteral("resident_id"), tr("Find and select the child first."));
        m_search->setFocus();
        return false;
    }
    if (!m_start->check() || !m_review->check()) {
        m_errors->clear(); // each date says what is wrong under itself
        return false;
    }
    Placement placement;
    placement.residentId = m_children->currentItem()->data(Qt::UserRole).toString();
    placement.familyId = m_family.id;
    placement.legalBasis = m_basis->currentData().toString();
    placement.legalReference = m_reference->text();
    placement.startedOn = m_start->date();
    placement.reviewOn = m_review->date();
    placement.visitPlan = { m_firstMonths->value(), m_firstInterval->value(), m_laterInterval->value() };
    const Result<QString> id = PlacementStore(m_db).place(placement);
    if (!id) {
        m_errors->show(id.error());
        return false;
    }
    m_placementId = *id;
    return true;
}

} // namespace riaya
