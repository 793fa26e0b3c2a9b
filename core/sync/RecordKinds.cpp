#include "RecordKinds.h"

#include <QCoreApplication>

namespace riaya {
namespace {

// One name per table of syncedTables() (db/Migrations.cpp), in its order. The context is the
// one the names had in the window, so the catalogues keep their translations.
struct RecordKind
{
    const char* table;
    const char* name;
};

constexpr RecordKind kKinds[] = {
    { "institutions", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Institutions") },
    { "users", QT_TRANSLATE_NOOP("riaya::RecordKinds", "User accounts") },
    { "residents", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Residents") },
    { "stays", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Stays") },
    { "presence", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Presence marks") },
    { "school_results", QT_TRANSLATE_NOOP("riaya::RecordKinds", "School results") },
    { "incidents", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Incidents") },
    { "month_reports", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Approved months") },
    { "revocations", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Revoked keys") },
    { "inspection_templates", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Standards documents") },
    { "inspections", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Inspections") },
    { "corrective_actions", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Corrective actions") },
    { "families", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Foster families") },
    { "family_events", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Family decisions") },
    { "home_studies", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Home studies") },
    { "placements", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Placements") },
    { "placement_visits", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Placement visits") },
};

const RecordKind* find(const QString& table)
{
    for (const RecordKind& kind : kKinds) {
        if (table == QLatin1String(kind.table)) {
            return &kind;
        }
    }
    return nullptr;
}

} // namespace

QString recordKindName(const QString& table)
{
    const RecordKind* kind = find(table);
    return kind ? QCoreApplication::translate("riaya::RecordKinds", kind->name) : table;
}

QString recordKindSourceName(const QString& table)
{
    const RecordKind* kind = find(table);
    return kind ? QString::fromLatin1(kind->name) : QString();
}

} // namespace riaya
