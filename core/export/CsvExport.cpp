#include "CsvExport.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

namespace riaya {
namespace {

const QByteArray kByteOrderMark("\xEF\xBB\xBF");
const QString kLineEnd = QStringLiteral("\r\n");

// Where ';' separates fields, Excel reads ',' as the decimal point (French and Moroccan
// Arabic settings of Windows); elsewhere '.'.
QChar decimalPoint(const QString& language)
{
    return CsvExport::separator(language) == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
}

QString numberText(double value, const QString& language)
{
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    text.replace(QLatin1Char('.'), decimalPoint(language));
    return text;
}

QString quoted(const QString& field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes) {
        return field;
    }
    QString doubled = field;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

// A text a spreadsheet would run as a formula (=, +, -, @ first) gets an apostrophe in
// front, so a name or a note typed that way can never compute anything when opened.
QString inertText(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString cellText(const QVariant& value, ReportColumn::Kind kind, const QString& language)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate().toString(Qt::ISODate);
    }
    if (value.typeId() == QMetaType::QString) {
        return inertText(value.toString());
    }
    bool number = false;
    const double amount = value.toDouble(&number);
    if (!number) {
        return inertText(value.toString());
    }
    switch (kind) {
    case ReportColumn::Kind::Percent:
        return numberText(amount * 100, language) + QLatin1Char('%');
    case ReportColumn::Kind::Integer:
        return QString::number(qRound64(amount));
    default:
        return numberText(amount, language);
    }
}

void appendRow(QString& out, const QStringList& fields, QChar separator)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString& field : fields) {
        quotedFields << quoted(field, separator);
    }
    out += quotedFields.join(separator) + kLineEnd;
}

void appendTable(QString& out, const ReportTable& table, const QString& language)
{
    const QChar sep = CsvExport::separator(language);
    QStringList headings;
    for (const ReportColumn& column : table.columns) {
        headings << inertText(column.heading);
    }
    appendRow(out, headings, sep);
    const auto appendValues = [&](const QVariantList& values) {
        QStringList fields;
        for (int i = 0; i < table.columns.size(); ++i) {
            fields << (i < values.size() ? cellText(values.at(i), table.columns.at(i).kind, language)
                                         : QString());
        }
        appendRow(out, fields, sep);
    };
    for (const QVariantList& row : table.rows) {
        appendValues(row);
    }
    if (!table.totals.isEmpty()) {
        appendValues(table.totals);
    }
}

Status writeBytes(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::invalid(
            CsvExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace

QChar CsvExport::separator(const QString& language)
{
    return language == QLatin1String("ar") || language == QLatin1String("fr") ? QLatin1Char(';')
                                                                              : QLatin1Char(',');
}

QByteArray CsvExport::toCsv(const ReportTable& table, const QString& language)
{
    QString out;
    appendTable(out, table, language);
    return kByteOrderMark + out.toUtf8();
}

QByteArray CsvExport::toCsv(const ReportDocument& document)
{
    const QChar sep = separator(document.language);
    QString out;
    if (!document.title.isEmpty()) {
        appendRow(out, { inertText(document.title) }, sep);
    }
    for (const auto& [label, value] : document.titleBlock) {
        appendRow(out, { inertText(label), inertText(value) }, sep);
    }
    bool first = out.isEmpty();
    for (const ReportTable& table : document.tables) {
        if (!first) {
            out += kLineEnd;
        }
        first = false;
        if (!table.title.isEmpty()) {
            appendRow(out, { inertText(table.title) }, sep);
        }
        appendTable(out, table, document.language);
    }
    return kByteOrderMark + out.toUtf8();
}

Status CsvExport::write(const ReportTable& table, const QString& path, const QString& language)
{
    return writeBytes(toCsv(table, language), path);
}

Status CsvExport::write(const ReportDocument& document, const QString& path)
{
    return writeBytes(toCsv(document), path);
}

} // namespace riaya
