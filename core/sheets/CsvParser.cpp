#include "CsvParser.h"

namespace riaya {

CsvParser::CsvParser(QChar separator)
    : m_separator(separator)
{ }

void CsvParser::reset()
{
    m_state = State::FieldStart;
    m_afterCr = false;
    m_field.clear();
    m_fields.clear();
    m_records = 0;
    m_quoteRecord = 0;
}

void CsvParser::endField()
{
    m_fields << m_field;
    m_field.clear();
    m_state = State::FieldStart;
}

CsvParser::Step CsvParser::endRecord(QStringList& record)
{
    endField();
    record = std::move(m_fields);
    m_fields.clear();
    ++m_records;
    return Step::Record;
}

CsvParser::Step CsvParser::next(const QString& text, qsizetype& pos, bool atEnd, QStringList& record)
{
    const qsizetype size = text.size();
    while (pos < size) {
        const QChar ch = text.at(pos++);
        if (m_afterCr) {
            m_afterCr = false;
            if (ch == QLatin1Char('\n')) {
                continue;
            }
        }
        const bool lineBreak = ch == QLatin1Char('\r') || ch == QLatin1Char('\n');
        switch (m_state) {
        case State::QuoteInQuoted:
            if (ch == QLatin1Char('"')) {
                m_field += ch;
                m_state = State::Quoted;
                break;
            }
            m_state = State::Unquoted; // the closing quote; what follows it is read as plain text
            [[fallthrough]];
        case State::FieldStart:
        case State::Unquoted:
            if (m_state == State::FieldStart && ch == QLatin1Char('"')) {
                m_state = State::Quoted;
                m_quoteRecord = m_records + 1;
            } else if (ch == m_separator) {
                endField();
                if (m_fields.size() > kMaxCells) {
                    return Step::TooManyCells;
                }
            } else if (lineBreak) {
                m_afterCr = ch == QLatin1Char('\r');
                return endRecord(record);
            } else {
                m_field += ch;
                m_state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (ch == QLatin1Char('"')) {
                m_state = State::QuoteInQuoted;
            } else {
                m_field += lineBreak ? QChar(u'\n') : ch;
                m_afterCr = ch == QLatin1Char('\r');
            }
            break;
        }
        if (m_field.size() > kMaxCellLength) {
            return Step::CellTooLong;
        }
    }
    if (!atEnd) {
        return Step::NeedMore;
    }
    if (m_state == State::Quoted) {
        return Step::UnterminatedQuote;
    }
    if (m_state == State::FieldStart && m_fields.isEmpty()) {
        return Step::End; // nothing after the last line break
    }
    return endRecord(record);
}

} // namespace riaya
