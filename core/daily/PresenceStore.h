#pragma once

#include "Presence.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// Daily presence: one mark per resident and day, taken on the institution's sheet. A sheet
// lists the residents present in the institution (admitted there and not yet gone, and
// admitted on or before the day); only they can be marked on it.
class PresenceStore
{
    Q_DECLARE_TR_FUNCTIONS(PresenceStore)

public:
    explicit PresenceStore(Database& db)
        : m_db(db)
    { }

    // The sheet of one day: a row per resident present, by family name then first name, with
    // the state and note already recorded for that day (empty state when none).
    Result<QList<PresenceMark>> sheet(const QString& institutionId, const QDate& day);
    // Saves the marks of one day in one transaction: all of them or, when any is refused,
    // none. A mark adds the resident's row for the day or changes it (its institution becomes
    // this one); an unchanged mark writes nothing. A mark with neither state nor note is
    // skipped, so a sheet can be passed back as read. Refused, with the resident named: a day
    // in the future, an unknown state, a note without a state, a resident not on the sheet or
    // marked twice, a note over kMaxPresenceNoteLength characters. Field names of the issues:
    // day, resident_id, state, note.
    Status saveSheet(const QString& institutionId, const QDate& day, const QList<PresenceMark>& marks);
    // The marks of one resident in one month (1 to 12), by day.
    Result<QList<PresenceMark>> monthOf(const QString& residentId, int year, int month);
    // The marks an institution recorded in one month, counted per state.
    Result<PresenceRate> monthlyRate(const QString& institutionId, int year, int month);

private:
    struct Row;
    Result<QList<Row>> presentOn(const QString& institutionId, const QDate& day);
    QString describeResident(const QString& residentId);

    Database& m_db;
};

} // namespace riaya
