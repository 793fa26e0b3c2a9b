#pragma once

#include "sheets/SheetReader.h"

namespace riaya {

// One worksheet of an Excel 97-2003 workbook (.xls, BIFF inside an OLE2 compound file), read
// through FreeXL. FreeXL loads the workbook whole, which an .xls file's 65,536 rows allow.
// Cells as in XLSX: whole numbers without ".0", dates as yyyy-MM-dd; FreeXL does not give
// merged ranges, so only the top-left cell of one holds its value. Fills `info` with format
// "xls", the worksheets in order and the one chosen (options.sheet, or the first). Refused,
// with the file named, when it cannot be opened, is not an Excel workbook, is encrypted, is
// damaged, or has no sheet of that name (the message lists those it has).
//
// FreeXL 1.0.6 (Debian 12) reads past its own buffers on some crafted files (found by
// fuzz_sheet), so on Unix the workbook is read whole in a child process (sheets/XlsIsolation)
// and a crash there only means the file is refused. openXlsSheetInProcess is what the child
// runs, and where there is no fork().
Result<std::unique_ptr<SheetReader>> openXlsSheet(const QString& path, const SheetOptions& options,
                                                  SheetFileInfo* info);
// "%1 is damaged and cannot be read as an Excel 97-2003 workbook.", with the file named.
QString unreadableXlsMessage(const QString& path);
Result<std::unique_ptr<SheetReader>> openXlsSheetInProcess(const QString& path, const SheetOptions& options,
                                                           SheetFileInfo* info);

} // namespace riaya
