#pragma once

#include <QString>

namespace riaya {

// What people call each kind of synced record ("residents" -> "Residents", translated).
QString recordKindName(const QString& table);

} // namespace riaya
