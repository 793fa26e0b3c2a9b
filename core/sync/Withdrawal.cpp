#include "Withdrawal.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QDate>

namespace riaya {

Result<int> withdrawUnconcerned(Database& db)
{
    if (db.site().isMinistry) {
        return 0; // the ministry keeps every record of the country
    }
    // Files of others that nothing here needs: not held here, no grant to this site, no
    // transfer waiting for its decision here, no stay in its institutions, no placement made here.
    const QStringList statements {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS withdrawn (id TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral("DELETE FROM withdrawn"),
        QStringLiteral(
            "INSERT INTO withdrawn SELECT r.id FROM residents r WHERE coalesce((SELECT q.to_site FROM "
            "requests q"
            " WHERE q.subject_id = r.id AND q.kind = 'transfer' AND q.state = 'accepted' AND q.deleted = 0"
            " ORDER BY q.version DESC LIMIT 1), r.origin_site) <> :me"
            " AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.subject_id = r.id AND g.grantee_site = :me"
            "   AND g.deleted = 0 AND (g.until IS NULL OR g.until >= :today))"
            " AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.subject_id = r.id AND q.to_site = :me"
            "   AND q.state = 'requested' AND q.deleted = 0)"
            " AND NOT EXISTS (SELECT 1 FROM stays s JOIN institutions i ON i.id = s.institution_id"
            "   WHERE s.resident_id = r.id AND i.origin_site = :me)"
            " AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.resident_id = r.id AND p.origin_site = "
            ":me)"),
        QStringLiteral("DELETE FROM placement_visits WHERE placement_id IN (SELECT id FROM placements"
                       " WHERE resident_id IN (SELECT id FROM withdrawn))"),
        QStringLiteral("DELETE FROM placements WHERE resident_id IN (SELECT id FROM withdrawn)"),
        QStringLiteral("DELETE FROM presence WHERE resident_id IN (SELECT id FROM withdrawn)"),
        QStringLiteral("DELETE FROM school_results WHERE resident_id IN (SELECT id FROM withdrawn)"),
        QStringLiteral("DELETE FROM stays WHERE resident_id IN (SELECT id FROM withdrawn)"),
        QStringLiteral("DELETE FROM resident_search WHERE rowid IN (SELECT rowid FROM residents"
                       " WHERE id IN (SELECT id FROM withdrawn))"),
        QStringLiteral("DELETE FROM residents WHERE id IN (SELECT id FROM withdrawn)"),
    };
    int removed = 0;
    for (const QString& sql : statements) {
        SqlQuery query(db.connection(), sql);
        if (sql.contains(QLatin1String(":me"))) {
            query.bind(QStringLiteral(":me"), db.site().id);
            query.bind(QStringLiteral(":today"), QDate::currentDate().toString(Qt::ISODate));
        }
        if (!query.exec()) {
            return Error::internal(query.errorText());
        }
        if (sql.startsWith(QLatin1String("INSERT INTO withdrawn"))) {
            removed = query.raw().numRowsAffected();
        }
    }
    return removed;
}

} // namespace riaya
