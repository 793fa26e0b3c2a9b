#include "ImportDialog.h"

#include "common/Bidi.h"
#include "db/Database.h"
#include "security/KeyStore.h"
#include "sync/BundleExchange.h"
#include "sync/RecordKinds.h"
#include "sync/SenderHistory.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "workflows/BundleImportRun.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

enum Column
{
    FileColumn,
    KindColumn,
    NewColumn,
    ChangedColumn,
    UnchangedColumn,
    ConflictsColumn,
    ColumnCount
};

QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Database& db, const QStringList& paths, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_paths(paths)
    , m_files(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_message(new MessageLabel(this))
    , m_preview(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_passphraseLabel(new QLabel(this))
    , m_acceptFork(new QCheckBox(this))
{
    setObjectName(QStringLiteral("importDialog"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_preview->setObjectName(QStringLiteral("previewImport"));
    m_apply->setObjectName(QStringLiteral("applyImport"));
    m_acceptFork->setObjectName(QStringLiteral("acceptFork"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_files->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setRange(0, static_cast<int>(paths.size()));
    m_progress->setValue(0);
    m_progress->setVisible(false); // an empty bar until there is something to count
    m_apply->setEnabled(false); // a preview comes first
    m_preview->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(m_files);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_acceptFork);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_preview);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_preview, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] { m_apply->setEnabled(false); });
    connect(m_acceptFork, &QCheckBox::toggled, this, [this] { m_apply->setEnabled(false); });
    retranslate();
    resizeToFit(this, { 760, 460 });
}

void ImportDialog::setPassphrase(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
}

int ImportDialog::preview()
{
    const int ready = run(true);
    m_apply->setEnabled(ready > 0);
    if (ready > 0) {
        m_apply->setFocus();
    }
    return ready;
}

int ImportDialog::apply()
{
    const int imported = run(false);
    m_apply->setEnabled(false);
    m_close->setFocus();
    return imported;
}

QString ImportDialog::message() const
{
    return m_message->text();
}

int ImportDialog::run(bool previewOnly)
{
    m_outcomes.clear();
    m_table->setRowCount(0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_previewed = previewOnly;
    const Result<UnlockedKeys> keys = KeyStore(m_db).unlock(m_passphrase->text().toUtf8());
    if (!keys) {
        m_message->showError(keys.error().message);
        m_passphrase->setFocus();
        m_passphrase->selectAll();
        return 0;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BundleImportRun importRun(
        m_db, *keys, previewOnly ? BundleExchange::Mode::Preview : BundleExchange::Mode::Apply,
        m_acceptFork->isChecked() ? BundleExchange::Fork::Accept : BundleExchange::Fork::Refuse);
    if (Status begun = importRun.begin(); !begun) {
        QApplication::restoreOverrideCursor();
        m_message->showError(begun.error().message);
        return 0;
    }
    for (const QString& path : std::as_const(m_paths)) {
        const Result<ImportReport> report = importRun.importFile(path);
        m_outcomes.append({ isolateLtr(QFileInfo(path).fileName()),
                            report ? std::optional(*report) : std::nullopt,
                            report ? QString() : report.error().message });
        m_progress->setValue(m_progress->value() + 1);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // the bar moves between bundles
    }
    QApplication::restoreOverrideCursor();
    showOutcomes();
    return static_cast<int>(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome& o) {
        return o.report && !o.report->alreadyImported;
    }));
}

void ImportDialog::showOutcomes()
{
    m_table->setRowCount(0);
    int done = 0;
    bool problem = false;
    for (const Outcome& outcome : std::as_const(m_outcomes)) {
        if (!outcome.report) {
            addNoteRow(outcome.file, outcome.problem, true);
            problem = true;
            continue;
        }
        const ImportReport& report = *outcome.report;
        if (report.alreadyImported) {
            addNoteRow(outcome.file, tr("Already imported; nothing changes."), false);
            continue;
        }
        ++done;
        for (auto it = report.byTable.cbegin(); it != report.byTable.cend(); ++it) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, FileColumn, new QTableWidgetItem(outcome.file));
            m_table->setItem(row, KindColumn, new QTableWidgetItem(recordKindName(it.key())));
            m_table->setItem(row, NewColumn, number(it->inserted));
            m_table->setItem(row, ChangedColumn, number(it->updated));
            m_table->setItem(row, UnchangedColumn, number(it->unchanged));
            m_table->setItem(row, ConflictsColumn, number(it->conflicts));
        }
        if (report.probableDuplicates > 0) {
            addNoteRow(outcome.file,
                       tr("%n residents look like children registered at another site; they wait for a clerk "
                          "to decide, nothing is merged.",
                          nullptr, report.probableDuplicates),
                       false);
        }
        if (!report.missingSequences.isEmpty()) {
            addNoteRow(outcome.file,
                       tr("Bundles not received yet from %1: %2.")
                           .arg(isolate(report.manifest.senderName), describeRanges(report.missingSequences)),
                       false);
        }
        if (report.held > 0) {
            addNoteRow(outcome.file,
                       tr("%n records were stamped by a clock %1 days ahead of this one; they wait for a "
                          "clerk under Review and do not win over any record.",
                          nullptr, report.held)
                           .arg(report.senderClockAheadMs / (24 * 3600 * 1000)),
                       true);
        }
        for (const QString& warning : report.auditProblems) {
            addNoteRow(outcome.file, warning, true);
        }
        if (report.ownClockAheadMs > 0) {
            addNoteRow(outcome.file, BundleExchange::clockNotice(report.ownClockAheadMs), true);
        }
        if (report.forkAccepted) {
            addNoteRow(outcome.file,
                       tr("This bundle started a new history of its sender; the earlier bundles from number "
                          "%1 on were set aside, their records kept.")
                           .arg(report.manifest.sequence),
                       false);
        }
    }
    if (m_outcomes.isEmpty()) {
        return;
    }
    m_message->showMessage(
        m_previewed ? tr("Preview: %n bundles can be imported; nothing was applied yet.", nullptr, done)
                    : tr("%n bundles imported.", nullptr, done),
        problem ? MessageLabel::Tone::Error : MessageLabel::Tone::Plain);
}

void ImportDialog::addNoteRow(const QString& file, const QString& note, bool problem)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, FileColumn, new QTableWidgetItem(file));
    auto* item = new QTableWidgetItem(note);
    if (problem) {
        item->setForeground(errorColour());
    }
    m_table->setItem(row, KindColumn, item);
    m_table->setSpan(row, KindColumn, 1, ColumnCount - KindColumn);
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showOutcomes();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import bundles"));
    m_passphraseLabel->setText(tr("Passphrase of this database's keys:"));
    m_acceptFork->setText(tr("Accept a new history of the sender"));
    m_acceptFork->setToolTip(tr("Tick only after checking with the site: a site restored from an old backup "
                                "numbers its bundles again. Its records are merged as usual and nothing "
                                "received is lost."));
    QStringList names;
    for (const QString& path : std::as_const(m_paths)) {
        names << isolateLtr(QFileInfo(path).fileName());
    }
    m_files->setText(tr("%n bundles: %1", nullptr, static_cast<int>(m_paths.size()))
                         .arg(names.join(QStringLiteral(", "))));
    m_table->setHorizontalHeaderLabels(
        { tr("Bundle"), tr("Kind of record"), tr("New"), tr("Changed"), tr("Unchanged"), tr("Conflicts") });
    m_preview->setText(tr("&Preview"));
    m_apply->setText(tr("&Import"));
    m_close->setText(tr("&Close"));
}

} // namespace riaya
