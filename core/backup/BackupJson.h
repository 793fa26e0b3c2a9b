#pragma once

#include "backup/Backup.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of a backup file's description, as `riaya-cli --json` prints it.
QJsonObject toJson(const BackupInfo& backup);

} // namespace riaya
