#include "DuplicatesTab.h"

#include "ReviewLayout.h"
#include "SideBySide.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "residents/Resident.h"
#include "widgets/MessageLabel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace riaya {
namespace {

// A resident as compared: the stored fields, with the house and the site by name.
QVariantMap describe(Database& db, const QString& id)
{
    QVariantMap row = db.writer().read(QStringLiteral("residents"), id);
    const QString house
        = db.writer()
              .read(QStringLiteral("institutions"), row.value(QStringLiteral("institution_id")).toString())
              .value(QStringLiteral("name"))
              .toString();
    row.insert(QStringLiteral("institution_id"), house);
    if (const QString into = row.value(QStringLiteral("merged_into")).toString(); !into.isEmpty()) {
        row.insert(QStringLiteral("merged_into"),
                   Resident::fromFields(db.writer().read(QStringLiteral("residents"), into)).displayName());
    }
    row.insert(QStringLiteral("registered_at"),
               siteDisplayName(db, row.value(QStringLiteral("origin_site")).toString()));
    return row;
}

} // namespace

DuplicatesTab::DuplicatesTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_fields(new QTableWidget(0, 3, this))
    , m_message(new MessageLabel(this))
    , m_different(new QPushButton(this))
    , m_keepLeft(new QPushButton(this))
    , m_keepRight(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_fields->setObjectName(QStringLiteral("duplicateFields"));
    m_different->setObjectName(QStringLiteral("differentChildren"));
    m_keepLeft->setObjectName(QStringLiteral("mergeKeepFirst"));
    m_keepRight->setObjectName(QStringLiteral("mergeKeepSecond"));
    layOutReview(this, m_list, nullptr, m_fields, { m_different, m_keepLeft, m_keepRight }, m_message);

    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatesTab::showSelected);
    connect(m_different, &QPushButton::clicked, this, &DuplicatesTab::markDifferent);
    connect(m_keepLeft, &QPushButton::clicked, this, [this] { confirmMerge(true); });
    connect(m_keepRight, &QPushButton::clicked, this, [this] { confirmMerge(false); });
    retranslate();
    refresh();
}

void DuplicatesTab::refresh()
{
    const int row = std::max(0, m_list->currentRow());
    const Result<QList<DuplicateEntry>> entries = ReviewQueue(m_db).duplicates();
    m_entries = entries ? *entries : QList<DuplicateEntry>();
    if (!entries) {
        m_message->showError(entries.error().message);
    }
    m_list->clear();
    for (const DuplicateEntry& entry : std::as_const(m_entries)) {
        const Resident a
            = Resident::fromFields(m_db.writer().read(QStringLiteral("residents"), entry.residentId));
        const Resident b
            = Resident::fromFields(m_db.writer().read(QStringLiteral("residents"), entry.otherId));
        m_list->addItem(tr("%1 — %2 (%3% alike)")
                            .arg(isolate(a.displayName()), isolate(b.displayName()),
                                 displayDigits(QString::number(qRound(entry.score * 100)))));
    }
    m_list->setCurrentRow(std::min(row, static_cast<int>(m_entries.size()) - 1));
    showSelected();
}

void DuplicatesTab::showSelected()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_entries.size();
    for (QPushButton* button : { m_different, m_keepLeft, m_keepRight }) {
        button->setEnabled(any);
    }
    if (!any) {
        m_fields->setRowCount(0);
        return;
    }
    const DuplicateEntry& entry = m_entries.at(row);
    showSideBySide(m_fields, QStringLiteral("residents"), describe(m_db, entry.residentId),
                   describe(m_db, entry.otherId));
}

bool DuplicatesTab::markDifferent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        return false;
    }
    const Status status = ReviewQueue(m_db).markDifferentChildren(m_entries.at(row).id);
    report(status, tr("Recorded: two different children. Both files stay."));
    return status.ok();
}

bool DuplicatesTab::merge(bool keepLeft)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        return false;
    }
    const DuplicateEntry& entry = m_entries.at(row);
    const Status status
        = ReviewQueue(m_db).mergeDuplicates(entry.id, keepLeft ? entry.residentId : entry.otherId);
    report(status, tr("Merged: one file now holds the records of both."));
    return status.ok();
}

void DuplicatesTab::confirmMerge(bool keepLeft)
{
    const QString question = keepLeft
        ? tr(
            "These two files will become one: the first file stays, takes the second's details where it has "
            "none, and shows the stays, presence and results of both. The second file is closed. Merge them?")
        : tr(
            "These two files will become one: the second file stays, takes the first's details where it has "
            "none, and shows the stays, presence and results of both. The first file is closed. Merge them?");
    const auto answer = QMessageBox::question(this, tr("Merge two files"), question);
    if (answer == QMessageBox::Yes) {
        merge(keepLeft);
    }
}

void DuplicatesTab::report(const Status& status, const QString& done)
{
    m_message->showMessage(status ? done : status.error().message,
                           status ? MessageLabel::Tone::Plain : MessageLabel::Tone::Error);
    refresh();
    emit changed();
}

void DuplicatesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DuplicatesTab::retranslate()
{
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("First file"), tr("Second file") });
    m_different->setText(tr("&Different children"));
    m_keepLeft->setText(tr("Same child: keep the &first file"));
    m_keepRight->setText(tr("Same child: keep the &second file"));
}

} // namespace riaya
