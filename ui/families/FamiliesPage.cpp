#include "FamiliesPage.h"

#include "FamilyDialog.h"
#include "PlacementDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "families/FamilyStore.h"
#include "families/PlacementFigures.h"
#include "residents/ResidentStore.h"
#include "roster/RosterImportWizard.h"
#include "roster/RosterSession.h"
#include "security/Access.h"
#include "widgets/EmptyState.h"
#include "widgets/ListExport.h"
#include "widgets/MessageLabel.h"
#include "widgets/RecordTable.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
FamiliesPage::FamiliesPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new SearchField(this))
    , m_state(new QComboBox(this))
    , m_familyTable(newRecordTable(5, this, QStringLiteral("familyList")))
    , m_noFamilies(new EmptyState(m_familyTable))
    , m_new(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_exportFamilies(new ExportListButton(
          m_familyTable, [] { return tr("Foster families"); }, this))
    , m_placementTable(newRecordTable(5, this, QStringLiteral("placementList")))
    , m_noPlacements(new EmptyState(m_placementTable))
    , m_openPlacement(new QPushButton(this))
    , m_exportPlacements(new ExportListButton(
          m_placementTable, [] { return tr("Placements"); }, this))
    , m_figures(newRecordTable(2, this, QStringLiteral("placementFigures")))
    , m_figuresNote(new QLabel(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("familiesPage"));
    m_search->setObjectName(QStringLiteral("familySearch"));
    m_search->setResultsView(m_familyTable);
    m_message->setObjectName(QStringLiteral("familiesMessage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state->addItem(QString(), QString());
    for (const QString& state : familyStates()) {
        m_state->addItem(QString(), state);
    }

    auto* familiesTab = new QWidget(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_new);
    filters->addWidget(m_import);
    filters->addWidget(m_open);
    filters->addWidget(m_exportFamilies);
    auto* familiesLayout = new QVBoxLayout(familiesTab);
    familiesLayout->addLayout(filters);
    familiesLayout->addWidget(m_familyTable);

    auto* placementsTab = new QWidget(this);
    auto* placementButtons = new QHBoxLayout;
    placementButtons->addStretch(1);
    placementButtons->addWidget(m_openPlacement);
    placementButtons->addWidget(m_exportPlacements);
    auto* placementsLayout = new QVBoxLayout(placementsTab);
    placementsLayout->addLayout(placementButtons);
    placementsLayout->addWidget(m_placementTable);

    auto* figuresTab = new QWidget(this);
    auto* figuresLayout = new QVBoxLayout(figuresTab);
    figuresLayout->addWidget(m_figuresNote);
    figuresLayout->addWidget(m_figures);

    m_tabs->addTab(familiesTab, QString());
    m_tabs->addTab(placementsTab, QString());
    m_tabs->addTab(figuresTab, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    m_new->setVisible(Access::allows(m_db, Permission::ManageFamilies));
    m_import->setObjectName(QStringLiteral("importFamilies"));
    m_import->setVisible(Access::allows(m_db, Permission::ManageFamilies));
    connect(m_search, &SearchField::searched, this, &FamiliesPage::refreshFamilies);
    connect(m_state, &QComboBox::currentIndexChanged, this, &FamiliesPage::refreshFamilies);
    connect(m_new, &QPushButton::clicked, this, &FamiliesPage::newFamily);
    connect(m_import, &QPushButton::clicked, this, &FamiliesPage::openImport);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const int row = m_familyTable->currentRow(); row >= 0 && row < m_families.size()) {
            openFamily(m_families.at(row).id);
        }
    });
    connect(m_familyTable, &QTableWidget::cellActivated, this,
            [this](int row) { openFamily(m_families.at(row).id); });
    connect(m_openPlacement, &QPushButton::clicked, this, [this] {
        if (const int row = m_placementTable->currentRow(); row >= 0 && row < m_placements.size()) {
            openPlacement(m_placements.at(row).id);
        }
    });
    connect(m_placementTable, &QTableWidget::cellActivated, this,
            [this](int row) { openPlacement(m_placements.at(row).id); });
    for (ExportListButton* exportList : { m_exportFamilies, m_exportPlacements }) {
        connect(exportList, &ExportListButton::exported, this, [this](const QString& text, bool failed) {
            if (failed) {
                m_message->showError(text);
            } else {
                m_message->showSuccess(text);
            }
        });
    }
    retranslate();
    refresh();
}

void FamiliesPage::refresh()
{
    refreshFamilies();
    refreshPlacements();
    refreshFigures();
}

void FamiliesPage::refreshFamilies()
{
    const Result<QList<Family>> families
        = FamilyStore(m_db).search(m_search->text(), m_state->currentData().toString());
    if (!families) {
        m_message->showError(families.error().message);
        return;
    }
    m_families = *families;
    const bool mayManage = Access::allows(m_db, Permission::ManageFamilies);
    if (!m_search->text().trimmed().isEmpty()) {
        m_noFamilies->setText(tr("No family matches “%1”. Check the spelling, try the name in the other "
                                 "script, or press Esc to see them all.")
                                  .arg(isolate(m_search->text().trimmed())));
    } else if (!m_state->currentData().toString().isEmpty()) {
        m_noFamilies->setText(tr("No family is in the state “%1”.").arg(m_state->currentText()));
    } else {
        m_noFamilies->setText(mayManage ? tr("No foster family yet. Register the first one with "
                                             "“New family…”.")
                                        : tr("No foster family is registered yet."));
    }
    m_familyTable->setRowCount(int(m_families.size()));
    for (int row = 0; row < m_families.size(); ++row) {
        const Family& f = m_families.at(row);
        fillRecordRow(
            m_familyTable, row,
            { f.familyName, f.heads(), f.region, familyStateLabel(f.state), displayDate(f.stateSince) });
        setExportValue(m_familyTable, row, 4, f.stateSince);
    }
    m_familyTable->resizeColumnsToContents();
}

void FamiliesPage::refreshPlacements()
{
    PlacementStore store(m_db);
    const Result<QList<Placement>> placements = store.list({ {}, {}, true });
    const Result<QList<PlacementStore::DueVisit>> overdue = store.overdueVisits();
    if (!placements || !overdue) {
        m_message->showError(!placements ? placements.error().message : overdue.error().message);
        return;
    }
    m_placements = *placements;
    m_noPlacements->setText(tr("No child is placed with a family. Open an approved family and place a "
                               "child from its Placements tab."));
    QHash<QString, QDate> late;
    for (const PlacementStore::DueVisit& due : *overdue) {
        late.insert(due.placement.id, due.due);
    }
    ResidentStore residents(m_db);
    FamilyStore families(m_db);
    m_placementTable->setRowCount(int(m_placements.size()));
    for (int row = 0; row < m_placements.size(); ++row) {
        const Placement& p = m_placements.at(row);
        const Result<Resident> child = residents.get(p.residentId);
        const Result<Family> family = families.get(p.familyId);
        const Result<QList<PlacementVisit>> visits = store.visits(p.id);
        const QDate last = visits && !visits->isEmpty() ? visits->constLast().visitedOn : QDate();
        const QDate next = p.nextVisitDue(last);
        fillRecordRow(m_placementTable, row,
                      { child ? child->displayName() : p.residentId, family ? family->familyName : p.familyId,
                        displayDate(p.startedOn), last.isValid() ? displayDate(last) : tr("none yet"),
                        late.contains(p.id) ? tr("%1, overdue").arg(displayDate(next)) : displayDate(next) },
                      late.contains(p.id));
        setExportValue(m_placementTable, row, 2, p.startedOn);
        setExportValue(m_placementTable, row, 3, last.isValid() ? QVariant(last) : QVariant());
        setExportValue(m_placementTable, row, 4, next.isValid() ? QVariant(next) : QVariant());
    }
    m_placementTable->resizeColumnsToContents();
    m_tabs->setTabText(1,
                       overdue->isEmpty()
                           ? tr("Placements")
                           : tr("Placements (%n visit(s) overdue)", nullptr, int(overdue->size())));
}

void FamiliesPage::refreshFigures()
{
    const QDate today = QDate::currentDate();
    const Result<PlacementFigures> figures = PlacementFigures::compute(m_db, today.addMonths(-11), today);
    if (!figures) {
        m_message->showError(figures.error().message);
        return;
    }
    m_figuresNote->setText(tr("From %1 to %2").arg(displayDate(figures->from), displayDate(figures->to)));
    QList<QStringList> rows;
    rows << QStringList { tr("Active placements"), QString::number(figures->activeAtEnd) };
    rows << QStringList { tr("Follow-up visits overdue"), QString::number(figures->overdueVisits) };
    for (const QString& state : familyStates()) { // in the order of the process
        rows << QStringList { tr("Families: %1").arg(familyStateLabel(state)),
                              QString::number(figures->familiesByState.value(state)) };
    }
    for (const PlacementFigures::Month& month : figures->months) {
        if (month.started > 0 || month.ended > 0) {
            rows << QStringList { tr("%1: started / ended").arg(displayMonth(month.month)),
                                  QStringLiteral("%1 / %2").arg(month.started).arg(month.ended) };
        }
    }
    for (const PlacementFigures::Return& r : figures->returns) {
        rows << QStringList { tr("Return — %1: %2").arg(placementOutcomeLabel(r.outcome), r.reason),
                              QString::number(r.count) };
    }
    m_figures->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        fillRecordRow(m_figures, row, { rows.at(row).at(0), displayDigits(rows.at(row).at(1)) });
    }
    m_figures->resizeColumnsToContents();
}

void FamiliesPage::newFamily()
{
    FamilyDialog dialog(m_db, QString(), this);
    dialog.exec();
    refresh();
}

void FamiliesPage::openImport()
{
    RosterImportWizard wizard(m_db, RosterKind::Families, this);
    connect(&wizard, &RosterImportWizard::imported, this, [this, &wizard] {
        refresh();
        const RosterSummary& done = *wizard.session().imported;
        m_message->showSuccess(displayDigits(
            tr("Register imported: %1 families added, %2 completed.").arg(done.added).arg(done.updated)));
    });
    wizard.exec();
}

void FamiliesPage::openFamily(const QString& id)
{
    FamilyDialog dialog(m_db, id, this);
    dialog.exec();
    refresh();
}

void FamiliesPage::openPlacement(const QString& id)
{
    PlacementDialog dialog(m_db, id, this);
    dialog.exec();
    refresh();
}

void FamiliesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void FamiliesPage::retranslate()
{
    m_title->setText(tr("Foster families"));
    m_tabs->setTabText(0, tr("Families"));
    m_tabs->setTabText(1, tr("Placements"));
    m_tabs->setTabText(2, tr("Figures"));
    m_search->setPlaceholderText(tr("Search by name, in Arabic or Latin letters"));
    m_state->setItemText(0, tr("Every state"));
    for (int i = 1; i < m_state->count(); ++i) {
        m_state->setItemText(i, familyStateLabel(m_state->itemData(i).toString()));
    }
    m_new->setText(tr("&New family…"));
    m_import->setText(tr("Import from a &spreadsheet…"));
    m_open->setText(tr("&Open"));
    m_openPlacement->setText(tr("Open the &placement"));
    m_familyTable->setHorizontalHeaderLabels(
        { tr("Family"), tr("Heads"), tr("Region"), tr("State"), tr("Since") });
    m_placementTable->setHorizontalHeaderLabels(
        { tr("Child"), tr("Family"), tr("Placed on"), tr("Last visit"), tr("Next visit due") });
    m_figures->setHorizontalHeaderLabels({ tr("Figure"), tr("Value") });
}

} // namespace riaya
