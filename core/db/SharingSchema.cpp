#include "Migrations.h"
#include "SchemaSql.h"

// Schema 13: who may write what beyond a record's owner, and the requests that move a file
// from one site to another (docs/sharing.md).
namespace riaya {

const QStringList& sharingMigration()
{
    static const QStringList statements {
        // A request made by one site, decided by another: a transfer of a child's file, access
        // for a regional office to place a child, a change to an institution's details.
        QStringLiteral(
            "CREATE TABLE requests (" SYNCED_COLUMNS
            " kind TEXT NOT NULL CHECK (kind IN ('transfer', 'placement_access', 'institution_change')),"
            " subject_table TEXT NOT NULL CHECK (subject_table IN ('residents', 'institutions')),"
            " subject_id TEXT NOT NULL,"
            " from_site TEXT NOT NULL,"
            " to_site TEXT NOT NULL,"
            " reason TEXT NOT NULL,"
            " effective_on TEXT," // a transfer's date
            " proposed TEXT NOT NULL DEFAULT '{}'," // JSON: an institution's proposed details
            " state TEXT NOT NULL DEFAULT 'requested'"
            "   CHECK (state IN ('requested', 'accepted', 'refused', 'cancelled')),"
            " decided_on TEXT,"
            " decided_by TEXT,"
            " decision_note TEXT,"
            " CHECK (from_site <> to_site))"),
        QStringLiteral("CREATE INDEX requests_by_subject ON requests (subject_id, kind, state)"),
        QStringLiteral("CREATE INDEX requests_by_site ON requests (to_site, state)"),
        // What the owner of a record lets another site write: kinds of child records it may
        // add, and fields ("table.column") it may change, until a day.
        QStringLiteral("CREATE TABLE grants (" SYNCED_COLUMNS
                       " subject_table TEXT NOT NULL CHECK (subject_table IN ('residents', 'institutions')),"
                       " subject_id TEXT NOT NULL,"
                       " grantee_site TEXT NOT NULL,"
                       " kinds TEXT NOT NULL DEFAULT '[]',"
                       " fields TEXT NOT NULL DEFAULT '[]',"
                       " until TEXT,"
                       " reason TEXT NOT NULL,"
                       " request_id TEXT)"),
        QStringLiteral("CREATE INDEX grants_by_subject ON grants (subject_id, grantee_site)"),
        QStringLiteral("CREATE INDEX grants_by_grantee ON grants (grantee_site)"),
        // What the house shows of the work done on a corrective action.
        QStringLiteral("ALTER TABLE corrective_actions ADD COLUMN evidence TEXT"),
        // Which site's bundle brought a change (NULL: written here), so the ministry relays
        // to a site what others changed, never its own changes back.
        QStringLiteral("ALTER TABLE change_log ADD COLUMN from_site TEXT"),
        // What the ministry wrote itself (merges, decisions, its inspectors' work), relayed to
        // the sites it concerns.
        QStringLiteral("CREATE INDEX change_log_written_here ON change_log (seq) WHERE imported = 0"),
    };
    return statements;
}

} // namespace riaya

#undef SYNCED_COLUMNS
