#include "AuditLog.h"

#include "common/CanonicalJson.h"
#include "common/Logging.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QtEndian>
#include <sodium.h>

namespace riaya {
namespace {

const QByteArray kGenesis(64, '0');
const QString kHeadKey = QStringLiteral("audit_head");

QString toJson(const QVariantMap& map)
{
    return map.isEmpty() ? QString() : QString::fromUtf8(canonicalJson(map));
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{ }

AuditLog::~AuditLog() = default;

QByteArray AuditLog::entryHash(const QByteArray& prevHash, const QStringList& fields)
{
    // Length-prefixed fields, so no two different entries hash the same bytes.
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    auto feed = [&state](const QByteArray& bytes) {
        unsigned char length[8];
        qToBigEndian(static_cast<quint64>(bytes.size()), length);
        crypto_generichash_update(&state, length, sizeof length);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    };
    feed(prevHash);
    for (const QString& field : fields) {
        feed(field.toUtf8());
    }
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash_final(&state, out, sizeof out);
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex();
}

Status AuditLog::append(const AuditEntry& entry)
{
    if (!m_insert) {
        m_head = std::make_unique<SqlQuery>(
            m_db.connection(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        m_insert = std::make_unique<SqlQuery>(
            m_db.connection(),
            QStringLiteral(
                "INSERT INTO audit_log (seq, at, actor, site_id, action, entity, record_id, before, after,"
                " hash) VALUES (:seq, :at, :actor, :site, :action, :entity, :record, :before, :after, "
                ":hash)"));
        m_storeHead = std::make_unique<SqlQuery>(
            m_db.connection(),
            QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    }
    if (m_headSeq < 0 || m_headRollbacks != Transaction::rollbackCount()) {
        if (Status status = loadHead(); !status) {
            return status;
        }
    }
    const qint64 seq = m_headSeq + 1;
    const QByteArray prev = m_headHash;

    const QStringList fields { QString::number(seq),  entry.at.isEmpty() ? utcNowIso() : entry.at,
                               m_db.actor().username, m_db.site().id,
                               entry.action,          entry.entity,
                               entry.recordId,        toJson(entry.before),
                               toJson(entry.after) };
    const QByteArray hash = entryHash(prev, fields);
    static const char* const names[]
        = { ":seq", ":at", ":actor", ":site", ":action", ":entity", ":record", ":before", ":after" };
    for (int i = 0; i < fields.size(); ++i) {
        m_insert->bind(QLatin1String(names[i]), fields.at(i));
    }
    m_insert->bind(QStringLiteral(":hash"), QString::fromLatin1(hash));
    m_storeHead->bind(QStringLiteral(":key"), kHeadKey);
    m_storeHead->bind(QStringLiteral(":value"),
                      QStringLiteral("%1:%2").arg(seq).arg(QString::fromLatin1(hash)));
    if (!m_insert->exec() || !m_storeHead->exec()) {
        m_headSeq = -1;
        return Error::internal(tr("Cannot write the audit log: %1").arg(m_insert->errorText()));
    }
    m_headSeq = seq;
    m_headHash = hash;
    return {};
}

Status AuditLog::loadHead()
{
    m_headRollbacks = Transaction::rollbackCount();
    m_headSeq = 0;
    m_headHash = kGenesis;
    if (!m_head->exec()) {
        m_headSeq = -1;
        return Error::internal(tr("Cannot read the audit log: %1").arg(m_head->errorText()));
    }
    if (m_head->next()) {
        m_headSeq = m_head->value(0).toLongLong();
        m_headHash = m_head->value(1).toByteArray();
    }
    m_head->raw().finish();
    return {};
}

Result<AuditReport> AuditLog::verifyChain()
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT seq, at, actor, site_id, action, entity, record_id, before, after,"
                                  " hash FROM audit_log ORDER BY seq"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the audit log: %1").arg(query.errorText()));
    }
    AuditReport report;
    auto broken = [&report](qint64 seq, const QString& problem) {
        report.intact = false;
        report.firstBadSeq = seq;
        report.problem = problem;
        return report;
    };
    QByteArray prev = kGenesis;
    qint64 expectedSeq = 1;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        QStringList fields;
        for (int i = 0; i < 9; ++i) {
            fields << query.value(i).toString();
        }
        if (seq != expectedSeq) {
            return broken(expectedSeq,
                          tr("Audit entries %1 to %2 are missing.").arg(expectedSeq).arg(seq - 1));
        }
        const QByteArray hash = entryHash(prev, fields);
        if (query.value(9).toByteArray() != hash) {
            return broken(seq, tr("Audit entry %1 was changed after it was written.").arg(seq));
        }
        prev = hash;
        ++expectedSeq;
        ++report.entries;
    }
    const QString head = m_db.metaValue(kHeadKey);
    const QString expectedHead = report.entries == 0
        ? QString()
        : QStringLiteral("%1:%2").arg(report.entries).arg(QString::fromLatin1(prev));
    if (head != expectedHead) {
        return broken(report.entries + 1,
                      tr("The last audit entries were removed: the log ends at entry %1, "
                         "but it had reached entry %2.")
                          .arg(report.entries)
                          .arg(head.section(QLatin1Char(':'), 0, 0)));
    }
    return report;
}

} // namespace riaya
