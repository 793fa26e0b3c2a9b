#include "Spreadsheets.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

QJsonObject readXlsx(const QString& path)
{
    QProcess process;
    // The Debian interpreter, which has openpyxl; the one first on PATH may not.
    process.start(QStringLiteral("/usr/bin/python3"),
                  { QStringLiteral(RIAYA_TEST_SUPPORT_DIR "/read_xlsx.py"), path });
    if (!process.waitForFinished(60000)) {
        FAIL_CHECK("read_xlsx.py did not finish");
        return {};
    }
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput());
    CHECK(json.isObject());
    return json.object();
}

QList<QStringList> parseCsv(const QString& text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (ch == separator) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { path });
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(process.readAllStandardOutput()));
    REQUIRE(pages.hasMatch());
    return pages.captured(1).toInt();
}
