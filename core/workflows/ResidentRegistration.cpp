#include "ResidentRegistration.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "residents/Resident.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"

namespace riaya {

ResidentRegistration::ResidentRegistration(Database& db)
    : m_db(db)
{ }

Result<QString> ResidentRegistration::registerResident(const Resident& resident,
                                                       const std::optional<Admission>& admission)
{
    Transaction tx(m_db.connection());
    const Result<QString> id = ResidentStore(m_db).create(resident);
    if (!id) {
        return id.error();
    }
    if (admission) {
        const Result<QString> stay
            = StayStore(m_db).admit(*id, admission->institutionId, admission->on, admission->reason);
        if (!stay) {
            return stay.error();
        }
    }
    if (!tx.commit()) {
        return Error::internal(tr("The resident could not be saved to disk."));
    }
    return *id;
}

} // namespace riaya
