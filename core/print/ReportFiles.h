#pragma once

#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>

namespace riaya {

// One way to write a report or an exported list, for the window and the command line alike:
// the file's extension chooses the format (.pdf, .xlsx or .csv, whatever the case).
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    enum class Format
    {
        Pdf,
        Xlsx,
        Csv
    };
    // The format a file name asks for, or an error naming the three accepted.
    static Result<Format> formatOf(const QString& path);
};

// Writes a report in the format its file's extension names, in the document's language.
Status writeReport(const ReportDocument& document, const QString& path);
// Writes one table (a list of the window) the same way: a sheet alone, or one table on paper.
Status writeReport(const ReportTable& table, const QString& path, const QString& language);

} // namespace riaya
