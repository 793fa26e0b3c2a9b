#pragma once

#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QStringList>

namespace riaya {

// A report or a list as an Excel workbook (libxlsxwriter): a sheet per table, right to left
// in Arabic, the heading row bold and frozen, columns as wide as their content, numbers,
// percentages and dates as real values with their formats, the totals row bold. A document's
// title and title block come first, on a sheet of their own named by its title.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // Writes the file whole or not at all: the workbook is made beside the target and
    // renamed over it, so a failure leaves any earlier file as it was.
    static Status write(const ReportTable& table, const QString& path, const QString& language);
    static Status write(const ReportDocument& document, const QString& path);

    // The names of the sheets for these titles, in order, as Excel accepts them: at most 31
    // characters, none of []:*?/\, no apostrophe at either end, unique whatever the case,
    // never empty.
    static QStringList sheetNames(const QStringList& titles);
};

} // namespace riaya
