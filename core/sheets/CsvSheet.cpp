#include "CsvSheet.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <array>

namespace riaya {
namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr int kSeparatorSampleRecords = 100;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

struct SeparatorScore
{
    int agreeing = 0; // records of the commonest cell count, when it is more than one
    qsizetype cells = 0; // that count
};

SeparatorScore scoreSeparator(const QString& head, bool whole, QChar separator)
{
    CsvParser parser(separator);
    QHash<qsizetype, int> counts;
    QList<qsizetype> sizes;
    qsizetype pos = 0;
    QStringList record;
    while (sizes.size() <= kSeparatorSampleRecords
           && parser.next(head, pos, true, record) == CsvParser::Step::Record) {
        if (record.size() > 1 || !record.value(0).trimmed().isEmpty()) {
            sizes << record.size(); // raw counts: Excel pads every row to the same width
        }
    }
    if (!whole && !sizes.isEmpty()) {
        sizes.removeLast(); // cut by the end of the sample
    }
    for (const qsizetype size : sizes) {
        ++counts[size];
    }
    SeparatorScore best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() > 1
            && (it.value() > best.agreeing || (it.value() == best.agreeing && it.key() > best.cells))) {
            best = { it.value(), it.key() };
        }
    }
    return best;
}

QString stepMessage(CsvParser::Step step, const QString& path, const CsvParser& parser)
{
    switch (step) {
    case CsvParser::Step::UnterminatedQuote:
        return CsvSheet::tr("%1 ends inside a quoted cell opened on row %2: a closing quote (\") is missing.")
            .arg(native(path))
            .arg(parser.quoteStartRecord());
    case CsvParser::Step::CellTooLong:
        return CsvSheet::tr("%1: row %2 has a cell longer than %3 characters, more than a spreadsheet holds "
                            "(a quote (\") that is never closed?).")
            .arg(native(path))
            .arg(parser.recordCount() + 1)
            .arg(CsvParser::kMaxCellLength);
    case CsvParser::Step::TooManyCells:
        return CsvSheet::tr("%1: row %2 has more than %3 cells, more than a spreadsheet holds.")
            .arg(native(path))
            .arg(parser.recordCount() + 1)
            .arg(CsvParser::kMaxCells);
    default:
        return {};
    }
}

} // namespace

QChar detectSeparator(const QString& head, bool whole)
{
    // Semicolon first on a tie: what Arabic and French Excel write.
    const std::array<QChar, 3> candidates { QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t') };
    QChar chosen = QLatin1Char(',');
    SeparatorScore best;
    for (const QChar candidate : candidates) {
        const SeparatorScore score = scoreSeparator(head, whole, candidate);
        if (score.agreeing > best.agreeing || (score.agreeing == best.agreeing && score.cells > best.cells)) {
            best = score;
            chosen = candidate;
        }
    }
    return chosen;
}

Result<std::unique_ptr<CsvSheet>> CsvSheet::open(const QString& path, const SheetOptions& options,
                                                 SheetFileInfo* info)
{
    if (!QFileInfo::exists(path)) {
        return Error::notFound(tr("%1 does not exist.").arg(native(path)));
    }
    std::unique_ptr<CsvSheet> sheet(new CsvSheet(path));
    QFile& file = sheet->m_file;
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(tr("%1 cannot be opened: %2").arg(native(path), file.errorString()));
    }
    const QByteArray head = file.read(kEncodingSampleBytes);
    const bool whole = file.atEnd();
    const DetectedEncoding detected = detectEncoding(head);
    const QString encoding
        = options.encoding.trimmed().isEmpty() ? detected.name : options.encoding.trimmed();
    sheet->m_decoder = TextDecoder::open(encoding);
    if (!sheet->m_decoder) {
        return Error::invalid(
            tr("%1 cannot be read in the encoding “%2”: Riaya does not know it (try UTF-8 or windows-1256).")
                .arg(native(path), encoding));
    }
    const QString text = sheet->m_decoder->decode(head, whole);
    if (whole && text.trimmed().isEmpty()) {
        return Error::invalid(tr("%1 is empty: it has no rows to import.").arg(native(path)));
    }
    sheet->m_encoding = encoding;
    sheet->m_separator = detectSeparator(text, whole);
    sheet->m_parser = CsvParser(sheet->m_separator);
    if (Status start = sheet->rewind(); !start) {
        return start.error();
    }
    if (info != nullptr) {
        info->format = QStringLiteral("csv");
        info->sheets = QStringList { QString() };
        info->sheet.clear();
        info->encoding = encoding;
        info->detectedEncoding = detected.name;
        info->encodingConfidence = detected.confidence;
        info->separator = sheet->m_separator;
    }
    return sheet;
}

CsvSheet::CsvSheet(const QString& path)
    : m_file(path)
    , m_parser(QLatin1Char(','))
{ }

bool CsvSheet::readMore()
{
    const QByteArray chunk = m_file.read(kChunkBytes);
    if (chunk.isEmpty() && m_file.error() != QFileDevice::NoError) {
        return false;
    }
    m_atEnd = m_file.atEnd();
    m_text = m_decoder->decode(chunk, m_atEnd);
    m_pos = 0;
    return true;
}

std::optional<SheetRow> CsvSheet::fail(const QString& message)
{
    m_error = message;
    m_done = true;
    return std::nullopt;
}

std::optional<SheetRow> CsvSheet::next()
{
    QStringList cells;
    while (!m_done) {
        const CsvParser::Step step = m_parser.next(m_text, m_pos, m_atEnd, cells);
        switch (step) {
        case CsvParser::Step::Record:
            while (!cells.isEmpty() && cells.last().trimmed().isEmpty()) {
                cells.removeLast();
            }
            if (!cells.isEmpty()) {
                return SheetRow { m_parser.recordCount(), cells };
            }
            break; // an empty row: skipped, but counted
        case CsvParser::Step::NeedMore:
            if (!readMore()) {
                return fail(tr("%1 cannot be read further than row %2: %3")
                                .arg(native(m_file.fileName()))
                                .arg(m_parser.recordCount())
                                .arg(m_file.errorString()));
            }
            break;
        case CsvParser::Step::End:
            m_done = true;
            break;
        default:
            return fail(stepMessage(step, m_file.fileName(), m_parser));
        }
    }
    return std::nullopt;
}

QString CsvSheet::error() const
{
    return m_error;
}

Status CsvSheet::rewind()
{
    if (!m_file.isOpen() || !m_file.seek(0)) {
        m_error = tr("%1 cannot be read again from its start: %2")
                      .arg(native(m_file.fileName()), m_file.errorString());
        m_done = true;
        return Error::invalid(m_error);
    }
    m_decoder->reset();
    m_parser.reset();
    m_text.clear();
    m_pos = 0;
    m_atEnd = false;
    m_done = false;
    m_error.clear();
    return {};
}

Result<std::unique_ptr<SheetReader>> openCsvSheet(const QString& path, const SheetOptions& options,
                                                  SheetFileInfo* info)
{
    Result<std::unique_ptr<CsvSheet>> sheet = CsvSheet::open(path, options, info);
    if (!sheet) {
        return sheet.error();
    }
    return std::unique_ptr<SheetReader>(std::move(*sheet));
}

} // namespace riaya
