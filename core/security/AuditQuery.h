#pragma once

#include "common/Result.h"
#include "db/AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

namespace riaya {

class Database;

// One entry of the audit log as people read it.
struct AuditRecord
{
    qint64 seq = 0;
    QString at;
    QString actor;
    QString siteId;
    QString action;
    QString entity;
    QString recordId;
    QVariantMap before;
    QVariantMap after;
};

struct AuditFilter
{
    QString actor; // empty: everyone
    QString record; // a record id, or a kind of record (table name); empty: all
    QDate from;
    QDate to;
    int limit = 500;
};

// Reading the audit log: who changed what and when, newest first (supervisors and
// administrators only).
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    static Result<QList<AuditRecord>> find(Database& db, const AuditFilter& filter);
    // The people who appear in the log, for a filter list.
    static Result<QStringList> actors(Database& db);
    // Whether the hash chain is whole: every entry as written, none missing at the end.
    static Result<AuditReport> verify(Database& db);
};

} // namespace riaya
