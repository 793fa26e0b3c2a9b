#pragma once

#include "roster/RosterFile.h"
#include "roster/RosterImport.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace riaya {

class Database;

// What the pages of the roster import share: the file as opened (its reader and its mapping),
// what the check found, the person's choice, and whether a pass over the file is running (the
// wizard's Cancel and Escape then stop it instead of closing the window).
class RosterSession : public QObject
{
    Q_OBJECT

public:
    RosterSession(Database& db, RosterKind kind, const QDate& today, QObject* parent = nullptr);

    Database& db() { return m_db; }
    RosterKind kind() const { return m_kind; }
    QDate today() const { return m_today; }

    // The file opened, with the options it was opened with.
    QString path;
    SheetOptions options;
    std::optional<RosterFile> file;
    // The check (dry run) over the whole file, for the mapping as it is now.
    std::optional<RosterSummary> check;
    RosterImport::Mode mode = RosterImport::Mode::AllOrNothing;
    QString rejectsPath;
    // What the import did, once it wrote.
    std::optional<RosterSummary> imported;

    bool busy() const { return m_busy; }
    // Asks the pass running to stop at its next progress report.
    void stop() { m_stopAsked = true; }

    using Pass = std::function<Result<RosterSummary>(const RosterImport::Progress&)>;
    // Runs a pass over the file with the bar moving and the window's events processed, so that
    // Stop (or Escape) is heard; `stopButton` is shown while it runs.
    Result<RosterSummary> runPass(const Pass& pass, QProgressBar* bar, QLabel* label,
                                  QPushButton* stopButton);

signals:
    // Records read so far by the pass running.
    void progressed(int records);
    // A pass starts or ends: the wizard's buttons wait for it.
    void busyChanged(bool busy);

private:
    Database& m_db;
    RosterKind m_kind;
    QDate m_today;
    bool m_busy = false;
    bool m_stopAsked = false;
};

} // namespace riaya
