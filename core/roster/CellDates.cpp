#include "CellValues.h"
#include "common/DateParse.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace riaya {
namespace {

// Excel's day numbers: 1 is 1900-01-01 and 2958465 is 9999-12-31. Excel counts a 29 February
// 1900 that never was (Lotus 1-2-3's mistake, kept for compatibility) as day 60, so the days
// after it are one less than their count from 1899-12-31. The 1904 system (old Mac workbooks)
// counts from 1904-01-01 as day 0.
constexpr qint64 kFirstSerial = 1;
constexpr qint64 kLastSerial = 2958465;
constexpr qint64 kFictitiousLeapDay = 60;
// A bare number that reads as a year (the person typed only the year of birth) is not taken
// as the Excel day it would be in 1905 or 1906.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

enum class DateProblem
{
    None,
    NotADate,
    NotARealDay,
    YearAlone,
    FictitiousLeapDay,
    HijriNotARealDay,
    HijriOutOfRange
};

struct DateReading
{
    std::optional<QDate> date;
    DateProblem problem = DateProblem::None;
};

enum class CalendarMark
{
    None,
    Gregorian,
    Hijri,
    Unknown
};

bool isIgnorable(QChar ch)
{
    const char16_t c = ch.unicode();
    return c == 0x0640 /* tatweel */ || c == 0x200E || c == 0x200F || c == 0x061C
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isDecimalDigit(QChar ch)
{
    return ch.category() == QChar::Number_DecimalDigit;
}

CalendarMark markOf(const QString& mark)
{
    QString word;
    for (const QChar ch : mark) {
        if (!ch.isSpace() && ch != QLatin1Char('.')) {
            word += ch.toCaseFolded();
        }
    }
    if (word.isEmpty()) {
        return CalendarMark::None;
    }
    // "هـ" is "ه" once the tatweel is gone.
    static const QStringList hijri { QStringLiteral("ه"),     QStringLiteral("هجري"), QStringLiteral("هجرية"),
                                     QStringLiteral("هجريه"), QStringLiteral("h"),    QStringLiteral("ah") };
    static const QStringList gregorian { QStringLiteral("م"), QStringLiteral("ميلادي"),
                                         QStringLiteral("ميلادية"), QStringLiteral("ميلاديه") };
    if (hijri.contains(word)) {
        return CalendarMark::Hijri;
    }
    return gregorian.contains(word) ? CalendarMark::Gregorian : CalendarMark::Unknown;
}

// The digits of the text, Latin, in groups split by the separators parseTypedDate takes.
QList<QString> digitGroups(const QString& text)
{
    QList<QString> groups { QString() };
    for (const QChar ch : text) {
        if (isDecimalDigit(ch)) {
            groups.last() += QChar(u'0' + ch.digitValue());
        } else if (ch == QLatin1Char('/') || ch == QLatin1Char('-') || ch == QLatin1Char('.')
                   || ch == QChar(0x060D) || ch == QChar(0x2215)) {
            groups << QString();
        } else {
            return {};
        }
    }
    return groups;
}

// Whether the groups have the shape of a day, month and year, whatever their values.
bool looksLikeDate(const QList<QString>& groups)
{
    if (groups.size() != 3 || groups.at(1).isEmpty() || groups.at(1).size() > 2) {
        return false;
    }
    const qsizetype first = groups.at(0).size();
    const qsizetype last = groups.at(2).size();
    return (first == 4 && last >= 1 && last <= 2) || (first >= 1 && first <= 2 && (last == 2 || last == 4));
}

DateReading readHijri(const QString& digits)
{
    const QList<QString> groups = digitGroups(digits);
    if (groups.size() != 3 || groups.at(1).isEmpty() || groups.at(1).size() > 2) {
        return { std::nullopt, DateProblem::NotADate };
    }
    const QString& first = groups.at(0);
    const QString& last = groups.at(2);
    int year = 0;
    int day = 0;
    if (first.size() >= 3 && !last.isEmpty() && last.size() <= 2) {
        year = first.toInt();
        day = last.toInt();
    } else if (last.size() >= 3 && !first.isEmpty() && first.size() <= 2) {
        year = last.toInt();
        day = first.toInt();
    } else {
        return { std::nullopt, DateProblem::NotADate };
    }
    const int month = groups.at(1).toInt();
    const QCalendar hijri(QCalendar::System::IslamicCivil); // as common/DateDisplay shows them
    if (!hijri.isDateValid(year, month, day)) {
        return { std::nullopt, DateProblem::HijriNotARealDay };
    }
    const QDate date = hijri.dateFromParts(year, month, day);
    if (!date.isValid() || date.year() < kFirstYear || date.year() > kLastYear) {
        return { std::nullopt, DateProblem::HijriOutOfRange };
    }
    return { date, DateProblem::None };
}

DateReading readSerial(const QString& digits, bool date1904)
{
    static const QRegularExpression number(QStringLiteral("^([0-9]+)(?:[.,][0-9]+)?$"));
    QString latin;
    for (const QChar ch : digits) {
        latin += isDecimalDigit(ch) ? QChar(u'0' + ch.digitValue()) : ch;
    }
    const QRegularExpressionMatch match = number.match(latin);
    if (!match.hasMatch()) {
        return { std::nullopt, DateProblem::NotADate };
    }
    const QString whole = match.captured(1);
    const qint64 serial = whole.size() > 7 ? -1 : whole.toLongLong();
    if (whole.size() == 4 && serial >= kFirstYear && serial <= kLastYear) {
        return { std::nullopt, DateProblem::YearAlone };
    }
    if (serial < kFirstSerial || serial > kLastSerial) {
        return { std::nullopt, DateProblem::NotADate };
    }
    if (date1904) {
        return { QDate(1904, 1, 1).addDays(serial), DateProblem::None };
    }
    if (serial == kFictitiousLeapDay) {
        return { std::nullopt, DateProblem::FictitiousLeapDay };
    }
    const QDate base = serial < kFictitiousLeapDay ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return { base.addDays(serial), DateProblem::None };
}

DateReading readDate(const QString& text, const QDate& today, bool date1904)
{
    QString clean;
    for (const QChar ch : text) {
        if (!isIgnorable(ch)) {
            clean += ch;
        }
    }
    clean = clean.trimmed();
    if (clean.isEmpty()) {
        return {};
    }
    // A calendar's mark stands before or after the digits, never inside them.
    qsizetype first = 0;
    while (first < clean.size() && !isDecimalDigit(clean.at(first))) {
        ++first;
    }
    qsizetype last = clean.size() - 1;
    while (last >= first && !isDecimalDigit(clean.at(last))) {
        --last;
    }
    if (first > last) {
        return { std::nullopt, DateProblem::NotADate };
    }
    const CalendarMark before = markOf(clean.left(first));
    const CalendarMark after = markOf(clean.mid(last + 1));
    if (before == CalendarMark::Unknown || after == CalendarMark::Unknown
        || (before != CalendarMark::None && after != CalendarMark::None)) {
        return { std::nullopt, DateProblem::NotADate };
    }
    const CalendarMark mark = before != CalendarMark::None ? before : after;
    const QString digits = clean.mid(first, last - first + 1);
    if (mark == CalendarMark::Hijri) {
        return readHijri(digits);
    }
    if (const std::optional<QDate> date = parseTypedDate(digits, today)) {
        return { date, DateProblem::None };
    }
    if (looksLikeDate(digitGroups(digits))) {
        return { std::nullopt, DateProblem::NotARealDay };
    }
    if (mark == CalendarMark::Gregorian) {
        return { std::nullopt, DateProblem::NotADate };
    }
    return readSerial(digits, date1904);
}

} // namespace

std::optional<QDate> cellDate(const QString& text, const QDate& today, bool date1904)
{
    return readDate(text, today, date1904).date;
}

QString cellDateProblem(const QString& text, const QDate& today, bool date1904)
{
    switch (readDate(text, today, date1904).problem) {
    case DateProblem::None:
        return {};
    case DateProblem::NotADate:
        return QCoreApplication::translate("CellValues",
                                           "Not a date: write day/month/year, for example 15/03/2012.");
    case DateProblem::NotARealDay:
        return QCoreApplication::translate("CellValues",
                                           "Not a real day of the calendar: check the day and the month.");
    case DateProblem::YearAlone:
        return QCoreApplication::translate("CellValues", "A year alone is not a date: write day/month/year.");
    case DateProblem::FictitiousLeapDay:
        return QCoreApplication::translate(
            "CellValues", "Day 60 of the spreadsheet is 29 February 1900, a day that did not exist.");
    case DateProblem::HijriNotARealDay:
        return QCoreApplication::translate("CellValues", "Not a real day of the Hijri calendar.");
    case DateProblem::HijriOutOfRange:
        return QCoreApplication::translate("CellValues",
                                           "Hijri date out of range: it must fall between the years %1 and "
                                           "%2 of the Gregorian calendar.")
            .arg(kFirstYear)
            .arg(kLastYear);
    }
    return {};
}

} // namespace riaya
