#include "RosterRejects.h"

#include "export/CsvExport.h"
#include "export/XlsxExport.h"

#include <QLocale>

namespace riaya {

QString rejectedRowsHeading()
{
    return QCoreApplication::translate("RosterRejects", "Problems to correct");
}

Status saveRejectedRows(const QString& path, const ColumnMapping& mapping, const QList<RowVerdict>& rejects)
{
    ReportTable table;
    table.title = QCoreApplication::translate("RosterRejects", "Rows not imported");
    for (const QString& header : mapping.headers()) {
        table.columns.append({ header, ReportColumn::Kind::Text });
    }
    table.columns.append({ rejectedRowsHeading(), ReportColumn::Kind::Text });
    for (const RowVerdict& verdict : rejects) {
        QStringList problems;
        for (const RowProblem& problem : verdict.problems) {
            problems.append(problem.message);
        }
        for (int i = 0; i < verdict.cells.size(); ++i) {
            QVariantList row;
            for (int column = 0; column < mapping.headers().size(); ++column) {
                row.append(verdict.cells[i].value(column));
            }
            // Said once per record: on a family's first row.
            row.append(i == 0 ? problems.join(QLatin1Char(' ')) : QString());
            table.rows.append(row);
        }
    }
    const QString language = QLocale().name().left(2);
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        ? XlsxExport::write(table, path, language)
        : CsvExport::write(table, path, language);
}

} // namespace riaya
