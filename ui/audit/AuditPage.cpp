#include "AuditPage.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "common/FieldLabels.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "review/SideBySide.h"
#include "security/AuditQuery.h"
#include "sync/RecordKinds.h"
#include "widgets/DateField.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace riaya {
namespace {

// What an entry's action means, in the user's language (the stored word when unknown).
QString actionLabel(const QString& action)
{
    static const struct
    {
        const char* action;
        const char* label;
    } labels[] = {
        { "insert", QT_TRANSLATE_NOOP("riaya::AuditPage", "Created") },
        { "update", QT_TRANSLATE_NOOP("riaya::AuditPage", "Changed") },
        { "init", QT_TRANSLATE_NOOP("riaya::AuditPage", "Set up") },
        { "create-keys", QT_TRANSLATE_NOOP("riaya::AuditPage", "Keys made") },
        { "replace-keys", QT_TRANSLATE_NOOP("riaya::AuditPage", "Keys replaced") },
        { "trust", QT_TRANSLATE_NOOP("riaya::AuditPage", "Site trusted") },
        { "trust-new-keys", QT_TRANSLATE_NOOP("riaya::AuditPage", "New keys trusted") },
        { "rotate-keys", QT_TRANSLATE_NOOP("riaya::AuditPage", "Keys rotated") },
        { "trust-rotated-keys", QT_TRANSLATE_NOOP("riaya::AuditPage", "Ministry's new keys trusted") },
        { "sign-in", QT_TRANSLATE_NOOP("riaya::AuditPage", "Signed in") },
        { "import-bundle", QT_TRANSLATE_NOOP("riaya::AuditPage", "Bundle imported") },
        { "resolve-conflict", QT_TRANSLATE_NOOP("riaya::AuditPage", "Conflict decided") },
        { "merge-residents", QT_TRANSLATE_NOOP("riaya::AuditPage", "Files merged") },
        { "different-children", QT_TRANSLATE_NOOP("riaya::AuditPage", "Different children") },
    };
    for (const auto& entry : labels) {
        if (action == QLatin1String(entry.action)) {
            return AuditPage::tr(entry.label);
        }
    }
    return action;
}

// Empty: no limit on that side.
DateField* dateFilter(QWidget* parent)
{
    auto* edit = new DateField(parent);
    edit->setOptional(true);
    return edit;
}

} // namespace

AuditPage::AuditPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_actor(new QComboBox(this))
    , m_record(new QLineEdit(this))
    , m_from(dateFilter(this))
    , m_to(dateFilter(this))
    , m_list(new QTableWidget(0, 5, this))
    , m_values(new QTableWidget(0, 3, this))
    , m_message(new MessageLabel(this))
    , m_verify(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_list->setObjectName(QStringLiteral("auditEntries"));
    m_values->setObjectName(QStringLiteral("auditValues"));
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QTableWidget* table : { m_list, m_values }) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnWidth(0, 150);
    m_values->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_actor);
    filters->addWidget(m_record, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_verify);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_values);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    for (DateField* limit : { m_from, m_to }) {
        connect(limit, &DateField::dateChanged, this, [this, limit] {
            if (limit->check()) {
                refresh();
            }
        });
    }
    connect(m_list, &QTableWidget::currentCellChanged, this, &AuditPage::showSelected);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    retranslate();
    refresh();
}

void AuditPage::setRecordFilter(const QString& record)
{
    m_record->setText(record);
    refresh();
}

void AuditPage::refresh()
{
    if (m_actor->count() <= 1) {
        const QSignalBlocker blocker(m_actor);
        const Result<QStringList> actors = AuditQuery::actors(m_db);
        for (const QString& actor : actors ? *actors : QStringList()) {
            m_actor->addItem(actorLabel(actor), actor);
        }
    }
    AuditFilter filter;
    filter.actor = m_actor->currentData().toString();
    filter.record = m_record->text().trimmed();
    filter.from = m_from->date();
    filter.to = m_to->date();
    const Result<QList<AuditRecord>> found = AuditQuery::find(m_db, filter);
    m_records = found ? *found : QList<AuditRecord>();
    if (!found) {
        m_message->showError(found.error().message);
    }
    m_list->setRowCount(0);
    for (const AuditRecord& record : std::as_const(m_records)) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const QDateTime at = QDateTime::fromString(record.at, Qt::ISODateWithMs).toLocalTime();
        const QStringList cells { displayDate(at.date()) + QLatin1Char(' ')
                                      + displayDigits(at.toString(QStringLiteral("HH:mm:ss"))),
                                  actorLabel(record.actor), actionLabel(record.action),
                                  recordKindName(record.entity), record.recordId };
        for (int column = 0; column < cells.size(); ++column) {
            m_list->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    for (int column = 1; column < 4; ++column) {
        m_list->resizeColumnToContents(column); // who, what and which kind, whole
    }
    if (!m_records.isEmpty()) {
        m_list->setCurrentCell(0, 0);
    }
    showSelected();
}

void AuditPage::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_records.size()) {
        m_values->setRowCount(0);
        return;
    }
    const AuditRecord& record = m_records.at(row);
    showSideBySide(m_values, record.entity, record.before, record.after);
}

bool AuditPage::verifyChain()
{
    const Result<AuditReport> report = AuditQuery::verify(m_db);
    const bool intact = report && report->intact;
    m_message->showMessage(
        !report ? report.error().message
            : intact
            ? tr("The audit log is intact: %1 entries, none changed, removed or reordered.")
                  .arg(displayDigits(QString::number(report->entries)))
            : tr("THE AUDIT LOG IS BROKEN at entry %1: %2 Someone changed the history or the file is "
                 "damaged. Tell the ministry and keep this computer as it is.")
                  .arg(report->firstBadSeq)
                  .arg(report->problem),
        intact ? MessageLabel::Tone::Success : MessageLabel::Tone::Alarm);
    return intact;
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The people are named in the new language too: the list is filled again, the choice kept.
        const QString chosen = m_actor->currentData().toString();
        {
            const QSignalBlocker blocker(m_actor);
            while (m_actor->count() > 1) {
                m_actor->removeItem(1);
            }
        }
        retranslate();
        refresh();
        if (!chosen.isEmpty()) {
            m_actor->setCurrentIndex(std::max(0, m_actor->findData(chosen))); // and refreshes
        }
    }
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Audit"));
    if (m_actor->count() == 0) {
        m_actor->addItem(QString());
    }
    m_actor->setItemText(0, tr("Everyone"));
    m_record->setPlaceholderText(tr("A record's id, or a kind such as residents; Enter to search"));
    m_from->setToolTip(tr("From"));
    m_to->setToolTip(tr("To"));
    m_list->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Kind"), tr("Record") });
    m_values->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    m_verify->setText(tr("&Verify the chain"));
}

} // namespace riaya
