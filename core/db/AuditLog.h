#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <memory>

namespace riaya {

class Database;
class SqlQuery;

struct AuditEntry
{
    QString action; // insert, update, or an operation such as "init"
    QString entity;
    QString recordId;
    QVariantMap before; // for a change, the old values of the fields that changed
    QVariantMap after; // the new values; for an insert, every field
    QString at = {}; // when, if the caller already stamped the record; otherwise now
};

// What `audit verify` found.
struct AuditReport
{
    qint64 entries = 0;
    bool intact = true;
    qint64 firstBadSeq = 0; // the first entry that does not match the chain, when !intact
    QString problem; // translated
};

// The append-only, hash-chained history. Each entry's hash covers its content and the
// previous entry's hash, and the head is kept in meta, so editing, removing or
// reordering any entry, or cutting the tail, breaks the chain where it happened.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db);
    ~AuditLog();

    Status append(const AuditEntry& entry);
    // Unchecked: people verify through AuditQuery::verify, which asks for ReadAudit.
    Result<AuditReport> verifyChain();

    static QByteArray entryHash(const QByteArray& prevHash, const QStringList& fields);

private:
    Status loadHead();

    Database& m_db;
    // The last entry, remembered between appends; reloaded after any rollback.
    qint64 m_headSeq = -1;
    QByteArray m_headHash;
    quint64 m_headRollbacks = 0;
    std::unique_ptr<SqlQuery> m_head;
    std::unique_ptr<SqlQuery> m_insert;
    std::unique_ptr<SqlQuery> m_storeHead;
};

} // namespace riaya
