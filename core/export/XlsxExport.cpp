#include "XlsxExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>
#include <xlsxwriter.h>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace riaya {
namespace {

constexpr int kMaxSheetName = 31;
constexpr int kMaxCellText = 32767; // Excel's limit for the text of one cell
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;

// The formats of a workbook, one per kind of cell, plain and bold (the heading and totals).
class Formats
{
public:
    explicit Formats(lxw_workbook* workbook)
    {
        for (int bold = 0; bold < 2; ++bold) {
            for (int kind = 0; kind < kKinds; ++kind) {
                lxw_format* format = workbook_add_format(workbook);
                if (bold) {
                    format_set_bold(format);
                }
                switch (ReportColumn::Kind(kind)) {
                case ReportColumn::Kind::Integer:
                    format_set_num_format(format, "0");
                    break;
                case ReportColumn::Kind::Decimal:
                    format_set_num_format(format, "0.00");
                    break;
                case ReportColumn::Kind::Percent:
                    format_set_num_format(format, "0.0%");
                    break;
                case ReportColumn::Kind::Date:
                    // Day first, as every screen of Riaya writes a day (common/DateDisplay).
                    format_set_num_format(format, "dd/mm/yyyy");
                    break;
                case ReportColumn::Kind::Text:
                    break;
                }
                m_formats[bold][kind] = format;
            }
        }
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
    }

    lxw_format* of(ReportColumn::Kind kind, bool bold) const { return m_formats[bold ? 1 : 0][int(kind)]; }
    lxw_format* title() const { return m_title; }

private:
    static constexpr int kKinds = int(ReportColumn::Kind::Date) + 1;
    lxw_format* m_formats[2][kKinds] {};
    lxw_format* m_title = nullptr;
};

// A text as a cell may hold it: within Excel's length, without the control characters XML
// cannot carry (a stray one would make the whole file unreadable).
QString xmlSafe(const QString& text)
{
    QString safe = text.left(kMaxCellText);
    for (QChar& ch : safe) {
        if (ch.unicode() < 0x20 && ch != QLatin1Char('\t') && ch != QLatin1Char('\n')
            && ch != QLatin1Char('\r')) {
            ch = QLatin1Char(' ');
        }
    }
    return safe;
}

// How many characters wide a cell shows, for the column's width.
int shownLength(const QVariant& value, ReportColumn::Kind kind)
{
    if (value.isNull() || !value.isValid()) {
        return 0;
    }
    if (value.typeId() == QMetaType::QDate) {
        return 10;
    }
    if (value.typeId() == QMetaType::QString) {
        // The longest line of a text that runs over several.
        int longest = 0;
        for (const QString& line : value.toString().split(QLatin1Char('\n'))) {
            longest = std::max(longest, int(line.size()));
        }
        return longest;
    }
    const int digits = int(QString::number(value.toDouble(), 'f', 0).size());
    return kind == ReportColumn::Kind::Decimal || kind == ReportColumn::Kind::Percent ? digits + 4 : digits;
}

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QVariant& value,
                    ReportColumn::Kind kind, lxw_format* format)
{
    if (value.isNull() || !value.isValid()) {
        return format ? worksheet_write_blank(sheet, row, col, format) : LXW_NO_ERROR;
    }
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            return LXW_NO_ERROR;
        }
        lxw_datetime when { date.year(), date.month(), date.day(), 0, 0, 0 };
        return worksheet_write_datetime(sheet, row, col, &when, format);
    }
    if (value.typeId() != QMetaType::QString) {
        bool number = false;
        const double amount = value.toDouble(&number);
        if (number) {
            return worksheet_write_number(sheet, row, col, amount, format);
        }
    }
    Q_UNUSED(kind);
    const QByteArray text = xmlSafe(value.toString()).toUtf8();
    return worksheet_write_string(sheet, row, col, text.constData(), format);
}

// One table on its own sheet: the heading row frozen, then the rows, then the totals.
lxw_error writeTable(lxw_worksheet* sheet, const ReportTable& table, const Formats& formats, bool rightToLeft)
{
    if (rightToLeft) {
        worksheet_right_to_left(sheet);
    }
    const int columns = int(table.columns.size());
    QList<int> widths(columns, 0);
    const auto measure = [&](const QVariantList& values) {
        for (int c = 0; c < columns && c < values.size(); ++c) {
            widths[c] = std::max(widths[c], shownLength(values.at(c), table.columns.at(c).kind));
        }
    };
    for (int c = 0; c < columns; ++c) {
        widths[c] = int(table.columns.at(c).heading.size());
    }
    for (const QVariantList& row : table.rows) {
        measure(row);
    }
    measure(table.totals);
    for (int c = 0; c < columns; ++c) {
        const double width = std::clamp(widths.at(c) + 2.0, kMinWidth, kMaxWidth);
        if (lxw_error error = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr)) {
            return error;
        }
    }
    for (int c = 0; c < columns; ++c) {
        const QByteArray heading = xmlSafe(table.columns.at(c).heading).toUtf8();
        if (lxw_error error = worksheet_write_string(sheet, 0, lxw_col_t(c), heading.constData(),
                                                     formats.of(ReportColumn::Kind::Text, true))) {
            return error;
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t rowNumber = 1;
    const auto writeValues = [&](const QVariantList& values, bool bold) -> lxw_error {
        for (int c = 0; c < columns && c < values.size(); ++c) {
            const ReportColumn::Kind kind = table.columns.at(c).kind;
            if (lxw_error error
                = writeCell(sheet, rowNumber, lxw_col_t(c), values.at(c), kind, formats.of(kind, bold))) {
                return error;
            }
        }
        ++rowNumber;
        return LXW_NO_ERROR;
    };
    for (const QVariantList& row : table.rows) {
        if (lxw_error error = writeValues(row, false)) {
            return error;
        }
    }
    if (!table.totals.isEmpty()) {
        return writeValues(table.totals, true);
    }
    return LXW_NO_ERROR;
}

// The document's title and its title block, label beside value.
lxw_error writeTitleBlock(lxw_worksheet* sheet, const ReportDocument& document, const Formats& formats,
                          bool rightToLeft)
{
    if (rightToLeft) {
        worksheet_right_to_left(sheet);
    }
    int labelWidth = 0;
    int valueWidth = 0;
    for (const auto& [label, value] : document.titleBlock) {
        labelWidth = std::max(labelWidth, int(label.size()));
        valueWidth = std::max(valueWidth, int(value.size()));
    }
    worksheet_set_column(sheet, 0, 0, std::clamp(labelWidth + 2.0, kMinWidth, kMaxWidth), nullptr);
    worksheet_set_column(sheet, 1, 1, std::clamp(valueWidth + 2.0, kMinWidth, kMaxWidth), nullptr);
    const QByteArray title = xmlSafe(document.title).toUtf8();
    if (lxw_error error = worksheet_write_string(sheet, 0, 0, title.constData(), formats.title())) {
        return error;
    }
    lxw_row_t row = 2;
    for (const auto& [label, value] : document.titleBlock) {
        const QByteArray labelText = xmlSafe(label).toUtf8();
        const QByteArray valueText = xmlSafe(value).toUtf8();
        if (lxw_error error = worksheet_write_string(sheet, row, 0, labelText.constData(),
                                                     formats.of(ReportColumn::Kind::Text, true))) {
            return error;
        }
        if (lxw_error error = worksheet_write_string(sheet, row, 1, valueText.constData(), nullptr)) {
            return error;
        }
        ++row;
    }
    return LXW_NO_ERROR;
}

// Puts the finished file in place of the target in one step.
bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

Status cannotWrite(const QString& path, const QString& why)
{
    return Error::invalid(XlsxExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

Status writeWorkbook(const ReportDocument& document, bool withTitleSheet, const QString& path)
{
    const QFileInfo target(path);
    if (target.isDir()) {
        return cannotWrite(path, XlsxExport::tr("it is a folder"));
    }
    // Made beside the target, so the rename stays on one disk and is a single step.
    QTemporaryFile partial(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                           + QStringLiteral(".XXXXXX"));
    if (!partial.open()) {
        return cannotWrite(path, partial.errorString());
    }
    partial.close();
    const QByteArray partialName = QFile::encodeName(partial.fileName());
    const QByteArray tempDir = QFile::encodeName(target.absolutePath());

    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to disk as written: a 100,000-row list stays small
    options.tmpdir = const_cast<char*>(tempDir.constData());
    lxw_workbook* workbook = workbook_new_opt(partialName.constData(), &options);
    if (!workbook) {
        return cannotWrite(path, XlsxExport::tr("the workbook could not be started"));
    }
    const Formats formats(workbook);
    const bool rightToLeft = document.language == QLatin1String("ar");
    QStringList titles;
    if (withTitleSheet) {
        // Named by the document's title, in the document's language whatever the window's.
        titles << (document.title.isEmpty() ? XlsxExport::tr("Report") : document.title);
    }
    for (const ReportTable& table : document.tables) {
        titles << table.title;
    }
    const QStringList names = XlsxExport::sheetNames(titles);
    lxw_error error = LXW_NO_ERROR;
    const auto addSheet = [&](const QString& name) -> lxw_worksheet* {
        const QByteArray utf8 = name.toUtf8();
        error = workbook_validate_sheet_name(workbook, utf8.constData());
        lxw_worksheet* sheet = error ? nullptr : workbook_add_worksheet(workbook, utf8.constData());
        if (!error && !sheet) {
            error = LXW_ERROR_MEMORY_MALLOC_FAILED;
        }
        return sheet;
    };
    int next = 0;
    if (withTitleSheet) {
        if (lxw_worksheet* sheet = addSheet(names.at(next++))) {
            error = writeTitleBlock(sheet, document, formats, rightToLeft);
        }
    }
    for (const ReportTable& table : document.tables) {
        if (error) {
            break;
        }
        if (lxw_worksheet* sheet = addSheet(names.at(next++))) {
            error = writeTable(sheet, table, formats, rightToLeft);
        }
    }
    const lxw_error closed = workbook_close(workbook); // frees the workbook, whatever happened
    if (!error) {
        error = closed;
    }
    if (error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE) {
        return cannotWrite(path, XlsxExport::tr("a sheet holds at most 1,048,576 rows and 16,384 columns"));
    }
    if (error) {
        return cannotWrite(path, QString::fromUtf8(lxw_strerror(error)));
    }
    if (!replaceFile(partial.fileName(), target.absoluteFilePath())) {
        return cannotWrite(path, XlsxExport::tr("the finished file could not replace it"));
    }
    partial.setAutoRemove(false); // it is the target now
    return {};
}

} // namespace

QStringList XlsxExport::sheetNames(const QStringList& titles)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QStringList names;
    for (const QString& title : titles) {
        QString name;
        for (const QChar ch : title) {
            name += forbidden.contains(ch) || ch.category() == QChar::Other_Control ? QLatin1Char(' ') : ch;
        }
        name = name.simplified();
        while (name.startsWith(QLatin1Char('\''))) {
            name.remove(0, 1);
        }
        name = name.left(kMaxSheetName).trimmed();
        while (name.endsWith(QLatin1Char('\''))) {
            name.chop(1);
        }
        if (name.isEmpty()) {
            name = tr("Table %1").arg(names.size() + 1);
        }
        // Excel compares sheet names ignoring case; a repeated one gets " (2)", " (3)"...
        const auto taken = [&names](const QString& candidate) {
            // "History" is Excel's own sheet, refused as a name.
            if (candidate.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0) {
                return true;
            }
            return std::any_of(names.cbegin(), names.cend(), [&candidate](const QString& existing) {
                return existing.compare(candidate, Qt::CaseInsensitive) == 0;
            });
        };
        QString unique = name;
        for (int n = 2; taken(unique); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            unique = name.left(kMaxSheetName - int(suffix.size())).trimmed() + suffix;
        }
        names << unique;
    }
    return names;
}

Status XlsxExport::write(const ReportTable& table, const QString& path, const QString& language)
{
    ReportDocument document;
    document.tables = { table };
    document.language = language;
    return writeWorkbook(document, false, path);
}

Status XlsxExport::write(const ReportDocument& document, const QString& path)
{
    return writeWorkbook(document, true, path);
}

} // namespace riaya
