#include "RosterColumnsPage.h"

#include "RosterSession.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

enum Column
{
    HeaderColumn,
    ExampleColumn,
    FieldColumn,
    ColumnCount
};

} // namespace

RosterColumnsPage::RosterColumnsPage(RosterSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_header(new QLabel(this))
    , m_remembered(new MessageLabel(this))
    , m_columns(new QTableWidget(0, ColumnCount, this))
    , m_missing(new MessageLabel(this))
{
    setTitle(tr("The columns"));
    setSubTitle(tr("Say which field of Riaya each column of the file fills. A column left “Not imported” is "
                   "ignored; the fields marked “required” need a column."));
    m_header->setObjectName(QStringLiteral("rosterHeaderRow"));
    m_remembered->setObjectName(QStringLiteral("rosterRemembered"));
    m_columns->setObjectName(QStringLiteral("rosterColumns"));
    m_missing->setObjectName(QStringLiteral("rosterMissing"));
    m_header->setWordWrap(true);
    m_columns->setHorizontalHeaderLabels({ tr("Column of the file"), tr("Example"), tr("Field in Riaya") });
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    // Tab goes from one field's combo to the next, as in a form.
    m_columns->setTabKeyNavigation(false);
    m_columns->setFocusPolicy(Qt::NoFocus);

    auto* label = new QLabel(tr("Fields of the &columns:"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_remembered);
    layout->addWidget(label);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_missing);
    // The mnemonic reaches the first combo (set in showMapping).
    label->setObjectName(QStringLiteral("rosterColumnsLabel"));
}

QComboBox* RosterColumnsPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox*>(m_columns->cellWidget(column, FieldColumn));
}

void RosterColumnsPage::initializePage()
{
    m_session.check.reset();
    m_columns->setRowCount(0);
    if (!m_session.file) {
        return;
    }
    const ColumnMapping& mapping = m_session.file->mapping;
    const RosterKind kind = m_session.kind();
    m_filling = true;
    m_columns->setRowCount(int(mapping.headers().size()));
    for (int column = 0; column < mapping.headers().size(); ++column) {
        const QString header = mapping.headers().at(column);
        m_columns->setItem(column, HeaderColumn,
                           new QTableWidgetItem(header.isEmpty() ? tr("(no header)") : header));
        m_columns->setItem(column, ExampleColumn, new QTableWidgetItem(example(column)));
        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("fieldOfColumn%1").arg(column));
        combo->addItem(tr("Not imported"), QString());
        for (const RosterField& field : rosterFields(kind)) {
            const QString name = rosterFieldLabel(kind, field.key);
            combo->addItem(field.required ? tr("%1 (required)").arg(name) : name, field.key);
        }
        combo->setAccessibleName(tr("Field of the column %1").arg(header));
        m_columns->setCellWidget(column, FieldColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(column); });
    }
    if (QComboBox* first = fieldCombo(0)) {
        findChild<QLabel*>(QStringLiteral("rosterColumnsLabel"))->setBuddy(first);
    }
    m_filling = false;
    m_header->setText(displayDigits(
        tr("The headers are on row %1 of the file; %n columns.", nullptr, int(mapping.headers().size()))
            .arg(mapping.headerRow())));
    if (m_session.file->mappingRemembered) {
        m_remembered->showHint(
            tr("Remembered from the last file of this shape: the columns are matched as you "
               "matched them then."));
    } else {
        m_remembered->clear();
    }
    m_remembered->setVisible(m_session.file->mappingRemembered);
    showMapping();
}

QString RosterColumnsPage::example(int column) const
{
    const RosterFile& file = *m_session.file;
    for (const SheetRow& row : file.firstRows) {
        if (row.number > file.mapping.headerRow() && !row.cells.value(column).trimmed().isEmpty()) {
            return row.cells.value(column).trimmed();
        }
    }
    return {};
}

void RosterColumnsPage::fieldChosen(int column)
{
    if (m_filling || !m_session.file) {
        return;
    }
    m_session.file->mapping.setField(column, fieldCombo(column)->currentData().toString());
    m_session.check.reset();
    showMapping(); // the field may have left another column
}

void RosterColumnsPage::showMapping()
{
    const ColumnMapping& mapping = m_session.file->mapping;
    m_filling = true;
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        QComboBox* combo = fieldCombo(column);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.fieldOf(column))));
    }
    m_filling = false;
    QStringList missing;
    for (const QString& field : mapping.missingRequired()) {
        missing << rosterFieldLabel(m_session.kind(), field);
    }
    if (missing.isEmpty()) {
        m_missing->showSuccess(tr("Every required field has its column."));
    } else {
        m_missing->showError(tr("No column gives these required fields yet: %1.")
                                 .arg(missing.join(tr(", ", "between the items of a list"))));
    }
    emit completeChanged();
}

bool RosterColumnsPage::isComplete() const
{
    return m_session.file && m_session.file->mapping.missingRequired().isEmpty();
}

} // namespace riaya
