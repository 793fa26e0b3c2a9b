#include "ResidentStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "residents/ResidentMatch.h"
#include "residents/ResidentRanking.h"
#include "residents/ResidentValidation.h"
#include "security/GuardedAccess.h"

#include <QSet>
#include <numeric>

namespace riaya {
namespace {

const QString kTable = QStringLiteral("residents");

QString orderBy(const ResidentQuery& q)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QString();
    switch (q.sort) {
    case ResidentQuery::Sort::BirthDate:
        return QStringLiteral("r.birth_date%1, r.id%1").arg(dir);
    case ResidentQuery::Sort::Status:
        return QStringLiteral("r.status%1, r.last_name%1, r.first_name%1, r.id%1").arg(dir);
    case ResidentQuery::Sort::SchoolLevel:
        return QStringLiteral("r.school_level%1, r.last_name%1, r.first_name%1, r.id%1").arg(dir);
    case ResidentQuery::Sort::Name:
        break;
    }
    return QStringLiteral("r.last_name%1, r.first_name%1, r.id%1").arg(dir);
}

// The FROM and WHERE parts shared by list and count, with their bindings.
struct Filter
{
    QString sql;
    QVariantMap bindings;
};

Filter filterFor(const ResidentQuery& q, MatchScope scope = MatchScope::AnySpelling)
{
    Filter f;
    f.sql = QStringLiteral(" FROM residents r");
    QStringList where { QStringLiteral("r.deleted = 0") };
    const QString match = residentMatchExpression(q.text, scope);
    if (!match.isEmpty()) {
        f.sql += QStringLiteral(" JOIN resident_search ON resident_search.rowid = r.rowid");
        where << QStringLiteral("resident_search MATCH :match");
        f.bindings.insert(QStringLiteral(":match"), match);
    }
    const std::pair<const char*, const QString*> filters[] = { { "status", &q.status },
                                                               { "sex", &q.sex },
                                                               { "institution_id", &q.institutionId },
                                                               { "school_level", &q.schoolLevel } };
    for (const auto& [column, value] : filters) {
        if (!value->isEmpty()) {
            where << QStringLiteral("r.%1 = :%1").arg(QLatin1String(column));
            f.bindings.insert(QStringLiteral(":%1").arg(QLatin1String(column)), *value);
        }
    }
    f.sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return f;
}

} // namespace

Resident ResidentStore::readable(Resident resident)
{
    // Health notes are for the house's staff and supervisors only.
    if (!Access::allows(m_db, Permission::ReadHealthNotes)) {
        resident.healthNotes.clear();
    }
    return resident;
}

Result<QString> ResidentStore::create(const Resident& resident)
{
    const QString notSaved = tr("The resident could not be saved to disk.");
    return guardedWrite(m_db, Permission::EditResidents, notSaved,
                        [&](RecordWriter& writer) -> Result<QString> {
                            if (const auto issues = validateResident(resident); !issues.isEmpty()) {
                                return Error::invalid(tr("The resident was not saved."), issues);
                            }
                            QVariantMap fields = resident.toFields();
                            fields.insert(QStringLiteral("id"), resident.id);
                            fields.insert(QStringLiteral("status"), QStringLiteral("registered"));
                            return writer.insert(kTable, fields);
                        });
}

Status ResidentStore::update(const Resident& resident)
{
    const QString notSaved = tr("The resident could not be saved to disk.");
    return guardedWrite(m_db, Permission::EditResidents, notSaved, [&](RecordWriter& writer) -> Status {
        if (const auto issues = validateResident(resident); !issues.isEmpty()) {
            return Error::invalid(tr("The resident was not saved."), issues);
        }
        return writer.update(kTable, resident.id, resident.toFields());
    });
}

Status ResidentStore::remove(const QString& id)
{
    return guardedWrite(m_db, Permission::EditResidents, tr("The resident could not be removed."),
                        [&](RecordWriter& writer) { return writer.markDeleted(kTable, id); });
}

Result<Resident> ResidentStore::get(const QString& id)
{
    const Result<Resident> resident = guardedGet<Resident>(
        m_db, Permission::ReadResidents, kTable, id, tr("There is no resident with the id %1.").arg(id));
    return resident ? readable(*resident) : resident;
}

Result<QList<Resident>> ResidentStore::list(const ResidentQuery& q)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const Filter filter = filterFor(q);
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT r.*") + filter.sql + QStringLiteral(" ORDER BY ") + orderBy(q)
                       + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    for (auto it = filter.bindings.cbegin(); it != filter.bindings.cend(); ++it) {
        query.bind(it.key(), it.value());
    }
    query.bind(QStringLiteral(":limit"), q.limit).bind(QStringLiteral(":offset"), q.offset);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the residents: %1").arg(query.errorText()));
    }
    QList<Resident> residents;
    while (query.next()) {
        residents.append(readable(Resident::fromFields(query.row())));
    }
    return residents;
}

Result<int> ResidentStore::count(const ResidentQuery& q)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const Filter filter = filterFor(q);
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT count(*)") + filter.sql);
    for (auto it = filter.bindings.cbegin(); it != filter.bindings.cend(); ++it) {
        query.bind(it.key(), it.value());
    }
    if (!query.exec() || !query.next()) {
        return Error::internal(tr("Cannot count the residents: %1").arg(query.errorText()));
    }
    return query.value(0).toInt();
}

Result<QList<Resident>> ResidentStore::search(const QString& text, int limit)
{
    ResidentQuery query;
    query.text = text;
    query.limit = limit;
    return search(query);
}

Result<QList<Resident>> ResidentStore::search(const ResidentQuery& q)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    // Passes that each stop at the limit in index order, instead of ranking every match (a
    // first letter matches a third of all names): whole words as typed, then words starting
    // as typed, each by name; then other scripts and spellings, ranked by how the typed
    // vowels fit (ResidentRanking).
    QList<Resident> residents;
    QSet<qint64> seen;
    for (const MatchScope scope : { MatchScope::WholeWords, MatchScope::AsTyped, MatchScope::AnySpelling }) {
        const qsizetype wanted = q.limit - residents.size();
        if (residentMatchExpression(q.text, scope).isEmpty() || wanted <= 0) {
            break;
        }
        const bool ranked = scope == MatchScope::AnySpelling;
        const Filter filter = filterFor(q, scope);
        SqlQuery query(m_db.connection(),
                       QStringLiteral("SELECT r.rowid, r.*") + filter.sql + QStringLiteral(" LIMIT :read"));
        for (auto it = filter.bindings.cbegin(); it != filter.bindings.cend(); ++it) {
            query.bind(it.key(), it.value());
        }
        // Rows already kept come again in a wider pass: read past them. A ranked pass reads
        // up to 50 more than it keeps, to have some to choose from.
        query.bind(QStringLiteral(":read"),
                   wanted + (ranked ? std::min<qsizetype>(wanted, 50) : 0) + seen.size());
        if (!query.exec()) {
            return Error::internal(tr("Cannot search the residents: %1").arg(query.errorText()));
        }
        residents.append(ranked ? rankedPass(query, q.text, wanted, seen) : plainPass(query, wanted, seen));
    }
    return residents;
}

// Rows of a pass in name order, past those already kept.
QList<Resident> ResidentStore::plainPass(SqlQuery& query, qsizetype wanted, QSet<qint64>& seen)
{
    QList<Resident> pass;
    while (pass.size() < wanted && query.next()) {
        const qint64 rowid = query.value(0).toLongLong();
        if (!seen.contains(rowid)) {
            seen.insert(rowid);
            pass.append(readable(Resident::fromFields(query.row())));
        }
    }
    std::stable_sort(pass.begin(), pass.end(), [](const Resident& a, const Resident& b) {
        return std::tie(a.lastName, a.firstName, a.id) < std::tie(b.lastName, b.firstName, b.id);
    });
    return pass;
}

// The rows of a pass ranked by how the typed vowels fit their names, then by name; the best
// `wanted` are kept.
QList<Resident> ResidentStore::rankedPass(SqlQuery& query, const QString& typed, qsizetype wanted,
                                          QSet<qint64>& seen)
{
    const ResidentRanking ranking(typed);
    QList<std::pair<int, Resident>> candidates;
    QList<qint64> rowids;
    while (query.next()) {
        const qint64 rowid = query.value(0).toLongLong();
        if (seen.contains(rowid)) {
            continue;
        }
        Resident resident = Resident::fromFields(query.row());
        const int fit = ranking.vowelFit({ resident.firstName, resident.lastName, resident.firstNameLatin,
                                           resident.lastNameLatin, resident.fatherName });
        candidates.append({ fit, std::move(resident) });
        rowids << rowid;
    }
    QList<qsizetype> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype i, qsizetype j) {
        const auto& [fitA, a] = candidates.at(i);
        const auto& [fitB, b] = candidates.at(j);
        if (fitA != fitB) {
            return fitA > fitB;
        }
        return std::tie(a.lastName, a.firstName, a.id) < std::tie(b.lastName, b.firstName, b.id);
    });
    QList<Resident> pass;
    for (const qsizetype i : std::as_const(order)) {
        if (pass.size() >= wanted) {
            break;
        }
        seen.insert(rowids.at(i));
        pass.append(readable(candidates.at(i).second));
    }
    return pass;
}

} // namespace riaya
