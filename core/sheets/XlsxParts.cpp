#include "sheets/XlsxParts.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace riaya {

namespace {

const QString workbookPart = QStringLiteral("xl/workbook.xml");

QString fileName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A part read whole; a missing optional part is an empty one.
Result<QByteArray> readPart(ZipArchive& zip, const QString& path, const QString& part, bool required)
{
    QByteArray data;
    switch (zip.readAll(part, &data)) {
    case ZipArchive::ReadStatus::Ok:
        return data;
    case ZipArchive::ReadStatus::Missing:
        if (!required)
            return QByteArray();
        return Error::invalid(xlsxMissingPart(path, part));
    case ZipArchive::ReadStatus::TooLarge:
        return Error::invalid(QCoreApplication::translate("XlsxSheet",
                                                          "%1: the part %2 of this workbook is larger "
                                                          "than Riaya reads (%3 MiB); it is damaged or "
                                                          "not a roster.")
                                  .arg(fileName(path), part)
                                  .arg(ZipArchive::kMaxWholeEntry / (1024 * 1024)));
    case ZipArchive::ReadStatus::Corrupt:
        break;
    }
    return Error::invalid(xlsxCorruptPart(path, part));
}

Status malformed(const QString& path, const QString& part, const QXmlStreamReader& xml)
{
    return Error::invalid(xlsxMalformedPart(path, part, xml.lineNumber(), xml.errorString()));
}

// The relationship id of a <sheet>: r:id in the transitional or the strict namespace.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == QLatin1String("id")
            && attribute.namespaceUri().endsWith(QLatin1String("relationships")))
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

struct Relationship
{
    QString type; // the last word of the type URI: "worksheet", "sharedStrings", "styles"
    QString part;
};

// xl/_rels/workbook.xml.rels: targets relative to xl/, or absolute from the package's root.
Result<QHash<QString, Relationship>> readRelationships(ZipArchive& zip, const QString& path)
{
    const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
    Result<QByteArray> data = readPart(zip, path, part, true);
    if (!data)
        return data.error();
    QHash<QString, Relationship> relationships;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString target = attributes.value(QLatin1String("Target")).toString();
        const QString resolved = target.startsWith(QLatin1Char('/'))
            ? target.mid(1)
            : QDir::cleanPath(QStringLiteral("xl/") + target);
        const QString type = attributes.value(QLatin1String("Type")).toString();
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                             { type.mid(type.lastIndexOf(QLatin1Char('/')) + 1), resolved });
    }
    if (xml.hasError())
        return malformed(path, part, xml).error();
    return relationships;
}

// The text of an <si> or <is>: its <t>, or its rich-text runs' <t> joined; phonetic guides
// (<rPh>) are not part of the text.
QString stringItemText(QXmlStreamReader& xml)
{
    QString text;
    int phonetic = 0;
    const QString element = xml.name().toString();
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

Status readSharedStrings(ZipArchive& zip, const QString& path, const QString& part, XlsxWorkbook* workbook)
{
    Result<QByteArray> data = readPart(zip, path, part, false);
    if (!data)
        return data.error();
    QXmlStreamReader xml(*data);
    while (!data->isEmpty() && !xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            workbook->sharedStrings << unescapeXlsxText(stringItemText(xml));
    }
    if (xml.hasError())
        return malformed(path, part, xml);
    return {};
}

Status readStyles(ZipArchive& zip, const QString& path, const QString& part, XlsxWorkbook* workbook)
{
    Result<QByteArray> data = readPart(zip, path, part, false);
    if (!data)
        return data.error();
    QHash<int, NumberFormatKind> customFormats;
    bool inCellFormats = false;
    QXmlStreamReader xml(*data);
    while (!data->isEmpty() && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int id = attributes.value(QLatin1String("numFmtId")).toInt();
        if (xml.name() == QLatin1String("numFmt")) {
            customFormats.insert(id,
                                 formatCodeKind(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = true;
        } else if (inCellFormats && xml.name() == QLatin1String("xf")) {
            // A custom format may reuse a built-in id; the workbook's own code wins.
            workbook->styleFormats << customFormats.value(id, builtInFormatKind(id));
        }
    }
    if (xml.hasError())
        return malformed(path, part, xml);
    return {};
}

} // namespace

QString unescapeXlsxText(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool isHex = false;
        const ushort code = i + 6 < text.size() && text.at(i) == QLatin1Char('_')
                && text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')
            ? QStringView(text).mid(i + 2, 4).toUShort(&isHex, 16)
            : 0;
        if (isHex) {
            plain += QChar(code);
            i += 6;
        } else {
            plain += text.at(i);
        }
    }
    return plain;
}

QString xlsxMissingPart(const QString& path, const QString& part)
{
    return QCoreApplication::translate("XlsxSheet",
                                       "%1 is damaged: the part %2 named by the workbook is missing.")
        .arg(fileName(path), part);
}

QString xlsxCorruptPart(const QString& path, const QString& part)
{
    return QCoreApplication::translate("XlsxSheet", "%1 is damaged: the part %2 is truncated or corrupt.")
        .arg(fileName(path), part);
}

QString xlsxMalformedPart(const QString& path, const QString& part, qint64 line, const QString& why)
{
    return QCoreApplication::translate("XlsxSheet",
                                       "%1 is damaged: the part %2 is not well-formed XML (line %3: %4).")
        .arg(fileName(path), part, QString::number(line), why);
}

Result<XlsxWorkbook> readXlsxWorkbook(ZipArchive& zip, const QString& path)
{
    if (!zip.contains(workbookPart))
        return Error::invalid(
            QCoreApplication::translate(
                "XlsxSheet", "%1 is a zip file but not an Excel workbook: it has no xl/workbook.xml.")
                .arg(fileName(path)));
    Result<QHash<QString, Relationship>> relationships = readRelationships(zip, path);
    if (!relationships)
        return relationships.error();
    Result<QByteArray> data = readPart(zip, path, workbookPart, true);
    if (!data)
        return data.error();

    XlsxWorkbook workbook;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            workbook.date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            const Relationship target = relationships->value(relationshipId(attributes));
            // Chart sheets and macro sheets hold no rows.
            if (target.type != QLatin1String("worksheet"))
                continue;
            const QStringView state = attributes.value(QLatin1String("state"));
            workbook.sheets << XlsxWorkbook::Sheet { attributes.value(QLatin1String("name")).toString(),
                                                     target.part,
                                                     !state.isEmpty() && state != QLatin1String("visible") };
        }
    }
    if (xml.hasError())
        return malformed(path, workbookPart, xml).error();
    if (workbook.sheets.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("XlsxSheet", "%1 has no worksheet.").arg(fileName(path)));

    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
    for (const Relationship& relationship : std::as_const(*relationships)) {
        if (relationship.type == QLatin1String("sharedStrings"))
            sharedStringsPart = relationship.part;
        else if (relationship.type == QLatin1String("styles"))
            stylesPart = relationship.part;
    }
    if (Status read = readSharedStrings(zip, path, sharedStringsPart, &workbook); !read)
        return read.error();
    if (Status read = readStyles(zip, path, stylesPart, &workbook); !read)
        return read.error();
    return workbook;
}

} // namespace riaya
