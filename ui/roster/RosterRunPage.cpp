#include "RosterRunPage.h"

#include "RosterSession.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "roster/MappingMemory.h"
#include "widgets/MessageLabel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace riaya {

RosterRunPage::RosterRunPage(RosterSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_bar(new QProgressBar(this))
    , m_reading(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop the import"), this))
    , m_result(new MessageLabel(this))
{
    setTitle(tr("The import"));
    setSubTitle(tr("The file is read again and written in one go: stopped, or refused, nothing is written."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_stop->setObjectName(QStringLiteral("stopRosterImport"));
    m_result->setObjectName(QStringLiteral("rosterImportResult"));
    m_bar->setVisible(false);
    m_stop->setVisible(false);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_bar, 1);
    progress->addWidget(m_reading);
    progress->addWidget(m_stop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_session.stop(); });
}

void RosterRunPage::initializePage()
{
    m_ran = false;
    m_result->clear();
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && !m_ran && !m_session.busy()) {
            runImport();
        }
    });
}

void RosterRunPage::cleanupPage()
{
    ++m_generation;
}

bool RosterRunPage::runImport()
{
    if (!m_session.file || m_session.busy() || m_ran) {
        return false;
    }
    RosterFile& file = *m_session.file;
    RosterImport import(m_session.db(), file.mapping, m_session.today());
    const Result<RosterSummary> summary = m_session.runPass(
        [&](const RosterImport::Progress& progress) {
            return import.run(*file.reader, m_session.mode, QFileInfo(m_session.path).fileName(),
                              m_session.rejectsPath, progress);
        },
        m_bar, m_reading, m_stop);
    m_ran = true;
    if (!summary) {
        m_result->showError(tr("Nothing was imported: %1").arg(summary.error().message));
    } else if (summary->cancelled) {
        m_result->showInfo(tr("Nothing was imported: the import was stopped. Go back to import again."));
    } else if (!summary->written) {
        // The database changed since the check, or a record was refused as it was written.
        m_result->showError(tr("Nothing was imported: %n records were refused. Go back to see why.", nullptr,
                               summary->rejected));
    } else {
        m_session.imported = *summary;
        MappingMemory(m_session.db()).remember(file.mapping);
        QString text = tr("Imported: %1 added, %2 completed, %3 already there.")
                           .arg(summary->added)
                           .arg(summary->updated)
                           .arg(summary->skipped);
        if (!summary->duplicates.isEmpty()) {
            // Queued by the import (roster/ResidentRoster), as two sites' files of one child are.
            text += QLatin1Char('\n')
                + tr("%n imported records look like ones already registered: they wait under Review for a "
                     "person "
                     "to decide; nothing is merged.",
                     nullptr, int(summary->duplicates.size()));
        }
        if (!summary->rejectsPath.isEmpty()) {
            text += QLatin1Char('\n')
                + tr("%n rows with problems were saved in %1, to correct and import again.", nullptr,
                     summary->rejected)
                      .arg(isolateLtr(QDir::toNativeSeparators(summary->rejectsPath)));
        }
        m_result->showSuccess(displayDigits(text));
    }
    if (m_session.imported) {
        emit written(); // before the buttons are updated: Back is gone once written
    }
    emit completeChanged();
    return m_session.imported.has_value();
}

QString RosterRunPage::resultText() const
{
    return m_result->text();
}

bool RosterRunPage::isComplete() const
{
    return m_ran && !m_session.busy();
}

} // namespace riaya
