#include "RosterTemplate.h"

#include "export/CsvExport.h"
#include "export/XlsxExport.h"

#include <QCoreApplication>

namespace riaya {

Status writeRosterTemplate(RosterKind kind, const QString& path, const QString& language)
{
    ReportTable table;
    table.title = QCoreApplication::translate("RosterTemplate", "Roster");
    for (const bool required : { true, false }) {
        for (const RosterField& field : rosterFields(kind)) {
            if (field.required == required) {
                table.columns.append({ rosterTemplateHeader(field, language), ReportColumn::Kind::Text });
            }
        }
    }
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        ? XlsxExport::write(table, path, language)
        : CsvExport::write(table, path, language);
}

} // namespace riaya
