#include "ResidentsPage.h"

#include "ResidentFileDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "daily/SchoolResultStore.h"
#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "models/ResidentTableModel.h"
#include "residents/Resident.h"
#include "residents/ResidentStore.h"
#include "roster/RosterImportWizard.h"
#include "roster/RosterSession.h"
#include "security/Access.h"
#include "sharing/TransferRequestDialog.h"
#include "widgets/ButtonKeys.h"
#include "widgets/EmptyState.h"
#include "widgets/ListExport.h"
#include "widgets/MessageLabel.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace riaya {
namespace {
const QString kHeaderStateKey = QStringLiteral("residents/headerState");
// A confirmation is read in a glance; it then leaves room for the next one.
constexpr int kConfirmationMs = 8000;
// How far down the list a new resident is looked for before the search is set to her name.
constexpr int kLookedThrough = 2000;
} // namespace

ResidentsPage::ResidentsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ResidentTableModel(db, this))
    , m_title(new QLabel(this))
    , m_search(new SearchField(this))
    , m_status(new QComboBox(this))
    , m_sex(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_institution(new QComboBox(this))
    , m_figures(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_transfer(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_table(new QTableView(this))
    , m_empty(nullptr)
{
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_sex->setObjectName(QStringLiteral("sexFilter"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_institution->setObjectName(QStringLiteral("institutionFilter"));
    m_figures->setObjectName(QStringLiteral("houseFigures"));
    m_institution->addItem(QString(), QString());
    if (const auto institutions = InstitutionStore(db).list()) {
        for (const Institution& i : *institutions) {
            m_institution->addItem(i.name, i.id);
        }
    }
    m_institution->setVisible(m_institution->count() > 2); // only where there is a choice
    // Sized to a few words, not to their longest entry (a hub lists a thousand institutions):
    // the popup still shows whole names.
    for (QComboBox* filter : { m_status, m_sex, m_level, m_institution }) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(filter == m_level ? 20 : 12);
    }
    m_new->setObjectName(QStringLiteral("newResident"));
    m_transfer->setObjectName(QStringLiteral("transferResident"));
    // The ministry holds no child's file; a transfer is asked by the house that holds it.
    m_transfer->setVisible(!db.site().isMinistry && Access::allows(db, Permission::EditResidents));
    m_transfer->setEnabled(false);
    m_import->setObjectName(QStringLiteral("importResidents"));
    // A house's roster, by those who register residents (the ministry holds no child's file).
    m_import->setVisible(!db.site().isMinistry && Access::allows(db, Permission::EditResidents));
    m_count->setObjectName(QStringLiteral("residentCount"));
    m_message->setObjectName(QStringLiteral("residentsMessage"));
    m_table->setObjectName(QStringLiteral("residentTable"));
    // The list as filtered, searched and sorted on screen.
    m_export = new ExportListButton(
        m_table, [] { return tr("Residents"); }, this);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_search->setMinimumWidth(280);
    m_search->setResultsView(m_table);

    m_table->setModel(m_model);
    m_empty = new EmptyState(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this] { m_table->horizontalHeader()->setSortIndicatorShown(true); });
    m_table->sortByColumn(ResidentTableModel::LastName, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setWordWrap(false);
    const QByteArray headerState = QSettings().value(kHeaderStateKey).toByteArray();
    if (headerState.isEmpty() || !m_table->horizontalHeader()->restoreState(headerState)) {
        m_table->setColumnWidth(ResidentTableModel::LastName, 150);
        m_table->setColumnWidth(ResidentTableModel::FirstName, 130);
        m_table->setColumnWidth(ResidentTableModel::LatinName, 190);
        m_table->setColumnWidth(ResidentTableModel::Sex, 70);
        m_table->setColumnWidth(ResidentTableModel::BirthDate, 110);
        m_table->setColumnWidth(ResidentTableModel::Status, 150);
        m_table->setColumnWidth(ResidentTableModel::SchoolLevel, 190);
    }

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_sex, 1);
    filters->addWidget(m_level, 1);
    filters->addWidget(m_institution, 1);
    filters->addStretch();
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_message, 1);
    heading->addWidget(m_figures);
    heading->addWidget(m_export);
    heading->addWidget(m_transfer);
    heading->addWidget(m_import);
    heading->addWidget(m_new);
    layout->addLayout(heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &SearchField::searched, this, &ResidentsPage::applyFilters);
    connect(m_status, &QComboBox::activated, this, &ResidentsPage::applyFilters);
    connect(m_sex, &QComboBox::activated, this, &ResidentsPage::applyFilters);
    connect(m_level, &QComboBox::activated, this, &ResidentsPage::applyFilters);
    connect(m_institution, &QComboBox::activated, this, &ResidentsPage::applyFilters);
    connect(m_new, &QPushButton::clicked, this, [this] { openFile(QString()); });
    connect(m_transfer, &QPushButton::clicked, this, &ResidentsPage::askTransfer);
    connect(m_import, &QPushButton::clicked, this, &ResidentsPage::openImport);
    const auto followSelection = [this] { m_transfer->setEnabled(!currentResidentId().isEmpty()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, followSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, followSelection);
    connect(m_export, &ExportListButton::exported, this, [this](const QString& text, bool failed) {
        if (failed) {
            m_message->showError(text);
        } else {
            m_message->showSuccess(text);
            QTimer::singleShot(kConfirmationMs, m_message, &MessageLabel::clear);
        }
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openFile(m_model->residentId(index.row())); });
    connect(m_model, &ResidentTableModel::totalCountChanged, this, &ResidentsPage::showCount);
    retranslate();
}

ResidentsPage::~ResidentsPage()
{
    QSettings().setValue(kHeaderStateKey, m_table->horizontalHeader()->saveState());
}

void ResidentsPage::applyFilters()
{
    ResidentQuery query = m_model->query();
    query.text = m_search->text();
    // While searching, the model lists the best matches first, as `riaya-cli residents
    // search` does; a click on a column header sorts them by that column.
    m_table->horizontalHeader()->setSortIndicatorShown(query.text.trimmed().isEmpty());
    query.status = m_status->currentData().toString();
    query.sex = m_sex->currentData().toString();
    query.schoolLevel = m_level->currentData().toString();
    query.institutionId = m_institution->currentData().toString();
    m_model->setQuery(query);
    showEmptyState();
}

void ResidentsPage::showEmptyState()
{
    const ResidentQuery& query = m_model->query();
    const bool filtered = !query.text.trimmed().isEmpty() || !query.status.isEmpty() || !query.sex.isEmpty()
        || !query.schoolLevel.isEmpty() || !query.institutionId.isEmpty();
    m_empty->setText(filtered ? tr("No resident matches. Check the spelling or try the name in the other "
                                   "script; press Esc in the search field, or choose “Every status”, to "
                                   "see more.")
                              : tr("No residents yet. Register the first one with New resident (Ctrl+N)."));
}

void ResidentsPage::openFile(const QString& residentId)
{
    auto* dialog = new ResidentFileDialog(m_db, residentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResidentFileDialog::saved, m_model, &ResidentTableModel::reload);
    connect(dialog, &ResidentFileDialog::registered, this, [this](const QString& id) {
        if (!selectResident(id)) {
            return;
        }
        const Result<Resident> resident = ResidentStore(m_db).get(id);
        m_message->showSuccess(tr("%1 is registered.").arg(isolate(resident ? resident->displayName() : id)));
        QTimer::singleShot(kConfirmationMs, m_message, &MessageLabel::clear);
    });
    dialog->open();
}

QString ResidentsPage::currentResidentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->residentId(current.row()) : QString();
}

void ResidentsPage::askTransfer()
{
    const QString id = currentResidentId();
    const Result<Resident> resident = ResidentStore(m_db).get(id);
    if (!resident) {
        m_message->showError(id.isEmpty() ? tr("Select a resident first.") : resident.error().describe());
        return;
    }
    TransferRequestDialog dialog(m_db, id, resident->displayName(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_message->showSuccess(
            tr("The transfer of %1 is asked; the house learns it with the next bundles, and "
               "its answer shows on the Requests screen.")
                .arg(isolate(resident->displayName())));
        QTimer::singleShot(kConfirmationMs, m_message, &MessageLabel::clear);
    }
}

void ResidentsPage::openImport()
{
    RosterImportWizard wizard(m_db, RosterKind::Residents, this);
    connect(&wizard, &RosterImportWizard::imported, this, [this, &wizard] {
        m_model->reload();
        const RosterSummary& done = *wizard.session().imported;
        m_message->showSuccess(displayDigits(
            tr("Roster imported: %1 residents added, %2 completed.").arg(done.added).arg(done.updated)));
        QTimer::singleShot(kConfirmationMs, m_message, &MessageLabel::clear);
    });
    wizard.exec();
}

int ResidentsPage::rowOf(const QString& residentId)
{
    for (int row = 0;; ++row) {
        if (row >= m_model->rowCount()) {
            if (row >= kLookedThrough || !m_model->canFetchMore({})) {
                return -1;
            }
            m_model->fetchMore({});
            if (row >= m_model->rowCount()) {
                return -1;
            }
        }
        if (m_model->residentId(row) == residentId) {
            return row;
        }
    }
}

bool ResidentsPage::selectResident(const QString& residentId)
{
    m_model->reload();
    int row = rowOf(residentId);
    if (row < 0) {
        // Hidden by a filter, or far down a long list: her name finds her among few.
        const Result<Resident> resident = ResidentStore(m_db).get(residentId);
        if (!resident) {
            return false;
        }
        for (QComboBox* filter : { m_status, m_sex, m_level, m_institution }) {
            filter->setCurrentIndex(0);
        }
        m_search->setText(resident->displayName());
        applyFilters();
        row = rowOf(residentId);
    }
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index);
    return true;
}

void ResidentsPage::refreshDisplay()
{
    m_model->retranslate();
    showFigures();
    showCount(m_model->totalCount());
}

void ResidentsPage::showFigures()
{
    // The success rate of the last school year with decisions, for the house this site is.
    const QString house = m_db.site().institutionId;
    const QDate today = QDate::currentDate();
    const int endYear = today.month() >= 7 ? today.year() : today.year() - 1;
    const QString year = QStringLiteral("%1-%2").arg(endYear - 1).arg(endYear);
    const Result<SuccessRate> rate = house.isEmpty() ? Result<SuccessRate>(SuccessRate())
                                                     : SchoolResultStore(m_db).successRate(house, year);
    if (!rate || rate->total() == 0) {
        m_figures->clear();
        return;
    }
    m_figures->setText(displayDigits(tr("School success %1: %2% (%3 of %n)", nullptr, rate->total())
                                         .arg(year)
                                         .arg(qRound(rate->passRate() * 100))
                                         .arg(rate->passed)));
}

void ResidentsPage::showCount(int total)
{
    m_count->setText(displayDigits(m_model->isCapped()
                                       ? tr("The first %n matches; type more to narrow them", nullptr, total)
                                       : tr("%n residents", nullptr, total)));
}

void ResidentsPage::fillCombo(QComboBox* combo, const QList<QPair<QString, QString>>& items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const auto& [value, label] : items) {
        combo->addItem(label, value);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ResidentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ResidentsPage::retranslate()
{
    m_title->setText(tr("Residents"));
    m_search->setPlaceholderText(tr("Search by name, in Arabic or Latin letters, or by identifier…"));
    QList<QPair<QString, QString>> statuses { { QString(), tr("Every status") } };
    for (const QString& status : residentStatuses()) {
        statuses.append({ status, residentStatusLabel(status) });
    }
    fillCombo(m_status, statuses);
    fillCombo(m_sex,
              { { QString(), tr("Girls and boys") },
                { QStringLiteral("F"), tr("Girls") },
                { QStringLiteral("M"), tr("Boys") } });
    QList<QPair<QString, QString>> levels { { QString(), tr("Every school level") } };
    for (const QString& level : schoolLevels()) {
        levels.append({ level, schoolLevelLabel(level) });
    }
    fillCombo(m_level, levels);
    // The coded columns as wide as their longest label in the language shown.
    const auto widenTo = [this](int column, const QList<QPair<QString, QString>>& labels) {
        int widest = 0;
        for (const auto& label : labels.mid(1)) {
            widest = std::max(widest, m_table->fontMetrics().horizontalAdvance(label.second));
        }
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), widest + 16));
    };
    widenTo(ResidentTableModel::Status, statuses);
    widenTo(ResidentTableModel::SchoolLevel, levels);
    m_institution->setItemText(0, tr("Every institution"));
    showFigures();
    setButtonTextAndKeys(m_new, tr("New resident…"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_transfer->setText(tr("&Transfer to another house…"));
    m_import->setText(tr("Import from a &spreadsheet…"));
    showCount(m_model->totalCount());
    showEmptyState();
}

} // namespace riaya
