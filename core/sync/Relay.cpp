#include "Relay.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QDate>

namespace riaya {
namespace {

// A change of record T.id in the range that this site did not send: from another site's bundle,
// or written at the ministry (changes imported before schema 13 name no sender: they came
// from the record's origin, the only site that could send it then).
#define CHANGED_BY_OTHERS(T)                                                                                 \
    "EXISTS (SELECT 1 FROM change_log c WHERE c.record_id = " T ".id AND c.seq > :from AND c.seq <= :to"     \
    " AND c.from_site IS NOT :site AND NOT (c.from_site IS NULL AND c.imported = 1 AND " T                   \
    ".origin_site = :site))"
// Any change of T.id in the range: a request or grant that is new to the site.
#define CHANGED(T) "EXISTS (SELECT 1 FROM change_log c WHERE c.record_id = " T ".id AND c.seq > :from AND c.seq <= :to)"
// The site that holds a child's file now.
#define HOLDER(R)                                                                                            \
    "coalesce((SELECT q.to_site FROM requests q WHERE q.subject_id = " R ".id AND q.kind = 'transfer'"       \
    " AND q.state = 'accepted' AND q.deleted = 0 ORDER BY q.version DESC LIMIT 1), " R ".origin_site)"
#define ADD_FILE(SELECT)                                                                                     \
    "INSERT INTO relay_files (id, whole) " SELECT                                                            \
    " ON CONFLICT (id) DO UPDATE SET whole = max(whole, excluded.whole)"

// The temporary tables are small and have no statistics: each CROSS JOIN keeps one as the
// outer loop, so rows are looked up by an indexed column instead of the national table being
// scanned for every site (docs/performance.md, "Relay").
const QStringList& collectSql()
{
    static const QStringList statements {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS relay_files (id TEXT PRIMARY KEY, whole INTEGER NOT NULL)"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS relay_institutions (id TEXT PRIMARY KEY,"
                       " whole INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS relay_rows (entity TEXT NOT NULL, id TEXT NOT NULL,"
                       " PRIMARY KEY (entity, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS relay_history (id TEXT PRIMARY KEY, whole INTEGER NOT NULL)"
                       " WITHOUT ROWID"),
        QStringLiteral("DELETE FROM relay_history"),
        QStringLiteral("DELETE FROM relay_files"),
        QStringLiteral("DELETE FROM relay_institutions"),
        QStringLiteral("DELETE FROM relay_rows"),
        // Files asked of the site: a transfer to decide, an access to give.
        QStringLiteral(ADD_FILE("SELECT r.subject_id, max(" CHANGED("r") ") FROM requests r"
                                " WHERE r.to_site = :site AND r.subject_table = 'residents' AND r.deleted = 0"
                                " AND r.state = 'requested' GROUP BY r.subject_id")),
        // Files transferred to it, held there now.
        QStringLiteral(ADD_FILE("SELECT r.subject_id, max(" CHANGED("r") ") FROM requests r"
                                " JOIN residents p ON p.id = r.subject_id"
                                " WHERE r.to_site = :site AND r.kind = 'transfer' AND r.state = 'accepted'"
                                " AND r.deleted = 0 AND " HOLDER("p") " = :site GROUP BY r.subject_id")),
        // Files it was given access to, and files it gave access to (what grantees changed).
        QStringLiteral(ADD_FILE("SELECT g.subject_id, max(" CHANGED("g") ") FROM grants g"
                                " WHERE g.grantee_site = :site AND g.subject_table = 'residents' AND g.deleted = 0"
                                " AND (g.until IS NULL OR g.until >= :today) GROUP BY g.subject_id")),
        QStringLiteral(ADD_FILE("SELECT g.subject_id, 0 FROM grants g WHERE g.origin_site = :site"
                                " AND g.subject_table = 'residents' GROUP BY g.subject_id")),
        // Its children's files as the ministry changed them (merge decisions).
        QStringLiteral(ADD_FILE("SELECT p.id, 0 FROM residents p WHERE p.id IN (SELECT record_id FROM change_log"
                                " WHERE imported = 0 AND seq > :from AND seq <= :to AND entity = 'residents')"
                                " AND " HOLDER("p") " = :site")),
        // Files it transferred away: its own stays as the new house closed them, and the child's
        // record as it was at the transfer (never what the new house writes later).
        QStringLiteral("INSERT INTO relay_history SELECT r.subject_id, max(" CHANGED("r") ") FROM requests r"
                       " JOIN residents p ON p.id = r.subject_id WHERE r.from_site = :site AND r.kind = 'transfer'"
                       " AND r.state = 'accepted' AND r.deleted = 0 AND " HOLDER("p") " <> :site"
                       " GROUP BY r.subject_id"),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'residents', p.id FROM relay_history h"
                       " CROSS JOIN residents p ON p.id = h.id WHERE h.whole = 1"),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'stays', t.id FROM relay_history h"
                       " CROSS JOIN stays t ON t.resident_id = h.id WHERE t.origin_site = :site AND "
                           CHANGED_BY_OTHERS("t")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'residents', p.id FROM relay_files f"
                       " CROSS JOIN residents p ON p.id = f.id WHERE f.whole = 1 OR " CHANGED_BY_OTHERS("p")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'stays', t.id FROM relay_files f"
                       " CROSS JOIN stays t ON t.resident_id = f.id WHERE f.whole = 1 OR " CHANGED_BY_OTHERS("t")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'presence', t.id FROM relay_files f"
                       " CROSS JOIN presence t ON t.resident_id = f.id WHERE f.whole = 1 OR " CHANGED_BY_OTHERS("t")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'school_results', t.id FROM relay_files f"
                       " CROSS JOIN school_results t ON t.resident_id = f.id"
                       " WHERE f.whole = 1 OR " CHANGED_BY_OTHERS("t")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'placements', t.id FROM relay_files f"
                       " CROSS JOIN placements t ON t.resident_id = f.id WHERE f.whole = 1 OR " CHANGED_BY_OTHERS("t")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'placement_visits', v.id FROM relay_files f"
                       " CROSS JOIN placements t ON t.resident_id = f.id"
                       " CROSS JOIN placement_visits v ON v.placement_id = t.id"
                       " WHERE f.whole = 1 OR " CHANGED_BY_OTHERS("v")),
        // The family a relayed placement names, so the child's file reads whole.
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'families', t.family_id FROM placements t"
                       " WHERE t.id IN (SELECT id FROM relay_rows WHERE entity = 'placements')"
                       " AND t.origin_site IS NOT :site"),
        // Requests it made (their decision) or must decide; grants to it.
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'requests', r.id FROM requests r"
                       " WHERE (r.from_site = :site OR r.to_site = :site) AND " CHANGED_BY_OTHERS("r")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'grants', g.id FROM grants g"
                       " WHERE g.grantee_site = :site AND " CHANGED_BY_OTHERS("g")),
        // Its institutions, and those it inspects (whole when the assignment is new).
        QStringLiteral("INSERT OR IGNORE INTO relay_institutions SELECT id, 0 FROM institutions"
                       " WHERE origin_site = :site"),
        QStringLiteral("INSERT INTO relay_institutions SELECT g.subject_id, max(" CHANGED("g") ") FROM grants g"
                       " WHERE g.grantee_site = :site AND g.subject_table = 'institutions' AND g.deleted = 0"
                       " AND (g.until IS NULL OR g.until >= :today) GROUP BY g.subject_id"
                       " ON CONFLICT (id) DO UPDATE SET whole = max(whole, excluded.whole)"),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'inspections', t.id FROM relay_institutions i"
                       " CROSS JOIN inspections t ON t.institution_id = i.id"
                       " WHERE i.whole = 1 OR " CHANGED_BY_OTHERS("t")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'corrective_actions', t.id FROM relay_institutions i"
                       " CROSS JOIN corrective_actions t ON t.institution_id = i.id"
                       " WHERE i.whole = 1 OR " CHANGED_BY_OTHERS("t")),
        // The actions it raised elsewhere (an inspector's, after the assignment ended).
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'corrective_actions', t.id FROM corrective_actions t"
                       " WHERE t.origin_site = :site AND " CHANGED_BY_OTHERS("t")),
        QStringLiteral("INSERT OR IGNORE INTO relay_rows SELECT 'month_reports', t.id FROM relay_institutions i"
                       " CROSS JOIN month_reports t ON t.institution_id = i.id WHERE " CHANGED_BY_OTHERS("t")),
    };
    return statements;
}

#undef ADD_FILE
#undef HOLDER
#undef CHANGED
#undef CHANGED_BY_OTHERS

} // namespace

Relay::Relay(Database& db, QString site, qint64 fromChange, qint64 toChange)
    : m_db(db)
    , m_site(std::move(site))
    , m_from(fromChange)
    , m_to(toChange)
{ }

Relay::~Relay() = default;

Status Relay::run(const QString& sql)
{
    SqlQuery query(m_db.connection(), sql);
    for (const auto& [name, value] : { std::pair<QString, QVariant>(QStringLiteral(":site"), m_site),
                                       { QStringLiteral(":from"), m_from },
                                       { QStringLiteral(":to"), m_to },
                                       { QStringLiteral(":today"), QDate::currentDate().toString(Qt::ISODate) } }) {
        if (sql.contains(name)) {
            query.bind(name, value);
        }
    }
    return query.exec() ? Status() : Status(Error::internal(query.errorText()));
}

Result<QMap<QString, qint64>> Relay::collect()
{
    for (const QString& sql : collectSql()) {
        if (Status done = run(sql); !done) {
            return done.error();
        }
    }
    SqlQuery counts(m_db.connection(), QStringLiteral("SELECT entity, count(*) FROM relay_rows GROUP BY entity"));
    if (!counts.exec()) {
        return Error::internal(counts.errorText());
    }
    QMap<QString, qint64> byTable;
    while (counts.next()) {
        byTable.insert(counts.value(0).toString(), counts.value(1).toLongLong());
    }
    return byTable;
}

QString Relay::rowsSql(const QString& table) const
{
    // Table names come from the fixed list of synced tables.
    return QStringLiteral("SELECT * FROM %1 WHERE id IN (SELECT id FROM relay_rows WHERE entity = '%1') ORDER BY id")
        .arg(table);
}

} // namespace riaya
