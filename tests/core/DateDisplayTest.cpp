#include "common/DateDisplay.h"

#include "QtCatch.h"

#include <QLocale>

using namespace riaya;

namespace {
struct DisplayGuard
{
    QLocale previous;
    ~DisplayGuard()
    {
        setDisplayOptions({});
        QLocale::setDefault(previous);
    }
};
} // namespace

TEST_CASE("dates show in the locale, with Hijri and Arabic-Indic digits when chosen")
{
    DisplayGuard guard;
    const QDate date(2024, 6, 1); // 24 Dhu al-Qadah 1445 in the Islamic civil calendar
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(displayDate(date) == QStringLiteral("01/06/2024"));

    setDisplayOptions({ false, true });
    CHECK(displayDate(date).startsWith(QStringLiteral("01/06/2024 (")));
    CHECK(displayDate(date).contains(QStringLiteral("1445")));

    setDisplayOptions({ true, false }); // Arabic-Indic digits only in Arabic
    CHECK(displayDate(date) == QStringLiteral("01/06/2024"));
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Morocco));
    const QString arabic = displayDate(date);
    CHECK(arabic.contains(QStringLiteral("٢٠٢٤")));
    CHECK_FALSE(arabic.contains(QLatin1Char('2')));
    CHECK(displayDigits(QStringLiteral("300 مستفيد")) == QStringLiteral("٣٠٠ مستفيد"));
    CHECK(displayDate(QDate()).isEmpty());
}

TEST_CASE("a day is written day/month/year in the three languages, without direction marks")
{
    DisplayGuard guard;
    const QDate date(2010, 2, 14);
    for (const QLocale& locale :
         { QLocale(QLocale::Arabic, QLocale::Morocco), QLocale(QLocale::French, QLocale::France),
           QLocale(QLocale::English, QLocale::UnitedKingdom) }) {
        QLocale::setDefault(locale);
        CHECK(displayDate(date) == QStringLiteral("14/02/2010"));
        CHECK(displayGregorianDate(date) == QStringLiteral("14/02/2010"));
        CHECK(displayHijriDate(date).isEmpty());
    }
    setDisplayOptions({ true, true });
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Morocco));
    CHECK(displayGregorianDate(date) == QStringLiteral("١٤/٠٢/٢٠١٠"));
    CHECK(displayHijriDate(date).contains(QStringLiteral("/١٤٣١"))); // Safar 1431
    CHECK(displayDate(date)
          == displayGregorianDate(date) + QStringLiteral(" (") + displayHijriDate(date) + u')');
}

TEST_CASE("a month is written with its name in the locale and its year")
{
    DisplayGuard guard;
    const QDate november(2026, 11, 17);
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Morocco));
    CHECK(displayMonth(november) == QStringLiteral("نونبر 2026"));
    setDisplayOptions({ true, false });
    CHECK(displayMonth(november) == QStringLiteral("نونبر ٢٠٢٦"));
    setDisplayOptions({});
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(displayMonth(november) == QStringLiteral("novembre 2026"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(displayMonth(november) == QStringLiteral("November 2026"));
    CHECK(displayMonth(QDate()).isEmpty());
    CHECK(displayMonth(QStringLiteral("2026-11")) == QStringLiteral("November 2026"));
    CHECK(displayMonth(QStringLiteral("")).isEmpty());
    CHECK(displayMonth(QStringLiteral("2026-13")) == QStringLiteral("2026-13"));
}
