#include "ListExport.h"

#include "ButtonKeys.h"
#include "FileFilters.h"
#include "common/Bidi.h"
#include "print/ReportFiles.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

namespace riaya {
namespace {

const QString kFolderKey = QStringLiteral("export/folder");

bool isTyped(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QVariant typedValue(const QModelIndex& index)
{
    const QVariant exported = index.data(ExportValueRole);
    if (exported.isValid()) {
        return exported;
    }
    const QVariant edit = index.data(Qt::EditRole);
    return isTyped(edit) ? edit : QVariant();
}

// What the typed values of a column say it holds; text when it has none.
ReportColumn::Kind kindOf(const QList<QVariant>& typed)
{
    bool anyDate = false;
    bool anyNumber = false;
    bool anyFraction = false;
    for (const QVariant& value : typed) {
        if (value.typeId() == QMetaType::QDate) {
            anyDate = true;
        } else if (value.isValid()) {
            anyNumber = true;
            anyFraction
                = anyFraction || value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
        }
    }
    if (anyDate && !anyNumber) {
        return ReportColumn::Kind::Date;
    }
    if (anyNumber && !anyDate) {
        return anyFraction ? ReportColumn::Kind::Decimal : ReportColumn::Kind::Integer;
    }
    return ReportColumn::Kind::Text;
}

} // namespace

void setExportValue(QTableWidget* table, int row, int column, const QVariant& value)
{
    if (QTableWidgetItem* item = table->item(row, column)) {
        item->setData(ExportValueRole, value);
    }
}

void setExportKind(QTableWidget* table, int column, ReportColumn::Kind kind)
{
    QTableWidgetItem* header = table->horizontalHeaderItem(column);
    if (!header) {
        header = new QTableWidgetItem;
        table->setHorizontalHeaderItem(column, header);
    }
    header->setData(ExportKindRole, int(kind));
}

ReportTable tableOfView(QTableView* view, const QString& title)
{
    QAbstractItemModel* model = view->model();
    ReportTable table;
    table.title = title;
    if (!model) {
        return table;
    }
    // A list fetched a page at a time is exported whole, as its count on screen says: in one
    // go when the model can (an invokable fetchAll()), else page after page.
    if (model->canFetchMore({}) && model->metaObject()->indexOfMethod("fetchAll()") >= 0) {
        QMetaObject::invokeMethod(model, "fetchAll");
    }
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        model->fetchMore({});
        if (model->rowCount() == before) {
            break;
        }
    }
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns << logical;
        }
    }
    QList<QList<QVariant>> typed(columns.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view->isRowHidden(row)) {
            continue; // left out by the search
        }
        QVariantList values;
        values.reserve(columns.size());
        for (int c = 0; c < columns.size(); ++c) {
            const QModelIndex index = model->index(row, columns.at(c));
            const QVariant value = typedValue(index);
            typed[c] << value;
            if (value.isValid()) {
                values << value;
            } else {
                const QString text = index.data(Qt::DisplayRole).toString();
                values << (text.isEmpty() ? QVariant() : QVariant(text));
            }
        }
        table.rows << values;
    }
    for (int c = 0; c < columns.size(); ++c) {
        ReportColumn column;
        column.heading = model->headerData(columns.at(c), Qt::Horizontal, Qt::DisplayRole).toString();
        const QVariant kind = model->headerData(columns.at(c), Qt::Horizontal, ExportKindRole);
        column.kind = kind.isValid() ? ReportColumn::Kind(kind.toInt()) : kindOf(typed.at(c));
        table.columns << column;
    }
    return table;
}

ExportListButton::ExportListButton(QTableView* view, std::function<QString()> title, QWidget* parent)
    : QPushButton(parent)
    , m_view(view)
    , m_title(std::move(title))
{
    setObjectName(view->objectName() + QStringLiteral("Export"));
    connect(this, &QPushButton::clicked, this, &ExportListButton::exportWithDialog);
    retranslate();
}

Status ExportListButton::exportTo(const QString& path)
{
    const Status written = writeReport(tableOfView(m_view, m_title()), path, QLocale().name().left(2));
    emit exported(written ? tr("The list was written to %1.").arg(isolateLtr(QDir::toNativeSeparators(path)))
                          : written.error().describe(),
                  !written);
    return written;
}

bool ExportListButton::exportWithDialog()
{
    const QString workbooks = tr("Excel workbooks (*.xlsx)");
    const QString csv = tr("CSV files, for any spreadsheet (*.csv)");
    const QString pdf = tr("PDF documents, to print (*.pdf)");
    const QStringList filters
        = isolatedFilters(QStringList { workbooks, csv, pdf }.join(QStringLiteral(";;")))
              .split(QStringLiteral(";;"));
    const QStringList suffixes { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf") };
    const QString folder = QSettings().value(kFolderKey, QDir::homePath()).toString();
    // The list's name and today's date, without the characters file systems refuse.
    QString name = m_title();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1 %2.xlsx").arg(name.simplified(), QDate::currentDate().toString(Qt::ISODate)));
    QString chosenFilter = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), suggested,
                                                filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty()) {
        return false;
    }
    // A name typed without its extension takes the one of the chosen type.
    if (!suffixes.contains(QFileInfo(path).suffix().toLower())) {
        path += QLatin1Char('.') + suffixes.value(std::max(0, int(filters.indexOf(chosenFilter))));
    }
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return exportTo(path).ok();
}

void ExportListButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QPushButton::changeEvent(event);
}

void ExportListButton::retranslate()
{
    setButtonTextAndKeys(this, tr("Export…"), QKeySequence(Qt::CTRL | Qt::Key_E));
}

} // namespace riaya
