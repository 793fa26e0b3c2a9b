#pragma once

#include "ColumnMapping.h"
#include "RosterProblem.h"

#include <QDate>
#include <QVariantMap>
#include <memory>

namespace riaya {

class Database;

// What will become of a record of the file.
enum class RowOutcome
{
    Add, // a new record
    Update, // a record already in the database, with values the file adds or changes
    Skip, // already in the database as the file has it (a file imported again)
    Reject // has problems: imported by nobody
};

// A record already in the database that the row probably is, with how alike they are.
struct LikelyMatch
{
    QString id;
    QString name;
    double score = 0;
};

// The verdict on one record of the file: a row, or a family's rows.
struct RowVerdict
{
    QList<int> rows; // the file's row numbers, the first first
    QList<QStringList> cells; // those rows as in the file, for the file of rejected rows
    RowOutcome outcome = RowOutcome::Add;
    QList<RowProblem> problems;
    QString existingId; // Update, Skip
    QList<LikelyMatch> likely; // Add: probable duplicates already in the database
    QVariantMap record; // the record as it will be stored, for the preview
    QString name; // the record's name as people read it
};

// One kind of roster (residents, institutions, families): how its rows become records, are
// compared with what the database holds, and are written through the stores, so an imported
// record is checked, audited and journalled for the ministry as a typed one is.
class RosterTarget
{
public:
    virtual ~RosterTarget() = default;

    // Reads what rows are compared with (the records already there); refused when the person
    // at the keyboard may not write this kind of record.
    virtual Status prepare() = 0;
    // The verdicts a row makes ready, in file order: one for most kinds, none while a family's
    // rows are still coming.
    virtual QList<RowVerdict> take(const SheetRow& row) = 0;
    // The verdicts held back until the end of the file.
    virtual QList<RowVerdict> finish() { return {}; }
    // Writes an Add or Update verdict; `source` names the file, for the audit and the queue of
    // probable duplicates.
    virtual Status write(const RowVerdict& verdict, const QString& source) = 0;
};

// A record already stored, and the values a row gives for it (every one, or only `keys`):
// writes over the stored values those the row gives that differ, never erasing one with an
// empty cell, and says whether the record changed. `verdict` becomes the update, or the skip.
void settleWithStored(RowVerdict& verdict, const QString& id, QVariantMap stored, const QVariantMap& given,
                      const QStringList& keys = {});

std::unique_ptr<RosterTarget> makeRosterTarget(Database& db, const ColumnMapping& mapping,
                                               const QDate& today);

} // namespace riaya
