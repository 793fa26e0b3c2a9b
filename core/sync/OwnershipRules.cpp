#include "OwnershipRules.h"

#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"

namespace riaya {
namespace {

// What others may change on a record a site owns, as the ministry relays it back: the
// ministry's merge decisions on a child's file, the progress an inspected house records on
// an inspector's action, the decision on a request, what a grantee may change of a stay.
bool othersMayChange(const QString& table, const QStringList& changed)
{
    static const QHash<QString, QStringList> shared {
        { QStringLiteral("corrective_actions"),
          { QStringLiteral("state"), QStringLiteral("state_note"), QStringLiteral("state_changed_on"),
            QStringLiteral("evidence") } },
        { QStringLiteral("requests"),
          { QStringLiteral("state"), QStringLiteral("decided_on"), QStringLiteral("decided_by"),
            QStringLiteral("decision_note") } },
        { QStringLiteral("stays"),
          { QStringLiteral("exited_on"), QStringLiteral("exit_kind"), QStringLiteral("exit_reason") } },
    };
    if (table == QLatin1String("residents")) {
        return true; // merged by the ministry, or changed by a grantee in what it was granted
    }
    const QStringList allowed = shared.value(table);
    return !changed.isEmpty() && std::all_of(changed.cbegin(), changed.cend(), [&](const QString& c) {
        return allowed.contains(c);
    });
}

} // namespace

OwnershipRules::OwnershipRules(Database& db, QString senderSite, QString ministrySite)
    : m_db(db)
    , m_sender(std::move(senderSite))
    , m_ministry(std::move(ministrySite))
    , m_atMinistry(db.site().isMinistry)
    , m_scope(db, m_ministry)
{ }

void OwnershipRules::applied(const QString& table)
{
    if (table == QLatin1String("requests") || table == QLatin1String("grants")) {
        m_scope.forget();
    }
}

Result<OwnershipRules::Outcome> OwnershipRules::check(const QString& table, const QVariantMap& row)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    const QString origin = row.value(QStringLiteral("origin_site")).toString();
    if (origin == m_ministry && m_sender != m_ministry) {
        return Error::invalid(tr("The record %1 of %2 claims to be the ministry's, but the ministry did not "
                                 "sign it.")
                                  .arg(id, table));
    }
    // Most records of a bundle are new here: a probe of the version alone, and the stored
    // record read only when there is one that the incoming copy would replace.
    const qint64 incoming = row.value(QStringLiteral("version")).toLongLong();
    const std::optional<qint64> held = storedVersion(table, id);
    if (!held) {
        return Error::internal(tr("Cannot read the record %1 of %2.").arg(id, table));
    }
    if (*held >= incoming) {
        return Outcome::Apply; // an older copy (a bundle arriving late) changes nothing here
    }
    const QVariantMap stored = *held > 0 ? m_db.writer().read(table, id) : QVariantMap();
    if (!m_atMinistry) {
        // Relayed by the ministry: what others wrote applies, a copy of this site's own record
        // only in what others may change of it.
        const Result<QString> owner = m_scope.ownerOf(table, stored.isEmpty() ? row : stored);
        if (!owner) {
            return owner.error();
        }
        if (*owner != m_db.site().id) {
            return Outcome::Apply;
        }
        return !stored.isEmpty() && othersMayChange(table, changedColumns(stored, row)) ? Outcome::Apply
                                                                                        : Outcome::Skip;
    }
    const Result<WriteScope::Decision> decision = m_scope.check(m_sender, table, stored, row);
    if (!decision) {
        return decision.error();
    }
    switch (decision->verdict) {
    case WriteScope::Verdict::Allowed:
        return Outcome::Apply;
    case WriteScope::Verdict::Deferred:
        m_deferred.append({ table, row });
        return Outcome::Apply;
    case WriteScope::Verdict::Refused:
        break;
    }
    return Error::invalid(decision->reason);
}

std::optional<qint64> OwnershipRules::storedVersion(const QString& table, const QString& id)
{
    std::shared_ptr<SqlQuery>& probe = m_probes[table];
    if (!probe) {
        // Table names come from the accepted tables, checked before.
        probe = std::make_shared<SqlQuery>(
            m_db.connection(), QStringLiteral("SELECT version FROM %1 WHERE id = :id").arg(table));
    }
    probe->bind(QStringLiteral(":id"), id);
    if (!probe->exec()) {
        return std::nullopt;
    }
    const qint64 version = probe->next() ? probe->value(0).toLongLong() : 0;
    probe->raw().finish();
    return version;
}

Status OwnershipRules::checkDeferred()
{
    m_scope.forget();
    for (const auto& [table, row] : std::as_const(m_deferred)) {
        const Result<WriteScope::Decision> decision = m_scope.check(m_sender, table, {}, row);
        if (!decision) {
            return decision.error();
        }
        if (decision->verdict != WriteScope::Verdict::Allowed) {
            return Error::invalid(decision->reason.isEmpty()
                                      ? tr("The record %1 of %2 is about a record that is not known here.")
                                            .arg(row.value(QStringLiteral("id")).toString(), table)
                                      : decision->reason);
        }
    }
    m_deferred.clear();
    return {};
}

} // namespace riaya
