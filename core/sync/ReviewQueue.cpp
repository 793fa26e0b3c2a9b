#include "ReviewQueue.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordAccess.h"
#include "db/SqlQuery.h"
#include "residents/ResidentLikeness.h"
#include "residents/ResidentMerge.h"
#include "security/Access.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
namespace {
QVariantMap parse(const QVariant& json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object().toVariantMap();
}
} // namespace

Result<QList<ConflictEntry>> ReviewQueue::conflicts()
{
    if (Status allowed = Access::require(m_db, Permission::ReviewImports); !allowed) {
        return allowed.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT c.id, c.entity, c.record_id, c.kept, c.lost, c.reason, c.bundle_id,"
                                  " b.sender_site, b.at FROM conflicts AS c LEFT JOIN bundle_log AS b"
                                  " ON b.bundle_id = c.bundle_id WHERE c.resolved_at IS NULL ORDER BY c.id"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the conflicts: %1").arg(query.errorText()));
    }
    QList<ConflictEntry> entries;
    while (query.next()) {
        ConflictEntry entry { query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString(),   parse(query.value(3)),
                              parse(query.value(4)),       query.value(5).toString(),
                              query.value(6).toString(),   query.value(7).toString() };
        if (entry.reason == QLatin1String("future_stamp")) {
            const qint64 stampMs = entry.lost.value(QStringLiteral("version")).toLongLong() >> 16;
            entry.clockAheadMs = stampMs
                - QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        }
        entries.append(entry);
    }
    return entries;
}

Result<QList<DuplicateEntry>> ReviewQueue::duplicates()
{
    if (Status allowed = Access::require(m_db, Permission::ReviewImports); !allowed) {
        return allowed.error();
    }
    Result<QList<DuplicateEntry>> entries = DuplicateCandidates(m_db).open();
    if (!entries) {
        return Error::internal(tr("Cannot read the probable duplicates: %1").arg(entries.error().message));
    }
    // Scored again as the files are now, by today's likeness: a pair queued by an earlier
    // version, or before one file was corrected, is shown as alike as it is.
    for (DuplicateEntry& entry : *entries) {
        const Resident a
            = Resident::fromFields(m_db.writer().read(QStringLiteral("residents"), entry.residentId));
        const Resident b
            = Resident::fromFields(m_db.writer().read(QStringLiteral("residents"), entry.otherId));
        entry.score = residentLikeness(a, b).score;
    }
    std::stable_sort(entries->begin(), entries->end(),
                     [](const DuplicateEntry& x, const DuplicateEntry& y) { return x.score > y.score; });
    return entries;
}

Result<QList<DuplicateEntry>> ReviewQueue::decidedDuplicates()
{
    if (Status allowed = Access::require(m_db, Permission::ReviewImports); !allowed) {
        return allowed.error();
    }
    Result<QList<DuplicateEntry>> entries = DuplicateCandidates(m_db).decided();
    if (!entries) {
        return Error::internal(tr("Cannot read the probable duplicates: %1").arg(entries.error().message));
    }
    return entries;
}

Result<DuplicateEntry> ReviewQueue::decidedDuplicate(qint64 id)
{
    const Result<QList<DuplicateEntry>> decided = decidedDuplicates();
    if (!decided) {
        return decided.error();
    }
    const auto it = std::find_if(decided->cbegin(), decided->cend(),
                                 [id](const DuplicateEntry& e) { return e.id == id; });
    if (it == decided->cend()) {
        return Error::notFound(tr("There is no decided probable duplicate %1.").arg(id));
    }
    return *it;
}

Status ReviewQueue::undoDuplicateDecision(qint64 id, QStringList* stayed)
{
    const Result<DuplicateEntry> pair = decidedDuplicate(id);
    if (!pair) {
        return pair.error();
    }
    if (pair->decision != QLatin1String("merged")) {
        return committedWrite(m_db, tr("The decision could not be saved to disk."), [&](RecordWriter&) {
            return DuplicateCandidates(m_db).reopen(id, { { QStringLiteral("decision"), pair->decision } });
        });
    }
    if (pair->mergeTaken.isNull()) {
        return Error::refused(
            tr("This merge was made by an earlier version of Riaya, which did not keep what "
               "the kept file took from the other; it cannot be undone. Nothing was changed."));
    }
    // The closed file is the one that names the other as where it went.
    const bool firstClosed = m_db.writer()
                                 .read(QStringLiteral("residents"), pair->residentId)
                                 .value(QStringLiteral("merged_into"))
                                 .toString()
        == pair->otherId;
    const QString keepId = firstClosed ? pair->otherId : pair->residentId;
    const QString dropId = firstClosed ? pair->residentId : pair->otherId;
    return committedWrite(m_db, tr("The decision could not be saved to disk."), [&](RecordWriter&) -> Status {
        const Result<QStringList> kept
            = ResidentMerge(m_db).unmerge(keepId, dropId, pair->mergeTaken.toMap());
        if (!kept) {
            return kept.error();
        }
        if (stayed) {
            *stayed = *kept;
        }
        return DuplicateCandidates(m_db).reopen(id,
                                                { { QStringLiteral("decision"), pair->decision },
                                                  { QStringLiteral("kept"), keepId },
                                                  { QStringLiteral("reopened"), dropId },
                                                  { QStringLiteral("details_kept"), kept->join(u',') } });
    });
}

Status ReviewQueue::resolveConflict(qint64 id, bool takeLost)
{
    const Result<QList<ConflictEntry>> open = conflicts();
    if (!open) {
        return open.error();
    }
    const auto it
        = std::find_if(open->cbegin(), open->cend(), [id](const ConflictEntry& e) { return e.id == id; });
    if (it == open->cend()) {
        return Error::notFound(tr("There is no open conflict %1.").arg(id));
    }
    return committedWrite(m_db, tr("The decision could not be saved to disk."), [&](RecordWriter& writer) {
        if (takeLost && it->reason == QLatin1String("future_stamp")) {
            // Stamped by a clock far ahead: taken as it was sent, but stamped at this clock.
            if (Status status = writer.acceptHeld(it->entity, it->lost); !status) {
                return status;
            }
        } else if (takeLost) {
            QVariantMap fields = it->lost;
            for (const char* stamp : { "id", "origin_site", "version", "updated_at", "updated_by" }) {
                fields.remove(QLatin1String(stamp));
            }
            if (Status status = writer.update(it->entity, it->recordId, fields); !status) {
                return status;
            }
        }
        SqlQuery resolve(m_db.connection(),
                         QStringLiteral("UPDATE conflicts SET resolved_at = :at WHERE id = :id"));
        resolve.bind(QStringLiteral(":at"), utcNowIso()).bind(QStringLiteral(":id"), id);
        return resolve.exec()
            ? writer.audit().append({ QStringLiteral("resolve-conflict"),
                                      it->entity,
                                      it->recordId,
                                      {},
                                      { { QStringLiteral("took"),
                                          takeLost ? QStringLiteral("lost") : QStringLiteral("kept") } } })
            : Status(Error::internal(resolve.errorText()));
    });
}

Result<DuplicateEntry> ReviewQueue::openDuplicate(qint64 id)
{
    const Result<QList<DuplicateEntry>> open = duplicates();
    if (!open) {
        return open.error();
    }
    const auto it
        = std::find_if(open->cbegin(), open->cend(), [id](const DuplicateEntry& e) { return e.id == id; });
    if (it == open->cend()) {
        return Error::notFound(tr("There is no open probable duplicate %1.").arg(id));
    }
    return *it;
}

Status ReviewQueue::markDifferentChildren(qint64 id)
{
    if (const Result<DuplicateEntry> pair = openDuplicate(id); !pair) {
        return pair.error();
    }
    return committedWrite(m_db, tr("The decision could not be saved to disk."), [&](RecordWriter&) {
        return DuplicateCandidates(m_db).resolve(id, QStringLiteral("different"), {});
    });
}

Status ReviewQueue::mergeDuplicates(qint64 id, const QString& keepId)
{
    const Result<DuplicateEntry> pair = openDuplicate(id);
    if (!pair) {
        return pair.error();
    }
    if (keepId != pair->residentId && keepId != pair->otherId) {
        return Error::invalid(tr("The file to keep must be one of the pair %1.").arg(id));
    }
    const QString dropId = keepId == pair->residentId ? pair->otherId : pair->residentId;
    return committedWrite(m_db, tr("The merge could not be saved to disk."), [&](RecordWriter&) -> Status {
        const Result<QVariantMap> taken = ResidentMerge(m_db).merge(keepId, dropId);
        if (!taken) {
            return taken.error();
        }
        return DuplicateCandidates(m_db).resolve(
            id, QStringLiteral("merged"),
            { { QStringLiteral("kept"), keepId }, { QStringLiteral("merged"), dropId } }, *taken);
    });
}

} // namespace riaya
