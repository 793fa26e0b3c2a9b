#include "PresencePage.h"

#include "common/DateDisplay.h"
#include "daily/PresenceStore.h"
#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "widgets/ButtonKeys.h"
#include "widgets/DateField.h"
#include "widgets/MessageLabel.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

enum Column
{
    NameColumn,
    StateColumn,
    NoteColumn
};

// The keys that mark a child, in the order of presenceStates(): digits, the same on an
// Arabic, French or English keyboard.
const Qt::Key kStateKeys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4 };

// A pale tint per state; "not marked" keeps the view's own background (an empty QColor
// would paint the cell black) and is told apart by its italic grey text.
QVariant stateBackground(const QString& state)
{
    if (state.isEmpty()) {
        return {};
    }
    if (state == QLatin1String("present")) {
        return QBrush(QColor(0xe6, 0xf4, 0xea));
    }
    if (state == QLatin1String("absent")) {
        return QBrush(QColor(0xfd, 0xe7, 0xe9));
    }
    return QBrush(QColor(0xff, 0xf4, 0xe5));
}

} // namespace

PresencePage::PresencePage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_institution(new QComboBox(this))
    , m_date(new DateField(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_legend(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_allPresent(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    m_institution->setObjectName(QStringLiteral("presenceInstitution"));
    m_date->setObjectName(QStringLiteral("presenceDate"));
    m_table->setObjectName(QStringLiteral("presenceTable"));
    m_rate->setObjectName(QStringLiteral("presenceRate"));
    m_message->setObjectName(QStringLiteral("presenceMessage"));
    m_allPresent->setObjectName(QStringLiteral("allPresent"));
    m_save->setObjectName(QStringLiteral("savePresence"));
    m_next->setObjectName(QStringLiteral("presenceNext"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_date->setMaximumDate(QDate::currentDate()); // presence is marked for days that came
    if (const auto institutions = InstitutionStore(db).list()) {
        for (const Institution& i : *institutions) {
            m_institution->addItem(i.name, i.id);
        }
    }
    m_institution->setCurrentIndex(std::max(0, m_institution->findData(db.site().institutionId)));
    m_institution->setVisible(m_institution->count() > 1);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 260);
    m_table->setColumnWidth(StateColumn, 140);
    m_table->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_institution, 1);
    top->addWidget(m_previous);
    top->addWidget(m_date);
    top->addWidget(m_next);
    top->addStretch();
    top->addWidget(m_rate);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_allPresent);
    bottom->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_date, &DateField::dateChanged, this, [this] {
        if (m_date->check()) {
            goToDay(m_date->date());
        }
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { goToDay(m_day.addDays(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToDay(m_day.addDays(1)); });
    connect(m_institution, &QComboBox::activated, this, [this] {
        if (!goToDay(m_day)) {
            m_institution->setCurrentIndex(m_institution->findData(m_institutionId));
        }
    });
    connect(m_allPresent, &QPushButton::clicked, this, &PresencePage::markAllUnmarkedPresent);
    connect(m_save, &QPushButton::clicked, this, &PresencePage::save);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == NoteColumn && item->row() < m_marks.size()
            && m_marks[item->row()].note != item->text()) {
            m_marks[item->row()].note = item->text();
            m_dirty = true;
        }
    });
    // The marks are kept in m_marks, not in fields: the sheet knows what is unsaved.
    auto* unsaved = new UnsavedChanges(this);
    unsaved->addCondition([this] { return m_dirty; }, [this] { return save(); });
    unsaved->setSubject([this] { return tr("Daily presence of %1").arg(displayDate(m_day)); });
    retranslate();
    loadDay(QDate::currentDate());
}

bool PresencePage::goToDay(const QDate& day)
{
    if (UnsavedChanges::of(this)->confirmClose(tr("Save them before another sheet is shown?"))
        == UnsavedChanges::Choice::Cancelled) {
        const QSignalBlocker quiet(m_date); // back to the sheet still shown
        m_date->setDate(m_day);
        return false;
    }
    loadDay(day);
    return true;
}

void PresencePage::loadDay(const QDate& day)
{
    m_day = day;
    m_institutionId = m_institution->currentData().toString();
    {
        const QSignalBlocker quiet(m_date); // shown, not typed: no second load
        m_date->setDate(day);
    }
    m_next->setEnabled(day < QDate::currentDate());
    m_message->clear();
    const Result<QList<PresenceMark>> sheet = PresenceStore(m_db).sheet(institutionId(), day);
    m_marks = sheet ? *sheet : QList<PresenceMark>();
    if (!sheet) {
        m_message->showError(sheet.error().whatToFix());
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_marks.size()));
    for (int row = 0; row < m_marks.size(); ++row) {
        auto* name = new QTableWidgetItem(m_marks[row].residentName);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, NameColumn, name);
        auto* state = new QTableWidgetItem;
        state->setFlags(state->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(m_marks[row].note));
        setState(row, m_marks[row].state);
    }
    m_dirty = false;
    if (!m_marks.isEmpty()) {
        m_table->setCurrentCell(0, StateColumn);
    }
    showRate();
}

void PresencePage::setState(int row, const QString& state)
{
    if (row < 0 || row >= m_marks.size()) {
        return;
    }
    m_dirty = m_dirty || m_marks[row].state != state;
    m_marks[row].state = state;
    QTableWidgetItem* item = m_table->item(row, StateColumn);
    item->setText(state.isEmpty() ? tr("not marked") : presenceStateLabel(state, m_marks[row].residentSex));
    item->setData(Qt::BackgroundRole, stateBackground(state));
    QFont font = m_table->font();
    font.setItalic(state.isEmpty());
    item->setFont(font);
    item->setForeground(state.isEmpty() ? m_table->palette().brush(QPalette::PlaceholderText)
                                        : m_table->palette().brush(QPalette::Text));
}

void PresencePage::markAllUnmarkedPresent()
{
    for (int row = 0; row < m_marks.size(); ++row) {
        if (m_marks[row].state.isEmpty()) {
            setState(row, QStringLiteral("present"));
        }
    }
}

bool PresencePage::save()
{
    const Status status = PresenceStore(m_db).saveSheet(institutionId(), m_day, m_marks);
    if (!status) {
        m_message->showError(status.error().whatToFix());
        return false;
    }
    m_dirty = false;
    m_message->showInfo(tr("The presence of %1 is saved.").arg(displayDate(m_day)));
    showRate();
    return true;
}

void PresencePage::showRate()
{
    const Result<PresenceRate> rate
        = PresenceStore(m_db).monthlyRate(institutionId(), m_day.year(), m_day.month());
    if (!rate || rate->total() == 0) {
        m_rate->setText(tr("No presence recorded this month yet."));
        return;
    }
    m_rate->setText(displayDigits(tr("Presence in %1: %2% of %n marks", nullptr, rate->total())
                                      .arg(displayMonth(m_day))
                                      .arg(qRound(rate->rate() * 100))));
}

bool PresencePage::eventFilter(QObject* watched, QEvent* event)
{
    // While a note is edited, keys go to the editor, not to the table.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        for (int i = 0; i < presenceStates().size(); ++i) {
            if (key->key() == kStateKeys[i]) {
                const int row = m_table->currentRow();
                setState(row, presenceStates().at(i));
                m_table->setCurrentCell(std::min(row + 1, m_table->rowCount() - 1), StateColumn);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresencePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PresencePage::retranslate()
{
    m_title->setText(tr("Daily presence"));
    m_previous->setText(tr("&Previous day"));
    m_next->setText(tr("Ne&xt day"));
    m_legend->setText(
        tr("Keys: 1 present · 2 absent · 3 on leave · 4 sick. The cursor moves to the next child."));
    m_table->setHorizontalHeaderLabels({ tr("Resident"), tr("Presence"), tr("Note") });
    m_allPresent->setText(tr("Mark the &unmarked present"));
    setButtonTextAndKeys(m_save, tr("Save the sheet"), QKeySequence(Qt::CTRL | Qt::Key_S));
    for (int row = 0; row < m_marks.size() && m_table->item(row, StateColumn); ++row) {
        setState(row, m_marks[row].state);
    }
    if (m_day.isValid()) {
        showRate();
    }
}

} // namespace riaya
