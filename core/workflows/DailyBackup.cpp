#include "DailyBackup.h"

#include "security/KeyStore.h"

namespace riaya {

bool DailyBackup::isDue(Database& db, const QDateTime& now)
{
    const QDateTime last = Backup::lastMade(db, QStringLiteral("daily"));
    return KeyStore(db).hasKeys() && (!last.isValid() || last.secsTo(now) >= kIntervalSeconds);
}

Result<BackupInfo> DailyBackup::run(Database& db)
{
    return Backup::create(db, Backup::folderFor(db), QStringLiteral("daily"), Backup::keepFor(db));
}

} // namespace riaya
