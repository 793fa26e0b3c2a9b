#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace riaya {

class Database;

struct CaseWorkSummary
{
    int families = 0;
    int placements = 0;
    int visits = 0;
    int inspections = 0;
    int actions = 0;
};

// Case work for the demo, made through the stores as a person would: foster families at every
// stage with placements (one with a visit overdue, one ended by a return) in the first
// institution, and finalized inspections of the first institutions with corrective actions
// (some overdue). Choices follow the seed; ids are fresh.
class DemoCaseWork
{
    Q_DECLARE_TR_FUNCTIONS(DemoCaseWork)

public:
    static Result<CaseWorkSummary> generate(Database& db, quint64 seed,
                                            const QDate& today = QDate::currentDate());
};

} // namespace riaya
