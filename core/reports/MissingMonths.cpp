#include "MissingMonths.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "reports/InstitutionScope.h"
#include "security/Access.h"
#include "sync/TrustStore.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace riaya {
namespace {

QDate dayOf(const QString& isoTime)
{
    return QDate::fromString(isoTime.left(10), Qt::ISODate);
}

// Which institution each site's records are of: its approvals say it, and for a site that has
// approved nothing yet the institution it set up (a site creates its own at set-up, and sends it).
Status readInstitutions(Database& db, QHash<QString, QString>& ofSite)
{
    for (const char* sql :
         { "SELECT origin_site, min(institution_id) FROM month_reports WHERE deleted = 0"
           " GROUP BY 1",
           "SELECT origin_site, min(institution_id) FROM stays WHERE deleted = 0 GROUP BY 1" }) {
        SqlQuery query(db.connection(), QString::fromLatin1(sql));
        if (!query.exec()) {
            return Error::internal(
                MissingMonths::tr("Cannot read the sites' months: %1").arg(query.errorText()));
        }
        while (query.next()) {
            ofSite.insert(query.value(0).toString(),
                          ofSite.value(query.value(0).toString(), query.value(1).toString()));
        }
    }
    return {};
}

} // namespace

int MissingMonths::dueDay(Database& db)
{
    bool ok = false;
    const int day = db.metaValue(QStringLiteral("report_due_day")).toInt(&ok);
    return ok && day >= 1 && day <= 28 ? day : kDefaultDueDay;
}

QString MissingMonths::stateKey(SiteMonth::State state)
{
    switch (state) {
    case SiteMonth::State::Approved:
        return QStringLiteral("approved");
    case SiteMonth::State::Received:
        return QStringLiteral("received");
    case SiteMonth::State::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString MissingMonths::stateLabel(SiteMonth::State state)
{
    switch (state) {
    case SiteMonth::State::Approved:
        return tr("Approved and received");
    case SiteMonth::State::Received:
        return tr("Received, not approved");
    case SiteMonth::State::Missing:
        break;
    }
    return tr("Missing");
}

Result<QList<SiteMonth>> MissingMonths::forMonth(Database& db, const FigureFilter& filter, const QDate& today)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const FigureMonth month = figureMonth(filter, today);
    const QDate due = month.first.addMonths(1).addDays(dueDay(db) - 1);
    const Result<QList<TrustedSite>> trusted = TrustStore(db).list();
    if (!trusted) {
        return trusted.error();
    }
    QHash<QString, QString> institutionOf;
    if (Status read = readInstitutions(db, institutionOf); !read) {
        return read.error();
    }
    QHash<QString, QString> names; // the institutions in the filter's scope
    SqlQuery scope(db.connection(),
                   QStringLiteral("SELECT i.id, i.name FROM institutions AS i WHERE ")
                       + institutionScope(filter));
    bindInstitutionScope(scope, filter);
    SqlQuery approved(db.connection(),
                      QStringLiteral("SELECT DISTINCT origin_site FROM month_reports"
                                     " WHERE month = :month AND deleted = 0"));
    approved.bind(QStringLiteral(":month"), month.key);
    SqlQuery bundles(db.connection(),
                     QStringLiteral("SELECT sender_site, min(CASE WHEN at >= :after THEN at END), max(at),"
                                    " max(sequence) - count(DISTINCT sequence) FROM bundle_log"
                                    " WHERE direction = 'in' AND abandoned = 0 GROUP BY 1"));
    bundles.bind(QStringLiteral(":after"), month.last.addDays(1).toString(Qt::ISODate));
    if (!scope.exec() || !approved.exec() || !bundles.exec()) {
        return Error::internal(tr("Cannot read the sites' months: %1")
                                   .arg(scope.errorText() + approved.errorText() + bundles.errorText()));
    }
    while (scope.next()) {
        names.insert(scope.value(0).toString(), scope.value(1).toString());
    }
    QSet<QString> approvedBy;
    while (approved.next()) {
        approvedBy.insert(approved.value(0).toString());
    }
    struct Received
    {
        QDate afterMonth;
        QDate last;
        qint64 notReceived = 0;
    };
    QHash<QString, Received> received;
    while (bundles.next()) {
        received.insert(bundles.value(0).toString(),
                        { dayOf(bundles.value(1).toString()), dayOf(bundles.value(2).toString()),
                          bundles.value(3).toLongLong() });
    }
    const bool everyInstitution = filter.institutionId.isEmpty() && filter.region.isEmpty()
        && filter.province.isEmpty() && filter.kind.isEmpty();
    QList<SiteMonth> months;
    for (const TrustedSite& site : *trusted) {
        if (site.role != QLatin1String("site")) {
            continue;
        }
        SiteMonth row;
        row.siteId = site.siteId;
        row.siteName = site.name;
        row.month = month.key;
        row.institutionId = institutionOf.value(site.siteId);
        if (!names.contains(row.institutionId) && !everyInstitution) {
            continue;
        }
        row.institutionName = names.value(row.institutionId);
        const Received bundle = received.value(site.siteId);
        row.receivedOn = bundle.afterMonth;
        row.lastReceivedOn = bundle.last;
        row.bundlesNotReceived = bundle.notReceived;
        row.silentDays = bundle.last.isValid() ? int(bundle.last.daysTo(today)) : -1;
        row.state = approvedBy.contains(site.siteId) ? SiteMonth::State::Approved
            : bundle.afterMonth.isValid()            ? SiteMonth::State::Received
                                                     : SiteMonth::State::Missing;
        const QDate arrived = row.state == SiteMonth::State::Missing ? today : row.receivedOn;
        row.daysLate = std::max(0, int(due.daysTo(arrived)));
        months.append(row);
    }
    std::stable_sort(months.begin(), months.end(), [](const SiteMonth& a, const SiteMonth& b) {
        if (a.state != b.state) {
            return int(a.state) > int(b.state); // missing, then received, then approved
        }
        if (a.daysLate != b.daysLate) {
            return a.daysLate > b.daysLate;
        }
        return a.siteName < b.siteName;
    });
    return months;
}

} // namespace riaya
