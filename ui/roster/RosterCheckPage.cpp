#include "RosterCheckPage.h"

#include "RosterPreview.h"
#include "RosterSession.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "widgets/FileFilters.h"
#include "widgets/MessageLabel.h"
#include "widgets/RecordTable.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <climits>

namespace riaya {

RosterCheckPage::RosterCheckPage(RosterSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_counts(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_reading(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_again(new QPushButton(tr("Check &again"), this))
    , m_details(new QTabWidget(this))
    , m_problems(new QTreeWidget(this))
    , m_duplicates(newRecordTable(4, this, QStringLiteral("rosterDuplicates")))
    , m_preview(newRecordTable(2, this, QStringLiteral("rosterPreview")))
    , m_allOrNothing(new QRadioButton(tr("Import &everything or nothing"), this))
    , m_validOnly(
          new QRadioButton(tr("Import the &valid rows and save the others to a file to correct:"), this))
    , m_rejects(new QLineEdit(this))
    , m_chooseRejects(new QPushButton(tr("C&hoose…"), this))
    , m_message(new MessageLabel(this))
    , m_why(new MessageLabel(this))
{
    setTitle(tr("The check"));
    setSubTitle(tr("The whole file is read against the database; nothing is written yet."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    m_counts->setObjectName(QStringLiteral("rosterCounts"));
    m_stop->setObjectName(QStringLiteral("stopRosterCheck"));
    m_again->setObjectName(QStringLiteral("checkRosterAgain"));
    m_problems->setObjectName(QStringLiteral("rosterProblems"));
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_validOnly->setObjectName(QStringLiteral("importValidOnly"));
    m_rejects->setObjectName(QStringLiteral("rejectsPath"));
    m_message->setObjectName(QStringLiteral("rosterCheckMessage"));
    m_why->setObjectName(QStringLiteral("rosterImportWhy"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_counts->setWordWrap(true);
    m_problems->setColumnCount(1);
    m_problems->setHeaderHidden(true);
    m_duplicates->setHorizontalHeaderLabels(
        { tr("Row"), tr("Name in the file"), tr("Already registered"), tr("Likeness") });
    m_rejects->setLayoutDirection(Qt::LeftToRight);
    m_allOrNothing->setChecked(true);
    m_bar->setVisible(false);
    m_stop->setVisible(false);
    m_again->setVisible(false);
    m_reading->setVisible(false);
    m_message->setVisible(false);
    m_details->addTab(m_problems, QString());
    m_details->addTab(m_duplicates, QString());
    m_details->addTab(m_preview, QString());

    // The bar, Stop and Check again take room only while they are shown.
    auto* progressRow = new QWidget(this);
    progressRow->setObjectName(QStringLiteral("rosterCheckProgress"));
    auto* progress = new QHBoxLayout(progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_bar, 1);
    progress->addWidget(m_reading);
    progress->addWidget(m_stop);
    progress->addWidget(m_again);
    auto* rejectsRow = new QHBoxLayout;
    rejectsRow->addSpacing(24); // under its choice
    rejectsRow->addWidget(m_rejects, 1);
    rejectsRow->addWidget(m_chooseRejects);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(progressRow);
    layout->addWidget(m_message);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_validOnly);
    layout->addLayout(rejectsRow);
    layout->addWidget(m_why);

    connect(m_stop, &QPushButton::clicked, this, [this] { m_session.stop(); });
    connect(m_again, &QPushButton::clicked, this, &RosterCheckPage::runCheck);
    connect(m_validOnly, &QRadioButton::toggled, this, &RosterCheckPage::showChoice);
    connect(m_rejects, &QLineEdit::textChanged, this, &RosterCheckPage::showChoice);
    connect(m_chooseRejects, &QPushButton::clicked, this, &RosterCheckPage::chooseRejectsPath);
}

void RosterCheckPage::initializePage()
{
    m_session.check.reset();
    m_counts->clear();
    m_message->clear();
    m_message->setVisible(false);
    m_problems->clear();
    m_duplicates->setRowCount(0);
    m_preview->setRowCount(0);
    // Beside the file, unless the person chose another place.
    if (m_rejects->text().trimmed().isEmpty() || m_rejects->text() == m_suggested) {
        m_suggested = suggestedRejectsPath();
        m_rejects->setText(m_suggested);
    }
    showChoice();
    // After the page is shown, so that the bar and Stop are seen while the file is read.
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && !m_session.check && !m_session.busy()) {
            runCheck();
        }
    });
}

void RosterCheckPage::cleanupPage()
{
    ++m_generation;
    m_session.check.reset();
}

bool RosterCheckPage::runCheck()
{
    if (!m_session.file || m_session.busy()) {
        return false;
    }
    m_session.check.reset();
    m_again->setVisible(false);
    m_message->clear();
    m_message->setVisible(false);
    m_reading->setVisible(true);
    showChoice();
    RosterImport import(m_session.db(), m_session.file->mapping, m_session.today());
    const Result<RosterSummary> summary = m_session.runPass(
        [&](const RosterImport::Progress& progress) {
            return import.dryRun(*m_session.file->reader, progress);
        },
        m_bar, m_reading, m_stop);
    m_reading->setVisible(false);
    m_message->setVisible(!summary || summary->cancelled);
    if (!summary || summary->cancelled) {
        m_counts->clear();
        if (!summary) {
            m_message->showError(tr("The file could not be checked: %1").arg(summary.error().message));
        } else {
            m_message->showInfo(tr("The check was stopped before the end of the file; nothing was written. "
                                   "Check again to import."));
        }
        m_again->setVisible(true);
        showChoice();
        return false;
    }
    m_session.check = *summary;
    if (summary->unreadableCharacters > 0) {
        // Said, not refused: a few odd characters in a notes column need not stop an import.
        m_message->setVisible(true);
        m_message->showError(
            displayDigits(tr("%n characters of the file cannot be read in %1: go back and choose the file's "
                             "encoding, or check the "
                             "names in the preview.",
                             nullptr, int(std::min<qint64>(summary->unreadableCharacters, INT_MAX)))
                              .arg(isolateLtr(m_session.file->info.encoding))));
    }
    showSummary(*summary);
    showChoice();
    return true;
}

void RosterCheckPage::showSummary(const RosterSummary& summary)
{
    m_counts->setText(displayDigits(
        tr("%n records in the file: %1 to add, %2 to complete, %3 already there, %4 with problems.", nullptr,
           summary.records)
            .arg(summary.added)
            .arg(summary.updated)
            .arg(summary.skipped)
            .arg(summary.rejected)));

    m_problems->clear();
    int problems = 0;
    for (const ProblemGroup& group : summary.problems) {
        auto* item = new QTreeWidgetItem(m_problems);
        item->setText(
            0,
            displayDigits(
                QStringLiteral("%1 (%2)").arg(problemKindLabel(group.kind)).arg(group.problems.size())));
        item->setForeground(0, errorColour());
        for (const RowProblem& problem : group.problems) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, displayDigits(tr("row %1: %2").arg(problem.row).arg(problem.message)));
        }
        problems += int(group.problems.size());
    }
    m_problems->expandAll();

    m_duplicates->setRowCount(int(summary.duplicates.size()));
    for (int row = 0; row < summary.duplicates.size(); ++row) {
        const ProbableDuplicate& duplicate = summary.duplicates.at(row);
        fillRecordRow(m_duplicates, row,
                      { displayDigits(QString::number(duplicate.row)), duplicate.name, duplicate.match.name,
                        displayDigits(QStringLiteral("%1%").arg(qRound(duplicate.match.score * 100))) });
    }
    m_duplicates->resizeColumnsToContents();
    fillRosterPreview(m_preview, m_session.db(), m_session.file->mapping, summary.preview);

    m_details->setTabText(0, displayDigits(tr("&Problems (%1)").arg(problems)));
    m_details->setTabText(1, displayDigits(tr("Probable &duplicates (%1)").arg(summary.duplicates.size())));
    m_details->setTabText(
        2, displayDigits(tr("P&review: the first %n records", nullptr, int(summary.preview.size()))));
    m_details->setCurrentIndex(problems > 0 ? 0 : !summary.duplicates.isEmpty() ? 1 : 2);
}

void RosterCheckPage::showChoice()
{
    const bool validOnly = m_validOnly->isChecked();
    m_rejects->setEnabled(validOnly);
    m_chooseRejects->setEnabled(validOnly);
    if (m_details->tabText(0).isEmpty() || !m_session.check) {
        m_details->setTabText(0, tr("&Problems"));
        m_details->setTabText(1, tr("Probable &duplicates"));
        m_details->setTabText(2, tr("P&review"));
    }
    if (!m_session.check) {
        m_why->clear();
    } else {
        const RosterSummary& check = *m_session.check;
        const int writable = check.added + check.updated;
        if (!validOnly && check.rejected > 0) {
            m_why->showError(
                tr("Import is not possible all or nothing: %n records have problems. Correct the file "
                   "and open it again, or import the valid rows and save the others to a file.",
                   nullptr, check.rejected));
        } else if (writable == 0 && check.rejected == 0) {
            m_why->showInfo(tr("Nothing to import: every record of the file is already in the database."));
        } else if (writable == 0) {
            m_why->showError(tr("No record of the file can be imported: each one has a problem."));
        } else if (validOnly && m_rejects->text().trimmed().isEmpty()) {
            m_why->showError(tr("Say where to save the rows with problems."));
        } else {
            m_why->showHint(displayDigits(
                tr("Import writes %n records in one go; stopped, it writes none.", nullptr, writable)));
        }
    }
    emit completeChanged();
}

bool RosterCheckPage::isComplete() const
{
    if (m_session.busy() || !m_session.check) {
        return false;
    }
    const RosterSummary& check = *m_session.check;
    if (check.added + check.updated == 0) {
        return false;
    }
    return m_validOnly->isChecked() ? !m_rejects->text().trimmed().isEmpty() : check.rejected == 0;
}

bool RosterCheckPage::validatePage()
{
    m_session.mode
        = m_validOnly->isChecked() ? RosterImport::Mode::ValidOnly : RosterImport::Mode::AllOrNothing;
    m_session.rejectsPath = m_validOnly->isChecked() ? m_rejects->text().trimmed() : QString();
    return isComplete();
}

void RosterCheckPage::setValidOnly(bool validOnly)
{
    (validOnly ? m_validOnly : m_allOrNothing)->setChecked(true);
}

void RosterCheckPage::setRejectsPath(const QString& path)
{
    m_rejects->setText(path);
}

QString RosterCheckPage::suggestedRejectsPath() const
{
    if (m_session.path.isEmpty()) {
        return {};
    }
    // Beside the file, in the same kind of file (a workbook for a workbook).
    const QFileInfo file(m_session.path);
    const bool workbook = file.suffix().startsWith(QLatin1String("xls"), Qt::CaseInsensitive);
    const QString name = tr("%1 - rows to correct").arg(file.completeBaseName())
        + (workbook ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    return QDir::toNativeSeparators(file.dir().filePath(name));
}

void RosterCheckPage::chooseRejectsPath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the rows with problems"), m_rejects->text().trimmed(),
        isolatedFilters(tr("Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)")));
    if (!path.isEmpty()) {
        m_rejects->setText(QDir::toNativeSeparators(path));
    }
}

} // namespace riaya
