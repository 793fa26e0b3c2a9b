#include "ReportsPage.h"

#include "ReportTableView.h"
#include "common/DateDisplay.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "print/ReportFiles.h"
#include "print/ReportPdf.h"
#include "reports/Dashboard.h"
#include "reports/FigureLists.h"
#include "reports/MonthlyReports.h"
#include "widgets/ButtonKeys.h"
#include "widgets/FileFilters.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

constexpr int kMonthsOffered = 24;

} // namespace

ReportsPage::ReportsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_ministry(db.site().isMinistry || db.site().institutionId.isEmpty())
    , m_title(new QLabel(this))
    , m_report(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_institution(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_show(new QPushButton(this))
    , m_preview(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new MessageLabel(this))
    , m_tables(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_report->setObjectName(QStringLiteral("reportKind"));
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_institution->setObjectName(QStringLiteral("reportInstitution"));
    m_region->setObjectName(QStringLiteral("reportRegion"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_show->setObjectName(QStringLiteral("showReport"));
    m_preview->setObjectName(QStringLiteral("previewReport"));
    m_print->setObjectName(QStringLiteral("printReport"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_tables->setObjectName(QStringLiteral("reportTables"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Each language is named in itself, as in the settings.
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_windowLanguage = QLocale().name().left(2);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_windowLanguage)));
    m_institution->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_institution->setMinimumContentsLength(24);

    auto* form = new QFormLayout;
    for (QComboBox* field : { m_report, m_month, m_institution, m_region, m_language }) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
        m_fieldLabels.append(label);
    }
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_show, m_preview, m_print, m_save }) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tables, 1);

    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsPage::updateChoices);
    connect(m_show, &QPushButton::clicked, this, &ReportsPage::showReport);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::saveWithDialog);
    retranslate();
}

void ReportsPage::setReport(Report report)
{
    m_report->setCurrentIndex(std::max(0, m_report->findData(int(report))));
}

std::optional<ReportDocument> ReportsPage::build()
{
    const Report report = Report(m_report->currentData().toInt());
    const QDate month = m_month->currentData().toDate();
    FigureFilter filter { month, m_region->currentData().toString(), {}, {}, {} };
    const LanguageScope scope(m_language->currentData().toString());
    Result<ReportDocument> document = Error::invalid(tr("Choose a report."));
    switch (report) {
    case Report::HouseMonth:
        document = MonthlyReports::house(m_db, m_institution->currentData().toString(), month);
        break;
    case Report::National:
        document = MonthlyReports::national(m_db, filter);
        break;
    case Report::MissingSites: {
        const Result<ReportTable> sites
            = FigureLists::open(m_db, { QStringLiteral("sites_missing"), filter, {} });
        if (sites) {
            ReportDocument missing;
            missing.title = sites->title;
            missing.language = m_language->currentData().toString();
            missing.titleBlock = { { tr("Month"), displayMonth(month) },
                                   { tr("Printed on"), displayDate(QDate::currentDate()) } };
            missing.tables = { *sites };
            document = missing;
        } else {
            document = sites.error();
        }
        break;
    }
    }
    if (!document) {
        m_message->showError(document.error().describe());
        return std::nullopt;
    }
    return *document;
}

bool ReportsPage::showReport()
{
    m_document = build();
    while (m_tables->count() > 0) {
        QWidget* tab = m_tables->widget(0);
        m_tables->removeTab(0);
        delete tab;
    }
    if (!m_document) {
        return false;
    }
    for (const ReportTable& table : m_document->tables) {
        QTableWidget* view = newReportTableView(m_tables, QStringLiteral("reportTable"));
        showReportTable(view, table);
        m_tables->addTab(view, table.title);
    }
    QStringList block;
    for (const auto& [label, value] : m_document->titleBlock) {
        block.append(label + QStringLiteral(": ") + value);
    }
    m_message->showInfo(m_document->title + QStringLiteral(" — ") + block.join(QStringLiteral(" · ")));
    return true;
}

bool ReportsPage::saveTo(const QString& path)
{
    if (!m_document && !showReport()) {
        return false;
    }
    const Status written = writeReport(*m_document, path);
    if (!written) {
        m_message->showError(written.error().describe());
        return false;
    }
    m_message->showSuccess(tr("The report was written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsPage::saveWithDialog()
{
    if (!showReport()) {
        return;
    }
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report"), QDir::home().filePath(tr("report") + QStringLiteral(".pdf")),
        isolatedFilters(tr("PDF documents (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)")), &selected);
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

void ReportsPage::preview()
{
    if (!showReport()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(m_document->title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { ReportPdf::render(*m_document, *target); });
    dialog.exec();
}

void ReportsPage::print()
{
    if (!showReport()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        const int pages = ReportPdf::render(*m_document, printer);
        m_message->showSuccess(tr("%n pages sent to the printer.", nullptr, pages));
    }
}

void ReportsPage::updateChoices()
{
    const Report report = Report(m_report->currentData().toInt());
    m_institution->setEnabled(report == Report::HouseMonth && m_ministry);
    m_region->setEnabled(report != Report::HouseMonth);
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A report is written in the window's language unless another is chosen after. A report
        // written in another language switches it for a moment too: the window's is back by now.
        if (const QString window = QLocale().name().left(2); window != m_windowLanguage) {
            m_windowLanguage = window;
            m_language->setCurrentIndex(std::max(0, m_language->findData(window)));
        }
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportsPage::retranslate()
{
    m_title->setText(tr("Reports"));
    const QStringList labels { tr("&Report:"), tr("&Month:"), tr("&Institution:"), tr("Re&gion:"),
                               tr("&Language:") };
    for (int i = 0; i < labels.size(); ++i) {
        m_fieldLabels.at(i)->setText(labels.at(i));
    }
    setButtonTextAndKeys(m_show, tr("&Show"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    setButtonTextAndKeys(m_preview, tr("Pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    setButtonTextAndKeys(m_print, tr("&Print…"), QKeySequence::Print);
    setButtonTextAndKeys(m_save, tr("Save &as…"), QKeySequence::SaveAs);
    {
        const QSignalBlocker quiet(m_report);
        const QVariant chosen = m_report->currentData();
        m_report->clear();
        m_report->addItem(tr("Monthly report of a house"), int(Report::HouseMonth));
        if (m_ministry) {
            m_report->addItem(tr("National monthly report"), int(Report::National));
            m_report->addItem(tr("Sites that have not sent a month"), int(Report::MissingSites));
        }
        m_report->setCurrentIndex(std::max(
            0,
            m_report->findData(chosen.isValid() ? chosen
                                                : int(m_ministry ? Report::National : Report::HouseMonth))));
    }
    const QVariant month = m_month->currentData();
    m_month->clear();
    const QDate today = QDate::currentDate();
    for (int back = 1; back <= kMonthsOffered; ++back) { // the months that have ended
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_month->addItem(displayMonth(first), first);
    }
    m_month->setCurrentIndex(std::max(0, m_month->findData(month)));
    const Result<FilterChoices> choices = Dashboard::choices(m_db);
    const QVariant institution = m_institution->currentData();
    const QVariant region = m_region->currentData();
    m_institution->clear();
    m_region->clear();
    m_region->addItem(tr("Every region"), QString());
    if (choices) {
        for (const auto& [id, name] : choices->institutions) {
            if (m_ministry || id == m_db.site().institutionId) {
                m_institution->addItem(name, id);
            }
        }
        for (const QString& name : choices->regions) {
            m_region->addItem(name, name);
        }
    }
    m_institution->setCurrentIndex(std::max(
        0,
        m_institution->findData(institution.isValid() ? institution : QVariant(m_db.site().institutionId))));
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    updateChoices();
}

} // namespace riaya
