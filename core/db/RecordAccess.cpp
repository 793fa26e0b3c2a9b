#include "RecordAccess.h"

namespace riaya {

Result<QVariantMap> liveRecord(Database& db, const QString& table, const QString& id, const QString& notFound)
{
    QVariantMap row = db.writer().read(table, id);
    if (row.isEmpty() || row.value(QStringLiteral("deleted")).toInt() != 0) {
        return Error::notFound(notFound);
    }
    return row;
}

} // namespace riaya
