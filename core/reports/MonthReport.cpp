#include "MonthReport.h"

#include "MonthCompleteness.h"
#include "common/CanonicalJson.h"
#include "common/DateDisplay.h"
#include "common/DateParse.h"
#include "daily/PresenceStore.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "security/GuardedAccess.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
namespace {

const QString kMonthReports = QStringLiteral("month_reports");

} // namespace

QVariantMap MonthFigures::toMap() const
{
    return { { QStringLiteral("capacity"), capacity },
             { QStringLiteral("residents_at_start"), residentsAtStart },
             { QStringLiteral("admissions"), admissions },
             { QStringLiteral("exits_left"), exitsLeft },
             { QStringLiteral("exits_transferred"), exitsTransferred },
             { QStringLiteral("exits_placed"), exitsPlaced },
             { QStringLiteral("residents_at_end"), residentsAtEnd },
             { QStringLiteral("presence_present"), presence.present },
             { QStringLiteral("presence_absent"), presence.absent },
             { QStringLiteral("presence_leave"), presence.leave },
             { QStringLiteral("presence_sick"), presence.sick },
             { QStringLiteral("incidents"), incidents } };
}

Result<int> MonthReport::checkMonth(Database& db, const QString& institutionId, const QDate& month)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    if (!month.isValid() || last >= QDate::currentDate()) {
        return Error::invalid(tr("Only a month that has ended can be closed; %1 ends on %2.")
                                  .arg(displayMonth(first), displayDate(last)));
    }
    SqlQuery house(db.connection(),
                   QStringLiteral("SELECT capacity FROM institutions WHERE id = :id AND deleted = 0"));
    house.bind(QStringLiteral(":id"), institutionId);
    if (!house.exec() || !house.next()) {
        return Error::notFound(tr("There is no institution %1.").arg(institutionId));
    }
    return house.value(0).toInt();
}

Result<MonthFigures> MonthReport::compute(Database& db, const QString& institutionId, const QDate& month)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const Result<int> capacity = checkMonth(db, institutionId, month);
    if (!capacity) {
        return capacity.error();
    }
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    MonthFigures figures;
    figures.institutionId = institutionId;
    figures.month = first;
    figures.capacity = *capacity;
    // One pass over the house's stays: who was there at each end of the month, who came and went.
    SqlQuery stays(
        db.connection(),
        QStringLiteral(
            "SELECT coalesce(sum(admitted_on < :first AND (exited_on IS NULL OR exited_on >= :first)), 0),"
            " coalesce(sum(admitted_on BETWEEN :first AND :last), 0),"
            " coalesce(sum(exited_on BETWEEN :first AND :last AND exit_kind = 'left'), 0),"
            " coalesce(sum(exited_on BETWEEN :first AND :last AND exit_kind = 'transferred'), 0),"
            " coalesce(sum(exited_on BETWEEN :first AND :last AND exit_kind = 'placed'), 0),"
            " coalesce(sum(admitted_on <= :last AND (exited_on IS NULL OR exited_on > :last)), 0)"
            " FROM stays WHERE institution_id = :id AND deleted = 0"));
    stays.bind(QStringLiteral(":first"), first.toString(Qt::ISODate))
        .bind(QStringLiteral(":last"), last.toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), institutionId);
    if (!stays.exec() || !stays.next()) {
        return Error::internal(tr("Cannot count the stays: %1").arg(stays.errorText()));
    }
    figures.residentsAtStart = stays.value(0).toInt();
    figures.admissions = stays.value(1).toInt();
    figures.exitsLeft = stays.value(2).toInt();
    figures.exitsTransferred = stays.value(3).toInt();
    figures.exitsPlaced = stays.value(4).toInt();
    figures.residentsAtEnd = stays.value(5).toInt();
    const Result<PresenceRate> presence
        = PresenceStore(db).monthlyRate(institutionId, first.year(), first.month());
    if (!presence) {
        return presence.error();
    }
    figures.presence = *presence;
    SqlQuery incidents(
        db.connection(),
        QStringLiteral("SELECT count(*) FROM incidents WHERE institution_id = :id AND deleted = 0"
                       " AND voided_at IS NULL AND occurred_on BETWEEN :first AND :last"));
    incidents.bind(QStringLiteral(":id"), institutionId)
        .bind(QStringLiteral(":first"), first.toString(Qt::ISODate))
        .bind(QStringLiteral(":last"), last.toString(Qt::ISODate));
    if (!incidents.exec() || !incidents.next()) {
        return Error::internal(tr("Cannot count the incidents: %1").arg(incidents.errorText()));
    }
    figures.incidents = incidents.value(0).toInt();
    return figures;
}

QString MonthReport::approverName(Database& db)
{
    const Actor& actor = db.actor();
    if (actor.localOperator || actor.username.isEmpty()) {
        return actor.username;
    }
    SqlQuery query(db.connection(),
                   QStringLiteral("SELECT full_name FROM users WHERE username = :name"
                                  " AND deleted = 0"));
    query.bind(QStringLiteral(":name"), actor.username);
    const QString fullName = query.exec() && query.next() ? query.value(0).toString().trimmed() : QString();
    return fullName.isEmpty() ? actor.username : fullName;
}

Result<MonthFigures> MonthReport::approve(Database& db, const QString& institutionId, const QDate& month,
                                          const MonthApproval& approval)
{
    const QString notSaved = tr("The approval could not be saved to disk.");
    return guardedWrite(
        db, Permission::CloseMonth, notSaved, [&](RecordWriter& writer) -> Result<MonthFigures> {
            const QString named = approval.approvedBy.trimmed();
            const QString approver = approverName(db);
            if (!db.actor().localOperator && !named.isEmpty() && named != approver
                && named != db.actor().username) {
                return Error::invalid(
                    tr("The approval is recorded in the name of the person signed in, %1.").arg(approver),
                    { { QStringLiteral("approved_by"),
                        tr("Only a database without accounts names who approves.") } });
            }
            return writeApproval(db, writer, institutionId, month,
                                 db.actor().localOperator && !named.isEmpty() ? named : approver, utcNowIso(),
                                 approval.acceptIncomplete);
        });
}

Result<MonthFigures> MonthReport::recordApproval(Database& db, RecordWriter& writer,
                                                 const QString& institutionId, const QDate& month,
                                                 const QString& approvedBy, const QString& approvedAt)
{
    if (Status allowed = Access::require(db, Permission::CloseMonth); !allowed) {
        return allowed.error();
    }
    return writeApproval(db, writer, institutionId, month, approvedBy, approvedAt, true);
}

Result<MonthFigures> MonthReport::writeApproval(Database& db, RecordWriter& writer,
                                                const QString& institutionId, const QDate& month,
                                                const QString& approvedBy, const QString& approvedAt,
                                                bool acceptIncomplete)
{
    const Result<MonthFigures> figures = compute(db, institutionId, month);
    if (!figures) {
        return figures.error();
    }
    const Result<MonthCompleteness> completeness = MonthCompleteness::check(db, institutionId, month);
    if (!completeness) {
        return completeness.error();
    }
    if (!completeness->complete() && !acceptIncomplete) {
        return Error::conflict(
            tr("%1 is incomplete, and was not approved. %2 Complete the records, "
               "or approve the month as incomplete.")
                .arg(monthKey(figures->month), completeness->describe().join(QLatin1Char(' '))));
    }
    QVariantMap stored = figures->toMap();
    stored.insert(QStringLiteral("completeness"), completeness->toMap());
    stored.insert(QStringLiteral("approved_incomplete"), !completeness->complete());
    const QVariantMap fields { { QStringLiteral("institution_id"), institutionId },
                               { QStringLiteral("month"), monthKey(figures->month) },
                               { QStringLiteral("figures"), QString::fromUtf8(canonicalJson(stored)) },
                               { QStringLiteral("approved_by"), approvedBy },
                               { QStringLiteral("approved_at"), approvedAt } };
    SqlQuery existing(
        db.connection(),
        QStringLiteral("SELECT id FROM month_reports WHERE institution_id = :id AND month = :month"
                       " AND deleted = 0"));
    existing.bind(QStringLiteral(":id"), institutionId)
        .bind(QStringLiteral(":month"), monthKey(figures->month));
    if (!existing.exec()) {
        return Error::internal(existing.errorText());
    }
    if (existing.next()) {
        if (Status saved = writer.update(kMonthReports, existing.value(0).toString(), fields); !saved) {
            return saved.error();
        }
    } else if (const Result<QString> id = writer.insert(kMonthReports, fields); !id) {
        return id.error();
    }
    return figures;
}

Result<QList<ApprovedMonth>> MonthReport::approved(Database& db, const QString& institutionId)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    SqlQuery query(
        db.connection(),
        QStringLiteral("SELECT institution_id, month, figures, approved_by, approved_at FROM month_reports"
                       " WHERE deleted = 0 AND (:id IS NULL OR institution_id = :id2)"
                       " ORDER BY month DESC, institution_id"));
    query.bind(QStringLiteral(":id"), institutionId.isEmpty() ? QVariant() : QVariant(institutionId))
        .bind(QStringLiteral(":id2"), institutionId);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    QList<ApprovedMonth> months;
    while (query.next()) {
        months.append({ query.value(0).toString(), query.value(1).toString(),
                        QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object().toVariantMap(),
                        query.value(3).toString(), query.value(4).toString() });
    }
    return months;
}

Result<QString> MonthReport::lastApprovedBy(Database& db, const QString& originSite)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    SqlQuery query(
        db.connection(),
        QStringLiteral("SELECT max(month) FROM month_reports WHERE origin_site = :site AND deleted = 0"));
    query.bind(QStringLiteral(":site"), originSite);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace riaya
