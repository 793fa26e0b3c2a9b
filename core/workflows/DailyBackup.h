#pragma once

#include "backup/Backup.h"
#include "common/Result.h"

#include <QDateTime>

namespace riaya {

class Database;

// The backup nobody has to remember: made when the window opens, once a day. A database
// without keys cannot encrypt one, so it has none.
class DailyBackup
{
public:
    // Less than a day, so a house that opens Riaya each morning gets one every day.
    static constexpr qint64 kIntervalSeconds = 20 * 3600;

    static bool isDue(Database& db, const QDateTime& now = QDateTime::currentDateTimeUtc());
    static Result<BackupInfo> run(Database& db);
};

} // namespace riaya
