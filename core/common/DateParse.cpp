#include "DateParse.h"

#include <QList>

namespace riaya {
namespace {

constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2199;
constexpr int kTwoDigitYearsAhead = 10;

bool isDirectionMark(QChar ch)
{
    const char16_t c = ch.unicode();
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

bool isSeparator(QChar ch)
{
    return ch == QLatin1Char('/') || ch == QLatin1Char('-') || ch == QLatin1Char('.')
        || ch == QChar(0x060D) /* Arabic date separator */ || ch == QChar(0x2215) /* division slash */;
}

// The groups of digits of `text`, each as its digits (Latin), or nothing when the text
// holds anything but digits and single separators between them.
std::optional<QList<QString>> digitGroups(const QString& text)
{
    QList<QString> groups { QString() };
    for (const QChar ch : text) {
        if (isDirectionMark(ch)) {
            continue;
        }
        const int digit = ch.digitValue(); // any script's decimal digit
        if (digit >= 0 && digit <= 9 && ch.category() == QChar::Number_DecimalDigit) {
            groups.last() += QChar(u'0' + digit);
        } else if (isSeparator(ch) && !groups.last().isEmpty()) {
            groups << QString();
        } else {
            return std::nullopt;
        }
    }
    return groups;
}

std::optional<QDate> dayOf(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < kEarliestYear || year > kLatestYear) {
        return std::nullopt;
    }
    return date;
}

} // namespace

std::optional<QDate> parseTypedDate(const QString& text, const QDate& today)
{
    const std::optional<QList<QString>> groups = digitGroups(text.trimmed());
    if (!groups || groups->size() != 3) {
        return std::nullopt;
    }
    const QString& first = groups->at(0);
    const QString& second = groups->at(1);
    const QString& third = groups->at(2);
    if (second.isEmpty() || third.isEmpty() || second.size() > 2) {
        return std::nullopt;
    }
    if (first.size() == 4) { // ISO: year, month, day
        return third.size() <= 2 ? dayOf(first.toInt(), second.toInt(), third.toInt()) : std::nullopt;
    }
    if (first.size() > 2) {
        return std::nullopt;
    }
    int year = third.toInt();
    if (third.size() == 2) {
        const int century = today.year() / 100 * 100;
        year += century;
        if (year > today.year() + kTwoDigitYearsAhead) {
            year -= 100;
        }
    } else if (third.size() != 4) {
        return std::nullopt;
    }
    return dayOf(year, second.toInt(), first.toInt());
}

QString monthKey(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

} // namespace riaya
