#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace riaya {

// Splits CSV text into records as RFC 4180 and Excel read it, fed chunk by chunk: a field in
// double quotes may hold the separator, line breaks (CR LF, LF or CR, each kept as LF) and ""
// for one quote; text after a closing quote is kept, and so is a quote inside an unquoted
// field. State carries over between chunks, so a record may span any number of them.
class CsvParser
{
public:
    enum class Step
    {
        Record, // a record was read into `record`
        NeedMore, // the text is used up in the middle of a record: feed more, or the end
        End, // the end of the text, every record read
        UnterminatedQuote, // the text ended inside a quoted field (quoteStartRecord())
        CellTooLong, // a cell grew past what a spreadsheet holds (kMaxCellLength)
        TooManyCells // a record grew past what a spreadsheet holds (kMaxCells)
    };

    // Excel's limits, which bound the memory taken by a quote that is never closed.
    static constexpr qsizetype kMaxCellLength = 32767;
    static constexpr qsizetype kMaxCells = 16384;

    explicit CsvParser(QChar separator);

    // Reads on from text[pos] (advancing pos) to the end of the next record. `atEnd` says
    // that no text follows this one, so a record still open ends with it.
    Step next(const QString& text, qsizetype& pos, bool atEnd, QStringList& record);
    void reset();

    // Records ended so far, empty ones included: the number of the last one read.
    int recordCount() const { return m_records; }
    // The number of the record in which the last quoted field was opened.
    int quoteStartRecord() const { return m_quoteRecord; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted // a quote met inside quotes: "" or the closing quote
    };

    void endField();
    Step endRecord(QStringList& record);

    QChar m_separator;
    State m_state = State::FieldStart;
    bool m_afterCr = false; // a CR was the last character: an LF right after it is the same break
    QString m_field;
    QStringList m_fields;
    int m_records = 0;
    int m_quoteRecord = 0;
};

} // namespace riaya
