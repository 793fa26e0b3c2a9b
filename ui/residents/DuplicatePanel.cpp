#include "DuplicatePanel.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace riaya {

DuplicatePanel::DuplicatePanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(this))
    , m_anyway(new QPushButton(this))
{
    setObjectName(QStringLiteral("duplicatePanel"));
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_open->setObjectName(QStringLiteral("openExisting"));
    m_anyway->setObjectName(QStringLiteral("registerAnyway"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#duplicatePanel { background: #fff4e5; border: 1px solid #f0a030; }"));
    m_title->setWordWrap(true);
    m_list->setMaximumHeight(110);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_anyway);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = std::max(0, m_list->currentRow());
        if (row < m_candidates.size()) {
            emit openRequested(m_candidates.at(row).resident.id);
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_anyway, &QPushButton::clicked, this, &DuplicatePanel::registerAnywayRequested);
    retranslate();
    hide();
}

void DuplicatePanel::setCandidates(const QList<DuplicateCandidate>& candidates)
{
    m_candidates = candidates;
    m_list->clear();
    for (const DuplicateCandidate& c : candidates) {
        const Resident& r = c.resident;
        const QString latin = QStringLiteral("%1 %2").arg(r.firstNameLatin, r.lastNameLatin).trimmed();
        m_list->addItem(tr("%1 (%2), born %3, %4 — %5% alike")
                            .arg(isolate(r.displayName()), isolate(latin), displayDate(r.birthDate),
                                 residentStatusLabel(r.status, r.sex))
                            .arg(qRound(c.score * 100)));
    }
    m_list->setCurrentRow(0);
    setVisible(!candidates.isEmpty());
}

void DuplicatePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void DuplicatePanel::retranslate()
{
    m_title->setText(tr("This child may already be registered. Open the existing file rather than making a "
                        "second one, unless this is another child."));
    m_open->setText(tr("&Open the existing file"));
    m_anyway->setText(tr("&Register as another child"));
}

} // namespace riaya
