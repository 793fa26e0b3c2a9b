#pragma once

#include "Resident.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace riaya {

class Database;
class SqlQuery;

// What to list: every filter is optional; text searches names and identifiers.
struct ResidentQuery
{
    enum class Sort
    {
        Name,
        BirthDate,
        Status,
        SchoolLevel
    };

    QString text = {};
    QString status = {};
    QString sex = {};
    QString institutionId = {};
    QString schoolLevel = {};
    Sort sort = Sort::Name;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

// The records of a resident's file: its own and those of files merged into it (two files of
// one child, registered at two sites). Bind :resident and :merged_into to the file's id.
inline const QString kRecordsOfFile = QStringLiteral(
    "resident_id IN (SELECT id FROM residents WHERE id = :resident OR merged_into = :merged_into)");

class ResidentStore
{
    Q_DECLARE_TR_FUNCTIONS(ResidentStore)

public:
    explicit ResidentStore(Database& db)
        : m_db(db)
    { }

    // Registers a resident (not yet admitted anywhere). Returns the new id.
    Result<QString> create(const Resident& resident);
    // Saves the editable fields; status and institution change only through stays.
    Status update(const Resident& resident);
    Status remove(const QString& id);
    Result<Resident> get(const QString& id);

    Result<QList<Resident>> list(const ResidentQuery& query);
    Result<int> count(const ResidentQuery& query);
    // Residents whose names or identifiers have words starting with the typed ones (folded
    // as in text/TextFolding, or in another script, text/NameSkeleton): spellings as typed
    // first, then the others, each group ranked (ResidentRanking: exact words, then how the
    // typed vowels fit, then name); at most query.limit, and only those passing the query's
    // other filters. Reads a bounded number of matches, so it stays fast on any size.
    Result<QList<Resident>> search(const QString& text, int limit = 50);
    Result<QList<Resident>> search(const ResidentQuery& query);

private:
    Resident readable(Resident resident);
    // The passes of search(): rows in name order, or ranked by vowel fit; past those seen.
    QList<Resident> plainPass(SqlQuery& query, qsizetype wanted, QSet<qint64>& seen);
    QList<Resident> rankedPass(SqlQuery& query, const QString& typed, qsizetype wanted, QSet<qint64>& seen);

    Database& m_db;
};

} // namespace riaya
