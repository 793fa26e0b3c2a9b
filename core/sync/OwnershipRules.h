#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>
#include <memory>

namespace riaya {

class Database;
class SqlQuery;

// Who may write what, for every record a bundle brings (docs/bundle-format.md, "Who may
// write what"). Every record has one owner, its origin site. A site writes only what it owns,
// so at the ministry a site's bundle may hold only records of that site, whose parents
// (resident, institution, family, inspection, placement) that site owns too; nothing may
// claim the ministry's origin unless the ministry signed it. That the owner of a stored record
// never changes is checked where it is applied (RecordWriter::applyIncoming).
class OwnershipRules
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipRules)

public:
    OwnershipRules(Database& db, QString senderSite, QString ministrySite);

    // Ok, or the reason naming the record, its kind and the rule it breaks.
    Status check(const QString& table, const QVariantMap& row);

private:
    // The owner of a stored record, or an empty string when there is none here.
    Result<QString> ownerOf(const QString& table, const QString& id);

    Database& m_db;
    QString m_sender;
    QString m_ministry;
    bool m_atMinistry;
    QHash<QString, QHash<QString, QString>> m_owners; // table -> id -> origin site, as looked up
    QHash<QString, std::shared_ptr<SqlQuery>> m_lookups; // prepared once per table
};

} // namespace riaya
