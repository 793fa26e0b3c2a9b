#pragma once

#include "common/Result.h"
#include "demo/DemoMonths.h"

#include <QCoreApplication>
#include <QDate>

namespace riaya {

class Database;

struct CaseWorkSummary
{
    int families = 0;
    int placements = 0;
    int visits = 0;
    int returns = 0; // placements ended by a return, with its reason
    int inspections = 0;
    int actions = 0;
    int overCapacity = 0; // houses with more residents present than places (at the ministry)
    DemoMonthsSummary months; // at the ministry: the sites' bundles and approvals
    QDate approvedMonth; // at a site: the month its supervisor approved (invalid when none)
};

// Case work for the demo, made through the stores as a person would: foster families at every
// stage with placements (visits overdue for two, two ended by a return, one to the family of
// origin and one to the institution) in the first institution, and finalized inspections with
// corrective actions (some overdue) of the first institutions and, at the ministry, of one
// house in twenty. At the ministry also the months the houses sent (DemoMonths) and houses over
// capacity; every house's records there are written as its own site's (InsertOrigin). At a
// site, the last month approved. Choices follow the seed; ids are fresh.
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
