#include "common/DateParse.h"

#include "QtCatch.h"

using namespace riaya;

namespace {
const QDate kToday(2026, 12, 1);

std::optional<QDate> parse(const QString& text)
{
    return parseTypedDate(text, kToday);
}
} // namespace

TEST_CASE("a date typed day first, in the forms people write")
{
    const QDate march15(2012, 3, 15);
    CHECK(parse(QStringLiteral("15/03/2012")) == march15);
    CHECK(parse(QStringLiteral("15/3/2012")) == march15);
    CHECK(parse(QStringLiteral("15/3/12")) == march15);
    CHECK(parse(QStringLiteral("15-3-2012")) == march15);
    CHECK(parse(QStringLiteral("15.03.2012")) == march15);
    CHECK(parse(QStringLiteral("  15/03/2012 ")) == march15);
    CHECK(parse(QStringLiteral("5/1/2012")) == QDate(2012, 1, 5)); // day first, never month first
    CHECK(parse(QStringLiteral("29/02/2024")) == QDate(2024, 2, 29));
}

TEST_CASE("a date typed in ISO, year first")
{
    CHECK(parse(QStringLiteral("2012-03-15")) == QDate(2012, 3, 15));
    CHECK(parse(QStringLiteral("2012-3-5")) == QDate(2012, 3, 5));
    CHECK(parse(QStringLiteral("2012/03/15")) == QDate(2012, 3, 15));
}

TEST_CASE("a date typed in Arabic-Indic or Eastern Persian digits, or copied with direction marks")
{
    CHECK(parse(QStringLiteral("١٥/٠٣/٢٠١٢")) == QDate(2012, 3, 15));
    CHECK(parse(QStringLiteral("۱۵/۰۳/۲۰۱۲")) == QDate(2012, 3, 15));
    CHECK(parse(QStringLiteral("٢٠١٢-٠٣-١٥")) == QDate(2012, 3, 15));
    CHECK(parse(QStringLiteral("15\u200F/3\u200F/2012")) == QDate(2012, 3, 15)); // Qt's Arabic short format
    CHECK(parse(QStringLiteral("\u206615/03/2012\u2069")) == QDate(2012, 3, 15));
}

TEST_CASE("a two-digit year is at most ten years ahead")
{
    CHECK(parse(QStringLiteral("1/1/36")) == QDate(2036, 1, 1));
    CHECK(parse(QStringLiteral("1/1/37")) == QDate(1937, 1, 1));
    CHECK(parse(QStringLiteral("1/1/99")) == QDate(1999, 1, 1));
    CHECK(parse(QStringLiteral("1/1/00")) == QDate(2000, 1, 1));
}

TEST_CASE("what is not a date is refused")
{
    CHECK_FALSE(parse(QString()));
    CHECK_FALSE(parse(QStringLiteral("   ")));
    CHECK_FALSE(parse(QStringLiteral("31/02/2020")));
    CHECK_FALSE(parse(QStringLiteral("29/02/2023")));
    CHECK_FALSE(parse(QStringLiteral("2020-13-01")));
    CHECK_FALSE(parse(QStringLiteral("32/01/2020")));
    CHECK_FALSE(parse(QStringLiteral("15/13/2012")));
    CHECK_FALSE(parse(QStringLiteral("0/1/2012")));
    CHECK_FALSE(parse(QStringLiteral("abc")));
    CHECK_FALSE(parse(QStringLiteral("15 mars 2012")));
    CHECK_FALSE(parse(QStringLiteral("15/03/2012x")));
    CHECK_FALSE(parse(QStringLiteral("15/03")));
    CHECK_FALSE(parse(QStringLiteral("15/03/")));
    CHECK_FALSE(parse(QStringLiteral("/15/03/2012")));
    CHECK_FALSE(parse(QStringLiteral("15//03/2012")));
    CHECK_FALSE(parse(QStringLiteral("15/03/2012/1")));
    CHECK_FALSE(parse(QStringLiteral("15/03/212"))); // three-digit year
    CHECK_FALSE(parse(QStringLiteral("150/3/2012")));
    CHECK_FALSE(parse(QStringLiteral("15/003/2012")));
    CHECK_FALSE(parse(QStringLiteral("20120315")));
    CHECK_FALSE(parse(QStringLiteral("15/03/1812"))); // before any child in care
    CHECK_FALSE(parse(QStringLiteral("2012-03-155")));
}
