#include "roster/RosterImportWizard.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "families/FamiliesPage.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentsPage.h"
#include "roster/RosterCheckPage.h"
#include "roster/RosterColumnsPage.h"
#include "roster/RosterFilePage.h"
#include "roster/RosterRunPage.h"
#include "roster/RosterSession.h"
#include "settings/LanguageSwitcher.h"
#include "widgets/ScreenFit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <functional>

using namespace riaya;

namespace {

SiteSettings roomyHouse()
{
    SiteSettings settings = TempDatabase::defaultSite();
    settings.capacity = 400;
    return settings;
}

// A house's roster as Arabic Excel users keep it, saved as UTF-8 with a byte-order mark: two
// good rows, then a day that does not exist, a sex nobody can read and a child typed twice.
// The last column (the neighbourhood) matches no header Riaya knows.
const char* const kRoster = "\xEF\xBB\xBF"
                            "الاسم العائلي,الاسم الشخصي,الجنس,تاريخ الازدياد,المستوى الدراسي,الحي\n"
                            "أيت علي,فاطمة,أنثى,15/03/2012,الأولى إعدادي,تحناوت\n"
                            "بنعلي,خديجة,F,02/07/2011,2AC,أمزميز\n"
                            "الإدريسي,سناء,أنثى,31/02/2012,2AC,\n"
                            "العلوي,مريم,؟,01/01/2013,,\n"
                            "أيت علي,فاطمة,أنثى,15/03/2012,,\n";

QString write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

// A roster long enough for the import to report its progress before its end.
QByteArray longRoster(int rows)
{
    const QStringList last { QStringLiteral("العلوي"),   QStringLiteral("الإدريسي"),
                             QStringLiteral("بنعلي"),    QStringLiteral("الفاسي"),
                             QStringLiteral("التازي"),   QStringLiteral("السوسي"),
                             QStringLiteral("المراكشي"), QStringLiteral("الريفي"),
                             QStringLiteral("الدكالي"),  QStringLiteral("الشاوي"),
                             QStringLiteral("الحسني"),   QStringLiteral("العمراني"),
                             QStringLiteral("البقالي"),  QStringLiteral("الوزاني"),
                             QStringLiteral("الصنهاجي"), QStringLiteral("الزموري") };
    const QStringList first { QStringLiteral("فاطمة"), QStringLiteral("خديجة"), QStringLiteral("مريم"),
                              QStringLiteral("سناء"),  QStringLiteral("نادية"), QStringLiteral("حفصة"),
                              QStringLiteral("زينب"),  QStringLiteral("سلمى"),  QStringLiteral("هند"),
                              QStringLiteral("إيمان"), QStringLiteral("أسماء"), QStringLiteral("ليلى"),
                              QStringLiteral("رشيدة"), QStringLiteral("سعاد"),  QStringLiteral("نزهة"),
                              QStringLiteral("وفاء") };
    QString text = QStringLiteral("Nom,Prénom,Sexe,Date de naissance\n");
    for (int row = 0; row < rows; ++row) {
        text += QStringLiteral("%1,%2,F,%3/%4/2012\n")
                    .arg(last.at(row % last.size()), first.at(row / last.size() % first.size()))
                    .arg(row % 28 + 1)
                    .arg(row % 12 + 1);
    }
    return text.toUtf8();
}

bool waitFor(const std::function<bool()>& done, int ms = 10000)
{
    for (int waited = 0; !done() && waited < ms; waited += 10) {
        QTest::qWait(10);
    }
    return done();
}

void setPath(RosterImportWizard& wizard, const QString& path)
{
    auto* edit = wizard.findChild<QLineEdit*>(QStringLiteral("rosterPath"));
    REQUIRE(edit);
    edit->setText(path);
}

QString textOf(QWidget& parent, const char* name)
{
    auto* label = parent.findChild<QLabel*>(QLatin1String(name));
    REQUIRE(label);
    return label->text();
}

// The rows of a group of problems in the tree, as "row N: ..." children.
QStringList problemRows(RosterImportWizard& wizard, const QString& groupStart)
{
    auto* tree = wizard.findChild<QTreeWidget*>(QStringLiteral("rosterProblems"));
    REQUIRE(tree);
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = tree->topLevelItem(i);
        if (group->text(0).startsWith(groupStart)) {
            for (int child = 0; child < group->childCount(); ++child) {
                rows << group->child(child)->text(0);
            }
        }
    }
    return rows;
}

int residentCount(Database& db)
{
    return *ResidentStore(db).count({});
}

bool nextEnabled(RosterImportWizard& wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

} // namespace

TEST_CASE("the roster wizard shows before it writes: a file refused, columns matched and corrected, problems "
          "by row, all or nothing refused, the valid rows imported and the others saved")
{
    TempDatabase t(roomyHouse());
    Resident registered = TempDatabase::sampleResident(); // أيت علي فاطمة, born a day earlier
    registered.massarCode.clear();
    registered.birthDate = QDate(2012, 3, 14);
    const QString registeredId = *ResidentStore(t.db()).create(registered);
    const QString roster = write(t.dir() + QStringLiteral("/لائحة النزيلات.csv"), kRoster);

    RosterImportWizard wizard(t.db(), RosterKind::Residents);
    wizard.show();
    bool imported = false;
    QObject::connect(&wizard, &RosterImportWizard::imported, [&] { imported = true; });

    // The file page: nothing typed, nothing to go on with; a missing file and a file that is
    // not a spreadsheet are refused in the page, with the file named.
    CHECK_FALSE(nextEnabled(wizard));
    setPath(wizard, t.dir() + QStringLiteral("/nowhere.xlsx"));
    wizard.next();
    CHECK(wizard.currentId() == RosterImportWizard::FilePage);
    CHECK(textOf(wizard, "rosterFileMessage").contains(QStringLiteral("nowhere.xlsx")));
    setPath(wizard,
            write(t.dir() + QStringLiteral("/photo.xlsx"), QByteArray("PK\x03\x04 not a workbook")));
    wizard.next();
    CHECK(wizard.currentId() == RosterImportWizard::FilePage);
    CHECK(textOf(wizard, "rosterFileMessage").contains(QStringLiteral("photo.xlsx")));

    // The template of this kind of roster, in the user's language.
    const QString templatePath = t.dir() + QStringLiteral("/template.csv");
    REQUIRE(wizard.filePage()->saveTemplate(templatePath));
    CHECK(QFile::exists(templatePath));

    setPath(wizard, roster);
    REQUIRE(wizard.filePage()->openFile());
    // A text file: the encoding found is said, and can be changed.
    CHECK(textOf(wizard, "rosterFound").contains(QStringLiteral("UTF-8")));
    CHECK(wizard.findChild<QComboBox*>(QStringLiteral("rosterEncoding"))->isVisibleTo(&wizard));
    CHECK_FALSE(wizard.findChild<QComboBox*>(QStringLiteral("rosterSheet"))->isVisibleTo(&wizard));
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::ColumnsPage);

    // The columns: guessed from the Arabic headers; the neighbourhood matched by hand; a
    // required field taken away says so and stops the wizard.
    RosterColumnsPage* columns = wizard.columnsPage();
    CHECK(columns->fieldCombo(0)->currentData().toString() == QStringLiteral("last_name"));
    CHECK(columns->fieldCombo(3)->currentData().toString() == QStringLiteral("birth_date"));
    CHECK(columns->fieldCombo(5)->currentData().toString().isEmpty());
    CHECK(columns->fieldCombo(5)->currentText() == QStringLiteral("Not imported"));
    CHECK(columns->fieldCombo(0)->currentText().contains(QStringLiteral("(required)")));
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("rosterColumns"));
    CHECK(table->item(5, 0)->text() == QStringLiteral("الحي"));
    CHECK(table->item(5, 1)->text() == QStringLiteral("تحناوت"));
    CHECK_FALSE(wizard.findChild<QLabel*>(QStringLiteral("rosterRemembered"))->isVisibleTo(&wizard));
    columns->fieldCombo(5)->setCurrentIndex(columns->fieldCombo(5)->findData(QStringLiteral("origin")));
    CHECK(wizard.session().file->mapping.fieldOf(5) == QStringLiteral("origin"));
    columns->fieldCombo(0)->setCurrentIndex(0);
    CHECK(textOf(wizard, "rosterMissing")
              .contains(rosterFieldLabel(RosterKind::Residents, QStringLiteral("last_name"))));
    CHECK_FALSE(nextEnabled(wizard));
    // A field given to a second column leaves the first.
    columns->fieldCombo(4)->setCurrentIndex(columns->fieldCombo(4)->findData(QStringLiteral("last_name")));
    CHECK(columns->fieldCombo(4)->currentData().toString() == QStringLiteral("last_name"));
    columns->fieldCombo(0)->setCurrentIndex(columns->fieldCombo(0)->findData(QStringLiteral("last_name")));
    CHECK(columns->fieldCombo(4)->currentData().toString().isEmpty());
    columns->fieldCombo(4)->setCurrentIndex(columns->fieldCombo(4)->findData(QStringLiteral("school_level")));
    CHECK(nextEnabled(wizard));
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::CheckPage);

    // The check: counts, the problems by kind with their rows, the probable duplicate with its
    // likeness, the first records as they will be stored; nothing written.
    REQUIRE(waitFor([&] { return wizard.session().check.has_value(); }));
    CHECK(residentCount(t.db()) == 1);
    const QString counts = textOf(wizard, "rosterCounts");
    CHECK(counts.contains(QStringLiteral("5 records")));
    CHECK(counts.contains(QStringLiteral("2 to add")));
    CHECK(counts.contains(QStringLiteral("3 with problems")));
    const QStringList dates = problemRows(wizard, problemKindLabel(ProblemKind::InvalidDate));
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].startsWith(QStringLiteral("row 4: ")));
    CHECK(problemRows(wizard, problemKindLabel(ProblemKind::UnknownSex))
              .value(0)
              .startsWith(QStringLiteral("row 5: ")));
    CHECK(problemRows(wizard, problemKindLabel(ProblemKind::DuplicateInFile))
              .value(0)
              .startsWith(QStringLiteral("row 6: ")));
    auto* duplicates = wizard.findChild<QTableWidget*>(QStringLiteral("rosterDuplicates"));
    REQUIRE(duplicates->rowCount() == 1);
    CHECK(duplicates->item(0, 0)->text() == QStringLiteral("2"));
    CHECK(duplicates->item(0, 2)->text() == registered.displayName());
    CHECK(duplicates->item(0, 3)->text().endsWith(QLatin1Char('%')));
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("rosterPreview"));
    REQUIRE(preview->rowCount() == 5);
    CHECK(preview->horizontalHeaderItem(2)->text()
          == rosterFieldLabel(RosterKind::Residents, QStringLiteral("last_name")));
    CHECK(preview->item(1, 1)->text() == QStringLiteral("New"));
    CHECK(preview->item(1, 4)->text() == QStringLiteral("Female")); // F, as a resident's file words it
    CHECK(preview->item(2, 1)->text() == QStringLiteral("Has problems"));

    // With its tables full, the page still fits the smallest laptop (1280x720 less the panels).
    CHECK(wizard.minimumSizeHint().width() <= kSmallestScreen.width());
    CHECK(wizard.minimumSizeHint().height() <= kSmallestScreen.height() - 80);

    // Everything or nothing, with problems: refused, and said why.
    CHECK_FALSE(nextEnabled(wizard));
    CHECK(textOf(wizard, "rosterImportWhy").contains(QStringLiteral("not possible all or nothing")));
    wizard.checkPage()->setValidOnly(true);
    const QString rejects = t.dir() + QStringLiteral("/to correct.csv");
    wizard.checkPage()->setRejectsPath(QString());
    CHECK_FALSE(nextEnabled(wizard));
    wizard.checkPage()->setRejectsPath(rejects);
    CHECK(nextEnabled(wizard));
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::RunPage);

    // The import: the valid rows written, the others saved to correct, said in words.
    REQUIRE(waitFor([&] { return wizard.runPage()->isComplete(); }));
    CHECK(imported);
    CHECK(residentCount(t.db()) == 3);
    const QList<Resident> found = *ResidentStore(t.db()).search(QStringLiteral("خديجة"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].origin == QStringLiteral("أمزميز"));
    CHECK(found[0].schoolLevel == QStringLiteral("S2"));
    CHECK(QFile::exists(rejects));
    const QString result = wizard.runPage()->resultText();
    CHECK(result.contains(QStringLiteral("2 added")));
    CHECK(result.contains(QStringLiteral("3 rows with problems were saved")));
    CHECK(result.contains(QStringLiteral("to correct.csv")));
    CHECK(result.contains(QStringLiteral("under Review")));
    // Written is written: no going back to import again.
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.accept();

    // The next file of the same shape opens matched as the person matched it.
    RosterImportWizard again(t.db(), RosterKind::Residents);
    again.show();
    setPath(again, roster);
    again.next();
    REQUIRE(again.currentId() == RosterImportWizard::ColumnsPage);
    CHECK(again.findChild<QLabel*>(QStringLiteral("rosterRemembered"))->isVisibleTo(&again));
    CHECK(again.columnsPage()->fieldCombo(5)->currentData().toString() == QStringLiteral("origin"));
    CHECK(registeredId.size() > 0);
}

TEST_CASE(
    "a roster import stopped halfway leaves nothing behind, and the same file again has nothing to import")
{
    TempDatabase t(roomyHouse());
    const QString roster = write(t.dir() + QStringLiteral("/long.csv"), longRoster(250));
    RosterImportWizard wizard(t.db(), RosterKind::Residents);
    wizard.show();
    setPath(wizard, roster);
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::ColumnsPage);
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::CheckPage);
    REQUIRE(waitFor([&] { return wizard.session().check.has_value(); }));
    CHECK(wizard.session().check->added == 250);
    REQUIRE(nextEnabled(wizard));

    // Stopped at its first report of progress, as a person pressing Stop (or Escape) would.
    int reports = 0;
    QObject::connect(&wizard.session(), &RosterSession::progressed, [&] {
        if (++reports == 1 && wizard.currentId() == RosterImportWizard::RunPage) {
            CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
            wizard.reject(); // Escape: stops the import, keeps the window
        }
    });
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::RunPage);
    REQUIRE(waitFor([&] { return wizard.runPage()->isComplete(); }));
    CHECK(wizard.isVisible());
    CHECK(reports >= 1);
    CHECK(wizard.runPage()->resultText().contains(QStringLiteral("Nothing was imported")));
    CHECK(residentCount(t.db()) == 0);
    CHECK_FALSE(wizard.session().imported.has_value());
    // Back to the check and import again: all of it this time.
    CHECK(wizard.button(QWizard::BackButton)->isEnabled());
    wizard.back();
    REQUIRE(wizard.currentId() == RosterImportWizard::CheckPage);
    reports = 2;
    wizard.next();
    REQUIRE(waitFor([&] { return wizard.runPage()->isComplete(); }));
    CHECK(residentCount(t.db()) == 250);
    CHECK(wizard.runPage()->resultText().contains(QStringLiteral("250 added")));

    // The same file again: every child already there, nothing to import.
    RosterImportWizard again(t.db(), RosterKind::Residents);
    again.show();
    setPath(again, roster);
    again.next();
    again.next();
    REQUIRE(waitFor([&] { return again.session().check.has_value(); }));
    CHECK(again.session().check->skipped == 250);
    CHECK_FALSE(nextEnabled(again));
    CHECK(textOf(again, "rosterImportWhy").contains(QStringLiteral("already in the database")));
}

TEST_CASE("the roster wizard's pages in Arabic and French, for the pictures")
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        TempDatabase t(roomyHouse());
        Resident registered = TempDatabase::sampleResident();
        registered.massarCode.clear();
        registered.birthDate = QDate(2012, 3, 14);
        REQUIRE(ResidentStore(t.db()).create(registered).ok());
        const QString roster = write(t.dir() + QStringLiteral("/roster.csv"), kRoster);
        RosterImportWizard wizard(t.db(), RosterKind::Residents);
        wizard.show();
        const auto shot = [&](const QString& page) {
            QTest::qWait(30);
            REQUIRE(wizard.grab().save(
                QDir(dir).filePath(QStringLiteral("roster-%1-%2.png").arg(page, language))));
        };
        setPath(wizard, roster);
        REQUIRE(wizard.filePage()->openFile());
        shot(QStringLiteral("1-file"));
        wizard.next();
        wizard.columnsPage()->fieldCombo(5)->setCurrentIndex(
            wizard.columnsPage()->fieldCombo(5)->findData(QStringLiteral("origin")));
        shot(QStringLiteral("2-columns"));
        wizard.next();
        REQUIRE(waitFor([&] { return wizard.session().check.has_value(); }));
        shot(QStringLiteral("3-check"));
        wizard.findChild<QTabWidget*>()->setCurrentIndex(2);
        shot(QStringLiteral("3-check-preview"));
        wizard.checkPage()->setValidOnly(true);
        shot(QStringLiteral("3-check-valid-only"));
        wizard.next();
        REQUIRE(waitFor([&] { return wizard.runPage()->isComplete(); }));
        shot(QStringLiteral("4-import"));
        // A register of families, one row per member: the preview shows each household once.
        RosterImportWizard household(t.db(), RosterKind::Families);
        household.show();
        setPath(household,
                write(t.dir() + QStringLiteral("/household.csv"),
                      "اسم الأسرة,العنوان,اسم الفرد,الصفة,سنة الازدياد\n"
                      "العلوي,درب 3 مراكش,أحمد العلوي,الأب,1975\n"
                      ",,زينب العلوي,الأم,1980\n"
                      "بنعلي,حي السلام آسفي,خديجة بنعلي,الأم,1978\n"));
        household.next();
        household.next();
        REQUIRE(waitFor([&] { return household.session().check.has_value(); }));
        household.findChild<QTabWidget*>()->setCurrentIndex(2);
        QTest::qWait(30);
        REQUIRE(household.grab().save(
            QDir(dir).filePath(QStringLiteral("roster-5-families-%1.png").arg(language))));
        household.reject();
        // At the ministry, its list of institutions.
        SiteSettings hub = TempDatabase::defaultSite();
        hub.ministry = true;
        hub.withInstitution = false;
        TempDatabase ministry(hub);
        RosterImportWizard institutions(ministry.db(), RosterKind::Institutions);
        institutions.show();
        setPath(institutions,
                write(ministry.dir() + QStringLiteral("/institutions.csv"),
                      "اسم المؤسسة,نوع المؤسسة,الطاقة الاستيعابية,الجهة,الإقليم,رقم الترخيص\n"
                      "دار الطالبة تحناوت,دار الطالبة,60,مراكش آسفي,الحوز,DT-2019-114\n"
                      "دار الطالب أمزميز,دار الطالب,80,مراكش آسفي,الحوز,DT-2017-052\n"));
        institutions.next();
        institutions.next();
        REQUIRE(waitFor([&] { return institutions.session().check.has_value(); }));
        institutions.findChild<QTabWidget*>()->setCurrentIndex(0);
        QTest::qWait(30);
        REQUIRE(institutions.grab().save(
            QDir(dir).filePath(QStringLiteral("roster-6-institutions-%1.png").arg(language))));
        institutions.reject();
        // The buttons that open it, beside "New resident" and "New family".
        ResidentsPage residents(t.db());
        residents.resize(1100, 420);
        residents.show();
        QTest::qWait(30);
        REQUIRE(residents.grab().save(
            QDir(dir).filePath(QStringLiteral("roster-0-residents-%1.png").arg(language))));
        FamiliesPage families(t.db());
        families.resize(1100, 420);
        families.show();
        QTest::qWait(30);
        REQUIRE(families.grab().save(
            QDir(dir).filePath(QStringLiteral("roster-0-families-%1.png").arg(language))));
    }
    applyLanguage(QStringLiteral("en"));
}
