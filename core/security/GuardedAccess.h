#pragma once

#include "db/RecordAccess.h"
#include "security/Access.h"

#include <type_traits>
#include <utility>

// The stores' read of one record and their write, refused first unless the actor of the
// database may (Access::require): db/RecordAccess with the permission check in front.
namespace riaya {

template<typename Record>
Result<Record> guardedGet(Database& db, Permission permission, const QString& table, const QString& id,
                          const QString& notFound)
{
    if (Status allowed = Access::require(db, permission); !allowed) {
        return allowed.error();
    }
    return recordById<Record>(db, table, id, notFound);
}

// Refused, or `write` run in one transaction and committed (see committedWrite). What the
// write checks (validation, other records) it checks inside, after the permission.
template<typename Write>
std::invoke_result_t<Write, RecordWriter&> guardedWrite(Database& db, Permission permission,
                                                        const QString& notSaved, Write&& write)
{
    using Outcome = std::invoke_result_t<Write, RecordWriter&>;
    if (Status allowed = Access::require(db, permission); !allowed) {
        return Outcome(allowed.error());
    }
    return committedWrite(db, notSaved, std::forward<Write>(write));
}

} // namespace riaya
