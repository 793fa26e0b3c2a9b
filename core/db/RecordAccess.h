#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/Transaction.h"

#include <QString>
#include <QVariantMap>
#include <type_traits>
#include <utility>

// How the stores read one record and write: the same steps in every store, written once.
// These do not ask who is working; security/GuardedAccess adds the permission check.
namespace riaya {

// The live record of a synced table by its id, or Error::notFound(notFound) when there is
// none or it was deleted.
Result<QVariantMap> liveRecord(Database& db, const QString& table, const QString& id,
                               const QString& notFound);

// The same, read into a record type that has a static fromFields(const QVariantMap&).
template<typename Record>
Result<Record> recordById(Database& db, const QString& table, const QString& id, const QString& notFound)
{
    const Result<QVariantMap> row = liveRecord(db, table, id, notFound);
    if (!row) {
        return row.error();
    }
    return Record::fromFields(*row);
}

// Runs `write` (given the record writer) in one transaction and commits it when it succeeded;
// a commit that fails is reported as Error::internal(notSaved). Returns what `write` returned:
// a Status or a Result. On a failure nothing of the write stays.
template<typename Write>
std::invoke_result_t<Write, RecordWriter&> committedWrite(Database& db, const QString& notSaved,
                                                          Write&& write)
{
    using Outcome = std::invoke_result_t<Write, RecordWriter&>;
    Transaction tx(db.connection());
    Outcome outcome = std::forward<Write>(write)(db.writer());
    if (outcome && !tx.commit()) {
        return Outcome(Error::internal(notSaved));
    }
    return outcome;
}

} // namespace riaya
