#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace riaya {

// One column of a report table: its heading in the reader's language and what its cells hold,
// so a spreadsheet receives real numbers and dates, not text that looks like them.
struct ReportColumn
{
    enum class Kind
    {
        Text,
        Integer,
        Decimal,
        Percent,
        Date
    };
    QString heading;
    Kind kind = Kind::Text;
};

// A table of a report, or a list of the window as exported: cells are QString, int, double
// (a Percent cell is a fraction, 0.25 for 25 %), QDate, or null for an empty cell. `totals`,
// when not empty, is one more row set apart below the others (same columns).
struct ReportTable
{
    QString title; // also the sheet's name in a spreadsheet
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QVariantList totals;
};

// A whole report: a title block (label, value: the house, the month, who approved and when)
// and its tables, written in one language.
struct ReportDocument
{
    QString title;
    QList<QPair<QString, QString>> titleBlock;
    QList<ReportTable> tables;
    QString language; // ar, fr or en: the language the texts above are in
};

} // namespace riaya
