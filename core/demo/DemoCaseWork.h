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
//
// Its sentences (a study's assessment, an action to take, who answers for it) are written in
// `language` (ar, fr or en), the language of the data it fills: the demo's names, places and
// incidents are Arabic, as a Moroccan house keeps them, so Arabic unless asked otherwise, and
// never the language the messages happen to be shown in.
class DemoCaseWork
{
    Q_DECLARE_TR_FUNCTIONS(DemoCaseWork)

public:
    static Result<CaseWorkSummary> generate(Database& db, quint64 seed,
                                            const QDate& today = QDate::currentDate(),
                                            const QString& language = QStringLiteral("ar"));
};

} // namespace riaya
