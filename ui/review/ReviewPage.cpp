#include "ReviewPage.h"

#include "ConflictsTab.h"
#include "DuplicatesTab.h"
#include "common/DateDisplay.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace riaya {

ReviewPage::ReviewPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_conflicts(new ConflictsTab(db, m_tabs))
    , m_duplicates(new DuplicatesTab(db, m_tabs))
{
    setObjectName(QStringLiteral("reviewPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tabs->addTab(m_duplicates, QString());
    m_tabs->addTab(m_conflicts, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    connect(m_conflicts, &ConflictsTab::changed, this, &ReviewPage::retranslate);
    connect(m_duplicates, &DuplicatesTab::changed, this, &ReviewPage::retranslate);
    refresh();
}

void ReviewPage::refresh()
{
    m_conflicts->refresh();
    m_duplicates->refresh();
    // Open where there is something to decide.
    if (m_duplicates->count() == 0 && m_conflicts->count() > 0) {
        m_tabs->setCurrentWidget(m_conflicts);
    }
    retranslate();
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReviewPage::retranslate()
{
    m_title->setText(tr("Review"));
    m_tabs->setTabText(
        0, tr("Probable duplicates (%1)").arg(displayDigits(QString::number(m_duplicates->count()))));
    m_tabs->setTabText(1, tr("Conflicts (%1)").arg(displayDigits(QString::number(m_conflicts->count()))));
}

} // namespace riaya
