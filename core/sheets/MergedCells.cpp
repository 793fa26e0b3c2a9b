#include "sheets/MergedCells.h"

#include "sheets/XlsxParts.h"

#include <QXmlStreamReader>
#include <algorithm>

namespace riaya {

bool parseCellReference(QStringView reference, int* column, int* row)
{
    qsizetype i = 0;
    qint64 letters = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t ch = reference.at(i).toUpper().unicode();
        if (ch < u'A' || ch > u'Z' || i >= 3)
            return false;
        letters = letters * 26 + (ch - u'A' + 1);
    }
    qint64 digits = 0;
    const qsizetype firstDigit = i;
    for (; i < reference.size() && reference.at(i).isDigit(); ++i) {
        digits = digits * 10 + (reference.at(i).unicode() - u'0');
        if (digits > 1048576)
            return false;
    }
    if (letters == 0 || i != reference.size() || (i > firstDigit && digits == 0))
        return false;
    *column = static_cast<int>(letters - 1);
    *row = static_cast<int>(digits);
    return true;
}

namespace {

// "A1:C1", or one cell "B2".
bool parseRange(QStringView text, CellRange* range)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QStringView first = colon < 0 ? text : text.left(colon);
    const QStringView last = colon < 0 ? text : text.mid(colon + 1);
    if (!parseCellReference(first, &range->left, &range->top)
        || !parseCellReference(last, &range->right, &range->bottom))
        return false;
    return range->top > 0 && range->bottom >= range->top && range->right >= range->left;
}

// Where the <mergeCells> element (with or without a namespace prefix) starts in `data`, or -1.
qsizetype mergeCellsStart(const QByteArray& data)
{
    for (qsizetype at = data.indexOf("mergeCells"); at >= 0; at = data.indexOf("mergeCells", at + 1)) {
        qsizetype open = at - 1;
        while (open >= 0 && data.at(open) != '<' && data.at(open) != '>' && at - open < 32)
            --open;
        if (open >= 0 && data.at(open) == '<' && data.at(open + 1) != '/')
            return open;
    }
    return -1;
}

} // namespace

Result<QList<CellRange>> readMergedRanges(ZipArchive& zip, const QString& path, const QString& part)
{
    switch (zip.startStream(part)) {
    case ZipArchive::ReadStatus::Ok:
        break;
    case ZipArchive::ReadStatus::Missing:
        return Error::invalid(xlsxMissingPart(path, part));
    case ZipArchive::ReadStatus::Corrupt:
    case ZipArchive::ReadStatus::TooLarge:
        return Error::invalid(xlsxCorruptPart(path, part));
    }
    QByteArray section; // from <mergeCells> on
    QByteArray window; // the end of the previous chunk, in case the name is cut in two
    for (QByteArray chunk = zip.nextChunk(); !chunk.isEmpty(); chunk = zip.nextChunk()) {
        if (!section.isEmpty()) {
            if (section.size() > ZipArchive::kMaxWholeEntry) {
                return Error::invalid(xlsxCorruptPart(path, part));
            }
            section += chunk;
        } else {
            window += chunk;
            if (const qsizetype start = mergeCellsStart(window); start >= 0)
                section = window.mid(start);
            else
                window = window.right(48);
        }
    }
    if (zip.streamStatus() != ZipArchive::ReadStatus::Ok)
        return Error::invalid(xlsxCorruptPart(path, part));

    QList<CellRange> ranges;
    QXmlStreamReader xml(section);
    xml.setNamespaceProcessing(false); // the prefix's declaration is not in the section
    // The section ends with the tags that close the sheet, not well-formed on its own: read up
    // to the end of <mergeCells> (the reading of the rows reports XML errors before that).
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.qualifiedName().endsWith(u"mergeCells"))
            break;
        if (token != QXmlStreamReader::StartElement || !xml.qualifiedName().endsWith(u"mergeCell"))
            continue;
        CellRange range;
        if (parseRange(xml.attributes().value(QLatin1String("ref")), &range))
            ranges << range;
    }
    return ranges;
}

void MergedCells::reset(QList<CellRange> ranges)
{
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const CellRange& a, const CellRange& b) { return a.top < b.top; });
    m_ranges = std::move(ranges);
    m_nextRange = 0;
    m_active.clear();
}

int MergedCells::nextCoveredRow(int lastRow) const
{
    for (const Active& active : m_active) {
        if (active.range.bottom > lastRow && !active.value.isEmpty())
            return lastRow + 1;
    }
    return 0;
}

void MergedCells::apply(SheetRow& row)
{
    m_active.erase(std::remove_if(m_active.begin(), m_active.end(),
                                  [&](const Active& active) { return active.range.bottom < row.number; }),
                   m_active.end());
    for (; m_nextRange < m_ranges.size() && m_ranges.at(m_nextRange).top <= row.number; ++m_nextRange) {
        const CellRange& range = m_ranges.at(m_nextRange);
        if (range.bottom < row.number)
            continue;
        // A range whose top row is missing has an empty top-left cell.
        const bool startsHere = range.top == row.number && range.left < row.cells.size();
        m_active << Active { range, startsHere ? row.cells.at(range.left) : QString() };
    }
    for (const Active& active : std::as_const(m_active)) {
        if (active.value.isEmpty())
            continue;
        while (row.cells.size() <= active.range.right)
            row.cells << QString();
        for (int column = active.range.left; column <= active.range.right; ++column)
            row.cells[column] = active.value;
    }
}

} // namespace riaya
