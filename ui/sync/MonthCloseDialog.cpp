#include "MonthCloseDialog.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "reports/MonthCompleteness.h"
#include "reports/MonthReport.h"
#include "security/KeyStore.h"
#include "security/Wipe.h"
#include "sync/BundleExchange.h"
#include "widgets/FileFilters.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "workflows/MonthClose.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

constexpr int kMonthsOffered = 12;

QString percent(double rate)
{
    return displayDigits(QString::number(qRound(rate * 100))) + QLatin1Char('%');
}

} // namespace

MonthCloseDialog::MonthCloseDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_month(new QComboBox(this))
    , m_figures(new QTableWidget(0, 2, this))
    , m_completeness(new MessageLabel(this))
    , m_previous(new QLabel(this))
    , m_approver(new QLabel(this))
    , m_reviewed(new QCheckBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_passphrase(new QLineEdit(this))
    , m_message(new MessageLabel(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_monthLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("monthCloseDialog"));
    m_month->setObjectName(QStringLiteral("month"));
    m_figures->setObjectName(QStringLiteral("monthFigures"));
    m_completeness->setObjectName(QStringLiteral("monthCompleteness"));
    m_approver->setObjectName(QStringLiteral("approverName"));
    m_reviewed->setObjectName(QStringLiteral("reviewed"));
    m_path->setObjectName(QStringLiteral("bundlePath"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_message->setObjectName(QStringLiteral("monthMessage"));
    m_save->setObjectName(QStringLiteral("approveAndExport"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_previous->setWordWrap(true);
    m_save->setDefault(true);
    for (QLabel* label : { m_monthLabel, m_pathLabel, m_passphraseLabel }) {
        label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    }
    m_monthLabel->setBuddy(m_month);
    m_pathLabel->setBuddy(m_path);
    m_passphraseLabel->setBuddy(m_passphrase);

    const QDate today = QDate::currentDate();
    for (int back = 1; back <= kMonthsOffered; ++back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_month->addItem(QString(), month);
    }

    auto* grid = new QGridLayout;
    grid->addWidget(m_monthLabel, 0, 0);
    grid->addWidget(m_month, 0, 1, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_figures, 1);
    layout->addWidget(m_completeness);
    layout->addWidget(m_previous);
    auto* approval = new QGridLayout;
    approval->addWidget(m_approver, 0, 0, 1, 3);
    approval->addWidget(m_reviewed, 1, 1, 1, 2);
    approval->addWidget(m_pathLabel, 2, 0);
    approval->addWidget(m_path, 2, 1);
    approval->addWidget(m_browse, 2, 2);
    approval->addWidget(m_passphraseLabel, 3, 0);
    approval->addWidget(m_passphrase, 3, 1, 1, 2);
    layout->addLayout(approval);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clear();
        suggestPath();
        showFigures();
    });
    connect(m_browse, &QPushButton::clicked, this, &MonthCloseDialog::chooseFile);
    connect(m_save, &QPushButton::clicked, this, &MonthCloseDialog::approveAndExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    suggestPath();
    showFigures();
    resizeToFit(this, { 620, 640 });
}

void MonthCloseDialog::setMonth(const QDate& month)
{
    const int index = m_month->findData(QDate(month.year(), month.month(), 1));
    if (index >= 0) {
        m_month->setCurrentIndex(index);
    }
}

void MonthCloseDialog::setReviewed(bool reviewed)
{
    m_reviewed->setChecked(reviewed);
}

void MonthCloseDialog::setBundlePath(const QString& path)
{
    m_path->setText(path);
}

void MonthCloseDialog::setPassphrase(const QString& passphrase)
{
    m_passphrase->setText(passphrase);
}

QString MonthCloseDialog::message() const
{
    return m_message->text();
}

void MonthCloseDialog::showFigures()
{
    const QDate month = m_month->currentData().toDate();
    const Result<MonthFigures> figures = MonthReport::compute(m_db, m_db.site().institutionId, month);
    m_figures->setRowCount(0);
    if (!figures) {
        fail(figures.error().message, m_month);
        return;
    }
    const QList<std::pair<QString, QString>> rows {
        { tr("Places in the house"), displayDigits(QString::number(figures->capacity)) },
        { tr("Residents on the first day"), displayDigits(QString::number(figures->residentsAtStart)) },
        { tr("Admissions"), displayDigits(QString::number(figures->admissions)) },
        { tr("Exits: left the house"), displayDigits(QString::number(figures->exitsLeft)) },
        { tr("Exits: transferred"), displayDigits(QString::number(figures->exitsTransferred)) },
        { tr("Exits: placed in a family"), displayDigits(QString::number(figures->exitsPlaced)) },
        { tr("Residents after the last day"), displayDigits(QString::number(figures->residentsAtEnd)) },
        { tr("Presence marks"), displayDigits(QString::number(figures->presence.total())) },
        { tr("Presence rate"), percent(figures->presence.rate()) },
        { tr("Absences"), displayDigits(QString::number(figures->presence.absent)) },
        { tr("Incidents recorded"), displayDigits(QString::number(figures->incidents)) },
    };

    for (const auto& [label, value] : rows) {
        const int row = m_figures->rowCount();
        m_figures->insertRow(row);
        m_figures->setItem(row, 0, new QTableWidgetItem(label));
        auto* item = new QTableWidgetItem(value);
        item->setTextAlignment(Qt::AlignCenter);
        m_figures->setItem(row, 1, item);
    }
    showCompleteness();
    showPreviousApproval();
}

void MonthCloseDialog::showCompleteness()
{
    const Result<MonthCompleteness> completeness
        = MonthCompleteness::check(m_db, m_db.site().institutionId, m_month->currentData().toDate());
    if (!completeness) {
        m_completeness->showError(completeness.error().message);
    } else if (completeness->complete()) {
        m_completeness->showSuccess(tr("Complete: every resident has a presence mark for each day in the "
                                       "house, and no school result is missing."));
    } else {
        QStringList lines { tr("Incomplete:") };
        for (const QString& line : completeness->describe()) {
            lines << QStringLiteral("• ") + line;
        }
        m_completeness->showUrgent(displayDigits(lines.join(QLatin1Char('\n'))));
    }
}

bool MonthCloseDialog::confirmIncomplete(const QStringList& missing)
{
    QMessageBox ask(QMessageBox::Warning, tr("The month is incomplete"),
                    tr("%1 is incomplete:").arg(m_month->currentText()) + QStringLiteral("\n\n• ")
                        + displayDigits(missing.join(QStringLiteral("\n• "))) + QStringLiteral("\n\n")
                        + tr("Approve it as it is? The approval records that the month was incomplete, "
                             "and the ministry sees it."),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("confirmIncomplete"));
    QPushButton* approve = ask.addButton(tr("Approve as &incomplete"), QMessageBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveIncomplete"));
    QPushButton* cancel = ask.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelIncomplete"));
    ask.setDefaultButton(cancel);
    ask.exec();
    return ask.clickedButton() == approve;
}

void MonthCloseDialog::suggestPath()
{
    const QDate month = m_month->currentData().toDate();
    m_path->setText(
        QDir(QDir::homePath())
            .filePath(QStringLiteral("riaya-%1-%2.bundle")
                          .arg(m_db.site().id.left(8), month.toString(QStringLiteral("yyyy-MM")))));
}

void MonthCloseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showFigures();
    }
    QDialog::changeEvent(event);
}

void MonthCloseDialog::showPreviousApproval()
{
    const QString month = m_month->currentData().toDate().toString(QStringLiteral("yyyy-MM"));
    m_previous->clear();
    m_previous->hide();
    const Result<QList<ApprovedMonth>> approved = MonthReport::approved(m_db, m_db.site().institutionId);
    for (const ApprovedMonth& done : approved ? *approved : QList<ApprovedMonth>()) {
        if (done.month == month) {
            const QDate on = QDateTime::fromString(done.approvedAt, Qt::ISODateWithMs).toLocalTime().date();
            m_previous->setText(tr("Approved by %1 on %2; approving again replaces those figures.")
                                    .arg(isolate(done.approvedBy), displayDate(on)));
            m_previous->show();
        }
    }
}

void MonthCloseDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the bundle"), m_path->text(),
                                                      isolatedFilters(tr("Riaya bundles (*.bundle)")));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void MonthCloseDialog::fail(const QString& text, QWidget* focus)
{
    m_message->showError(text);
    if (focus) {
        focus->setFocus();
    }
}

bool MonthCloseDialog::approveAndExport()
{
    if (!m_reviewed->isChecked()) {
        fail(tr("Tick the box once you have checked the figures."), m_reviewed);
        return false;
    }
    if (m_path->text().trimmed().isEmpty()) {
        fail(tr("Choose where to save the bundle."), m_path);
        return false;
    }
    // The passphrase first: a wrong one must not leave an approval without its bundle.
    QByteArray passphrase = m_passphrase->text().toUtf8();
    WipeOnExit wipePassphrase(passphrase);
    const Result<UnlockedKeys> keys = KeyStore(m_db).unlock(passphrase);
    if (!keys) {
        fail(keys.error().message, m_passphrase);
        m_passphrase->selectAll();
        return false;
    }
    const QDate month = m_month->currentData().toDate();
    const Result<MonthCompleteness> completeness
        = MonthCompleteness::check(m_db, m_db.site().institutionId, month);
    if (!completeness) {
        fail(completeness.error().whatToFix(), m_month);
        return false;
    }
    MonthApproval approval; // by the person signed in
    if (!completeness->complete()) {
        if (!confirmIncomplete(completeness->describe())) {
            m_message->showInfo(tr("Nothing was approved."));
            return false;
        }
        approval.acceptIncomplete = true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const MonthCloseOutcome closed
        = MonthClose::approveAndExport(m_db, *keys, month, approval, m_path->text());
    const Result<MonthFigures>& approved = closed.approval;
    const Result<ExportReport>& exported = closed.bundle;
    QApplication::restoreOverrideCursor();
    if (!approved) {
        fail(approved.error().whatToFix(), m_month);
        return false;
    }
    m_passphrase->clear();
    if (!exported) {
        fail(tr("The figures are approved, but the bundle could not be saved: %1")
                 .arg(exported.error().message),
             m_path);
        showPreviousApproval();
        return false;
    }
    m_message->showInfo(tr("%1 approved. Bundle %2 saved to %3 (%n records): take it to the ministry.",
                           nullptr, static_cast<int>(exported->manifest.records))
                            .arg(m_month->currentText())
                            .arg(exported->manifest.sequence)
                            .arg(isolateLtr(QDir::toNativeSeparators(m_path->text()))));
    showPreviousApproval();
    return true;
}

void MonthCloseDialog::retranslate()
{
    setWindowTitle(tr("Close the month — %1").arg(isolate(m_db.site().name)));
    for (int i = 0; i < m_month->count(); ++i) {
        m_month->setItemText(i, displayMonth(m_month->itemData(i).toDate()));
    }
    m_monthLabel->setText(tr("&Month:"));
    m_figures->setHorizontalHeaderLabels({ tr("Figure"), tr("Value") });
    // Who approves is who is signed in: shown, never typed.
    m_approver->setText(m_db.actor().localOperator
                            ? tr("Approved by the local operator: this database has no user accounts.")
                            : tr("Approved by: %1").arg(isolate(MonthReport::approverName(m_db))));
    m_reviewed->setText(tr("I have checked these figures and approve them"));
    m_pathLabel->setText(tr("Bundle &file:"));
    m_browse->setText(tr("C&hoose…"));
    m_passphraseLabel->setText(tr("&Passphrase of the keys:"));
    m_save->setText(tr("&Approve and save the bundle"));
    m_close->setText(tr("Close"));
}

} // namespace riaya
