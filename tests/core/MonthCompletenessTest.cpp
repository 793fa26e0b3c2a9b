#include "reports/MonthCompleteness.h"

#include "QtCatch.h"
#include "SyncNetwork.h"
#include "TempDatabase.h"
#include "common/Bidi.h"
#include "daily/PresenceStore.h"
#include "daily/SchoolResultStore.h"
#include "reports/MonthReport.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/UserStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace riaya;

namespace {

// A house whose residents came long before the months the tests close.
struct House
{
    TempDatabase t;
    Database& db = t.db();
    QString house = db.site().institutionId;
    QDate longAgo = QDate(QDate::currentDate().year() - 3, 1, 1);
    // November of last year: ended, and a month that asks for no school results.
    QDate november = QDate(QDate::currentDate().year() - 1, 11, 1);

    QString resident(const QString& first, const QString& last, const QDate& admitted, bool inSchool = true)
    {
        Resident r = TempDatabase::sampleResident();
        r.firstName = first;
        r.lastName = last;
        r.massarCode.clear();
        r.nationalId.clear();
        if (!inSchool) {
            r.schoolLevel.clear();
            r.schoolName.clear();
        }
        const Result<QString> id = ResidentStore(db).create(r);
        REQUIRE(id.ok());
        REQUIRE(StayStore(db).admit(*id, house, admitted, {}).ok());
        return *id;
    }
    QString resident(const QString& first, const QString& last) { return resident(first, last, longAgo); }

    // Marks every resident on the house's sheet present on each day from `from` to `to`.
    void markDays(const QDate& from, const QDate& to)
    {
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const Result<QList<PresenceMark>> sheet = PresenceStore(db).sheet(house, day);
            REQUIRE(sheet.ok());
            QList<PresenceMark> marks = *sheet;
            for (PresenceMark& mark : marks) {
                mark.state = QStringLiteral("present");
            }
            REQUIRE(PresenceStore(db).saveSheet(house, day, marks).ok());
        }
    }
    void markMonth(const QDate& month) { markDays(month, month.addMonths(1).addDays(-1)); }

    // Marks one resident alone on a day.
    void markOne(const QString& residentId, const QDate& day)
    {
        PresenceMark mark;
        mark.residentId = residentId;
        mark.state = QStringLiteral("absent");
        REQUIRE(PresenceStore(db).saveSheet(house, day, { mark }).ok());
    }

    MonthCompleteness check(const QDate& month)
    {
        const Result<MonthCompleteness> report = MonthCompleteness::check(db, house, month);
        INFO((report ? std::string() : report.error().describe().toStdString()));
        REQUIRE(report.ok());
        return *report;
    }
};

} // namespace

TEST_CASE("a month where every resident was marked every day is complete")
{
    House h;
    h.resident(QStringLiteral("سلمى"), QStringLiteral("الإدريسي"));
    h.resident(QStringLiteral("هند"), QStringLiteral("البقالي"));
    h.markMonth(h.november);

    const MonthCompleteness report = h.check(h.november.addDays(17)); // any day names its month
    CHECK(report.month == h.november);
    CHECK(report.marksExpected == 2 * 30);
    CHECK(report.marksRecorded == 2 * 30);
    CHECK(report.marksMissing() == 0);
    CHECK(report.daysWithoutMarks.isEmpty());
    CHECK(report.unmarked.isEmpty());
    CHECK(report.resultsDue == ResultsDue::None);
    CHECK(report.complete());
    CHECK(report.describe().isEmpty());
}

TEST_CASE("three marked days of a thirty-day month: the days without any mark and each resident's gaps")
{
    House h;
    h.resident(QStringLiteral("سلمى"), QStringLiteral("الإدريسي"));
    h.resident(QStringLiteral("هند"), QStringLiteral("البقالي"));
    h.markDays(h.november.addDays(27), h.november.addDays(29)); // the 28th to the 30th

    const MonthCompleteness report = h.check(h.november);
    CHECK_FALSE(report.complete());
    CHECK(report.marksExpected == 60);
    CHECK(report.marksRecorded == 6);
    CHECK(report.marksMissing() == 54);
    REQUIRE(report.daysWithoutMarks.size() == 27);
    CHECK(report.daysWithoutMarks.first() == h.november);
    CHECK(report.daysWithoutMarks.last() == h.november.addDays(26));
    REQUIRE(report.unmarked.size() == 2);
    CHECK(report.unmarked.first().daysUnmarked == 27);
    CHECK(report.unmarked.first().daysInHouse == 30);
    const QString described = report.describe().join(QLatin1Char('\n'));
    CHECK(described.contains(QStringLiteral("54 of the 60 presence marks")));
    CHECK(described.contains(QStringLiteral("1–27")));
    // Each name isolated, so an Arabic name keeps its place in a sentence of another language.
    CHECK(described.contains(isolate(QStringLiteral("سلمى الإدريسي")) + QStringLiteral(" (27 days)")));
    CHECK(report.toMap().value(QStringLiteral("days_without_marks")).toInt() == 27);
}

TEST_CASE("a resident never marked stands out though every day has marks")
{
    House h;
    h.resident(QStringLiteral("سلمى"), QStringLiteral("الإدريسي"));
    const QString forgotten = h.resident(QStringLiteral("زينب"), QStringLiteral("العلوي"));
    h.resident(QStringLiteral("هند"), QStringLiteral("البقالي"));
    // The sheet of each day marks everybody but her.
    for (QDate day = h.november; day.month() == 11; day = day.addDays(1)) {
        QList<PresenceMark> marks = *PresenceStore(h.db).sheet(h.house, day);
        marks.removeIf([&](const PresenceMark& m) { return m.residentId == forgotten; });
        for (PresenceMark& mark : marks) {
            mark.state = QStringLiteral("present");
        }
        REQUIRE(PresenceStore(h.db).saveSheet(h.house, day, marks).ok());
    }
    h.markOne(forgotten, h.november.addDays(3)); // one day only

    const MonthCompleteness report = h.check(h.november);
    CHECK(report.daysWithoutMarks.isEmpty());
    CHECK(report.marksMissing() == 29);
    REQUIRE(report.unmarked.size() == 1);
    CHECK(report.unmarked.first().residentId == forgotten);
    CHECK(report.unmarked.first().name == QStringLiteral("زينب العلوي"));
    CHECK(report.unmarked.first().daysUnmarked == 29);
    CHECK_FALSE(report.complete());
}

TEST_CASE("a resident is expected from her admission to the day before she leaves")
{
    House h;
    h.resident(QStringLiteral("سلمى"), QStringLiteral("الإدريسي"));
    const QString leaving = h.resident(QStringLiteral("زينب"), QStringLiteral("العلوي"));
    h.markMonth(h.november);
    h.resident(QStringLiteral("هند"), QStringLiteral("البقالي"), h.november.addDays(9)); // came on the 10th
    h.markDays(h.november.addDays(9), h.november.addDays(29));
    REQUIRE(
        StayStore(h.db).exit(leaving, h.november.addDays(19), QStringLiteral("returned to her family")).ok());

    const MonthCompleteness report = h.check(h.november);
    CHECK(report.marksExpected == 30 + 19 + 21);
    CHECK(report.marksRecorded == report.marksExpected);
    CHECK(report.complete());
    // And a month before anyone came asks for nothing.
    const MonthCompleteness empty = h.check(QDate(h.longAgo.year() - 1, 11, 1));
    CHECK(empty.marksExpected == 0);
    CHECK(empty.complete());
}

TEST_CASE("February asks for a result of the school year and June for its decision, of residents in school")
{
    House h;
    const int year = QDate::currentDate().year() - 1;
    const QDate february(year, 2, 1);
    const QDate june(year, 6, 1);
    const QString schoolYear = QStringLiteral("%1-%2").arg(year - 1).arg(year);
    const QString withResult = h.resident(QStringLiteral("سلمى"), QStringLiteral("الإدريسي"));
    const QString without = h.resident(QStringLiteral("زينب"), QStringLiteral("العلوي"));
    h.resident(QStringLiteral("هند"), QStringLiteral("البقالي"), h.longAgo, false); // not in school
    h.markMonth(february);
    h.markMonth(june);
    SchoolResult first;
    first.residentId = withResult;
    first.schoolYear = schoolYear;
    first.term = 1;
    first.average = 14.5;
    REQUIRE(SchoolResultStore(h.db).record(first).ok());
    SchoolResult averageOnly = first;
    averageOnly.residentId = without;
    averageOnly.term = 3;
    averageOnly.schoolYear = schoolYear;

    CHECK(MonthCompleteness::schoolYearOf(february) == schoolYear);
    CHECK(MonthCompleteness::schoolYearOf(QDate(year, 9, 1))
          == QStringLiteral("%1-%2").arg(year).arg(year + 1));
    const MonthCompleteness atFebruary = h.check(february);
    CHECK(atFebruary.resultsDue == ResultsDue::FirstResult);
    CHECK(atFebruary.schoolYear == schoolYear);
    REQUIRE(atFebruary.missingResults.size() == 1);
    CHECK(atFebruary.missingResults.first().residentId == without);
    CHECK(atFebruary.marksMissing() == 0);
    CHECK_FALSE(atFebruary.complete());
    CHECK(atFebruary.describe().join(QLatin1Char(' ')).contains(QStringLiteral("زينب العلوي")));

    // June: a result without the year's decision is not enough.
    REQUIRE(SchoolResultStore(h.db).record(averageOnly).ok());
    SchoolResult decided = first;
    decided.term = 3;
    decided.decision = QStringLiteral("passed");
    REQUIRE(SchoolResultStore(h.db).record(decided).ok());
    const MonthCompleteness atJune = h.check(june);
    CHECK(atJune.resultsDue == ResultsDue::YearDecision);
    REQUIRE(atJune.missingResults.size() == 1);
    CHECK(atJune.missingResults.first().residentId == without);
    CHECK(h.check(february).complete()); // she has a result of the year now
    CHECK(h.check(h.november).resultsDue == ResultsDue::None);
}

TEST_CASE("the completeness of a month that has not ended, of no month or of no house is refused")
{
    House h;
    const QDate today = QDate::currentDate();
    const auto current = MonthCompleteness::check(h.db, h.house, today);
    REQUIRE_FALSE(current.ok());
    CHECK(current.error().kind == Error::Kind::Invalid);
    CHECK_FALSE(MonthCompleteness::check(h.db, h.house, today.addMonths(3)).ok());
    const auto invalid = MonthCompleteness::check(h.db, h.house, QDate());
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().kind == Error::Kind::Invalid);
    const auto nowhere = MonthCompleteness::check(h.db, QStringLiteral("no-such-house"), h.november);
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().kind == Error::Kind::NotFound);

    // Nobody signed in on a database with accounts reads nothing.
    REQUIRE(UserStore(h.db)
                .create({ {},
                          QStringLiteral("admin"),
                          QStringLiteral("Amina Admin"),
                          { QStringLiteral("administrator") } },
                        QStringLiteral("a good password 1"))
                .ok());
    UserStore(h.db).signOut();
    const auto anonymous = MonthCompleteness::check(h.db, h.house, h.november);
    REQUIRE_FALSE(anonymous.ok());
    CHECK(anonymous.error().kind == Error::Kind::Refused);
}

TEST_CASE("an incomplete month is approved only when the approval accepts it, and records that it was")
{
    House h;
    h.resident(QStringLiteral("سلمى"), QStringLiteral("الإدريسي"));
    h.markDays(h.november.addDays(27), h.november.addDays(29));

    const auto refused = MonthReport::approve(h.db, h.house, h.november);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("incomplete")));
    CHECK(countRows(h.db, QStringLiteral("SELECT count(*) FROM month_reports")) == 0);

    REQUIRE(MonthReport::approve(h.db, h.house, h.november, { {}, true }).ok());
    const QList<ApprovedMonth> approved = *MonthReport::approved(h.db, h.house);
    REQUIRE(approved.size() == 1);
    CHECK(approved.first().approvedBy == QStringLiteral("local")); // the local operator
    CHECK(approved.first().figures.value(QStringLiteral("approved_incomplete")).toBool());
    const QVariantMap completeness = approved.first().figures.value(QStringLiteral("completeness")).toMap();
    CHECK(completeness.value(QStringLiteral("marks_expected")).toInt() == 30);
    CHECK(completeness.value(QStringLiteral("marks_recorded")).toInt() == 3);

    // A script on a database without accounts names who approves; a complete month needs no
    // acceptance and records that it was complete.
    h.markDays(h.november, h.november.addDays(26));
    REQUIRE(MonthReport::approve(h.db, h.house, h.november, { QStringLiteral("Khadija Amrani") }).ok());
    const ApprovedMonth again = MonthReport::approved(h.db, h.house)->first();
    CHECK(again.approvedBy == QStringLiteral("Khadija Amrani"));
    CHECK_FALSE(again.figures.value(QStringLiteral("approved_incomplete")).toBool());
}

TEST_CASE("the approver is the person signed in, never a name typed for someone else")
{
    House h;
    h.resident(QStringLiteral("سلمى"), QStringLiteral("الإدريسي"));
    h.markMonth(h.november);
    UserStore users(h.db);
    REQUIRE(users
                .create({ {},
                          QStringLiteral("admin"),
                          QStringLiteral("Amina Admin"),
                          { QStringLiteral("administrator") } },
                        QStringLiteral("a good password 1"))
                .ok());
    REQUIRE(users
                .create({ {},
                          QStringLiteral("khadija"),
                          QStringLiteral("Khadija Amrani"),
                          { QStringLiteral("supervisor") } },
                        QStringLiteral("a good password 2"))
                .ok());
    REQUIRE(users.signIn(QStringLiteral("khadija"), QStringLiteral("a good password 2")).ok());
    CHECK(MonthReport::approverName(h.db) == QStringLiteral("Khadija Amrani"));

    const auto someoneElse
        = MonthReport::approve(h.db, h.house, h.november, { QStringLiteral("The director") });
    REQUIRE_FALSE(someoneElse.ok());
    CHECK(someoneElse.error().kind == Error::Kind::Invalid);
    CHECK(countRows(h.db, QStringLiteral("SELECT count(*) FROM month_reports")) == 0);

    REQUIRE(MonthReport::approve(h.db, h.house, h.november).ok());
    CHECK(MonthReport::approved(h.db, h.house)->first().approvedBy == QStringLiteral("Khadija Amrani"));
    // Her own name (or user name) is accepted, as a script signed in as her would give it.
    CHECK(MonthReport::approve(h.db, h.house, h.november, { QStringLiteral("khadija") }).ok());
}
