#include "FigureListDialog.h"

#include "reports/FigureLists.h"
#include "reports/ReportTableView.h"
#include "widgets/EmptyState.h"
#include "widgets/ListExport.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

FigureListDialog::FigureListDialog(Database& db, const FigureQuery& query, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_table(newReportTableView(this, QStringLiteral("figureList")))
    , m_export(nullptr)
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("figureListDialog"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    auto* empty = new EmptyState(m_table);
    empty->setText(tr("Nothing was counted here."));
    const Result<ReportTable> list = FigureLists::open(db, query);
    QString title;
    if (list) {
        title = list->title;
        showReportTable(m_table, *list);
    } else {
        m_message->showError(list.error().describe());
    }
    m_title->setText(title);
    setWindowTitle(title.isEmpty() ? tr("List") : title);
    m_export = new ExportListButton(
        m_table, [title] { return title; }, this);
    m_export->setEnabled(bool(list));
    connect(m_export, &ExportListButton::exported, this, [this](const QString& text, bool failed) {
        failed ? m_message->showError(text) : m_message->showSuccess(text);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(900, 560));
}

int FigureListDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace riaya
