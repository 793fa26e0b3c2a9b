#include "sheets/CellText.h"

#include <QDate>
#include <QLocale>
#include <QTime>
#include <cmath>

namespace riaya {

namespace {

// Whole numbers up to 2^53 are exact in a double; beyond, the digits are not the typed ones.
constexpr double largestExactInteger = 9007199254740992.0;
constexpr double millisecondsPerDay = 86400000.0;

} // namespace

QString numberCellText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::trunc(value) && std::fabs(value) < largestExactInteger)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    // Excel keeps 15 significant digits; more are the binary fraction's noise.
    const QString excel = QString::number(value, 'g', 15);
    if (excel.size() < text.size())
        text = excel;
    return text;
}

QString serialDateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) // after 9999-12-31
        return numberCellText(serial);
    // Rounded to the millisecond first, as Excel does, so 23:59:59.9999 is not the next day.
    const qint64 day
        = static_cast<qint64>(std::floor(std::round(serial * millisecondsPerDay) / millisecondsPerDay));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day).toString(Qt::ISODate);
    if (day < 1)
        return numberCellText(serial);
    if (day == 60)
        return QStringLiteral("1900-02-29");
    // Before that fictitious leap day serial 1 is 1900-01-01; after it every serial is one ahead.
    const QDate base = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return base.addDays(day).toString(Qt::ISODate);
}

QString serialTimeText(double serial)
{
    if (!std::isfinite(serial) || serial < 0)
        return numberCellText(serial);
    const double fraction = serial - std::floor(serial);
    const qint64 seconds = std::llround(fraction * 86400.0) % 86400;
    return QTime(0, 0).addSecs(static_cast<int>(seconds)).toString(QStringLiteral("HH:mm:ss"));
}

NumberFormatKind builtInFormatKind(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22)
        return NumberFormatKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return NumberFormatKind::Time;
    return NumberFormatKind::Number;
}

NumberFormatKind formatCodeKind(const QString& code)
{
    bool day = false;
    bool month = false;
    bool year = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code.at(i).toLower();
        if (ch == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (ch == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            // [h], [mm] and [ss] are elapsed times; colours and locales say nothing.
            const QString inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (!inside.isEmpty() && (inside.at(0) == QLatin1Char('h') || inside.at(0) == QLatin1Char('s')))
                time = true;
            i = end < 0 ? code.size() : end;
        } else if (ch == QLatin1Char('\\') || ch == QLatin1Char('_') || ch == QLatin1Char('*')) {
            ++i; // an escaped, spacing or filling character, shown as is
        } else if (ch == QLatin1Char('d')) {
            day = true;
        } else if (ch == QLatin1Char('m')) {
            month = true;
        } else if (ch == QLatin1Char('y')) {
            year = true;
        } else if (ch == QLatin1Char('h') || ch == QLatin1Char('s')) {
            time = true;
        }
    }
    if (day || year || (month && !time))
        return NumberFormatKind::Date;
    // "m" beside h or s is minutes.
    return time ? NumberFormatKind::Time : NumberFormatKind::Number;
}

} // namespace riaya
