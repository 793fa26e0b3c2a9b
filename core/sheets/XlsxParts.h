#pragma once

#include "common/Result.h"
#include "sheets/CellText.h"
#include "sheets/ZipArchive.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace riaya {

// What an XLSX workbook says about itself before any sheet is read: its worksheets in order
// and where each is, its date system, its shared strings (the only part held whole) and how
// each cell style shows numbers.
struct XlsxWorkbook
{
    struct Sheet
    {
        QString name;
        QString part; // the zip entry, e.g. "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };
    QList<Sheet> sheets;
    bool date1904 = false;
    QStringList sharedStrings;
    QList<NumberFormatKind> styleFormats; // by cellXfs index, the s attribute of a cell
};

// Text as a workbook stores it with characters XML cannot hold escaped as _xHHHH_ (Excel
// writes a carriage return as _x000D_, and an underscore before such a sequence as _x005F_).
QString unescapeXlsxText(const QString& text);

// Reads xl/workbook.xml, its relationships, the shared strings and the styles. `path` names the
// file in messages; the zip is already open.
Result<XlsxWorkbook> readXlsxWorkbook(ZipArchive& zip, const QString& path);

// The messages the XLSX reader gives, for the parts read here and for the sheet itself.
QString xlsxMissingPart(const QString& path, const QString& part);
QString xlsxCorruptPart(const QString& path, const QString& part);
QString xlsxMalformedPart(const QString& path, const QString& part, qint64 line, const QString& why);

} // namespace riaya
