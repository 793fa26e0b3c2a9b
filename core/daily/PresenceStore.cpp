#include "PresenceStore.h"

#include "common/FieldConversion.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "security/GuardedAccess.h"

#include <QHash>
#include <QSet>

namespace riaya {
namespace {

const QString kPresence = QStringLiteral("presence");

QString displayName(const QVariant& firstName, const QVariant& lastName)
{
    return QStringLiteral("%1 %2").arg(firstName.toString(), lastName.toString());
}

} // namespace

// A resident present in the institution now, with what is recorded for the day asked.
struct PresenceStore::Row
{
    PresenceMark mark;
    QString presenceId; // the stored mark of that day, empty when none
    QDate admittedOn; // the start of the current stay; invalid when no stay is recorded
};

Result<QList<PresenceStore::Row>> PresenceStore::presentOn(const QString& institutionId, const QDate& day)
{
    if (Result<Institution> institution = InstitutionStore(m_db).get(institutionId); !institution) {
        return institution.error();
    }
    // A mark of the day is the resident's whatever institution took it (one per day).
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT r.id, r.first_name, r.last_name, r.sex,"
                                  " (SELECT max(s.admitted_on) FROM stays s WHERE s.resident_id = r.id"
                                  "  AND s.institution_id = r.institution_id AND s.exited_on IS NULL"
                                  "  AND s.deleted = 0) AS admitted_on,"
                                  " p.id AS presence_id, p.state, p.note"
                                  " FROM residents r"
                                  " LEFT JOIN presence p ON p.resident_id = r.id AND p.day = :day"
                                  "  AND p.deleted = 0"
                                  " WHERE r.institution_id = :institution AND r.status = 'present'"
                                  "  AND r.deleted = 0"
                                  " ORDER BY r.last_name, r.first_name, r.id"));
    query.bind(QStringLiteral(":day"), optionalDate(day)).bind(QStringLiteral(":institution"), institutionId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the presence sheet: %1").arg(query.errorText()));
    }
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.mark.residentId = query.value(QStringLiteral("id")).toString();
        row.mark.residentName = displayName(query.value(QStringLiteral("first_name")),
                                            query.value(QStringLiteral("last_name")));
        row.mark.residentSex = query.value(QStringLiteral("sex")).toString();
        row.mark.day = day;
        row.mark.state = query.value(QStringLiteral("state")).toString();
        row.mark.note = query.value(QStringLiteral("note")).toString();
        row.presenceId = query.value(QStringLiteral("presence_id")).toString();
        row.admittedOn = isoDate(query.value(QStringLiteral("admitted_on")));
        rows.append(row);
    }
    return rows;
}

Result<QList<PresenceMark>> PresenceStore::sheet(const QString& institutionId, const QDate& day)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    if (!day.isValid()) {
        return Error::invalid(tr("The presence sheet cannot be shown."),
                              { { QStringLiteral("day"), tr("The day is required (YYYY-MM-DD).") } });
    }
    Result<QList<Row>> rows = presentOn(institutionId, day);
    if (!rows) {
        return rows.error();
    }
    QList<PresenceMark> marks;
    for (const Row& row : std::as_const(*rows)) {
        if (!row.admittedOn.isValid() || row.admittedOn <= day) {
            marks.append(row.mark);
        }
    }
    return marks;
}

QString PresenceStore::describeResident(const QString& residentId)
{
    Result<Resident> resident = ResidentStore(m_db).get(residentId);
    return resident ? resident->displayName() : residentId;
}

Status PresenceStore::saveSheet(const QString& institutionId, const QDate& day,
                                const QList<PresenceMark>& marks)
{
    const QString notSaved = tr("The presence sheet could not be saved to disk.");
    return guardedWrite(m_db, Permission::RecordPresence, notSaved, [&](RecordWriter& writer) -> Status {
        const QString failed = tr("The presence sheet was not saved.");
        if (!day.isValid()) {
            return Error::invalid(failed,
                                  { { QStringLiteral("day"), tr("The day is required (YYYY-MM-DD).") } });
        }
        if (day > QDate::currentDate()) {
            return Error::invalid(
                failed, { { QStringLiteral("day"), tr("Presence cannot be marked for a day to come.") } });
        }
        Result<QList<Row>> rows = presentOn(institutionId, day);
        if (!rows) {
            return rows.error();
        }
        QHash<QString, const Row*> present;
        for (const Row& row : std::as_const(*rows)) {
            present.insert(row.mark.residentId, &row);
        }

        QList<FieldIssue> issues;
        QList<std::pair<const PresenceMark*, const Row*>> writes;
        QSet<QString> seen;
        for (const PresenceMark& mark : marks) {
            if (mark.state.isEmpty() && mark.note.trimmed().isEmpty()) {
                continue;
            }
            const Row* row = present.value(mark.residentId);
            const QString name = row ? row->mark.residentName : describeResident(mark.residentId);
            if (seen.contains(mark.residentId)) {
                issues.append(
                    { QStringLiteral("resident_id"), tr("%1 is marked twice on the sheet.").arg(name) });
                continue;
            }
            seen.insert(mark.residentId);
            if (!row) {
                issues.append({ QStringLiteral("resident_id"),
                                tr("%1 is not present in this institution; only its present residents can be "
                                   "marked.")
                                    .arg(name) });
            } else if (row->admittedOn.isValid() && row->admittedOn > day) {
                issues.append({ QStringLiteral("resident_id"),
                                tr("%1 was admitted on %2, after this day.")
                                    .arg(name, row->admittedOn.toString(Qt::ISODate)) });
            }
            if (!presenceStates().contains(mark.state)) {
                issues.append(
                    { QStringLiteral("state"),
                      mark.state.isEmpty()
                          ? tr("Choose a state for %1 to keep the note.").arg(name)
                          : tr("Unknown state “%1” for %2; use one of %3.")
                                .arg(mark.state, name, presenceStates().join(QStringLiteral(", "))) });
            }
            if (mark.note.trimmed().size() > kMaxPresenceNoteLength) {
                issues.append(
                    { QStringLiteral("note"),
                      tr("The note for %1 is longer than %n characters.", nullptr, kMaxPresenceNoteLength)
                          .arg(name) });
            }
            writes.append({ &mark, row });
        }
        if (!issues.isEmpty()) {
            return Error::invalid(failed, issues);
        }

        for (const auto& [mark, row] : std::as_const(writes)) {
            const QVariantMap fields { { QStringLiteral("institution_id"), institutionId },
                                       { QStringLiteral("state"), mark->state },
                                       { QStringLiteral("note"), optionalText(mark->note) } };
            Status status;
            if (row->presenceId.isEmpty()) {
                QVariantMap added = fields;
                added.insert(QStringLiteral("resident_id"), mark->residentId);
                added.insert(QStringLiteral("day"), optionalDate(day));
                Result<QString> id = writer.insert(kPresence, added);
                status = id ? Status() : Status(id.error());
            } else {
                status = writer.update(kPresence, row->presenceId, fields);
            }
            if (!status) {
                return status;
            }
        }
        return {};
    });
}

Result<QList<PresenceMark>> PresenceStore::monthOf(const QString& residentId, int year, int month)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const QDate first(year, month, 1);
    if (!first.isValid()) {
        return Error::invalid(tr("The month's presence cannot be shown."),
                              { { QStringLiteral("month"), tr("The month is from 1 to 12.") } });
    }
    Result<Resident> resident = ResidentStore(m_db).get(residentId);
    if (!resident) {
        return resident.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT day, state, note FROM presence WHERE ") + kRecordsOfFile
                       + QStringLiteral(" AND day BETWEEN :first AND :last AND deleted = 0 ORDER BY day"));
    query.bind(QStringLiteral(":resident"), residentId).bind(QStringLiteral(":merged_into"), residentId);
    query.bind(QStringLiteral(":first"), optionalDate(first));
    query.bind(QStringLiteral(":last"), optionalDate(first.addMonths(1).addDays(-1)));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the presence marks: %1").arg(query.errorText()));
    }
    QList<PresenceMark> marks;
    while (query.next()) {
        marks.append({ residentId, resident->displayName(), isoDate(query.value(0)),
                       query.value(1).toString(), query.value(2).toString(), resident->sex });
    }
    return marks;
}

Result<PresenceRate> PresenceStore::monthlyRate(const QString& institutionId, int year, int month)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const QDate first(year, month, 1);
    if (!first.isValid()) {
        return Error::invalid(tr("The month's presence cannot be counted."),
                              { { QStringLiteral("month"), tr("The month is from 1 to 12.") } });
    }
    if (Result<Institution> institution = InstitutionStore(m_db).get(institutionId); !institution) {
        return institution.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT state, count(*) FROM presence WHERE institution_id = :institution"
                                  " AND day BETWEEN :first AND :last AND deleted = 0 GROUP BY state"));
    query.bind(QStringLiteral(":institution"), institutionId);
    query.bind(QStringLiteral(":first"), optionalDate(first));
    query.bind(QStringLiteral(":last"), optionalDate(first.addMonths(1).addDays(-1)));
    if (!query.exec()) {
        return Error::internal(tr("Cannot count the presence marks: %1").arg(query.errorText()));
    }
    PresenceRate rate;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int count = query.value(1).toInt();
        if (state == QLatin1String("present")) {
            rate.present = count;
        } else if (state == QLatin1String("absent")) {
            rate.absent = count;
        } else if (state == QLatin1String("leave")) {
            rate.leave = count;
        } else if (state == QLatin1String("sick")) {
            rate.sick = count;
        }
    }
    return rate;
}

} // namespace riaya
