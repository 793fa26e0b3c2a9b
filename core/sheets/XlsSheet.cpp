#include "sheets/XlsSheet.h"

#include "sheets/CellText.h"

#include <QDir>
#include <QFile>
#include <freexl.h>

namespace riaya {

QString unreadableXlsMessage(const QString& path)
{
    return QCoreApplication::translate("XlsSheet",
                                       "%1 is damaged and cannot be read as an Excel 97-2003 workbook.")
        .arg(QDir::toNativeSeparators(path));
}

namespace {

QString damaged(const QString& path)
{
    return QCoreApplication::translate("XlsSheet", "%1 is damaged: its cells cannot be read.")
        .arg(QDir::toNativeSeparators(path));
}

QString passwordProtected(const QString& path)
{
    return QCoreApplication::translate(
               "XlsSheet",
               "%1 is protected by a password: open it in Excel or LibreOffice, remove the password and save "
               "it "
               "again.")
        .arg(QDir::toNativeSeparators(path));
}

// Excel saves a workbook with a password to open as an OLE2 file holding an "EncryptedPackage"
// stream, which FreeXL takes for a file without a workbook.
bool isEncryptedPackage(const QString& path)
{
    QFile file(path);
    if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return false;
    const QString name = QStringLiteral("EncryptedPackage");
    const QByteArray utf16(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
    return file.readAll().contains(utf16);
}

// Why freexl_open failed, for the person who chose the file.
Error openFailure(const QString& path, int code)
{
    const QString file = QDir::toNativeSeparators(path);
    if (code != FREEXL_FILE_NOT_FOUND && isEncryptedPackage(path))
        return Error::refused(passwordProtected(path));
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return Error::notFound(QCoreApplication::translate(
                                   "XlsSheet", "%1 cannot be opened: it does not exist or cannot be read.")
                                   .arg(file));
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return Error::invalid(
            QCoreApplication::translate("XlsSheet", "%1 is not an Excel 97-2003 workbook.").arg(file));
    case FREEXL_INSUFFICIENT_MEMORY:
        return Error::internal(
            QCoreApplication::translate("XlsSheet", "%1 is too large to be read: not enough memory.")
                .arg(file));
    default:
        return Error::invalid(unreadableXlsMessage(path));
    }
}

class FreeXlHandle
{
public:
    ~FreeXlHandle()
    {
        if (handle)
            freexl_close(handle);
    }
    const void* handle = nullptr;
};

class XlsSheetReader final : public SheetReader
{
public:
    XlsSheetReader(QString path, std::unique_ptr<FreeXlHandle> xls, unsigned int rows, unsigned short columns)
        : m_path(std::move(path))
        , m_xls(std::move(xls))
        , m_rows(rows)
        , m_columns(columns)
    { }

    std::optional<SheetRow> next() override;
    QString error() const override { return m_error; }
    Status rewind() override
    {
        m_row = 0;
        m_error.clear();
        return {};
    }

private:
    QString m_path;
    std::unique_ptr<FreeXlHandle> m_xls;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_row = 0;
    QString m_error;
};

std::optional<SheetRow> XlsSheetReader::next()
{
    while (m_error.isEmpty() && m_row < m_rows) {
        SheetRow row;
        row.number = static_cast<int>(m_row) + 1;
        for (unsigned short column = 0; column < m_columns; ++column) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(m_xls->handle, m_row, column, &cell) != FREEXL_OK) {
                m_error = damaged(m_path);
                return std::nullopt;
            }
            QString text;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                text = QString::number(cell.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                text = numberCellText(cell.value.double_value);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE: // already yyyy-mm-dd
            case FREEXL_CELL_TIME: // hh:mm:ss
                text = QString::fromUtf8(cell.value.text_value);
                break;
            case FREEXL_CELL_DATETIME: // yyyy-mm-dd hh:mm:ss: the day only
                text = QString::fromUtf8(cell.value.text_value).left(10);
                break;
            default:
                break;
            }
            row.cells << text;
        }
        ++m_row;
        while (!row.cells.isEmpty() && row.cells.last().isEmpty())
            row.cells.removeLast();
        if (!row.cells.isEmpty())
            return row;
    }
    return std::nullopt;
}

} // namespace

Result<std::unique_ptr<SheetReader>> openXlsSheetInProcess(const QString& path, const SheetOptions& options,
                                                           SheetFileInfo* info)
{
    const QString file = QDir::toNativeSeparators(path);
    auto xls = std::make_unique<FreeXlHandle>();
    if (const int opened = freexl_open(QFile::encodeName(path).constData(), &xls->handle);
        opened != FREEXL_OK)
        return openFailure(path, opened);
    unsigned int password = 0;
    if (freexl_get_info(xls->handle, FREEXL_BIFF_PASSWORD, &password) != FREEXL_OK)
        return Error::invalid(damaged(path));
    if (password == FREEXL_BIFF_OBFUSCATED)
        return Error::refused(passwordProtected(path));
    unsigned int sheetCount = 0;
    if (freexl_get_info(xls->handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK)
        return Error::invalid(damaged(path));
    QStringList names;
    for (unsigned int index = 0; index < sheetCount; ++index) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(xls->handle, static_cast<unsigned short>(index), &name) != FREEXL_OK)
            return Error::invalid(damaged(path));
        names << QString::fromUtf8(name);
    }
    if (names.isEmpty())
        return Error::invalid(QCoreApplication::translate("XlsSheet", "%1 has no worksheet.").arg(file));
    qsizetype chosen = 0;
    if (!options.sheet.isEmpty()) {
        chosen = names.indexOf(options.sheet);
        if (chosen < 0)
            return Error::notFound(
                QCoreApplication::translate("XlsSheet", "%1 has no sheet named “%2”; its sheets are: %3.")
                    .arg(file, options.sheet, names.join(QStringLiteral(", "))));
    }
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(xls->handle, static_cast<unsigned short>(chosen)) != FREEXL_OK
        || freexl_worksheet_dimensions(xls->handle, &rows, &columns) != FREEXL_OK)
        return Error::invalid(damaged(path));
    if (info) {
        info->format = QStringLiteral("xls");
        info->sheets = names;
        info->sheet = names.at(chosen);
    }
    return std::unique_ptr<SheetReader>(
        std::make_unique<XlsSheetReader>(path, std::move(xls), rows, columns));
}

} // namespace riaya
