#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>

namespace riaya {

class Database;

// The field rules a record received in a bundle must pass, as a local edit would: every
// stored column's type, length and format (ids, dates, JSON), the schema's enumerations, and
// the domain's own validation where a kind of record has one. A site holds its key and can
// sign anything, so nothing it sends is trusted to have passed its own checks.
class IncomingFieldRules
{
    Q_DECLARE_TR_FUNCTIONS(IncomingFieldRules)

public:
    explicit IncomingFieldRules(Database& db)
        : m_db(db)
    { }

    // The problems of one record, each naming its field; empty when it may be applied.
    QList<FieldIssue> check(const QString& table, const QVariantMap& row);

private:
    // What a column holds, worked out once per table: the checks run for every field of a
    // national month of records.
    enum class Kind
    {
        Integer,
        Real,
        Id,
        Date,
        Time,
        Month,
        Json,
        Name,
        Text
    };
    const QHash<QString, Kind>& kinds(const QString& table);

    Database& m_db;
    QHash<QString, QHash<QString, Kind>> m_kinds;
};

} // namespace riaya
