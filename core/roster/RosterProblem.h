#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace riaya {

// The kinds of problem a roster row can have, as the dry run groups them.
enum class ProblemKind
{
    MissingValue, // a required field is empty
    InvalidDate,
    UnknownSex,
    UnknownLevel,
    UnknownInstitution,
    UnknownKind, // an institution's type
    InvalidNumber,
    InvalidValue, // refused by the record's own checks (a birth date in the future...)
    DuplicateInFile, // the same record as an earlier row of the file
    NotSaved // the database refused the row when it was written
};

struct RowProblem
{
    int row = 0; // the file's row number
    ProblemKind kind = ProblemKind::InvalidValue;
    QString field;
    QString value; // the cell as it is in the file
    QString message; // in the user's language, for this row
};

// What a group of problems is called, in the user's language ("Dates that are not dates").
QString problemKindLabel(ProblemKind kind);
// As written in --json output: missing_value, invalid_date, ...
QString problemKindName(ProblemKind kind);

} // namespace riaya
