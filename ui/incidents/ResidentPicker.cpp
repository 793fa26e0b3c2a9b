#include "ResidentPicker.h"

#include "common/DateDisplay.h"
#include "residents/ResidentStore.h"
#include "widgets/EmptyState.h"
#include "widgets/RecordTable.h"
#include "widgets/SearchField.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace riaya {
namespace {
constexpr int kResultLimit = 50;
constexpr int kPresentLimit = 300; // a large house, shown when nothing is typed

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}
} // namespace

ResidentPicker::ResidentPicker(Database& db, const QString& institutionId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_institutionId(institutionId)
    , m_search(new SearchField(this))
    , m_results(newRecordTable(3, this, QStringLiteral("incidentResidentResults")))
    , m_chosen(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_search->setObjectName(QStringLiteral("incidentResidentSearch"));
    m_chosen->setObjectName(QStringLiteral("incidentResidents"));
    m_add->setObjectName(QStringLiteral("addResident"));
    m_remove->setObjectName(QStringLiteral("removeResident"));
    m_search->setResultsView(m_results);
    setFocusProxy(m_search); // the form's label for the residents leads to the search
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_results->setMinimumHeight(110);
    m_chosen->setMinimumHeight(70);
    new EmptyState(m_results);
    auto* chosenEmpty = new EmptyState(m_chosen);
    chosenEmpty->setObjectName(QStringLiteral("chosenEmptyState"));
    for (QObject* watched : std::initializer_list<QObject*> { m_search, m_results, m_chosen }) {
        watched->installEventFilter(this);
    }
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_results, 1, 0, 1, 2);
    layout->addWidget(m_chosen, 2, 0);
    layout->addWidget(m_remove, 2, 1, Qt::AlignTop);
    connect(m_search, &SearchField::searched, this, &ResidentPicker::search);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &ResidentPicker::addResult);
    connect(m_add, &QPushButton::clicked, this, [this] { addResult(m_results->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, &ResidentPicker::removeCurrent);
    connect(m_chosen, &QListWidget::itemDoubleClicked, this, &ResidentPicker::removeCurrent);
    retranslate();
    search(QString());
}

void ResidentPicker::search(const QString& text)
{
    m_searched = text;
    ResidentQuery query;
    query.institutionId = m_institutionId;
    query.text = text.trimmed();
    Result<QList<Resident>> found = QList<Resident>();
    if (query.text.isEmpty()) {
        query.status = QStringLiteral("present");
        query.limit = kPresentLimit;
        found = ResidentStore(m_db).list(query);
    } else {
        query.limit = kResultLimit;
        found = ResidentStore(m_db).search(query);
    }
    const QList<Resident> residents = found ? *found : QList<Resident>();
    m_results->setRowCount(int(residents.size()));
    for (int row = 0; row < residents.size(); ++row) {
        const Resident& r = residents.at(row);
        const bool present = r.status == QLatin1String("present") && r.institutionId == m_institutionId;
        fillRecordRow(m_results, row,
                      { r.displayName(), displayDate(r.birthDate),
                        present ? tr("present in the house") : tr("not in the house") });
        m_results->item(row, 0)->setData(Qt::UserRole, r.id);
    }
    if (!residents.isEmpty()) {
        m_results->setCurrentCell(0, 0);
    }
    EmptyState::of(m_results)->setText(
        query.text.isEmpty() ? tr("Nobody is present in the house. Type a name to find a resident.")
                             : tr("No resident of the house matches; check the spelling, or "
                                  "type the name in the other script."));
}

void ResidentPicker::addResult(int row)
{
    if (row < 0 || row >= m_results->rowCount()) {
        return;
    }
    const QString id = m_results->item(row, 0)->data(Qt::UserRole).toString();
    const QString text
        = QStringLiteral("%1 — %2").arg(m_results->item(row, 0)->text(), m_results->item(row, 1)->text());
    addChosen(id, text);
    emit chosenChanged();
}

void ResidentPicker::addChosen(const QString& id, const QString& text)
{
    for (int i = 0; i < m_chosen->count(); ++i) {
        if (m_chosen->item(i)->data(Qt::UserRole).toString() == id) {
            m_chosen->setCurrentRow(i);
            return; // chosen once
        }
    }
    auto* item = new QListWidgetItem(text, m_chosen);
    item->setData(Qt::UserRole, id);
    m_chosen->setCurrentItem(item);
}

void ResidentPicker::removeCurrent()
{
    const int row = m_chosen->currentRow();
    if (row < 0) {
        return;
    }
    delete m_chosen->takeItem(row);
    emit chosenChanged();
}

void ResidentPicker::setChosen(const QStringList& residentIds)
{
    m_chosen->clear();
    ResidentStore residents(m_db);
    for (const QString& id : residentIds) {
        const Result<Resident> r = residents.get(id);
        addChosen(id, r ? QStringLiteral("%1 — %2").arg(r->displayName(), displayDate(r->birthDate)) : id);
    }
}

QStringList ResidentPicker::chosen() const
{
    QStringList ids;
    for (int i = 0; i < m_chosen->count(); ++i) {
        ids << m_chosen->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

bool ResidentPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    // Enter here chooses a resident; it must not reach the dialog's default button.
    if (isEnter(key) && (watched == m_search || watched == m_results)) {
        if (watched == m_search && m_searched != m_search->text()) {
            search(m_search->text()); // typed faster than the search's pause
        }
        addResult(watched == m_search && m_results->currentRow() < 0 ? 0 : m_results->currentRow());
        return true;
    }
    if (watched == m_chosen && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ResidentPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        search(m_search->text());
        setChosen(chosen()); // their birth dates in the new language's form
    }
    QWidget::changeEvent(event);
}

void ResidentPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Find a resident: name in either script, or identifier…"));
    m_add->setText(tr("Add (Enter)"));
    m_remove->setText(tr("Remove (Delete)"));
    m_results->setHorizontalHeaderLabels({ tr("Name"), tr("Born"), tr("In the house") });
    EmptyState::of(m_chosen)->setText(tr("No resident chosen: an incident may concern the whole house."));
}

} // namespace riaya
