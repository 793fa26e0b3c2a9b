#pragma once

#include "common/Result.h"
#include "reports/Dashboard.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>

namespace riaya {

class Database;

// The list behind each figure of a home page: the rows that were counted, read with the
// reader's permissions, as a table the window shows and exports.
class FigureLists
{
    Q_DECLARE_TR_FUNCTIONS(FigureLists)

public:
    // The lists a figure may open.
    static const QStringList& lists();
    // Refused for an unknown list, or one the reader may not read.
    static Result<ReportTable> open(Database& db, const FigureQuery& query,
                                    const QDate& today = QDate::currentDate());
};

} // namespace riaya
