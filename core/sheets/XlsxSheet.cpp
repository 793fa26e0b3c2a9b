#include "sheets/XlsxSheet.h"

#include "sheets/CellText.h"
#include "sheets/MergedCells.h"
#include "sheets/XlsxParts.h"
#include "sheets/ZipArchive.h"

#include <QDir>
#include <QXmlStreamReader>

namespace riaya {

namespace {

bool isElement(const QXmlStreamReader& xml, const char* name)
{
    return xml.name() == QLatin1String(name);
}

class XlsxSheetReader final : public SheetReader
{
public:
    XlsxSheetReader(QString path, std::unique_ptr<ZipArchive> zip, XlsxWorkbook workbook,
                    XlsxWorkbook::Sheet sheet)
        : m_path(std::move(path))
        , m_zip(std::move(zip))
        , m_workbook(std::move(workbook))
        , m_sheet(std::move(sheet))
    { }

    Status rewind() override;
    std::optional<SheetRow> next() override;
    QString error() const override { return m_error; }

private:
    // The next <row> of the sheet part as written, or nothing at its end or on an error.
    std::optional<SheetRow> readXmlRow();
    bool feed();
    QString cellText(const QString& type, int style, const QString& value);
    void fail(const QString& message);

    struct Cell
    {
        int column = 0;
        int style = 0;
        QString type;
        QString text;
    };

    QString m_path;
    std::unique_ptr<ZipArchive> m_zip;
    XlsxWorkbook m_workbook;
    XlsxWorkbook::Sheet m_sheet;
    MergedCells m_merged;
    QXmlStreamReader m_xml;
    std::optional<SheetRow> m_pending; // a row read from the part, not yet given
    bool m_partDone = false;
    int m_lastXmlRow = 0;
    int m_lastRow = 0;
    QString m_error;
};

Status XlsxSheetReader::rewind()
{
    m_xml.clear();
    m_pending.reset();
    m_partDone = false;
    m_lastXmlRow = 0;
    m_lastRow = 0;
    m_error.clear();
    Result<QList<CellRange>> ranges = readMergedRanges(*m_zip, m_path, m_sheet.part);
    if (!ranges) {
        m_partDone = true;
        m_error = ranges.error().message;
        return ranges.error();
    }
    m_merged.reset(std::move(*ranges));
    if (m_zip->startStream(m_sheet.part) != ZipArchive::ReadStatus::Ok) {
        fail(xlsxCorruptPart(m_path, m_sheet.part));
        return Error::invalid(m_error);
    }
    return {};
}

std::optional<SheetRow> XlsxSheetReader::next()
{
    for (;;) {
        if (!m_pending && !m_partDone)
            m_pending = readXmlRow();
        if (!m_error.isEmpty())
            return std::nullopt;
        SheetRow row;
        const int covered = m_merged.nextCoveredRow(m_lastRow);
        // Not after the last row of the part: a range may cover whole columns.
        if (covered > 0 && m_pending && covered < m_pending->number) {
            row.number = covered;
        } else if (m_pending) {
            row = std::move(*m_pending);
            m_pending.reset();
        } else {
            return std::nullopt;
        }
        m_lastRow = row.number;
        m_merged.apply(row);
        while (!row.cells.isEmpty() && row.cells.last().isEmpty())
            row.cells.removeLast();
        if (!row.cells.isEmpty())
            return row;
    }
}

bool XlsxSheetReader::feed()
{
    const QByteArray chunk = m_zip->nextChunk();
    if (m_zip->streamStatus() != ZipArchive::ReadStatus::Ok) {
        fail(xlsxCorruptPart(m_path, m_sheet.part));
        return false;
    }
    if (chunk.isEmpty())
        return false;
    m_xml.addData(chunk);
    return true;
}

std::optional<SheetRow> XlsxSheetReader::readXmlRow()
{
    std::optional<SheetRow> row;
    std::optional<Cell> cell;
    bool inValue = false; // <v>, or <t> of an inline string outside a phonetic guide
    int phonetic = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
                continue;
            if (m_error.isEmpty())
                fail(xlsxMalformedPart(m_path, m_sheet.part, m_xml.lineNumber(), m_xml.errorString()));
            return std::nullopt;
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_partDone = true;
            return std::nullopt;
        }
        if (token == QXmlStreamReader::Characters) {
            if (cell && inValue && phonetic == 0)
                cell->text += m_xml.text();
            continue;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (isElement(m_xml, "row")) {
                const QXmlStreamAttributes attributes = m_xml.attributes();
                row = SheetRow();
                const int number = attributes.value(QLatin1String("r")).toInt();
                row->number = number > m_lastXmlRow ? number : m_lastXmlRow + 1;
            } else if (row && isElement(m_xml, "c")) {
                const QXmlStreamAttributes attributes = m_xml.attributes();
                cell = Cell();
                int column = row->cells.size();
                int referenceRow = 0;
                const QStringView reference = attributes.value(QLatin1String("r"));
                if (!reference.isEmpty() && parseCellReference(reference, &column, &referenceRow)
                    && column >= row->cells.size())
                    cell->column = column;
                else
                    cell->column = row->cells.size(); // no reference: after the previous cell
                cell->style = attributes.value(QLatin1String("s")).toInt();
                cell->type = attributes.value(QLatin1String("t")).toString();
            } else if (cell && (isElement(m_xml, "v") || isElement(m_xml, "t"))) {
                inValue = true;
            } else if (cell && isElement(m_xml, "rPh")) {
                ++phonetic;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (isElement(m_xml, "v") || isElement(m_xml, "t")) {
                inValue = false;
            } else if (isElement(m_xml, "rPh")) {
                --phonetic;
            } else if (cell && isElement(m_xml, "c")) {
                const QString text = cellText(cell->type, cell->style, cell->text);
                if (!m_error.isEmpty())
                    return std::nullopt;
                while (row->cells.size() < cell->column)
                    row->cells << QString();
                row->cells << text;
                cell.reset();
            } else if (row && isElement(m_xml, "row")) {
                m_lastXmlRow = row->number;
                return row;
            } else if (isElement(m_xml, "sheetData") || isElement(m_xml, "worksheet")) {
                m_partDone = true; // what follows (merged cells, page setup) is not rows
                return std::nullopt;
            }
        }
    }
}

QString XlsxSheetReader::cellText(const QString& type, int style, const QString& value)
{
    if (value.isEmpty())
        return value; // a cell that only holds formatting, or a formula never calculated
    if (type == QLatin1String("s")) {
        bool isNumber = false;
        const int index = value.toInt(&isNumber);
        if (!isNumber || index < 0 || index >= m_workbook.sharedStrings.size()) {
            fail(QCoreApplication::translate(
                     "XlsxSheet", "%1 is damaged: sheet %2 refers to a shared string that does not exist.")
                     .arg(QDir::toNativeSeparators(m_path), m_sheet.name));
            return {};
        }
        return m_workbook.sharedStrings.at(index);
    }
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("d")) // an ISO 8601 date-time, written by some libraries
        return value.left(10);
    if (!type.isEmpty() && type != QLatin1String("n"))
        return unescapeXlsxText(value); // "inlineStr", "str" (a formula's text), "e" (an error)
    bool isNumber = false;
    const double number = value.toDouble(&isNumber);
    if (!isNumber)
        return value;
    switch (m_workbook.styleFormats.value(style, NumberFormatKind::Number)) {
    case NumberFormatKind::Date:
        return serialDateText(number, m_workbook.date1904);
    case NumberFormatKind::Time:
        return serialTimeText(number);
    case NumberFormatKind::Number:
        break;
    }
    return numberCellText(number);
}

void XlsxSheetReader::fail(const QString& message)
{
    m_error = message;
    m_partDone = true;
    m_pending.reset();
}

} // namespace

Result<std::unique_ptr<SheetReader>> openXlsxSheet(const QString& path, const SheetOptions& options,
                                                   SheetFileInfo* info)
{
    auto zip = std::make_unique<ZipArchive>();
    if (!zip->open(path))
        return Error::invalid(
            QCoreApplication::translate(
                "XlsxSheet",
                "%1 cannot be read as an Excel workbook: it is not a zip file, or it is truncated.")
                .arg(QDir::toNativeSeparators(path)));
    Result<XlsxWorkbook> workbook = readXlsxWorkbook(*zip, path);
    if (!workbook)
        return workbook.error();

    QStringList names;
    for (const XlsxWorkbook::Sheet& sheet : std::as_const(workbook->sheets))
        names << sheet.name;
    qsizetype chosen = 0;
    if (!options.sheet.isEmpty()) {
        chosen = names.indexOf(options.sheet);
        if (chosen < 0)
            return Error::notFound(
                QCoreApplication::translate("XlsxSheet", "%1 has no sheet named “%2”; its sheets are: %3.")
                    .arg(QDir::toNativeSeparators(path), options.sheet, names.join(QStringLiteral(", "))));
    } else {
        // A hidden first sheet holds lists for the others, not the roster the person sees.
        while (chosen + 1 < workbook->sheets.size() && workbook->sheets.at(chosen).hidden)
            ++chosen;
    }
    if (info) {
        info->format = QStringLiteral("xlsx");
        info->sheets = names;
        info->sheet = names.at(chosen);
    }
    XlsxWorkbook::Sheet sheet = workbook->sheets.at(chosen);
    auto reader
        = std::make_unique<XlsxSheetReader>(path, std::move(zip), std::move(*workbook), std::move(sheet));
    if (Status started = reader->rewind(); !started)
        return started.error();
    return std::unique_ptr<SheetReader>(std::move(reader));
}

} // namespace riaya
