#pragma once

#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace riaya {

// A report on A4 pages, as the print path lays documents out (Qt's text layout, so Arabic is
// shaped and right to left): the title and its title block at the top, then each table under
// its title with its heading row repeated on every page it runs onto, numbers and dates
// written as the document's language writes them, "page N of M" at the foot of each page.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Writes the report as a PDF file in its own language, whole or not at all.
    static Status writePdf(const ReportDocument& document, const QString& path);

    // Draws the report's pages onto a paged device (a QPrinter for printing or for a print
    // preview, a QPdfWriter), in its own language; returns how many pages it drew.
    static int render(const ReportDocument& document, QPagedPaintDevice& device);

    // The report as one text document, for a screen to show (call it with the document's
    // language in use, as render() does).
    static std::unique_ptr<QTextDocument> textDocument(const ReportDocument& document);
    // Its HTML, each table cell isolated in its own direction.
    static QString html(const ReportDocument& document);
};

} // namespace riaya
