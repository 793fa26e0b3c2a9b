#include "DuplicateFinder.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "residents/ResidentLikeness.h"
#include "text/NameSkeleton.h"
#include "text/TextFolding.h"

namespace riaya {
namespace {

// "(skeletons : "a" OR skeletons : "b")": any of the keys of a name.
// One-consonant keys (Ait: "t") match a large share of all names; they are left out when the
// name has longer ones.
QString anyKey(const QStringList& keys)
{
    const bool hasLonger
        = std::any_of(keys.cbegin(), keys.cend(), [](const QString& k) { return k.size() > 1; });
    QStringList terms;
    for (const QString& key : keys) {
        if (hasLonger && key.size() < 2) {
            continue;
        }
        terms << QStringLiteral("skeletons : \"%1\"").arg(key);
    }
    return QStringLiteral("(%1)").arg(terms.join(QStringLiteral(" OR ")));
}

} // namespace

double DuplicateFinder::similarity(const Resident& a, const Resident& b)
{
    return residentLikeness(a, b).score;
}

DuplicateFinder::DuplicateFinder(Database& db)
    : m_db(db)
{ }

DuplicateFinder::~DuplicateFinder() = default;

Result<QList<DuplicateCandidate>> DuplicateFinder::candidatesFor(const Resident& resident, int limit,
                                                                 const QString& otherThanOrigin,
                                                                 double threshold)
{
    const QStringList firstKeys
        = skeletonKeys(resident.firstName + QLatin1Char(' ') + resident.firstNameLatin);
    const QStringList lastKeys = skeletonKeys(resident.lastName + QLatin1Char(' ') + resident.lastNameLatin);
    if (firstKeys.isEmpty() || lastKeys.isEmpty() || !resident.birthDate.isValid()) {
        return QList<DuplicateCandidate>();
    }
    // An unsaved record has no id, and most callers no origin, which Qt binds as NULL: hence
    // the coalesces.
    if (!m_query) {
        m_query = std::make_unique<SqlQuery>(
            m_db.connection(),
            QStringLiteral(
                "SELECT r.* FROM resident_search JOIN residents r ON r.rowid = resident_search.rowid"
                " WHERE resident_search MATCH :match AND r.deleted = 0 AND r.id <> coalesce(:id, '')"
                " AND r.origin_site <> coalesce(:origin, '') LIMIT 200"));
    }
    SqlQuery& query = *m_query;
    // Namesakes born the year before, the same year or the year after: a birth date typed
    // with one digit wrong (the last of the year, or any of the day or month) stays within
    // them. A year typed further off is not looked for: three years of namesakes is what the
    // index narrows to before any row is read (docs/search.md, section 4).
    QStringList years;
    for (int year = resident.birthDate.year() - 1; year <= resident.birthDate.year() + 1; ++year) {
        years << QStringLiteral("born : \"b%1\"").arg(year);
    }
    query.bind(QStringLiteral(":match"),
               anyKey(firstKeys) + QStringLiteral(" AND ") + anyKey(lastKeys)
                   + QStringLiteral(" AND (%1)").arg(years.join(QStringLiteral(" OR "))));
    query.bind(QStringLiteral(":id"), resident.id);
    query.bind(QStringLiteral(":origin"), otherThanOrigin);
    if (!query.exec()) {
        return Error::internal(tr("Cannot look for duplicates: %1").arg(query.errorText()));
    }
    QList<DuplicateCandidate> candidates;
    while (query.next()) {
        const Resident other = Resident::fromFields(query.row());
        const double alike = residentLikeness(resident, other).score;
        if (alike >= threshold) {
            candidates.append({ other, alike });
        }
    }
    query.raw().finish();
    std::sort(candidates.begin(), candidates.end(),
              [](const DuplicateCandidate& a, const DuplicateCandidate& b) { return a.score > b.score; });
    if (candidates.size() > limit) {
        candidates.resize(limit);
    }
    return candidates;
}

} // namespace riaya
