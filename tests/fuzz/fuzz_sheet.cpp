// libFuzzer target for the roster readers: whatever a person picks as a roster (a damaged
// workbook, a zip that is not one, text in no known encoding), opening and reading every sheet
// must either give rows or refuse with a message, with bounded memory and no crash. The seed
// corpus (tests/fuzz/corpus/sheet) holds the roster fixtures of the tests: XLSX from openpyxl
// and LibreOffice, XLS, Windows-1256 and UTF-16 text.
#include "FuzzSupport.h"
#include "sheets/SheetReader.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

struct Fixture
{
    QTemporaryDir dir { riaya::fuzz::scratchPattern() };
    QString path = dir.filePath(QStringLiteral("input"));
};

// Reads a sheet to its end, then its first row again; the workbook's sheets, as found.
QStringList readSheet(const QString& path, const riaya::SheetOptions& options)
{
    riaya::SheetFileInfo info;
    auto reader = riaya::openSheet(path, options, &info);
    if (!reader) {
        return {};
    }
    int rows = 0;
    while ((*reader)->next() && ++rows < 100'000) {
    }
    if ((*reader)->rewind()) {
        (void)(*reader)->next();
    }
    return info.sheets;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    {
        QFile file(fixture.path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 0;
        }
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    const QStringList sheets = readSheet(fixture.path, {});
    for (qsizetype i = 1; i < sheets.size() && i < 4; ++i) {
        readSheet(fixture.path, { sheets[i], {} });
    }
    return 0;
}
