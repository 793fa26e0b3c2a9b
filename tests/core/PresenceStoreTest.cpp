#include "daily/PresenceStore.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"

#include <QSqlQuery>

using namespace riaya;

namespace {

struct Fixture
{
    TempDatabase t;
    ResidentStore residents { t.db() };
    StayStore stays { t.db() };
    PresenceStore presence { t.db() };
    QString house = t.db().site().institutionId;
    QDate today = QDate::currentDate();
    QDate admitted = today.addYears(-1);

    QString newResident(const QString& first, const QString& last)
    {
        Resident r = TempDatabase::sampleResident();
        r.firstName = first;
        r.lastName = last;
        auto id = residents.create(r);
        REQUIRE(id.ok());
        return *id;
    }
    QString admittedResident(const QString& first, const QString& last, const QString& institution = {})
    {
        const QString id = newResident(first, last);
        REQUIRE(stays.admit(id, institution.isEmpty() ? house : institution, admitted, {}).ok());
        return id;
    }
    QString otherInstitution()
    {
        Institution i;
        i.name = QStringLiteral("دار الطالبة تحناوت");
        i.capacity = 10;
        auto id = InstitutionStore(t.db()).create(i);
        REQUIRE(id.ok());
        return *id;
    }
    int count(const QString& sql)
    {
        QSqlQuery query(t.db().connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
    static PresenceMark mark(const QString& residentId, const QString& state, const QString& note = {})
    {
        PresenceMark m;
        m.residentId = residentId;
        m.state = state;
        m.note = note;
        return m;
    }
};

QStringList fieldsOf(const Error& error)
{
    QStringList fields;
    for (const FieldIssue& issue : error.issues) {
        fields << issue.field;
    }
    return fields;
}

} // namespace

TEST_CASE("the sheet lists the residents present, by family name, with what the day already holds")
{
    Fixture f;
    const QString zahra = f.admittedResident(QStringLiteral("زهرة"), QStringLiteral("يوسفي"));
    const QString amina = f.admittedResident(QStringLiteral("أمينة"), QStringLiteral("بناني"));
    f.newResident(QStringLiteral("سعاد"), QStringLiteral("العلوي")); // registered, not admitted
    f.admittedResident(QStringLiteral("نادية"), QStringLiteral("التازي"), f.otherInstitution());

    auto sheet = f.presence.sheet(f.house, f.today);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->size() == 2);
    CHECK(sheet->at(0).residentId == amina);
    CHECK(sheet->at(0).residentName == QStringLiteral("أمينة بناني"));
    CHECK(sheet->at(1).residentId == zahra);
    CHECK(sheet->at(0).state.isEmpty());

    REQUIRE(f.presence
                .saveSheet(f.house, f.today,
                           { Fixture::mark(amina, QStringLiteral("sick"), QStringLiteral("حمى")),
                             Fixture::mark(zahra, QStringLiteral("present")) })
                .ok());
    sheet = f.presence.sheet(f.house, f.today);
    CHECK(sheet->at(0).state == QStringLiteral("sick"));
    CHECK(sheet->at(0).note == QStringLiteral("حمى"));
    CHECK(sheet->at(1).state == QStringLiteral("present"));
    CHECK(f.presence.sheet(f.house, f.today.addDays(-1))->at(0).state.isEmpty());
}

TEST_CASE("a sheet with one bad mark saves none of its marks")
{
    Fixture f;
    const QString amina = f.admittedResident(QStringLiteral("أمينة"), QStringLiteral("بناني"));
    const QString zahra = f.admittedResident(QStringLiteral("زهرة"), QStringLiteral("يوسفي"));
    Status saved = Status();
    SECTION("an unknown state")
    {
        saved = f.presence.saveSheet(f.house, f.today,
                                     { Fixture::mark(amina, QStringLiteral("present")),
                                       Fixture::mark(zahra, QStringLiteral("holiday")) });
        REQUIRE_FALSE(saved.ok());
        CHECK(fieldsOf(saved.error()) == QStringList { QStringLiteral("state") });
        CHECK(saved.error().describe().contains(QStringLiteral("زهرة يوسفي")));
    }
    SECTION("a resident of another institution, named in the message")
    {
        const QString other
            = f.admittedResident(QStringLiteral("نادية"), QStringLiteral("التازي"), f.otherInstitution());
        saved = f.presence.saveSheet(f.house, f.today,
                                     { Fixture::mark(amina, QStringLiteral("present")),
                                       Fixture::mark(other, QStringLiteral("present")) });
        REQUIRE_FALSE(saved.ok());
        CHECK(fieldsOf(saved.error()) == QStringList { QStringLiteral("resident_id") });
        CHECK(saved.error().describe().contains(QStringLiteral("نادية التازي")));
    }
    SECTION("a resident who is not admitted anywhere")
    {
        const QString registered = f.newResident(QStringLiteral("سعاد"), QStringLiteral("العلوي"));
        saved = f.presence.saveSheet(f.house, f.today,
                                     { Fixture::mark(amina, QStringLiteral("present")),
                                       Fixture::mark(registered, QStringLiteral("absent")) });
        CHECK(fieldsOf(saved.error()) == QStringList { QStringLiteral("resident_id") });
    }
    SECTION("a resident id that does not exist")
    {
        saved = f.presence.saveSheet(f.house, f.today,
                                     { Fixture::mark(amina, QStringLiteral("present")),
                                       Fixture::mark(QStringLiteral("nobody"), QStringLiteral("absent")) });
        CHECK(saved.error().describe().contains(QStringLiteral("nobody")));
    }
    SECTION("a resident marked twice")
    {
        saved = f.presence.saveSheet(f.house, f.today,
                                     { Fixture::mark(amina, QStringLiteral("present")),
                                       Fixture::mark(amina, QStringLiteral("absent")) });
        CHECK(fieldsOf(saved.error()) == QStringList { QStringLiteral("resident_id") });
    }
    SECTION("a note over 500 characters")
    {
        saved
            = f.presence.saveSheet(f.house, f.today,
                                   { Fixture::mark(amina, QStringLiteral("present")),
                                     Fixture::mark(zahra, QStringLiteral("leave"),
                                                   QString(kMaxPresenceNoteLength + 1, QLatin1Char('x'))) });
        CHECK(fieldsOf(saved.error()) == QStringList { QStringLiteral("note") });
    }
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == Error::Kind::Invalid);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM presence")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'presence'")) == 0);
}

TEST_CASE("presence is not marked for a day to come or before the resident's admission")
{
    Fixture f;
    const QString amina = f.admittedResident(QStringLiteral("أمينة"), QStringLiteral("بناني"));
    auto future = f.presence.saveSheet(f.house, f.today.addDays(1),
                                       { Fixture::mark(amina, QStringLiteral("present")) });
    REQUIRE_FALSE(future.ok());
    CHECK(fieldsOf(future.error()) == QStringList { QStringLiteral("day") });
    CHECK(fieldsOf(f.presence.saveSheet(f.house, QDate(), {}).error())
          == QStringList { QStringLiteral("day") });

    const QDate before = f.admitted.addDays(-1);
    CHECK(f.presence.sheet(f.house, before)->isEmpty());
    auto early = f.presence.saveSheet(f.house, before, { Fixture::mark(amina, QStringLiteral("present")) });
    REQUIRE_FALSE(early.ok());
    CHECK(fieldsOf(early.error()) == QStringList { QStringLiteral("resident_id") });
    CHECK(
        f.presence.saveSheet(f.house, f.admitted, { Fixture::mark(amina, QStringLiteral("present")) }).ok());
}

TEST_CASE("marking a day again changes its mark, an unchanged mark writes nothing")
{
    Fixture f;
    const QString amina = f.admittedResident(QStringLiteral("أمينة"), QStringLiteral("بناني"));
    const QString zahra = f.admittedResident(QStringLiteral("زهرة"), QStringLiteral("يوسفي"));
    REQUIRE(f.presence
                .saveSheet(f.house, f.today,
                           { Fixture::mark(amina, QStringLiteral("present")),
                             Fixture::mark(zahra, QStringLiteral("present")) })
                .ok());
    const int changes = f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'presence'"));
    CHECK(changes == 2);
    const int audited = f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'presence'"));

    // The whole sheet saved again, one mark changed: one write.
    auto sheet = f.presence.sheet(f.house, f.today);
    (*sheet)[1].state = QStringLiteral("absent");
    (*sheet)[1].note = QStringLiteral("عند الأسرة");
    REQUIRE(f.presence.saveSheet(f.house, f.today, *sheet).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM presence")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'presence'"))
          == changes + 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'presence'")) == audited + 1);
    CHECK(f.presence.sheet(f.house, f.today)->at(1).state == QStringLiteral("absent"));

    REQUIRE(f.presence.saveSheet(f.house, f.today, *f.presence.sheet(f.house, f.today)).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'presence'"))
          == changes + 1);
}

TEST_CASE("unmarked rows of a sheet passed back are skipped")
{
    Fixture f;
    const QString amina = f.admittedResident(QStringLiteral("أمينة"), QStringLiteral("بناني"));
    f.admittedResident(QStringLiteral("زهرة"), QStringLiteral("يوسفي"));
    auto sheet = f.presence.sheet(f.house, f.today);
    (*sheet)[0].state = QStringLiteral("present");
    REQUIRE(f.presence.saveSheet(f.house, f.today, *sheet).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM presence")) == 1);

    // A note alone is not a mark.
    auto noteOnly = f.presence.saveSheet(f.house, f.today,
                                         { Fixture::mark(amina, QString(), QStringLiteral("متأخرة")) });
    CHECK(fieldsOf(noteOnly.error()) == QStringList { QStringLiteral("state") });
}

TEST_CASE("a resident's month comes by day, and an institution's month is counted per state")
{
    Fixture f;
    const QString amina = f.admittedResident(QStringLiteral("أمينة"), QStringLiteral("بناني"));
    const QString zahra = f.admittedResident(QStringLiteral("زهرة"), QStringLiteral("يوسفي"));
    const QDate month = QDate(f.today.year(), f.today.month(), 1).addMonths(-2);
    const char* aminaDays[] = { "present", "present", "sick", "present" };
    const char* zahraDays[] = { "absent", "leave", "present", "present" };
    for (int d = 3; d >= 0; --d) { // saved out of order
        REQUIRE(f.presence
                    .saveSheet(f.house, month.addDays(d),
                               { Fixture::mark(amina, QLatin1String(aminaDays[d])),
                                 Fixture::mark(zahra, QLatin1String(zahraDays[d])) })
                    .ok());
    }
    // The last day of the month before and the first of the month after are not counted.
    REQUIRE(
        f.presence.saveSheet(f.house, month.addDays(-1), { Fixture::mark(amina, QStringLiteral("absent")) })
            .ok());
    REQUIRE(
        f.presence.saveSheet(f.house, month.addMonths(1), { Fixture::mark(amina, QStringLiteral("absent")) })
            .ok());

    auto marks = f.presence.monthOf(amina, month.year(), month.month());
    REQUIRE(marks.ok());
    REQUIRE(marks->size() == 4);
    for (int d = 0; d < 4; ++d) {
        CHECK(marks->at(d).day == month.addDays(d));
        CHECK(marks->at(d).state == QLatin1String(aminaDays[d]));
    }
    CHECK(marks->first().residentName == QStringLiteral("أمينة بناني"));

    auto rate = f.presence.monthlyRate(f.house, month.year(), month.month());
    REQUIRE(rate.ok());
    CHECK(rate->present == 5);
    CHECK(rate->absent == 1);
    CHECK(rate->leave == 1);
    CHECK(rate->sick == 1);
    CHECK(rate->total() == 8);
    CHECK(rate->rate() == Approx(5.0 / 8.0));

    auto empty = f.presence.monthlyRate(f.house, month.year() - 1, month.month());
    CHECK(empty->total() == 0);
    CHECK(empty->rate() == 0.0);
    CHECK(f.presence.monthlyRate(f.otherInstitution(), month.year(), month.month())->total() == 0);
}

TEST_CASE("month questions about unknown residents, institutions or months are refused")
{
    Fixture f;
    CHECK(f.presence.monthOf(QStringLiteral("nobody"), 2025, 3).error().kind == Error::Kind::NotFound);
    CHECK(f.presence.monthlyRate(QStringLiteral("nowhere"), 2025, 3).error().kind == Error::Kind::NotFound);
    CHECK(f.presence.sheet(QStringLiteral("nowhere"), f.today).error().kind == Error::Kind::NotFound);
    auto month13 = f.presence.monthlyRate(f.house, 2025, 13);
    REQUIRE_FALSE(month13.ok());
    CHECK(fieldsOf(month13.error()) == QStringList { QStringLiteral("month") });
}

TEST_CASE("every presence state has a label")
{
    for (const QString& state : presenceStates()) {
        CHECK_FALSE(presenceStateLabel(state).isEmpty());
        CHECK(presenceStateLabel(state) != state);
    }
    CHECK(presenceStateLabel(QStringLiteral("unknown")) == QStringLiteral("unknown"));
}
