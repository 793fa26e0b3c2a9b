#include "OwnershipRules.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace riaya {
namespace {

struct Parent
{
    const char* column;
    const char* table;
};

// The records a record belongs to. References to reference data (a standards document) are
// not parents: anyone may point at them.
const QHash<QString, QList<Parent>>& parents()
{
    static const QHash<QString, QList<Parent>> map {
        { QStringLiteral("residents"), { { "institution_id", "institutions" } } },
        { QStringLiteral("stays"), { { "resident_id", "residents" }, { "institution_id", "institutions" } } },
        { QStringLiteral("presence"),
          { { "resident_id", "residents" }, { "institution_id", "institutions" } } },
        { QStringLiteral("school_results"), { { "resident_id", "residents" } } },
        { QStringLiteral("incidents"), { { "institution_id", "institutions" } } },
        { QStringLiteral("month_reports"), { { "institution_id", "institutions" } } },
        { QStringLiteral("inspections"),
          { { "institution_id", "institutions" },
            { "root_id", "inspections" },
            { "follows_up", "inspections" },
            { "supersedes", "inspections" } } },
        { QStringLiteral("corrective_actions"),
          { { "inspection_id", "inspections" }, { "institution_id", "institutions" } } },
        { QStringLiteral("family_events"), { { "family_id", "families" } } },
        { QStringLiteral("home_studies"), { { "family_id", "families" } } },
        { QStringLiteral("placements"), { { "resident_id", "residents" }, { "family_id", "families" } } },
        { QStringLiteral("placement_visits"), { { "placement_id", "placements" } } },
    };
    return map;
}

} // namespace

OwnershipRules::OwnershipRules(Database& db, QString senderSite, QString ministrySite)
    : m_db(db)
    , m_sender(std::move(senderSite))
    , m_ministry(std::move(ministrySite))
    , m_atMinistry(db.site().isMinistry)
{ }

Result<QString> OwnershipRules::ownerOf(const QString& table, const QString& id)
{
    QHash<QString, QString>& owners = m_owners[table];
    if (const auto it = owners.constFind(id); it != owners.cend()) {
        return *it;
    }
    std::shared_ptr<SqlQuery>& lookup = m_lookups[table];
    if (!lookup) {
        // Table names come from the fixed list above.
        lookup = std::make_shared<SqlQuery>(
            m_db.connection(), QStringLiteral("SELECT origin_site FROM %1 WHERE id = :id").arg(table));
    }
    SqlQuery& query = *lookup;
    query.bind(QStringLiteral(":id"), id);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    const QString owner = query.next() ? query.value(0).toString() : QString();
    query.raw().finish();
    if (!owner.isEmpty()) {
        owners.insert(id, owner); // an owner never changes, so it can be remembered
    }
    return owner;
}

Status OwnershipRules::check(const QString& table, const QVariantMap& row)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    const QString origin = row.value(QStringLiteral("origin_site")).toString();
    if (origin == m_ministry && m_sender != m_ministry) {
        return Error::invalid(tr("The record %1 of %2 claims to be the ministry's, but the ministry did not "
                                 "sign it.")
                                  .arg(id, table));
    }
    // A site speaks for its own records only; the ministry relays other sites' reference data.
    if (m_atMinistry && origin != m_sender) {
        return Error::invalid(
            tr("The record %1 of %2 belongs to another site (%3); a site may send only its own records.")
                .arg(id, table, origin));
    }
    for (const Parent& parent : parents().value(table)) {
        const QString parentId = row.value(QLatin1String(parent.column)).toString();
        if (parentId.isEmpty() || (parentId == id && QLatin1String(parent.table) == table)) {
            continue;
        }
        const Result<QString> owner = ownerOf(QLatin1String(parent.table), parentId);
        if (!owner) {
            return owner.error();
        }
        if (owner->isEmpty()) {
            return Error::invalid(tr("The record %1 of %2 belongs to %3 %4, which is not known here; it "
                                     "comes before its own parent or names one that does not exist.")
                                      .arg(id, table, QLatin1String(parent.table), parentId));
        }
        if (*owner != origin) {
            return Error::invalid(tr("The record %1 of %2 belongs to %3 %4 of another site (%5); a site may "
                                     "not add records to what another site owns.")
                                      .arg(id, table, QLatin1String(parent.table), parentId, *owner));
        }
    }
    return {};
}

} // namespace riaya
