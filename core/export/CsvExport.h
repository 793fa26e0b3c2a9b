#pragma once

#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QByteArray>
#include <QCoreApplication>

namespace riaya {

// A report or a list as a spreadsheet's CSV file, written so that Excel on Windows opens it
// right in the reader's locale (docs/reports.md, "Spreadsheet files"): UTF-8 with a byte-order
// mark, ';' between fields and ',' in decimals in Arabic and French, ',' and '.' in English,
// dates as yyyy-MM-dd, quoted as RFC 4180 says, lines ended by CR LF.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // The separator between fields for a language (ar, fr or en).
    static QChar separator(const QString& language);

    // The bytes of the file: a table alone (heading row, rows, totals), or a document (its
    // title, its title block as label/value lines, then each table after an empty line,
    // under its title).
    static QByteArray toCsv(const ReportTable& table, const QString& language);
    static QByteArray toCsv(const ReportDocument& document);

    // Writes the file whole or not at all (a failure leaves any earlier file as it was).
    static Status write(const ReportTable& table, const QString& path, const QString& language);
    static Status write(const ReportDocument& document, const QString& path);
};

} // namespace riaya
