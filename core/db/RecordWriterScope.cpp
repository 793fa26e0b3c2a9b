#include "Database.h"
#include "RecordWriter.h"
#include "SqlQuery.h"
#include "WriteScope.h"

// What a site may write of others' records, checked on its own writes (db/WriteScope).
namespace riaya {

void RecordWriter::forgetScope()
{
    m_scope.reset(); // read again at the next write: requests, grants, the ministry, exports
}

Status RecordWriter::checkScope(const QString& table, const QVariantMap& before, const QVariantMap& after)
{
    // The ministry decides for the country; its demo writes as each house.
    if (m_db.site().isMinistry || !m_insertOrigin.isEmpty()) {
        return {};
    }
    if (!m_scope) {
        // A site sets its institution's details until it has sent them to the ministry it
        // trusts; from then on they are the ministry's (a profile or an export since changes that).
        SqlQuery ministry(
            m_db.connection(),
            QStringLiteral("SELECT site_id, EXISTS (SELECT 1 FROM bundle_log WHERE direction = 'out')"
                           " FROM trusted_sites WHERE role = 'ministry'"));
        const bool known = ministry.exec() && ministry.next();
        m_scope = std::make_unique<WriteScope>(m_db, known ? ministry.value(0).toString() : QString(),
                                               known && ministry.value(1).toBool());
    }
    const Result<WriteScope::Decision> decision = m_scope->check(m_db.site().id, table, before, after);
    if (!decision) {
        return decision.error();
    }
    if (table == QLatin1String("requests") || table == QLatin1String("grants")) {
        m_scope->forget();
    }
    // A request about a file not known here (an office asking a house for a child): the
    // ministry, which knows the file, checks it.
    const bool allowed = decision->verdict == WriteScope::Verdict::Allowed
        || (decision->verdict == WriteScope::Verdict::Deferred && table == QLatin1String("requests"));
    return allowed ? Status() : Status(Error::refused(decision->reason));
}

} // namespace riaya
