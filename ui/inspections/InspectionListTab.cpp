#include "InspectionListTab.h"

#include "InspectionDialog.h"
#include "InspectionsText.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "print/InspectionReport.h"
#include "security/Access.h"
#include "widgets/EmptyState.h"
#include "widgets/FileFilters.h"
#include "widgets/ListExport.h"
#include "widgets/RecordTable.h"
#include "widgets/SearchField.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

InspectionListTab::InspectionListTab(Database& db, const QHash<QString, QString>& institutionNames,
                                     QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_institutionNames(institutionNames)
    , m_list(newRecordTable(5, this, QStringLiteral("inspectionList")))
    , m_empty(new EmptyState(m_list))
    , m_search(new SearchField(this))
    , m_new(new QPushButton(this))
    , m_followUp(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_correct(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_export(new ExportListButton(
          m_list, [] { return InspectionsText::tr("Inspections"); }, this))
{
    setObjectName(QStringLiteral("inspectionListTab"));
    m_new->setObjectName(QStringLiteral("newInspection"));
    m_search->setObjectName(QStringLiteral("inspectionSearch"));
    m_search->setResultsView(m_list);
    m_search->setMinimumWidth(200);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_new, m_followUp, m_open, m_correct, m_print, m_discard }) {
        buttons->addWidget(button);
    }
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    connect(m_search, &SearchField::searched, this, &InspectionListTab::applySearch);

    const bool mayConduct = Access::allows(m_db, Permission::ConductInspections);
    for (QPushButton* button : { m_new, m_followUp, m_correct, m_discard }) {
        button->setVisible(mayConduct);
    }
    connect(m_new, &QPushButton::clicked, this, [this] { startInspection(false); });
    connect(m_followUp, &QPushButton::clicked, this, [this] { startInspection(true); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Inspection* selected = selectedInspection()) {
            openInspection(selected->id);
        }
    });
    connect(m_list, &QTableWidget::cellActivated, this,
            [this](int row) { openInspection(m_inspections.at(row).id); });
    connect(m_correct, &QPushButton::clicked, this, &InspectionListTab::correctInspection);
    connect(m_print, &QPushButton::clicked, this, &InspectionListTab::printReport);
    connect(m_discard, &QPushButton::clicked, this, &InspectionListTab::discardDraft);
    connect(m_export, &ExportListButton::exported, this, &InspectionListTab::message);
    setExportKind(m_list, 4, ReportColumn::Kind::Percent);
    retranslate();
}

const Inspection* InspectionListTab::selectedInspection() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_inspections.size() ? &m_inspections.at(row) : nullptr;
}

bool InspectionListTab::refresh(const QString& institutionId)
{
    m_institutionId = institutionId;
    const Result<QList<Inspection>> inspections = InspectionStore(m_db).list(institutionId);
    if (!inspections) {
        emit message(inspections.error().message, true);
        return false;
    }
    m_inspections = *inspections;
    m_list->setRowCount(int(m_inspections.size()));
    for (int row = 0; row < m_inspections.size(); ++row) {
        const Inspection& i = m_inspections.at(row);
        QString state = i.isFinal() ? InspectionsText::tr("finalized", "state of an inspection")
                                    : InspectionsText::tr("draft", "state of an inspection");
        if (!i.followsUp.isEmpty()) {
            state = InspectionsText::tr("%1, follow-up").arg(state);
        }
        fillRecordRow(m_list, row,
                      { displayDate(i.visitedOn), m_institutionNames.value(i.institutionId, i.institutionId),
                        i.inspector, state, scoreText(i.score) });
        setExportValue(m_list, row, 0, i.visitedOn);
        setExportValue(m_list, row, 4, i.score ? QVariant(*i.score / 100.0) : QVariant());
    }
    m_list->resizeColumnsToContents();
    applySearch();
    return true;
}

void InspectionListTab::applySearch()
{
    const QString typed = m_search->text().trimmed();
    if (!typed.isEmpty()) {
        m_empty->setText(InspectionsText::tr("No inspection matches “%1”. Press Esc to see them all.")
                             .arg(isolate(typed)));
    } else if (Access::allows(m_db, Permission::ConductInspections)) {
        m_empty->setText(
            InspectionsText::tr("No inspection yet. Choose the institution above, then start one "
                                "with New inspection (Ctrl+N)."));
    } else {
        m_empty->setText(InspectionsText::tr("No inspection has been recorded for this institution."));
    }
    showMatchingRows(m_list, typed);
}

void InspectionListTab::openInspection(const QString& id)
{
    InspectionDialog dialog(m_db, id, this);
    dialog.exec();
    emit changed();
}

void InspectionListTab::startInspection(bool followUp)
{
    const Inspection* earlier = followUp ? selectedInspection() : nullptr;
    if (followUp && (!earlier || !earlier->isFinal())) {
        emit message(InspectionsText::tr("Select a finalized inspection to follow up."), true);
        return;
    }
    const QString institution = earlier ? earlier->institutionId : m_institutionId;
    if (institution.isEmpty()) {
        emit message(InspectionsText::tr("Choose the institution to inspect above."), true);
        return;
    }
    const Result<InspectionTemplate> standards = TemplateStore(m_db).current();
    if (!standards) {
        emit message(standards.error().message, true);
        return;
    }
    bool ok = false;
    const QString inspector = QInputDialog::getText(
        this, InspectionsText::tr("New inspection"), InspectionsText::tr("Inspector's name:"),
        QLineEdit::Normal, m_db.actor().localOperator ? QString() : m_db.actor().username, &ok);
    if (!ok) {
        return;
    }
    const Result<QString> id = InspectionStore(m_db).start(institution, standards->id, QDate::currentDate(),
                                                           inspector, earlier ? earlier->rootId : QString());
    if (!id) {
        emit message(id.error().describe(), true);
        return;
    }
    emit message(QString(), false);
    openInspection(*id);
}

void InspectionListTab::correctInspection()
{
    const Inspection* selected = selectedInspection();
    if (!selected || !selected->isFinal()) {
        emit message(
            InspectionsText::tr("Select a finalized inspection to correct; a draft is changed directly."),
            true);
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, InspectionsText::tr("Correct the inspection"),
        InspectionsText::tr("Why is it corrected? The reason stays with the new version."), QLineEdit::Normal,
        QString(), &ok);
    if (!ok) {
        return;
    }
    const Result<QString> id = InspectionStore(m_db).correct(selected->id, reason);
    if (!id) {
        emit message(id.error().describe(), true);
        return;
    }
    openInspection(*id);
}

void InspectionListTab::printReport()
{
    const Inspection* selected = selectedInspection();
    if (!selected) {
        emit message(InspectionsText::tr("Select the inspection to print."), true);
        return;
    }
    const QStringList languages { InspectionsText::tr("Arabic"), InspectionsText::tr("French"),
                                  InspectionsText::tr("English") };
    const QStringList codes { QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en") };
    bool ok = false;
    const QString language = QInputDialog::getItem(
        this, InspectionsText::tr("Inspection report"), InspectionsText::tr("Language of the report:"),
        languages, std::max(0, int(codes.indexOf(QLocale().name().left(2)))), false, &ok);
    if (!ok) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, InspectionsText::tr("Save the report"),
        QStringLiteral("inspection-%1.pdf").arg(selected->visitedOn.toString(Qt::ISODate)),
        isolatedFilters(InspectionsText::tr("PDF documents (*.pdf)")));
    if (path.isEmpty()) {
        return;
    }
    const Result<InspectionReport::Content> content = InspectionReport::gather(m_db, selected->id);
    const Status written = content
        ? InspectionReport::writePdf(*content, path, codes.at(languages.indexOf(language)))
        : Status(content.error());
    emit message(
        written ? InspectionsText::tr("The report was written to %1.").arg(QDir::toNativeSeparators(path))
                : written.error().describe(),
        !written);
}

void InspectionListTab::discardDraft()
{
    const Inspection* selected = selectedInspection();
    if (!selected) {
        return;
    }
    const Status discarded = InspectionStore(m_db).discard(selected->id);
    emit message(discarded ? InspectionsText::tr("The draft was thrown away.") : discarded.error().describe(),
                 !discarded);
    emit changed();
}

void InspectionListTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void InspectionListTab::retranslate()
{
    m_new->setText(InspectionsText::tr("&New inspection…"));
    m_followUp->setText(InspectionsText::tr("&Follow up…"));
    m_open->setText(InspectionsText::tr("&Open"));
    m_correct->setText(InspectionsText::tr("&Correct…"));
    m_print->setText(InspectionsText::tr("&Report (PDF)…"));
    m_discard->setText(InspectionsText::tr("Throw the draft away"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N)); // setText resets it
    m_search->setPlaceholderText(InspectionsText::tr("Search: institution, inspector, state…"));
    applySearch();
    m_list->setHorizontalHeaderLabels({ InspectionsText::tr("Visit"), InspectionsText::tr("Institution"),
                                        InspectionsText::tr("Inspector"), InspectionsText::tr("State"),
                                        InspectionsText::tr("Score") });
    // The page may have filled the rows in the new language before the headers changed.
    m_list->resizeColumnsToContents();
}

} // namespace riaya
