#include "SyncedTables.h"

namespace riaya {

const QStringList& referenceTables()
{
    static const QStringList tables { QStringLiteral("institutions"), QStringLiteral("revocations"),
                                      QStringLiteral("inspection_templates") };
    return tables;
}

const QStringList& syncedTables()
{
    static const QStringList tables {
        QStringLiteral("institutions"),    QStringLiteral("users"),
        QStringLiteral("requests"),        QStringLiteral("grants"),
        QStringLiteral("residents"),       QStringLiteral("stays"),
        QStringLiteral("presence"),        QStringLiteral("school_results"),
        QStringLiteral("incidents"),       QStringLiteral("month_reports"),
        QStringLiteral("revocations"),     QStringLiteral("inspection_templates"),
        QStringLiteral("inspections"),     QStringLiteral("corrective_actions"),
        QStringLiteral("families"),        QStringLiteral("family_events"),
        QStringLiteral("home_studies"),    QStringLiteral("placements"),
        QStringLiteral("placement_visits")
    };
    return tables;
}

} // namespace riaya
