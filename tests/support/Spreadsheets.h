#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Reading back what Riaya exported, with code that is not Riaya's: a workbook through
// openpyxl (Debian's /usr/bin/python3 with python3-openpyxl, tests/support/read_xlsx.py),
// a CSV file through a parser of RFC 4180 written here from the RFC, not from CsvExport.

// {"sheets": [{"name", "rightToLeft", "frozen", "widths", "rows": [[{"value", "type",
// "format", "bold"}]]}]}; an empty object (and a failed check) when the file cannot be read.
QJsonObject readXlsx(const QString& path);

// The records of a CSV text (no byte-order mark), each a list of fields.
QList<QStringList> parseCsv(const QString& text, QChar separator);

// The text of a PDF as pdftotext reads it (poppler-utils), and its number of pages (pdfinfo).
QString pdfText(const QString& path);
int pdfPages(const QString& path);
