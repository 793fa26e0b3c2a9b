#include "RecordKinds.h"

#include <QCoreApplication>

namespace riaya {

QString recordKindName(const QString& table)
{
    static const struct
    {
        const char* table;
        const char* name;
    } kinds[] = {
        { "institutions", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Institutions") },
        { "users", QT_TRANSLATE_NOOP("riaya::RecordKinds", "User accounts") },
        { "residents", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Residents") },
        { "stays", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Stays") },
        { "presence", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Presence marks") },
        { "school_results", QT_TRANSLATE_NOOP("riaya::RecordKinds", "School results") },
        { "incidents", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Incidents") },
        { "month_reports", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Approved months") },
        { "revocations", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Revoked keys") },
    };
    for (const auto& kind : kinds) {
        if (table == QLatin1String(kind.table)) {
            return QCoreApplication::translate("riaya::RecordKinds", kind.name);
        }
    }
    return table;
}

} // namespace riaya
