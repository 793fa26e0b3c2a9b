#pragma once

#include "common/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace riaya {

// One row of a sheet as read: its number as the spreadsheet program shows it (the first line
// of the file or sheet is 1, empty rows count), and its cells as the person sees them.
struct SheetRow
{
    int number = 0;
    QStringList cells;
};

// A sheet read one row at a time, whatever file it came from (CSV or tab-separated text,
// XLSX, XLS), so a 100,000-row roster is never held whole in memory. Cells are text: numbers
// as typed (no trailing ".0"), cells a workbook formats as dates as ISO dates (yyyy-MM-dd),
// the value of a merged range in every cell of it. Rows whose cells are all empty are skipped.
class SheetReader
{
public:
    virtual ~SheetReader() = default;

    // The next row that is not empty, or nothing at the end of the sheet or when the file
    // cannot be read further (then error() says why).
    virtual std::optional<SheetRow> next() = 0;
    // Why reading stopped before the end, in the user's language; empty at a clean end.
    virtual QString error() const = 0;
    // Reads again from the first row (a dry run, then the import).
    virtual Status rewind() = 0;
    // Text files: characters read so far that are not valid in the encoding read with (each
    // read as U+FFFD). Many mean the file is in another encoding than the one chosen.
    virtual qint64 unreadableCharacters() const { return 0; }
};

// What was found out about a file while opening it, shown to the person who may correct it.
struct SheetFileInfo
{
    QString format; // "csv", "xlsx" or "xls"
    QStringList sheets; // the workbook's sheets in order; one unnamed sheet for text files
    QString sheet; // the sheet being read
    QString encoding; // text files: the encoding read with (ICU name, e.g. "windows-1256")
    QString detectedEncoding; // text files: what detection found, before any override
    int encodingConfidence = 0; // 0..100, from ICU's charset detection
    QChar separator; // text files: ',', ';' or '\t'
};

struct SheetOptions
{
    QString sheet; // by name; the first sheet when empty
    QString encoding; // text files: read in this encoding instead of the detected one
};

// Opens a roster file by its content, not its name: a zip is XLSX, an OLE2 compound file is
// XLS, anything else is text (CSV with ',' or ';', or tab-separated). Refused, with the file
// named, when it does not exist, cannot be read, is empty, is not a spreadsheet Riaya reads,
// names a sheet the workbook does not have, or an encoding ICU does not know.
Result<std::unique_ptr<SheetReader>> openSheet(const QString& path, const SheetOptions& options = {},
                                               SheetFileInfo* info = nullptr);

} // namespace riaya
