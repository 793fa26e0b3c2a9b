#include "DuplicatesTab.h"

#include "ReviewLayout.h"
#include "SideBySide.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "residents/Resident.h"
#include "residents/ResidentLikeness.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageLabel.h"

#include <QCheckBox>
#include <QDateTime>
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

Resident residentOf(Database& db, const QString& id)
{
    return Resident::fromFields(db.writer().read(QStringLiteral("residents"), id));
}

// Why two files look alike or not, from the likeness's evidence, for the clerk to check.
QString why(const Likeness& likeness)
{
    static const char* const fields[] = {
        QT_TRANSLATE_NOOP("riaya::DuplicatesTab", "first name"),
        QT_TRANSLATE_NOOP("riaya::DuplicatesTab", "family name"),
        QT_TRANSLATE_NOOP("riaya::DuplicatesTab", "birth date"),
        QT_TRANSLATE_NOOP("riaya::DuplicatesTab", "father's name"),
        QT_TRANSLATE_NOOP("riaya::DuplicatesTab", "mother's name"),
        QT_TRANSLATE_NOOP("riaya::DuplicatesTab", "Massar code"),
        QT_TRANSLATE_NOOP("riaya::DuplicatesTab", "national identity number"),
    };
    QStringList same;
    QStringList close;
    QStringList different;
    for (const Evidence& e : likeness.evidence) {
        const QString field
            = QCoreApplication::translate("riaya::DuplicatesTab", fields[static_cast<int>(e.field)]);
        (e.agreement == Agreement::Same        ? same
             : e.agreement == Agreement::Close ? close
                                               : different)
            << field;
    }
    const QString separator = DuplicatesTab::tr(", ", "between the fields of a list");
    QStringList lines;
    if (!same.isEmpty()) {
        lines << DuplicatesTab::tr("Alike: %1.").arg(same.join(separator));
    }
    if (!close.isEmpty()) {
        lines << DuplicatesTab::tr("One typing mistake apart: %1.").arg(close.join(separator));
    }
    if (!different.isEmpty()) {
        lines << DuplicatesTab::tr("Different: %1.").arg(different.join(separator));
    }
    if (likeness.namesSwapped) {
        lines << DuplicatesTab::tr("The first and family names are typed in each other's place.");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DuplicatesTab::DuplicatesTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_decided(new QCheckBox(this))
    , m_list(new QListWidget(this))
    , m_why(new QLabel(this))
    , m_fields(new QTableWidget(0, 3, this))
    , m_message(new MessageLabel(this))
    , m_different(new QPushButton(this))
    , m_keepLeft(new QPushButton(this))
    , m_keepRight(new QPushButton(this))
    , m_undo(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_fields->setObjectName(QStringLiteral("duplicateFields"));
    m_different->setObjectName(QStringLiteral("differentChildren"));
    m_keepLeft->setObjectName(QStringLiteral("mergeKeepFirst"));
    m_keepRight->setObjectName(QStringLiteral("mergeKeepSecond"));
    m_decided->setObjectName(QStringLiteral("showDecided"));
    m_why->setObjectName(QStringLiteral("duplicateWhy"));
    m_undo->setObjectName(QStringLiteral("undoDecision"));
    layOutReview(this, m_list, m_why, m_fields, { m_different, m_keepLeft, m_keepRight, m_undo }, m_message,
                 m_decided);
    connect(m_decided, &QCheckBox::toggled, this, [this] {
        m_message->clear();
        refresh();
    });
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesTab::confirmUndo);
    new EmptyState(m_list);

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
    const bool decided = m_decided->isChecked();
    const Result<QList<DuplicateEntry>> entries
        = decided ? ReviewQueue(m_db).decidedDuplicates() : ReviewQueue(m_db).duplicates();
    m_entries = entries ? *entries : QList<DuplicateEntry>();
    if (!entries) {
        m_message->showError(entries.error().message);
    }
    if (!decided) {
        m_waiting = static_cast<int>(m_entries.size());
    } else if (const Result<QList<DuplicateEntry>> waiting = ReviewQueue(m_db).duplicates(); waiting) {
        m_waiting = static_cast<int>(waiting->size());
    }
    m_list->clear();
    for (const DuplicateEntry& entry : std::as_const(m_entries)) {
        const QString a = isolate(residentOf(m_db, entry.residentId).displayName());
        const QString b = isolate(residentOf(m_db, entry.otherId).displayName());
        if (!decided) {
            m_list->addItem(tr("%1 — %2 (%3% alike)")
                                .arg(a, b, displayDigits(QString::number(qRound(entry.score * 100)))));
            continue;
        }
        const QString on
            = displayDate(QDateTime::fromString(entry.decidedAt, Qt::ISODateWithMs).toLocalTime().date());
        m_list->addItem(entry.decision == QLatin1String("merged")
                            ? tr("%1 — %2: merged on %3").arg(a, b, on)
                            : tr("%1 — %2: two children, decided on %3").arg(a, b, on));
    }
    m_list->setCurrentRow(std::min(row, static_cast<int>(m_entries.size()) - 1));
    showSelected();
}

void DuplicatesTab::showSelected()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_entries.size();
    const bool decided = m_decided->isChecked();
    for (QPushButton* button : { m_different, m_keepLeft, m_keepRight }) {
        button->setVisible(!decided);
        button->setEnabled(any && !decided);
    }
    m_undo->setVisible(decided);
    m_undo->setEnabled(any && decided);
    if (!any) {
        m_fields->setRowCount(0);
        m_why->setText(decided ? tr("No decision yet.") : tr("No probable duplicates wait for a decision."));
        return;
    }
    const DuplicateEntry& entry = m_entries.at(row);
    m_why->setText(
        why(residentLikeness(residentOf(m_db, entry.residentId), residentOf(m_db, entry.otherId))));
    showSideBySide(m_fields, QStringLiteral("residents"), describe(m_db, entry.residentId),
                   describe(m_db, entry.otherId));
}

bool DuplicatesTab::undoDecision()
{
    const int row = m_list->currentRow();
    if (!m_decided->isChecked() || row < 0 || row >= m_entries.size()) {
        return false;
    }
    QStringList stayed;
    const Status status = ReviewQueue(m_db).undoDuplicateDecision(m_entries.at(row).id, &stayed);
    QString done = tr("Undone: the pair waits for a decision again.");
    if (!stayed.isEmpty()) {
        QStringList fields;
        for (const QString& column : std::as_const(stayed)) {
            fields << residentFieldLabel(column);
        }
        done += QLatin1Char(' ')
            + tr("Changed since the merge, these details stay in the kept file: %1.")
                  .arg(fields.join(tr(", ", "between the fields of a list")));
    }
    report(status, done);
    return status.ok();
}

void DuplicatesTab::confirmUndo()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        return;
    }
    const bool merged = m_entries.at(row).decision == QLatin1String("merged");
    const QString question = merged
        ? tr("The two files will be separate again: the closed file opens again with its own details, stays, "
             "presence and results, and the kept file gives back the details it took from it, except those "
             "changed since. The pair then waits for a decision again. Undo the merge?")
        : tr("The pair will wait for a decision again. Undo the decision?");
    if (QMessageBox::question(this, tr("Undo a decision"), question) == QMessageBox::Yes) {
        undoDecision();
    }
}

void DuplicatesTab::showDecided(bool decided)
{
    m_decided->setChecked(decided);
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
    EmptyState::of(m_list)->setText(tr("No possible duplicate waits for a decision. Files that seem to be "
                                       "the same child appear here as the bundles of the houses arrive."));
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("First file"), tr("Second file") });
    m_different->setText(tr("&Different children"));
    m_keepLeft->setText(tr("Same child: keep the &first file"));
    m_keepRight->setText(tr("Same child: keep the &second file"));
    m_undo->setText(tr("&Undo this decision"));
    m_decided->setText(tr("Show the pairs already decided"));
}

} // namespace riaya
