#include "ReportFiles.h"

#include "ReportPdf.h"
#include "common/Bidi.h"
#include "export/CsvExport.h"
#include "export/XlsxExport.h"

#include <QDir>
#include <QFileInfo>

namespace riaya {

Result<ReportFiles::Format> ReportFiles::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("xlsx")) {
        return Format::Xlsx;
    }
    if (suffix == QLatin1String("csv")) {
        return Format::Csv;
    }
    return Error::invalid(tr("Cannot write %1: name the file .pdf, .xlsx or .csv to choose its format.")
                              .arg(isolateLtr(QDir::toNativeSeparators(path))));
}

Status writeReport(const ReportDocument& document, const QString& path)
{
    const Result<ReportFiles::Format> format = ReportFiles::formatOf(path);
    if (!format) {
        return format.error();
    }
    switch (*format) {
    case ReportFiles::Format::Pdf:
        return ReportPdf::writePdf(document, path);
    case ReportFiles::Format::Xlsx:
        return XlsxExport::write(document, path);
    case ReportFiles::Format::Csv:
        return CsvExport::write(document, path);
    }
    return Error::internal(QStringLiteral("unknown report format"));
}

Status writeReport(const ReportTable& table, const QString& path, const QString& language)
{
    const Result<ReportFiles::Format> format = ReportFiles::formatOf(path);
    if (!format) {
        return format.error();
    }
    switch (*format) {
    case ReportFiles::Format::Pdf: {
        ReportDocument document;
        document.title = table.title;
        document.language = language;
        ReportTable untitled = table; // the document's title already names it
        untitled.title.clear();
        document.tables = { untitled };
        return ReportPdf::writePdf(document, path);
    }
    case ReportFiles::Format::Xlsx:
        return XlsxExport::write(table, path, language);
    case ReportFiles::Format::Csv:
        return CsvExport::write(table, path, language);
    }
    return Error::internal(QStringLiteral("unknown report format"));
}

} // namespace riaya
