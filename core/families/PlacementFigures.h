#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace riaya {

class Database;

// The ministry's figures on family-based care for a span of months: placements active at
// its end, started and ended each month, returns with their reasons, families by state, and
// the visits overdue today.
struct PlacementFigures
{
    Q_DECLARE_TR_FUNCTIONS(PlacementFigures)

public:
    struct Month
    {
        QString month; // YYYY-MM
        int started = 0;
        int ended = 0;
    };
    struct Return
    {
        QString outcome; // returned_to_origin_family, returned_to_institution
        QString reason;
        int count = 0;
    };

    QDate from; // the first day of the first month
    QDate to; // the last day of the last month
    int activeAtEnd = 0;
    QList<Month> months;
    QList<Return> returns; // most frequent first
    QMap<QString, int> familiesByState; // every state, zero included
    int overdueVisits = 0;

    // The months from `from`'s to `to`'s, both included.
    static Result<PlacementFigures> compute(Database& db, const QDate& from, const QDate& to);
};

} // namespace riaya
