#include "PresenceMonthTab.h"

#include "common/DateDisplay.h"
#include "daily/PresenceStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

PresenceMonthTab::PresenceMonthTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_month(QDate::currentDate())
    , m_previous(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_next(new QPushButton(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_tally(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("presenceMonth"));
    m_tally->setObjectName(QStringLiteral("presenceTally"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_title->setAlignment(Qt::AlignCenter);
    auto* top = new QHBoxLayout;
    top->addWidget(m_previous);
    top->addWidget(m_title, 1);
    top->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tally);
    connect(m_previous, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    retranslate();
}

void PresenceMonthTab::setResident(const QString& residentId, const QString& sex)
{
    m_sex = sex;
    m_residentId = residentId;
    showMonth(QDate::currentDate());
}

void PresenceMonthTab::showMonth(const QDate& anyDayOfMonth)
{
    m_month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    m_title->setText(displayMonth(m_month));
    m_next->setEnabled(m_month.addMonths(1) <= QDate::currentDate());
    m_table->setRowCount(0);
    if (m_residentId.isEmpty()) {
        return;
    }
    const Result<QList<PresenceMark>> marks
        = PresenceStore(m_db).monthOf(m_residentId, m_month.year(), m_month.month());
    if (!marks) {
        m_tally->setText(marks.error().message);
        return;
    }
    int present = 0;
    for (const PresenceMark& mark : *marks) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(displayDate(mark.day)));
        m_table->setItem(row, 1, new QTableWidgetItem(presenceStateLabel(mark.state, m_sex)));
        m_table->setItem(row, 2, new QTableWidgetItem(mark.note));
        present += mark.state == QLatin1String("present") ? 1 : 0;
    }
    m_tally->setText(marks->isEmpty() ? tr("No presence recorded this month.")
                                      : displayDigits(tr("Present %1 of the %n days marked.", nullptr,
                                                         static_cast<int>(marks->size()))
                                                          .arg(present)));
}

void PresenceMonthTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showMonth(m_month);
    }
    QWidget::changeEvent(event);
}

void PresenceMonthTab::retranslate()
{
    m_previous->setText(tr("Previous month"));
    m_next->setText(tr("Next month"));
    m_table->setHorizontalHeaderLabels({ tr("Day"), tr("Presence"), tr("Note") });
}

} // namespace riaya
