#include "ConflictsTab.h"

#include "ReviewLayout.h"
#include "SideBySide.h"
#include "common/Bidi.h"
#include "residents/Resident.h"
#include "sync/RecordKinds.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageLabel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace riaya {
namespace {

QString recordTitle(const ConflictEntry& entry)
{
    if (entry.entity == QLatin1String("residents")) {
        return Resident::fromFields(entry.kept).displayName();
    }
    const QString name = entry.kept.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? entry.recordId : name;
}

} // namespace

ConflictsTab::ConflictsTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_reason(new QLabel(this))
    , m_fields(new QTableWidget(0, 3, this))
    , m_message(new MessageLabel(this))
    , m_keep(new QPushButton(this))
    , m_take(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_reason->setObjectName(QStringLiteral("conflictReason"));
    m_keep->setObjectName(QStringLiteral("keepVersion"));
    m_take->setObjectName(QStringLiteral("takeOtherVersion"));
    layOutReview(this, m_list, m_reason, m_fields, { m_keep, m_take }, m_message);
    new EmptyState(m_list);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsTab::showSelected);
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_take, &QPushButton::clicked, this, [this] { decide(true); });
    retranslate();
    refresh();
}

void ConflictsTab::refresh()
{
    const int row = std::max(0, m_list->currentRow());
    const Result<QList<ConflictEntry>> entries = ReviewQueue(m_db).conflicts();
    m_entries = entries ? *entries : QList<ConflictEntry>();
    if (!entries) {
        m_message->showError(entries.error().message);
    }
    m_list->clear();
    for (const ConflictEntry& entry : std::as_const(m_entries)) {
        m_list->addItem(tr("%1: %2").arg(recordKindName(entry.entity), isolate(recordTitle(entry))));
    }
    m_list->setCurrentRow(std::min(row, static_cast<int>(m_entries.size()) - 1));
    showSelected();
}

void ConflictsTab::showSelected()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_entries.size();
    m_keep->setEnabled(any);
    m_take->setEnabled(any);
    if (!any) {
        m_fields->setRowCount(0);
        m_reason->setText(m_entries.isEmpty() ? tr("No conflict waits for a decision.") : QString());
        return;
    }
    const ConflictEntry& entry = m_entries.at(row);
    const QString from
        = isolate(siteDisplayName(m_db, entry.lost.value(QStringLiteral("origin_site")).toString()));
    if (entry.reason == QLatin1String("future_stamp")) {
        m_reason->setText(tr("This version from %1 was stamped by a clock %n days ahead (its computer's "
                             "clock is wrong): it waits here and wins over nothing. Taking it stores it "
                             "stamped with this computer's time.",
                             nullptr, static_cast<int>(entry.clockAheadMs / (24LL * 3600 * 1000)))
                              .arg(from));
    } else if (entry.reason == QLatin1String("newer")) {
        m_reason->setText(tr("Changed here and at %1 since the last exchange: the later change is in force, "
                             "the other is shown beside it.")
                              .arg(from));
    } else {
        m_reason->setText(tr("An older version from %1 arrived after this one was changed here.").arg(from));
    }
    showSideBySide(m_fields, entry.entity, entry.kept, entry.lost);
}

bool ConflictsTab::decide(bool takeLost)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        return false;
    }
    const Status status = ReviewQueue(m_db).resolveConflict(m_entries.at(row).id, takeLost);
    m_message->showMessage(
        status ? (takeLost ? tr("The other version is now in force; it travels like any change.")
                           : tr("The version in force stays."))
               : status.error().message,
        status ? MessageLabel::Tone::Plain : MessageLabel::Tone::Error);
    refresh();
    emit changed();
    return status.ok();
}

void ConflictsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ConflictsTab::retranslate()
{
    EmptyState::of(m_list)->setText(tr("No conflict waits for a decision. A record changed at two places "
                                       "at once appears here, with both versions side by side."));
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("In force"), tr("Other version") });
    m_keep->setText(tr("&Keep the version in force"));
    m_take->setText(tr("&Take the other version"));
}

} // namespace riaya
