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

Status ResidentMerge::merge(const QString& keepId, const QString& dropId)
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
    return merged;
}

} // namespace riaya
