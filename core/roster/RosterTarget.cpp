#include "RosterTarget.h"

#include "FamilyRoster.h"
#include "InstitutionRoster.h"
#include "ResidentRoster.h"

namespace riaya {

void settleWithStored(RowVerdict& verdict, const QString& id, QVariantMap stored, const QVariantMap& given,
                      const QStringList& keys)
{
    bool changed = false;
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        const bool says = !it.value().isNull() && !it.value().toString().isEmpty();
        if (says && (keys.isEmpty() || keys.contains(it.key())) && stored.value(it.key()) != it.value()) {
            stored.insert(it.key(), it.value());
            changed = true;
        }
    }
    stored.insert(QStringLiteral("id"), id);
    verdict.existingId = id;
    verdict.outcome = changed ? RowOutcome::Update : RowOutcome::Skip;
    verdict.record = stored;
}

std::unique_ptr<RosterTarget> makeRosterTarget(Database& db, const ColumnMapping& mapping, const QDate& today)
{
    switch (mapping.kind()) {
    case RosterKind::Institutions:
        return std::make_unique<InstitutionRoster>(db, mapping, today);
    case RosterKind::Families:
        return std::make_unique<FamilyRoster>(db, mapping, today);
    case RosterKind::Residents:
        break;
    }
    return std::make_unique<ResidentRoster>(db, mapping, today);
}

} // namespace riaya
