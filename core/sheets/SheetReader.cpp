#include "SheetReader.h"

#include "CsvSheet.h"
#include "XlsSheet.h"
#include "XlsxSheet.h"

#include <QFile>
#include <QFileInfo>

namespace riaya {

Result<std::unique_ptr<SheetReader>> openSheet(const QString& path, const SheetOptions& options,
                                               SheetFileInfo* info)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        return Error::notFound(QCoreApplication::translate("SheetReader", "%1: no such file.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(QCoreApplication::translate("SheetReader", "%1: cannot be read: %2")
                                  .arg(name, file.errorString()));
    }
    const QByteArray head = file.read(8);
    if (head.isEmpty()) {
        return Error::invalid(QCoreApplication::translate("SheetReader", "%1: the file is empty.").arg(name));
    }
    file.close();
    SheetFileInfo ignored;
    SheetFileInfo& found = info ? *info : ignored;
    // By content: people rename files, and Excel saves text as .xls when asked to.
    if (head.startsWith("PK\x03\x04")) {
        return openXlsxSheet(path, options, &found);
    }
    if (head == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        return openXlsSheet(path, options, &found);
    }
    return openCsvSheet(path, options, &found);
}

} // namespace riaya
