#pragma once

#include "common/Result.h"
#include "db/WriteScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace riaya {

class Database;
class SqlQuery;

// Who may write what, for every record a bundle brings (docs/sharing.md). At the ministry,
// the sender is the writer of every record of its bundle, checked against the rules of
// db/WriteScope like a write made on its own laptop. At a site, the sender is the ministry,
// relaying what others wrote; a record this site owns changes there only in the fields
// others may be given (a merge decision, an action's progress, a decision on its request).
// Nothing may claim the ministry's origin unless the ministry signed it. That the origin of a
// stored record never changes is checked where it is applied (RecordWriter::applyIncoming).
class OwnershipRules
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipRules)

public:
    OwnershipRules(Database& db, QString senderSite, QString ministrySite);

    enum class Outcome
    {
        Apply,
        Skip // a stale copy of this site's own record: only its owner writes it
    };
    // Apply or Skip, or the reason naming the record, its kind and the rule it breaks.
    Result<Outcome> check(const QString& table, const QVariantMap& row);
    // To call once a record is applied: requests and grants change who may write what.
    void applied(const QString& table);
    // The requests and grants whose subject came later in the bundle, checked again at its end.
    Status checkDeferred();

private:
    // The version of the stored record, 0 when there is none; empty when it cannot be read.
    std::optional<qint64> storedVersion(const QString& table, const QString& id);

    Database& m_db;
    QString m_sender;
    QString m_ministry;
    bool m_atMinistry;
    WriteScope m_scope;
    QList<std::pair<QString, QVariantMap>> m_deferred;
    QHash<QString, std::shared_ptr<SqlQuery>> m_probes; // prepared once per table
};

} // namespace riaya
