#pragma once

#include "sheets/CsvParser.h"
#include "sheets/SheetReader.h"
#include "sheets/TextEncoding.h"

#include <QCoreApplication>
#include <QFile>

namespace riaya {

// A text roster (CSV with ',' or ';', or tab-separated) read one record at a time: the file
// in chunks, decoded in its encoding, split as it comes. Row numbers count records (a quoted
// cell may hold line breaks), empty ones included; trailing empty cells are dropped.
class CsvSheet : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvSheet)

public:
    // Opens the file, detects its encoding (unless options.encoding names one) and its
    // separator from its head, and fills `info`. Refused, with the file named, when it cannot
    // be opened, is empty, or names an encoding ICU does not know.
    static Result<std::unique_ptr<CsvSheet>> open(const QString& path, const SheetOptions& options = {},
                                                  SheetFileInfo* info = nullptr);

    std::optional<SheetRow> next() override;
    QString error() const override;
    Status rewind() override;

    qint64 unreadableCharacters() const override { return m_decoder->invalidSequences(); }
    QChar separator() const { return m_separator; }
    QString encoding() const { return m_encoding; }

private:
    explicit CsvSheet(const QString& path);

    bool readMore();
    std::optional<SheetRow> fail(const QString& message);

    QFile m_file;
    std::unique_ptr<TextDecoder> m_decoder;
    QString m_encoding;
    QChar m_separator;
    CsvParser m_parser;
    QString m_text; // the decoded chunk being split
    qsizetype m_pos = 0;
    bool m_atEnd = false; // the last chunk has been decoded
    bool m_done = false;
    QString m_error;
};

// The same, as the interface openSheet() returns.
Result<std::unique_ptr<SheetReader>> openCsvSheet(const QString& path, const SheetOptions& options = {},
                                                  SheetFileInfo* info = nullptr);

// The separator of CSV text from its first records: of ',', ';' and tab, the one that splits
// them into the same number of cells, more than one (the most cells if several do). `whole`
// says that the text is the whole file, so its last record is not cut.
QChar detectSeparator(const QString& head, bool whole);

} // namespace riaya
