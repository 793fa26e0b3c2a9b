#pragma once

#include "sheets/SheetReader.h"

namespace riaya {

// One worksheet of an XLSX workbook (Excel 2007 and later, LibreOffice, spreadsheet
// libraries), read row by row: the sheet's part is decompressed and parsed a chunk at a time,
// so only the shared strings are held whole. Fills `info` with format "xlsx", the worksheets
// in workbook order and the one chosen (options.sheet, or the first that is not hidden).
// Refused, with the file named, when it is not a zip, is a zip but not a workbook, has no sheet
// of that name (the message lists those it has), or a part is truncated, corrupt or not XML.
Result<std::unique_ptr<SheetReader>> openXlsxSheet(const QString& path, const SheetOptions& options,
                                                   SheetFileInfo* info);

} // namespace riaya
