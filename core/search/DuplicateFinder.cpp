#include "DuplicateFinder.h"

#include "JaroWinkler.h"
#include "NameSkeleton.h"
#include "TextFolding.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace riaya {
namespace {

// "(skeletons : "a" OR skeletons : "b")": any of the keys of a name.
QString anyKey(const QStringList& keys)
{
    QStringList terms;
    for (const QString& key : keys) {
        terms << QStringLiteral("skeletons : \"%1\"").arg(key);
    }
    return QStringLiteral("(%1)").arg(terms.join(QStringLiteral(" OR ")));
}

// Name similarity in the script both records share, or else by skeleton.
double nameSimilarity(const QString& arabicA, const QString& latinA, const QString& arabicB, const QString& latinB)
{
    double best = jaroWinkler(skeletonKeys(arabicA.isEmpty() ? latinA : arabicA).join(QString()),
                              skeletonKeys(arabicB.isEmpty() ? latinB : arabicB).join(QString()));
    if (!arabicA.isEmpty() && !arabicB.isEmpty()) {
        best = std::max(best, jaroWinkler(foldForSearch(arabicA), foldForSearch(arabicB)));
    }
    if (!latinA.isEmpty() && !latinB.isEmpty()) {
        best = std::max(best, jaroWinkler(foldForSearch(latinA), foldForSearch(latinB)));
    }
    return best;
}

} // namespace

double DuplicateFinder::similarity(const Resident& a, const Resident& b)
{
    const double first = nameSimilarity(a.firstName, a.firstNameLatin, b.firstName, b.firstNameLatin);
    const double last = nameSimilarity(a.lastName, a.lastNameLatin, b.lastName, b.lastNameLatin);
    const qint64 days = std::abs(a.birthDate.daysTo(b.birthDate));
    const double birth = a.birthDate.isValid() && b.birthDate.isValid() ? std::max(0.0, 1.0 - days / 366.0) : 0.5;
    // A father's name is a strong hint when both records have one.
    const bool fathers = !a.fatherName.isEmpty() && !b.fatherName.isEmpty();
    const double father = fathers ? jaroWinkler(foldForSearch(a.fatherName), foldForSearch(b.fatherName)) : 0.0;
    return fathers ? 0.3 * first + 0.3 * last + 0.25 * birth + 0.15 * father
                   : 0.35 * first + 0.35 * last + 0.3 * birth;
}

Result<QList<DuplicateCandidate>> DuplicateFinder::candidatesFor(const Resident& resident, int limit)
{
    const QStringList firstKeys = skeletonKeys(resident.firstName + QLatin1Char(' ') + resident.firstNameLatin);
    const QStringList lastKeys = skeletonKeys(resident.lastName + QLatin1Char(' ') + resident.lastNameLatin);
    if (firstKeys.isEmpty() || lastKeys.isEmpty() || !resident.birthDate.isValid()) {
        return QList<DuplicateCandidate>();
    }
    // An unsaved record has no id, which Qt binds as NULL: hence the coalesce.
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT r.* FROM resident_search JOIN residents r ON r.rowid = resident_search.rowid"
                                  " WHERE resident_search MATCH :match AND r.deleted = 0 AND r.id <> coalesce(:id, '')"
                                  " AND r.birth_date BETWEEN :from AND :to LIMIT 200"));
    query.bind(QStringLiteral(":match"), anyKey(firstKeys) + QStringLiteral(" AND ") + anyKey(lastKeys));
    query.bind(QStringLiteral(":id"), resident.id);
    query.bind(QStringLiteral(":from"), resident.birthDate.addYears(-1).toString(Qt::ISODate));
    query.bind(QStringLiteral(":to"), resident.birthDate.addYears(1).toString(Qt::ISODate));
    if (!query.exec()) {
        return Error::internal(tr("Cannot look for duplicates: %1").arg(query.errorText()));
    }
    QList<DuplicateCandidate> candidates;
    while (query.next()) {
        const Resident other = Resident::fromFields(query.row());
        const double score = similarity(resident, other);
        if (score >= kThreshold) {
            candidates.append({ other, score });
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const DuplicateCandidate& a, const DuplicateCandidate& b) { return a.score > b.score; });
    if (candidates.size() > limit) {
        candidates.resize(limit);
    }
    return candidates;
}

} // namespace riaya
