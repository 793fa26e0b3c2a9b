#include "DuplicateFinder.h"

#include "text/JaroWinkler.h"
#include "text/NameSkeleton.h"
#include "text/TextFolding.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <cmath>

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

// A name as compared: its skeleton, and its folded forms in each script it has.
struct NameForms
{
    QString skeleton;
    QString arabic;
    QString latin;
};

NameForms formsOf(const QString& arabic, const QString& latin)
{
    return { skeletonKeys(arabic.isEmpty() ? latin : arabic).join(QString()),
             arabic.isEmpty() ? QString() : foldForSearch(arabic),
             latin.isEmpty() ? QString() : foldForSearch(latin) };
}

// Everything the score needs of one resident, computed once per resident.
struct ResidentForms
{
    NameForms first;
    NameForms last;
    QString father;
    QDate birth;
};

ResidentForms formsOf(const Resident& r)
{
    return { formsOf(r.firstName, r.firstNameLatin), formsOf(r.lastName, r.lastNameLatin),
             r.fatherName.isEmpty() ? QString() : foldForSearch(r.fatherName), r.birthDate };
}

// Name similarity in the script both records share, or else by skeleton.
double nameSimilarity(const NameForms& a, const NameForms& b)
{
    double best = jaroWinkler(a.skeleton, b.skeleton);
    if (!a.arabic.isEmpty() && !b.arabic.isEmpty()) {
        best = std::max(best, jaroWinkler(a.arabic, b.arabic));
    }
    if (!a.latin.isEmpty() && !b.latin.isEmpty()) {
        best = std::max(best, jaroWinkler(a.latin, b.latin));
    }
    return best;
}

double score(const ResidentForms& a, const ResidentForms& b)
{
    const double first = nameSimilarity(a.first, b.first);
    const double last = nameSimilarity(a.last, b.last);
    const qint64 days = std::abs(a.birth.daysTo(b.birth));
    const double birth = a.birth.isValid() && b.birth.isValid() ? std::max(0.0, 1.0 - days / 366.0) : 0.5;
    // A father's name is a strong hint when both records have one.
    const bool fathers = !a.father.isEmpty() && !b.father.isEmpty();
    const double father = fathers ? jaroWinkler(a.father, b.father) : 0.0;
    return fathers ? 0.3 * first + 0.3 * last + 0.25 * birth + 0.15 * father
                   : 0.35 * first + 0.35 * last + 0.3 * birth;
}

} // namespace

double DuplicateFinder::similarity(const Resident& a, const Resident& b)
{
    return score(formsOf(a), formsOf(b));
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
                " AND r.origin_site <> coalesce(:origin, '') AND r.birth_date BETWEEN :from AND :to LIMIT "
                "200"));
    }
    SqlQuery& query = *m_query;
    // The widest gap between birth dates that can still reach the threshold, when every
    // other part of the score is perfect (the birth date weighs at least 0.25).
    const int window = std::min(366, static_cast<int>(std::ceil(366 * (1 - threshold) / 0.25)));
    const QDate from = resident.birthDate.addDays(-window);
    const QDate to = resident.birthDate.addDays(window);
    QStringList years;
    for (int year = from.year(); year <= to.year(); ++year) {
        years << QStringLiteral("born : \"b%1\"").arg(year);
    }
    query.bind(QStringLiteral(":match"),
               anyKey(firstKeys) + QStringLiteral(" AND ") + anyKey(lastKeys)
                   + QStringLiteral(" AND (%1)").arg(years.join(QStringLiteral(" OR "))));
    query.bind(QStringLiteral(":id"), resident.id);
    query.bind(QStringLiteral(":origin"), otherThanOrigin);
    query.bind(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!query.exec()) {
        return Error::internal(tr("Cannot look for duplicates: %1").arg(query.errorText()));
    }
    const ResidentForms wanted = formsOf(resident);
    QList<DuplicateCandidate> candidates;
    while (query.next()) {
        const Resident other = Resident::fromFields(query.row());
        const double alike = score(wanted, formsOf(other));
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
