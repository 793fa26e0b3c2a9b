#include "AuditQuery.h"

#include "Access.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
namespace {

QVariantMap parse(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object().toVariantMap();
}

} // namespace

Result<QList<AuditRecord>> AuditQuery::find(Database& db, const AuditFilter& filter)
{
    if (Status allowed = Access::require(db, Permission::ReadAudit); !allowed) {
        return allowed.error();
    }
    SqlQuery query(db.connection(),
                   QStringLiteral("SELECT seq, at, actor, site_id, action, entity, record_id, before, after"
                                  " FROM audit_log WHERE (:actor = '' OR actor = :actor2)"
                                  " AND (:record = '' OR record_id = :record2 OR entity = :record3)"
                                  " AND (:from = '' OR at >= :from2) AND (:to = '' OR at < :to2)"
                                  " ORDER BY seq DESC LIMIT :limit"));
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString();
    const QString to = filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString();
    query.bind(QStringLiteral(":actor"), filter.actor.isNull() ? QStringLiteral("") : filter.actor)
        .bind(QStringLiteral(":actor2"), filter.actor)
        .bind(QStringLiteral(":record"), filter.record.isNull() ? QStringLiteral("") : filter.record)
        .bind(QStringLiteral(":record2"), filter.record)
        .bind(QStringLiteral(":record3"), filter.record)
        .bind(QStringLiteral(":from"), from.isNull() ? QStringLiteral("") : from)
        .bind(QStringLiteral(":from2"), from)
        .bind(QStringLiteral(":to"), to.isNull() ? QStringLiteral("") : to)
        .bind(QStringLiteral(":to2"), to)
        .bind(QStringLiteral(":limit"), filter.limit);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the audit log: %1").arg(query.errorText()));
    }
    QList<AuditRecord> records;
    while (query.next()) {
        records.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString(), parse(query.value(7)), parse(query.value(8)) });
    }
    return records;
}

Result<QStringList> AuditQuery::actors(Database& db)
{
    if (Status allowed = Access::require(db, Permission::ReadAudit); !allowed) {
        return allowed.error();
    }
    SqlQuery query(db.connection(), QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the audit log: %1").arg(query.errorText()));
    }
    QStringList actors;
    while (query.next()) {
        actors << query.value(0).toString();
    }
    return actors;
}

Result<AuditReport> AuditQuery::verify(Database& db)
{
    if (Status allowed = Access::require(db, Permission::ReadAudit); !allowed) {
        return allowed.error();
    }
    return db.writer().audit().verifyChain();
}

} // namespace riaya
