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
