#include "ResidentMerge.h"

#include "db/Database.h"
#include "db/RecordWriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace riaya {
namespace {
const QString kResidents = QStringLiteral("residents");
} // namespace

Result<QVariantMap> ResidentMerge::merge(const QString& keepId, const QString& dropId)
{
    RecordWriter& writer = m_db.writer();
    const QVariantMap keep = writer.read(kResidents, keepId);
    const QVariantMap drop = writer.read(kResidents, dropId);
    if (keep.value(QStringLiteral("deleted")).toInt() != 0
        || drop.value(QStringLiteral("deleted")).toInt() != 0) {
        // Worded in the review's context, where the merge was decided, so its translations stay.
        return Error::refused(QCoreApplication::translate(
            "ReviewQueue", "One of these files was already removed or merged; nothing was changed."));
    }
    // The kept file's own details win; the other fills only what it lacks.
    static const QStringList stamps { QStringLiteral("id"),         QStringLiteral("origin_site"),
                                      QStringLiteral("version"),    QStringLiteral("updated_at"),
                                      QStringLiteral("updated_by"), QStringLiteral("deleted"),
                                      QStringLiteral("status"),     QStringLiteral("institution_id"),
                                      QStringLiteral("merged_into") };
    QVariantMap filled;
    for (auto it = drop.cbegin(); it != drop.cend(); ++it) {
        if (!stamps.contains(it.key()) && keep.value(it.key()).toString().isEmpty()
            && !it.value().toString().isEmpty()) {
            filled.insert(it.key(), it.value());
        }
    }
    Status merged = filled.isEmpty() ? Status() : writer.update(kResidents, keepId, filled);
    if (merged) {
        merged = writer.update(kResidents, dropId, { { QStringLiteral("merged_into"), keepId } });
    }
    if (merged) {
        merged = writer.markDeleted(kResidents, dropId);
    }
    if (!merged) {
        return merged.error();
    }
    return filled;
}

Result<QStringList> ResidentMerge::unmerge(const QString& keepId, const QString& dropId,
                                           const QVariantMap& taken)
{
    RecordWriter& writer = m_db.writer();
    const QVariantMap keep = writer.read(kResidents, keepId);
    const QVariantMap drop = writer.read(kResidents, dropId);
    if (drop.value(QStringLiteral("merged_into")).toString() != keepId
        || drop.value(QStringLiteral("deleted")).toInt() == 0) {
        return Error::refused(QCoreApplication::translate(
            "ReviewQueue", "These files are not merged any more; nothing was changed."));
    }
    if (keep.isEmpty() || keep.value(QStringLiteral("deleted")).toInt() != 0) {
        return Error::refused(QCoreApplication::translate(
            "ReviewQueue",
            "The kept file was itself merged or removed since; undo that first. Nothing was "
            "changed."));
    }
    // What the kept file took goes back, unless someone changed it since.
    QVariantMap giveBack;
    QStringList stayed;
    for (auto it = taken.cbegin(); it != taken.cend(); ++it) {
        if (keep.value(it.key()).toString() == it.value().toString()) {
            giveBack.insert(it.key(), QVariant());
        } else {
            stayed << it.key();
        }
    }
    Status status = giveBack.isEmpty() ? Status() : writer.update(kResidents, keepId, giveBack);
    if (status) {
        status = writer.restore(kResidents, dropId, { { QStringLiteral("merged_into"), QVariant() } });
    }
    if (!status) {
        return status.error();
    }
    return stayed;
}

} // namespace riaya
