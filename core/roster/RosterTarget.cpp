#include "RosterTarget.h"

#include "FamilyRoster.h"
#include "InstitutionRoster.h"
#include "ResidentRoster.h"

namespace riaya {

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
