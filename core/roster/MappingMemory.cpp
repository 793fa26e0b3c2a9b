#include "MappingMemory.h"

#include "db/Database.h"

#include <QJsonDocument>

namespace riaya {
namespace {

QString metaKey(const ColumnMapping& mapping)
{
    return QStringLiteral("roster_mapping/") + mapping.shape();
}

} // namespace

bool MappingMemory::recall(ColumnMapping& mapping) const
{
    const QString stored = m_db.metaValue(metaKey(mapping));
    if (stored.isEmpty()) {
        return false;
    }
    ColumnMapping recalled = mapping;
    if (!recalled.apply(QJsonDocument::fromJson(stored.toUtf8()).object())) {
        return false;
    }
    mapping = recalled;
    return true;
}

bool MappingMemory::remember(const ColumnMapping& mapping)
{
    return m_db.setMetaValue(
        metaKey(mapping), QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace riaya
