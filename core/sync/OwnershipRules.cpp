#include "OwnershipRules.h"

#include "db/Database.h"
#include "db/RecordWriter.h"

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
    return !changed.isEmpty()
        && std::all_of(changed.cbegin(), changed.cend(), [&](const QString& c) { return allowed.contains(c); });
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
    const QVariantMap stored = m_db.writer().read(table, id);
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
    if (!stored.isEmpty()
        && row.value(QStringLiteral("version")).toLongLong() <= stored.value(QStringLiteral("version")).toLongLong()) {
        // An older copy (a bundle arriving late): it changes nothing here, whoever may write now.
        return Outcome::Apply;
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
