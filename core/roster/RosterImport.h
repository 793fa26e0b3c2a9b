#pragma once

#include "RosterTarget.h"

#include <functional>
#include <optional>

namespace riaya {

class Database;
class SheetReader;

// A group of the dry run's problems: one kind, the rows that have it.
struct ProblemGroup
{
    ProblemKind kind;
    QList<int> rows; // the row of each problem
    QList<RowProblem> problems; // one per row, in the same order
};

// A record of the file that is probably one already in the database.
struct ProbableDuplicate
{
    int row = 0;
    QString name; // as the file has it
    LikelyMatch match;
};

// What an import would do (a dry run) or did.
struct RosterSummary
{
    int records = 0; // read from the file (a family's rows are one record)
    int added = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
    QList<ProblemGroup> problems;
    QList<ProbableDuplicate> duplicates;
    QList<RowVerdict> preview; // the first records as they will be stored
    qint64 unreadableCharacters = 0; // text files: characters not valid in the encoding read with
    bool written = false; // the import's changes are in the database
    bool cancelled = false;
    QString rejectsPath; // where the rejected rows were saved, when asked
};

// Reading a roster file against the database, and importing it. The dry run changes nothing;
// the import reads the file again (the database may have changed since), writes in one
// transaction through the stores, and either everything or, when asked, the valid records
// only, the others saved to a file the person can correct and import again.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    enum class Mode
    {
        AllOrNothing, // a single rejected record and nothing is written
        ValidOnly // the others are written, the rejected rows saved to rejectsPath
    };

    // Called every few records with how many were read; returning false cancels (an import
    // cancelled writes nothing).
    using Progress = std::function<bool(int records)>;

    RosterImport(Database& db, const ColumnMapping& mapping, const QDate& today = QDate::currentDate());
    ~RosterImport();

    // How many records the preview keeps.
    static constexpr int kPreviewRecords = 20;

    Result<RosterSummary> dryRun(SheetReader& reader, const Progress& progress = {});
    // `source` names the file in the audit and in the admission reasons.
    Result<RosterSummary> run(SheetReader& reader, Mode mode, const QString& source,
                              const QString& rejectsPath = {}, const Progress& progress = {});

private:
    // Writes when a mode is given; a dry run otherwise.
    Result<RosterSummary> pass(SheetReader& reader, std::optional<Mode> mode, const QString& source,
                               QList<RowVerdict>* rejects, const Progress& progress);

    Database& m_db;
    const ColumnMapping& m_mapping;
    QDate m_today;
};

} // namespace riaya
