#include "RosterSession.h"

#include "common/DateDisplay.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace riaya {

RosterSession::RosterSession(Database& db, RosterKind kind, const QDate& today, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_kind(kind)
    , m_today(today)
{ }

Result<RosterSummary> RosterSession::runPass(const Pass& pass, QProgressBar* bar, QLabel* label,
                                             QPushButton* stopButton)
{
    m_busy = true;
    m_stopAsked = false;
    emit busyChanged(true);
    // The reader cannot say how many rows a file has before reading it: the bar only moves.
    bar->setRange(0, 0);
    bar->setVisible(true);
    stopButton->setVisible(true);
    stopButton->setEnabled(true);
    label->setText(tr("Reading the file…"));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QApplication::processEvents();
    const Result<RosterSummary> summary = pass([&](int records) {
        label->setText(displayDigits(tr("%n records read…", nullptr, records)));
        emit progressed(records);
        QApplication::processEvents(); // Stop, Escape and the window's own painting
        return !m_stopAsked;
    });
    QApplication::restoreOverrideCursor();
    bar->setVisible(false);
    stopButton->setVisible(false);
    label->clear();
    m_busy = false;
    emit busyChanged(false);
    return summary;
}

} // namespace riaya
