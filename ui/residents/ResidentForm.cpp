#include "ResidentForm.h"

#include "widgets/DateField.h"
#include "widgets/EditorDialog.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace riaya {
namespace {

// Fields typed in Latin letters or digits read left to right even in the Arabic layout.
const QStringList kLeftToRight { QStringLiteral("first_name_latin"), QStringLiteral("last_name_latin"),
                                 QStringLiteral("national_id"), QStringLiteral("massar_code"),
                                 QStringLiteral("guardian_phone") };

enum Group
{
    Identity,
    Identifiers,
    Guardian,
    Schooling,
    Health
};
const char* const kGroupTitles[] = {
    QT_TRANSLATE_NOOP("riaya::ResidentForm", "Identity"),
    QT_TRANSLATE_NOOP("riaya::ResidentForm", "Identifiers"),
    QT_TRANSLATE_NOOP("riaya::ResidentForm", "Guardian and contact"),
    QT_TRANSLATE_NOOP("riaya::ResidentForm", "Origin and schooling"),
    QT_TRANSLATE_NOOP("riaya::ResidentForm", "Health"),
};

} // namespace

ResidentForm::ResidentForm(QWidget* parent)
    : QWidget(parent)
    , m_errors(new FieldErrors(nullptr, this))
    , m_sex(new QComboBox(this))
    , m_level(new QComboBox(this))
    // Made in its place among the fields below: the Tab chain starts in the order widgets
    // are made, and Qt 6.4 moves a field made of several widgets in it only in part.
    , m_birthDate(nullptr)
{
    connect(m_errors, &FieldErrors::corrected, this, &ResidentForm::issuesCorrected);
    for (int g = Identity; g <= Health; ++g) {
        auto* group = new QGroupBox(this);
        group->setLayout(new QFormLayout);
        m_groups << group;
    }
    addField(m_groups[Identity], QStringLiteral("first_name"), new QLineEdit);
    addField(m_groups[Identity], QStringLiteral("last_name"), new QLineEdit);
    addField(m_groups[Identity], QStringLiteral("first_name_latin"), new QLineEdit);
    addField(m_groups[Identity], QStringLiteral("last_name_latin"), new QLineEdit);
    addField(m_groups[Identity], QStringLiteral("sex"), m_sex);
    m_birthDate = new DateField(this);
    m_birthDate->setShowsProblems(false); // the form has a line under every field
    addField(m_groups[Identity], QStringLiteral("birth_date"), m_birthDate);
    addField(m_groups[Identity], QStringLiteral("birth_place"), new QLineEdit);
    addField(m_groups[Identity], QStringLiteral("father_name"), new QLineEdit);
    addField(m_groups[Identity], QStringLiteral("mother_name"), new QLineEdit);
    addField(m_groups[Identifiers], QStringLiteral("massar_code"), new QLineEdit);
    addField(m_groups[Identifiers], QStringLiteral("national_id"), new QLineEdit);
    addField(m_groups[Guardian], QStringLiteral("guardian_name"), new QLineEdit);
    addField(m_groups[Guardian], QStringLiteral("guardian_relation"), new QLineEdit);
    addField(m_groups[Guardian], QStringLiteral("guardian_phone"), new QLineEdit);
    addField(m_groups[Schooling], QStringLiteral("origin"), new QLineEdit);
    addField(m_groups[Schooling], QStringLiteral("school_name"), new QLineEdit);
    addField(m_groups[Schooling], QStringLiteral("school_level"), m_level);
    auto* notes = new QPlainTextEdit;
    notes->setTabChangesFocus(true); // keyboard users move on with Tab, as in every other field
    notes->setMaximumHeight(90);
    addField(m_groups[Health], QStringLiteral("health_notes"), notes);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_groups[Identity], 0, 0, 3, 1);
    grid->addWidget(m_groups[Identifiers], 0, 1);
    grid->addWidget(m_groups[Guardian], 1, 1);
    grid->addWidget(m_groups[Schooling], 2, 1);
    grid->addWidget(m_groups[Health], 3, 0, 1, 2);
    // Tab follows the form group by group, field by field, as it reads (the sex and level
    // choices, made first, would otherwise come first).
    QList<QWidget*> order;
    for (const QString& column : std::as_const(m_order)) {
        order << m_fields[column].editor;
    }
    chainTabOrder(order);
    retranslate();
}

void ResidentForm::addField(QGroupBox* group, const QString& column, QWidget* editor)
{
    editor->setObjectName(column);
    if (kLeftToRight.contains(column)) {
        editor->setLayoutDirection(Qt::LeftToRight);
    }
    auto* error = new MessageLabel;
    error->setObjectName(QStringLiteral("error_") + column);
    error->hide();
    auto* cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(editor);
    cell->addWidget(error);
    auto* label = new QLabel;
    label->setBuddy(editor);
    static_cast<QFormLayout*>(group->layout())->addRow(label, cell);
    m_fields.insert(column, { editor, label, error });
    m_order << column;
    m_errors->addField(column, editor, error);
}

void ResidentForm::retranslate()
{
    for (int g = Identity; g <= Health; ++g) {
        m_groups[g]->setTitle(tr(kGroupTitles[g]));
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it->label->setText(residentFieldLabel(it.key()));
    }
    // Typed as people write it, not in the ISO form the command line asks for.
    m_fields[QStringLiteral("birth_date")].label->setText(tr("Birth date"));
    const QString sex = m_sex->currentData().toString();
    m_sex->clear();
    m_sex->addItem(tr("Choose…"), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(sex)));
    const QString level = m_level->currentData().toString();
    m_level->clear();
    m_level->addItem(tr("Not known"), QString());
    for (const QString& code : schoolLevels()) {
        m_level->addItem(schoolLevelLabel(code), code);
    }
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    qobject_cast<QLineEdit*>(m_fields[QStringLiteral("massar_code")].editor)
        ->setPlaceholderText(QStringLiteral("G123456789"));
}

void ResidentForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResidentForm::setResident(const Resident& r)
{
    m_id = r.id;
    m_status = r.status;
    m_institutionId = r.institutionId;
    const QVariantMap fields = r.toFields();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = fields.value(it.key()).toString();
        if (it->editor == m_birthDate) {
            m_birthDate->setDate(r.birthDate);
        } else if (auto* line = qobject_cast<QLineEdit*>(it->editor)) {
            line->setText(value);
        } else if (auto* combo = qobject_cast<QComboBox*>(it->editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        } else if (auto* notes = qobject_cast<QPlainTextEdit*>(it->editor)) {
            notes->setPlainText(value);
        }
    }
    clearIssues();
}

QString ResidentForm::text(const QString& column) const
{
    const QWidget* editor = m_fields.value(column).editor;
    if (editor == m_birthDate) {
        return m_birthDate->date().toString(Qt::ISODate);
    }
    if (const auto* line = qobject_cast<const QLineEdit*>(editor)) {
        return line->text().trimmed();
    }
    if (const auto* combo = qobject_cast<const QComboBox*>(editor)) {
        return combo->currentData().toString();
    }
    if (const auto* notes = qobject_cast<const QPlainTextEdit*>(editor)) {
        return notes->toPlainText().trimmed();
    }
    return {};
}

Resident ResidentForm::resident() const
{
    QVariantMap fields;
    for (const QString& column : m_order) {
        fields.insert(column, text(column));
    }
    fields.insert(QStringLiteral("id"), m_id);
    fields.insert(QStringLiteral("status"), m_status);
    fields.insert(QStringLiteral("institution_id"), m_institutionId);
    Resident r = Resident::fromFields(fields);
    if (r.status.isEmpty()) {
        r.status = QStringLiteral("registered");
    }
    return r;
}

QString ResidentForm::birthDateProblem() const
{
    return m_birthDate->problem();
}

QList<FieldIssue> ResidentForm::showIssues(const QList<FieldIssue>& issues)
{
    return m_errors->show(issues);
}

void ResidentForm::clearIssues()
{
    m_errors->clear();
}

} // namespace riaya
