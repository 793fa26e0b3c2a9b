#include "roster/RosterImport.h"

#include "ListSheet.h"
#include "TempDatabase.h"
#include "families/FamilyStore.h"
#include "institutions/InstitutionStore.h"
#include "residents/DuplicateCandidates.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "roster/MappingMemory.h"
#include "roster/RosterRejects.h"
#include "sheets/SheetReader.h"

#include <QFile>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace riaya;

namespace {

const QDate kToday(2026, 12, 1);

SiteSettings roomyHouse()
{
    SiteSettings settings = TempDatabase::defaultSite();
    settings.capacity = 60;
    return settings;
}

// A house's roster as Arabic Excel users keep it: a title above the headers, names with
// tatweel and doubled spaces, dates day first, sexes and levels in words.
QList<QStringList> houseRoster()
{
    return {
        { QStringLiteral("لائحة نزلاء دار الطالبة - الموسم 2026/2027") },
        {},
        { QStringLiteral("الاسم العائلي"), QStringLiteral("الاسم الشخصي"), QStringLiteral("الجنس"),
          QStringLiteral("تاريخ الازدياد"), QStringLiteral("المستوى الدراسي"), QStringLiteral("رمز مسار"),
          QStringLiteral("تاريخ الالتحاق"), QStringLiteral("ملاحظة") },
        { QStringLiteral("أيت  علـــي"), QStringLiteral("فاطمة"), QStringLiteral("أنثى"),
          QStringLiteral("15/03/2012"), QStringLiteral("الأولى إعدادي"), QStringLiteral("G123456789"),
          QStringLiteral("01/09/2026"), QStringLiteral("x") },
        { QStringLiteral("بنعلي"), QStringLiteral("خديجة Khadija"), QStringLiteral("F"),
          QStringLiteral("٢٠١١/٠٧/٠٢"), QStringLiteral("2AC"), QString(), QString(), QString() },
    };
}

// The same roster with a row of each kind of problem, and a child typed twice.
QList<QStringList> brokenRoster()
{
    QList<QStringList> rows = houseRoster();
    rows.append({ QStringLiteral("الإدريسي"), QStringLiteral("سناء"), QStringLiteral("أنثى"),
                  QStringLiteral("31/02/2012"), QStringLiteral("2AC") }); // row 6: not a real day
    rows.append({ QStringLiteral("العلوي"), QStringLiteral("مريم"), QStringLiteral("؟"),
                  QStringLiteral("01/01/2013"),
                  QStringLiteral("الكوكب السابع") }); // row 7: sex and level unknown
    rows.append({ QString(), QStringLiteral("نادية"), QStringLiteral("أنثى"),
                  QStringLiteral("01/01/2013") }); // row 8
    rows.append({ QStringLiteral("أيت علي"), QStringLiteral("فاطمة"), QStringLiteral("أنثى"),
                  QStringLiteral("15/03/2012") }); // row 9: row 4 again
    return rows;
}

int residentCount(Database& db)
{
    return *ResidentStore(db).count({});
}

QList<int> rowsOf(const RosterSummary& summary, ProblemKind kind)
{
    for (const ProblemGroup& group : summary.problems) {
        if (group.kind == kind) {
            return group.rows;
        }
    }
    return {};
}

} // namespace

TEST_CASE("a house's roster: headers found under a title, rows stored as the staff meant them, admitted")
{
    TempDatabase t(roomyHouse());
    ListSheet sheet(houseRoster());
    ColumnMapping mapping = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    CHECK(mapping.headerRow() == 3);
    CHECK(mapping.fieldOf(0) == QLatin1String("last_name"));
    CHECK(mapping.fieldOf(1) == QLatin1String("first_name"));
    CHECK(mapping.fieldOf(3) == QLatin1String("birth_date"));
    CHECK(mapping.fieldOf(6) == QLatin1String("admitted_on"));
    CHECK(mapping.fieldOf(7).isEmpty()); // a note column nobody maps
    CHECK(mapping.missingRequired().isEmpty());

    RosterImport import(t.db(), mapping, kToday);
    const Result<RosterSummary> dry = import.dryRun(sheet);
    REQUIRE(dry.ok());
    CHECK(dry->records == 2);
    CHECK(dry->added == 2);
    CHECK(dry->rejected == 0);
    CHECK(residentCount(t.db()) == 0); // a dry run changes nothing
    REQUIRE(dry->preview.size() == 2);
    CHECK(dry->preview[0].record.value(QStringLiteral("last_name")) == QStringLiteral("أيت علي"));

    const Result<RosterSummary> done
        = import.run(sheet, RosterImport::Mode::AllOrNothing, QStringLiteral("roster.xlsx"));
    REQUIRE(done.ok());
    CHECK(done->written);
    CHECK(done->added == 2);
    const QList<Resident> residents = *ResidentStore(t.db()).list({});
    REQUIRE(residents.size() == 2);
    const Resident fatima = residents[0].firstName == QStringLiteral("فاطمة") ? residents[0] : residents[1];
    const Resident khadija = residents[0].firstName == QStringLiteral("فاطمة") ? residents[1] : residents[0];
    CHECK(fatima.lastName == QStringLiteral("أيت علي")); // tatweel and the doubled space gone
    CHECK(fatima.sex == QLatin1String("F"));
    CHECK(fatima.birthDate == QDate(2012, 3, 15));
    CHECK(fatima.schoolLevel == QLatin1String("S1"));
    CHECK(fatima.massarCode == QLatin1String("G123456789"));
    CHECK(khadija.firstName == QStringLiteral("خديجة"));
    CHECK(khadija.firstNameLatin == QLatin1String("Khadija")); // both scripts in one cell
    CHECK(khadija.birthDate == QDate(2011, 7, 2)); // Arabic-Indic digits
    CHECK(khadija.schoolLevel == QLatin1String("S2"));
    const QList<Stay> stays = *StayStore(t.db()).staysOf(fatima.id);
    REQUIRE(stays.size() == 1);
    CHECK(stays[0].institutionId == t.db().site().institutionId);
    CHECK(stays[0].admittedOn == QDate(2026, 9, 1));
    CHECK((*StayStore(t.db()).staysOf(khadija.id))[0].admittedOn == kToday); // the file does not say: today

    SECTION("the same file again creates no child twice")
    {
        const Result<RosterSummary> again
            = import.run(sheet, RosterImport::Mode::AllOrNothing, QStringLiteral("roster.xlsx"));
        REQUIRE(again.ok());
        CHECK(again->skipped == 2);
        CHECK(again->added == 0);
        CHECK(residentCount(t.db()) == 2);
    }
    SECTION("a later file with more to say updates the child, never blanking what is stored")
    {
        ListSheet more({ { QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Sexe"),
                           QStringLiteral("Date de naissance"), QStringLiteral("Nom du père"),
                           QStringLiteral("Code Massar") },
                         { QStringLiteral("أيت علي"), QStringLiteral("فاطمة"), QStringLiteral("fille"),
                           QStringLiteral("15/03/2012"), QStringLiteral("محمد"), QString() } });
        const ColumnMapping french = ColumnMapping::guess(RosterKind::Residents, more.firstRows());
        const Result<RosterSummary> update
            = RosterImport(t.db(), french, kToday)
                  .run(more, RosterImport::Mode::AllOrNothing, QStringLiteral("b.csv"));
        REQUIRE(update.ok());
        CHECK(update->updated == 1);
        const Resident stored = *ResidentStore(t.db()).get(fatima.id);
        CHECK(stored.fatherName == QStringLiteral("محمد"));
        CHECK(stored.massarCode == QLatin1String("G123456789"));
        CHECK(stored.schoolLevel == QLatin1String("S1"));
        CHECK(residentCount(t.db()) == 2);
    }
}

TEST_CASE("a roster with problems: grouped with their rows, and nothing imported unless asked")
{
    TempDatabase t(roomyHouse());
    ListSheet sheet(brokenRoster());
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    RosterImport import(t.db(), mapping, kToday);

    const Result<RosterSummary> dry = import.dryRun(sheet);
    REQUIRE(dry.ok());
    CHECK(dry->added == 2);
    CHECK(dry->rejected == 4);
    CHECK(rowsOf(*dry, ProblemKind::InvalidDate) == QList<int> { 6 });
    CHECK(rowsOf(*dry, ProblemKind::UnknownSex) == QList<int> { 7 });
    CHECK(rowsOf(*dry, ProblemKind::UnknownLevel) == QList<int> { 7 });
    CHECK(rowsOf(*dry, ProblemKind::MissingValue) == QList<int> { 8 });
    CHECK(rowsOf(*dry, ProblemKind::DuplicateInFile) == QList<int> { 9 });

    SECTION("all or nothing: nothing")
    {
        const Result<RosterSummary> run
            = import.run(sheet, RosterImport::Mode::AllOrNothing, QStringLiteral("r.csv"));
        REQUIRE(run.ok());
        CHECK_FALSE(run->written);
        CHECK(run->rejected == 4);
        CHECK(residentCount(t.db()) == 0);
    }
    SECTION("the valid rows, and the others saved to correct and import again")
    {
        const QString rejects = t.dir() + QStringLiteral("/to-correct.csv");
        const Result<RosterSummary> run
            = import.run(sheet, RosterImport::Mode::ValidOnly, QStringLiteral("r.csv"), rejects);
        REQUIRE(run.ok());
        CHECK(run->written);
        CHECK(run->added == 2);
        CHECK(residentCount(t.db()) == 2);

        SheetFileInfo info;
        Result<std::unique_ptr<SheetReader>> saved = openSheet(rejects, {}, &info);
        REQUIRE(saved.ok());
        QList<SheetRow> rows;
        while (std::optional<SheetRow> row = (*saved)->next()) {
            rows.append(*row);
        }
        REQUIRE(rows.size() == 5); // the headers and the four rows
        CHECK(rows[0].cells.last() == rejectedRowsHeading());
        CHECK(rows[1].cells.value(3) == QLatin1String("31/02/2012"));
        CHECK(rows[1].cells.last().contains(QLatin1String("31/02/2012")));
        // Corrected and imported again, it has the shape of the first file.
        const ColumnMapping again = ColumnMapping::guess(RosterKind::Residents, rows);
        CHECK(again.shape() == mapping.shape());
    }
    SECTION("a valid-only import must say where the others go")
    {
        CHECK_FALSE(import.run(sheet, RosterImport::Mode::ValidOnly, QStringLiteral("r.csv")).ok());
        CHECK(residentCount(t.db()) == 0);
    }
    SECTION("cancelled: nothing left behind")
    {
        const Result<RosterSummary> run
            = import.run(sheet, RosterImport::Mode::ValidOnly, QStringLiteral("r.csv"),
                         t.dir() + QStringLiteral("/x.csv"), [](int) { return false; });
        REQUIRE(run.ok());
        CHECK(run->cancelled);
        CHECK(residentCount(t.db()) == 0);
        CHECK_FALSE(QFile::exists(t.dir() + QStringLiteral("/x.csv")));
    }
}

TEST_CASE("a roster larger than the house: the rows past its places are problems of the dry run")
{
    TempDatabase t; // three places
    QList<QStringList> rows { { QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Sexe"),
                                QStringLiteral("Date de naissance") } };
    for (const char* first : { "Amal", "Btissam", "Chaima", "Dounia" }) {
        rows.append({ QStringLiteral("Alaoui"), QString::fromLatin1(first), QStringLiteral("F"),
                      QStringLiteral("01/01/2012") });
    }
    ListSheet sheet(rows);
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    RosterImport import(t.db(), mapping, kToday);
    const Result<RosterSummary> dry = import.dryRun(sheet);
    REQUIRE(dry.ok());
    CHECK(dry->added == 3);
    CHECK(rowsOf(*dry, ProblemKind::InvalidValue) == QList<int> { 5 });
    const Result<RosterSummary> run = import.run(sheet, RosterImport::Mode::ValidOnly,
                                                 QStringLiteral("r.csv"), t.dir() + QStringLiteral("/r.csv"));
    REQUIRE(run.ok());
    CHECK(run->added == 3);
    CHECK(run->rejected == 1);
    CHECK(residentCount(t.db()) == 3);
}

TEST_CASE("a header in two rows: a cell merged over the names above the words that tell them apart")
{
    TempDatabase t(roomyHouse());
    // As a reader gives a merged cell: its value in every cell it covers.
    ListSheet sheet({ { QStringLiteral("لائحة المستفيدات") },
                      { QStringLiteral("الاسم"), QStringLiteral("الاسم"), QStringLiteral("الجنس"),
                        QStringLiteral("تاريخ الازدياد") },
                      { QStringLiteral("العائلي"), QStringLiteral("الشخصي") },
                      { QStringLiteral("بنعلي"), QStringLiteral("خديجة"), QStringLiteral("أنثى"),
                        QStringLiteral("02/07/2011") } });
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    CHECK(mapping.headerRow() == 3);
    CHECK(mapping.headers().value(0) == QStringLiteral("الاسم العائلي"));
    CHECK(mapping.fieldOf(0) == QLatin1String("last_name"));
    CHECK(mapping.fieldOf(1) == QLatin1String("first_name"));
    CHECK(mapping.fieldOf(2) == QLatin1String("sex"));
    CHECK(mapping.missingRequired().isEmpty());
    const Result<RosterSummary> dry = RosterImport(t.db(), mapping, kToday).dryRun(sheet);
    REQUIRE(dry.ok());
    CHECK(dry->added == 1);

    // A header in one row under a title stays one row.
    ListSheet titled(houseRoster());
    const ColumnMapping one = ColumnMapping::guess(RosterKind::Residents, titled.firstRows());
    CHECK(one.headerRow() == 3);
    CHECK(one.headers().value(0) == QStringLiteral("الاسم العائلي"));
}

TEST_CASE("a child probably registered already is imported and queued for a person, never merged")
{
    TempDatabase t(roomyHouse());
    Resident existing = TempDatabase::sampleResident();
    existing.massarCode.clear();
    existing.birthDate = QDate(2012, 3, 15);
    const QString id = *ResidentStore(t.db()).create(existing);
    ListSheet sheet({ { QStringLiteral("Last name"), QStringLiteral("First name"), QStringLiteral("Sex"),
                        QStringLiteral("Birth date") },
                      { QStringLiteral("Ait Ali"), QStringLiteral("Fatima"), QStringLiteral("F"),
                        QStringLiteral("16/03/2012") } });
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    RosterImport import(t.db(), mapping, kToday);
    const Result<RosterSummary> dry = import.dryRun(sheet);
    REQUIRE(dry.ok());
    REQUIRE(dry->duplicates.size() == 1);
    CHECK(dry->duplicates[0].row == 2);
    CHECK(dry->duplicates[0].match.id == id);
    CHECK(dry->duplicates[0].match.score >= 0.8);
    REQUIRE(import.run(sheet, RosterImport::Mode::AllOrNothing, QStringLiteral("old.xlsx")).ok());
    CHECK(residentCount(t.db()) == 2);
    const QList<DuplicateEntry> queued = *DuplicateCandidates(t.db()).open();
    REQUIRE(queued.size() == 1);
    CHECK((queued[0].residentId == id || queued[0].otherId == id));
}

TEST_CASE("a mapping: corrected by hand, remembered for the next file of the same shape, checked when given")
{
    TempDatabase t(roomyHouse());
    const QList<QStringList> rows { { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                      QStringLiteral("D") },
                                    { QStringLiteral("بنعلي"), QStringLiteral("خديجة"), QStringLiteral("F"),
                                      QStringLiteral("02/07/2011") } };
    ListSheet sheet(rows);
    ColumnMapping mapping = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    CHECK(mapping.missingRequired().size() == 4);
    CHECK_FALSE(RosterImport(t.db(), mapping, kToday).dryRun(sheet).ok()); // nothing maps the names
    mapping.setField(0, QStringLiteral("last_name"));
    mapping.setField(1, QStringLiteral("first_name"));
    mapping.setField(2, QStringLiteral("sex"));
    mapping.setField(3, QStringLiteral("birth_date"));
    mapping.setField(2, QStringLiteral("first_name")); // a field goes to one column only
    CHECK(mapping.fieldOf(1).isEmpty());
    mapping.setField(1, QStringLiteral("first_name"));
    mapping.setField(2, QStringLiteral("sex"));
    CHECK(mapping.missingRequired().isEmpty());
    REQUIRE(MappingMemory(t.db()).remember(mapping));

    ColumnMapping next = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    CHECK(MappingMemory(t.db()).recall(next));
    CHECK(next.toJson() == mapping.toJson());
    ColumnMapping families = ColumnMapping::guess(RosterKind::Families, sheet.firstRows());
    CHECK_FALSE(MappingMemory(t.db()).recall(families)); // another kind, another shape

    ColumnMapping given = ColumnMapping::guess(RosterKind::Residents, sheet.firstRows());
    CHECK(given.apply(QJsonObject { { QStringLiteral("a"), QStringLiteral("last_name") } }).ok()); // folded
    CHECK(given.fieldOf(0) == QLatin1String("last_name"));
    CHECK_FALSE(given.apply(QJsonObject { { QStringLiteral("Z"), QStringLiteral("last_name") } }).ok());
    CHECK_FALSE(given.apply(QJsonObject { { QStringLiteral("A"), QStringLiteral("shoe_size") } }).ok());
    CHECK_FALSE(given
                    .apply(QJsonObject { { QStringLiteral("A"), QStringLiteral("sex") },
                                         { QStringLiteral("B"), QStringLiteral("sex") } })
                    .ok());
}

TEST_CASE(
    "the ministry's list of institutions: region, type, capacity, licence; a list imported twice is skipped")
{
    SiteSettings ministry;
    ministry.name = QStringLiteral("الوزارة");
    ministry.ministry = true;
    ministry.withInstitution = false;
    TempDatabase t(ministry);
    ListSheet sheet(
        { { QStringLiteral("اسم المؤسسة"), QStringLiteral("النوع"), QStringLiteral("الطاقة الاستيعابية"),
            QStringLiteral("الجهة"), QStringLiteral("الإقليم"), QStringLiteral("رقم الترخيص"),
            QStringLiteral("تاريخ انتهاء الترخيص") },
          { QStringLiteral("دار الطالب تحناوت"), QStringLiteral("student_house"), QStringLiteral("٨٠"),
            QStringLiteral("مراكش آسفي"), QStringLiteral("الحوز"), QStringLiteral("AUT-2019-17"),
            QStringLiteral("31/12/2027") },
          { QStringLiteral("مركز حماية الطفولة"), QStringLiteral("spaceship"), QStringLiteral("many") } });
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Institutions, sheet.firstRows());
    CHECK(mapping.missingRequired().isEmpty());
    RosterImport import(t.db(), mapping, kToday);
    const Result<RosterSummary> dry = import.dryRun(sheet);
    REQUIRE(dry.ok());
    CHECK(dry->added == 1);
    CHECK(rowsOf(*dry, ProblemKind::UnknownKind) == QList<int> { 3 });
    CHECK(rowsOf(*dry, ProblemKind::InvalidNumber) == QList<int> { 3 });
    REQUIRE(import
                .run(sheet, RosterImport::Mode::ValidOnly, QStringLiteral("list.xlsx"),
                     t.dir() + QStringLiteral("/r.xlsx"))
                .ok());
    const QList<Institution> institutions = *InstitutionStore(t.db()).list();
    REQUIRE(institutions.size() == 1);
    CHECK(institutions[0].capacity == 80);
    CHECK(institutions[0].province == QStringLiteral("الحوز"));
    CHECK(institutions[0].licenceExpiresOn == QDate(2027, 12, 31));
    const Result<RosterSummary> again = import.dryRun(sheet);
    REQUIRE(again.ok());
    CHECK(again->skipped == 1);
}

TEST_CASE("the ministry's list names types of institution in words, in Arabic or French, whatever the "
          "window's language")
{
    SiteSettings ministry;
    ministry.name = QStringLiteral("الوزارة");
    ministry.ministry = true;
    ministry.withInstitution = false;
    TempDatabase t(ministry);
    const QList<std::pair<QString, QString>> types {
        { QStringLiteral("دار الطالبة"), QStringLiteral("student_house") },
        { QStringLiteral("دار الطالب"), QStringLiteral("student_house") },
        { QStringLiteral("Dar Taliba"), QStringLiteral("student_house") },
        { QStringLiteral("دار الأطفال"), QStringLiteral("childrens_home") },
        { QStringLiteral("Maison d’enfants"), QStringLiteral("childrens_home") },
        { QStringLiteral("centre de protection sociale"), QStringLiteral("social_centre") },
        { QStringLiteral("Children's home"), QStringLiteral("childrens_home") }, // the window's own label
    };
    QList<QStringList> rows { { QStringLiteral("Nom de l'établissement"), QStringLiteral("Type"),
                                QStringLiteral("Capacité") } };
    for (int i = 0; i < types.size(); ++i) {
        rows.append({ QStringLiteral("Établissement %1").arg(QChar(u'A' + i)), types[i].first,
                      QStringLiteral("40") });
    }
    rows.append({ QStringLiteral("Établissement Z"), QStringLiteral("دار الضيافة"), QStringLiteral("40") });
    ListSheet sheet(rows);
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Institutions, sheet.firstRows());
    REQUIRE(mapping.fieldOf(1) == QStringLiteral("kind"));
    RosterImport import(t.db(), mapping, kToday);
    const Result<RosterSummary> dry = import.dryRun(sheet);
    REQUIRE(dry.ok());
    CHECK(dry->added == int(types.size()));
    CHECK(rowsOf(*dry, ProblemKind::UnknownKind)
          == QList<int> { int(types.size()) + 2 }); // a guest house is none
    for (int i = 0; i < types.size(); ++i) {
        INFO(types[i].first.toStdString());
        CHECK(dry->preview.at(i).record.value(QStringLiteral("kind")).toString() == types[i].second);
    }
}

TEST_CASE("a house may not import the ministry's list of institutions")
{
    TempDatabase t(roomyHouse());
    ListSheet sheet({ { QStringLiteral("Name"), QStringLiteral("Capacity") },
                      { QStringLiteral("X"), QStringLiteral("5") } });
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Institutions, sheet.firstRows());
    const Result<RosterSummary> run = RosterImport(t.db(), mapping, kToday)
                                          .run(sheet, RosterImport::Mode::AllOrNothing, QStringLiteral("x"));
    if (run.ok()) {
        CHECK_FALSE(run->written);
    }
    CHECK(InstitutionStore(t.db()).list()->size() == 1); // its own only
}

TEST_CASE("foster families: one row per member, grouped by file number or written once above")
{
    TempDatabase t(roomyHouse());
    ListSheet sheet(
        { { QStringLiteral("رقم الملف"), QStringLiteral("اسم الأسرة"), QStringLiteral("الهاتف"),
            QStringLiteral("العنوان"), QStringLiteral("اسم الفرد"), QStringLiteral("الصفة"),
            QStringLiteral("سنة الازدياد"), QStringLiteral("رب الأسرة") },
          { QStringLiteral("F-1"), QStringLiteral("الإدريسي"), QStringLiteral("0612345678"),
            QStringLiteral("تحناوت"), QStringLiteral("أحمد الإدريسي"), QStringLiteral("زوج"),
            QStringLiteral("1980"), QStringLiteral("نعم") },
          { QString(), QString(), QString(), QString(), QStringLiteral("زينب الإدريسي"),
            QStringLiteral("زوجة"), QStringLiteral("1984"), QStringLiteral("نعم") },
          { QStringLiteral("F-2"), QStringLiteral("بنعلي"), QStringLiteral("0698765432"), QString(),
            QStringLiteral("سعاد بنعلي"), QStringLiteral("أرملة"), QStringLiteral("١٩٧٥") },
          { QStringLiteral("F-1"), QStringLiteral("الإدريسي"), QString(), QString(),
            QStringLiteral("يوسف الإدريسي"), QStringLiteral("ابن"), QStringLiteral("2010"),
            QStringLiteral("لا") },
          { QStringLiteral("F-3"), QStringLiteral("العلوي"), QString(), QString(), QString(),
            QStringLiteral("زوج"), QStringLiteral("3000") } });
    const ColumnMapping mapping = ColumnMapping::guess(RosterKind::Families, sheet.firstRows());
    CHECK(mapping.missingRequired().isEmpty());
    RosterImport import(t.db(), mapping, kToday);
    const Result<RosterSummary> dry = import.dryRun(sheet);
    REQUIRE(dry.ok());
    CHECK(dry->records == 3);
    CHECK(dry->added == 2);
    CHECK(dry->rejected == 1);
    CHECK(rowsOf(*dry, ProblemKind::MissingValue) == QList<int> { 6 });

    REQUIRE(import
                .run(sheet, RosterImport::Mode::ValidOnly, QStringLiteral("families.xlsx"),
                     t.dir() + QStringLiteral("/r.csv"))
                .ok());
    const QList<Family> families = *FamilyStore(t.db()).search(QString());
    REQUIRE(families.size() == 2);
    const Family idrissi = families[0].familyName == QStringLiteral("الإدريسي") ? families[0] : families[1];
    const Family benali = families[0].familyName == QStringLiteral("الإدريسي") ? families[1] : families[0];
    REQUIRE(idrissi.members.size() == 3);
    CHECK(idrissi.members[0].head);
    CHECK(idrissi.members[1].head);
    CHECK_FALSE(idrissi.members[2].head);
    CHECK(idrissi.members[2].birthYear == 2010);
    CHECK(idrissi.state == QLatin1String("enquiry"));
    REQUIRE(benali.members.size() == 1);
    CHECK(benali.members[0].head); // the only member leads the household
    CHECK(benali.members[0].birthYear == 1975);

    const Result<RosterSummary> again = import.dryRun(sheet);
    REQUIRE(again.ok());
    CHECK(again->skipped == 2);

    // A later register with a new child of the same household: the family gains a member.
    ListSheet later({ { QStringLiteral("اسم الأسرة"), QStringLiteral("الهاتف"), QStringLiteral("اسم الفرد"),
                        QStringLiteral("الصفة"), QStringLiteral("سنة الازدياد") },
                      { QStringLiteral("الإدريسي"), QStringLiteral("06 12 34 56 78"),
                        QStringLiteral("سلمى الإدريسي"), QStringLiteral("ابنة"), QStringLiteral("2014") } });
    const ColumnMapping laterMapping = ColumnMapping::guess(RosterKind::Families, later.firstRows());
    const Result<RosterSummary> update
        = RosterImport(t.db(), laterMapping, kToday)
              .run(later, RosterImport::Mode::AllOrNothing, QStringLiteral("b.csv"));
    REQUIRE(update.ok());
    CHECK(update->updated == 1);
    const Family grown = *FamilyStore(t.db()).get(idrissi.id);
    REQUIRE(grown.members.size() == 4);
    CHECK(grown.members[3].name == QStringLiteral("سلمى الإدريسي"));
    CHECK_FALSE(grown.members[3].head);
    CHECK(grown.address == QStringLiteral("تحناوت")); // not erased by the file that has no address
}
