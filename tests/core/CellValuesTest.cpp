#include "roster/CellValues.h"

#include "QtCatch.h"
#include "common/Translations.h"
#include "residents/Resident.h"

#include <QCalendar>

using namespace riaya;

namespace {
const QDate kToday(2026, 12, 1);

std::optional<QDate> date(const QString& text, bool date1904 = false)
{
    return cellDate(text, kToday, date1904);
}

QString problem(const QString& text, bool date1904 = false)
{
    return cellDateProblem(text, kToday, date1904);
}
} // namespace

TEST_CASE("cell dates typed day first or ISO, in Latin or Arabic-Indic digits")
{
    const QDate march15(2012, 3, 15);
    CHECK(date(QStringLiteral("15/03/2012")) == march15);
    CHECK(date(QStringLiteral("15-3-12")) == march15);
    CHECK(date(QStringLiteral("2012-03-15")) == march15);
    CHECK(date(QStringLiteral("٢٠١٢/٠٣/١٥")) == march15);
    CHECK(date(QStringLiteral("١٥/٠٣/٢٠١٢")) == march15);
    CHECK(date(QStringLiteral(" 15/03/2012 م")) == march15); // the Gregorian mark
    CHECK(date(QStringLiteral("15/03/2012ميلادي")) == march15);
    CHECK(date(QStringLiteral("\u200F15/03/2012")) == march15);
    CHECK(problem(QStringLiteral("15/03/2012")).isEmpty());
}

TEST_CASE("cell dates as Excel serial numbers, 1900 and 1904 systems")
{
    CHECK(date(QStringLiteral("1")) == QDate(1900, 1, 1));
    CHECK(date(QStringLiteral("59")) == QDate(1900, 2, 28));
    CHECK(date(QStringLiteral("61")) == QDate(1900, 3, 1));
    CHECK(date(QStringLiteral("40983")) == QDate(2012, 3, 15));
    CHECK(date(QStringLiteral("40983.75")) == QDate(2012, 3, 15)); // the time of day is dropped
    CHECK(date(QStringLiteral("٤٠٩٨٣")) == QDate(2012, 3, 15));
    CHECK(date(QStringLiteral("2958465")) == QDate(9999, 12, 31));
    CHECK(date(QStringLiteral("39521"), true) == QDate(2012, 3, 15)); // 1904: 1462 days fewer
    CHECK(date(QStringLiteral("60"), true) == QDate(1904, 3, 1));

    // Excel's 29 February 1900 never was.
    CHECK_FALSE(date(QStringLiteral("60")));
    CHECK(problem(QStringLiteral("60")).contains(QStringLiteral("1900")));
    CHECK_FALSE(date(QStringLiteral("0")));
    CHECK_FALSE(date(QStringLiteral("2958466")));
    CHECK_FALSE(date(QStringLiteral("-5")));
    CHECK(problem(QStringLiteral("2958466")).startsWith(QStringLiteral("Not a date")));
    // A year alone is not day 2012 of Excel (4 July 1905).
    CHECK_FALSE(date(QStringLiteral("2012")));
    CHECK(problem(QStringLiteral("2012")).startsWith(QStringLiteral("A year alone")));
}

TEST_CASE("Hijri dates marked as such are converted to the Gregorian day")
{
    // The tabular Islamic civil calendar (Qt's QCalendar IslamicCivil, the one Riaya shows
    // Hijri dates in; ICU's "islamic-civil" gives the same day): 1 Muharram 1446 is 8 July
    // 2024. Umm al-Qura (ICU "islamic-umalqura") and the sighting announced in Saudi Arabia
    // give 7 July 2024: a civil date may differ by a day or two from the observed calendar.
    const QDate newYear1446(2024, 7, 8);
    CHECK(QCalendar(QCalendar::System::IslamicCivil).dateFromParts(1446, 1, 1) == newYear1446);
    CHECK(date(QStringLiteral("1446/01/01 هـ")) == newYear1446);
    CHECK(date(QStringLiteral("1446/1/1هـ")) == newYear1446);
    CHECK(date(QStringLiteral("١٤٤٦/٠١/٠١ ه")) == newYear1446);
    CHECK(date(QStringLiteral("01/01/1446 هـ")) == newYear1446); // day first
    CHECK(date(QStringLiteral("1446-01-01 هجري")) == newYear1446);
    CHECK(date(QStringLiteral("1/1/1446 H")) == newYear1446);
    CHECK(date(QStringLiteral("1/1/1446 A.H.")) == newYear1446);
    CHECK(date(QStringLiteral("1446.01.01AH")) == newYear1446);
    CHECK(date(QStringLiteral("هـ 1446/01/01")) == newYear1446); // the mark before the date
    CHECK(date(QStringLiteral("1/1/1446 ah")) == newYear1446);
    CHECK(date(QStringLiteral("1433/04/22 هـ"))
          == QCalendar(QCalendar::System::IslamicCivil).dateFromParts(1433, 4, 22));
    CHECK(problem(QStringLiteral("1446/01/01 هـ")).isEmpty());

    // Unmarked, 1446/01/01 is not a Gregorian day.
    CHECK_FALSE(date(QStringLiteral("1446/01/01")));
    // Out of range, not a real Hijri day, or two marks.
    CHECK_FALSE(date(QStringLiteral("1/1/1200 هـ")));
    CHECK(problem(QStringLiteral("1/1/1200 هـ")).startsWith(QStringLiteral("Hijri date out of range")));
    CHECK_FALSE(date(QStringLiteral("15/03/2012 هـ"))); // a Gregorian date marked Hijri: year 2012 AH
    CHECK(problem(QStringLiteral("15/03/2012 هـ")).startsWith(QStringLiteral("Hijri date out of range")));
    CHECK_FALSE(date(QStringLiteral("1446/13/01 هـ")));
    CHECK(problem(QStringLiteral("1446/13/01 هـ"))
          == QStringLiteral("Not a real day of the Hijri calendar."));
    CHECK_FALSE(date(QStringLiteral("1446/02/30 هـ"))); // Safar has 29 days in the civil calendar
    CHECK_FALSE(date(QStringLiteral("هـ 1446/01/01 هـ")));
    CHECK_FALSE(date(QStringLiteral("1446 هـ")));
}

TEST_CASE("cell dates refused, with the reason")
{
    CHECK_FALSE(date(QStringLiteral("31/02/2020")));
    CHECK(problem(QStringLiteral("31/02/2020")).startsWith(QStringLiteral("Not a real day")));
    CHECK_FALSE(date(QStringLiteral("2020-13-01")));
    CHECK(problem(QStringLiteral("2020-13-01")).startsWith(QStringLiteral("Not a real day")));
    CHECK_FALSE(date(QStringLiteral("demain")));
    CHECK(problem(QStringLiteral("demain")).startsWith(QStringLiteral("Not a date")));
    CHECK_FALSE(date(QStringLiteral("15 mars 2012")));
    CHECK(problem(QStringLiteral("15 mars 2012")).startsWith(QStringLiteral("Not a date")));
    CHECK_FALSE(date(QStringLiteral("15/03/2012 xyz")));
    CHECK_FALSE(date(QString()));
    CHECK(problem(QString()).isEmpty()); // empty is not a date problem: the importer decides
    CHECK(problem(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("sex as people write it")
{
    for (const QString& female :
         { QStringLiteral("أنثى"), QStringLiteral("انثى"), QStringLiteral("أ"), QStringLiteral("F"),
           QStringLiteral(" f "), QStringLiteral("Femme"), QStringLiteral("fille"), QStringLiteral("FEMALE"),
           QStringLiteral("girl"), QStringLiteral("Féminin"), QStringLiteral("feminin"),
           QStringLiteral("بنت") }) {
        CAPTURE(female);
        CHECK(cellSex(female) == QStringLiteral("F"));
    }
    for (const QString& male : { QStringLiteral("ذكر"), QStringLiteral("ذ"), QStringLiteral("M"),
                                 QStringLiteral("H"), QStringLiteral("homme"), QStringLiteral("garçon"),
                                 QStringLiteral("Garcon"), QStringLiteral("male"), QStringLiteral("Boy"),
                                 QStringLiteral("masculin"), QStringLiteral("ولد") }) {
        CAPTURE(male);
        CHECK(cellSex(male) == QStringLiteral("M"));
    }
    CHECK(cellSex(QString()).isEmpty());
    CHECK(cellSex(QStringLiteral("X")).isEmpty());
    CHECK(cellSex(QStringLiteral("ذكر أنثى")).isEmpty());
}

TEST_CASE("school levels by their Moroccan Arabic and French names")
{
    const QList<std::pair<QString, QString>> cases {
        { QStringLiteral("1AP"), QStringLiteral("P1") },
        { QStringLiteral("6ap"), QStringLiteral("P6") },
        { QStringLiteral("3 AP"), QStringLiteral("P3") },
        { QStringLiteral("1ère année primaire"), QStringLiteral("P1") },
        { QStringLiteral("2ème année primaire"), QStringLiteral("P2") },
        { QStringLiteral("Deuxième année du primaire"), QStringLiteral("P2") },
        { QStringLiteral("4e année primaire"), QStringLiteral("P4") },
        { QStringLiteral("الأولى ابتدائي"), QStringLiteral("P1") },
        { QStringLiteral("السنة الأولى ابتدائي"), QStringLiteral("P1") },
        { QStringLiteral("السنة الثالثة من التعليم الابتدائي"), QStringLiteral("P3") },
        { QStringLiteral("السادسة ابتدائي"), QStringLiteral("P6") },
        { QStringLiteral("الخامسة إبتدائي"), QStringLiteral("P5") },
        { QStringLiteral("المستوى الأول"), QStringLiteral("P1") },
        { QStringLiteral("المستوى الرابع"), QStringLiteral("P4") },
        { QStringLiteral("المستوى ٢"), QStringLiteral("P2") },
        { QStringLiteral("الأولـى ابتـدائي"), QStringLiteral("P1") }, // tatweel
        { QStringLiteral("الأُولَى اِبْتِدَائِي"), QStringLiteral("P1") }, // diacritics
        { QStringLiteral("CE1"), QStringLiteral("P2") },
        { QStringLiteral("1AC"), QStringLiteral("S1") },
        { QStringLiteral("3ac"), QStringLiteral("S3") },
        { QStringLiteral("1ère année collège"), QStringLiteral("S1") },
        { QStringLiteral("2eme annee college"), QStringLiteral("S2") },
        { QStringLiteral("الأولى إعدادي"), QStringLiteral("S1") },
        { QStringLiteral("السنة الثانية إعدادي"), QStringLiteral("S2") },
        { QStringLiteral("الثالثة ثانوي إعدادي"), QStringLiteral("S3") },
        { QStringLiteral("الثانية اعدادي"), QStringLiteral("S2") },
        { QStringLiteral("TC"), QStringLiteral("S4") },
        { QStringLiteral("Tronc commun"), QStringLiteral("S4") },
        { QStringLiteral("tronc commun scientifique"), QStringLiteral("S4") },
        { QStringLiteral("الجذع المشترك"), QStringLiteral("S4") },
        { QStringLiteral("جذع مشترك علمي"), QStringLiteral("S4") },
        { QStringLiteral("1BAC"), QStringLiteral("S5") },
        { QStringLiteral("1 bac SM"), QStringLiteral("S5") },
        { QStringLiteral("1ère année bac"), QStringLiteral("S5") },
        { QStringLiteral("Première année baccalauréat"), QStringLiteral("S5") },
        { QStringLiteral("الأولى باكالوريا"), QStringLiteral("S5") },
        { QStringLiteral("الأولى بكالوريا"), QStringLiteral("S5") },
        { QStringLiteral("2BAC"), QStringLiteral("S6") },
        { QStringLiteral("2ème bac PC"), QStringLiteral("S6") },
        { QStringLiteral("الثانية باكالوريا"), QStringLiteral("S6") },
        { QStringLiteral("الثانية بكالوريا علوم تجريبية"), QStringLiteral("S6") },
        { QStringLiteral("الثانية ثانوي تأهيلي"), QStringLiteral("S6") },
        { QStringLiteral("formation professionnelle"), QStringLiteral("VOC") },
        { QStringLiteral("التكوين المهني"), QStringLiteral("VOC") },
        { QStringLiteral("Vocational training"), QStringLiteral("VOC") },
        { QStringLiteral("non scolarisé"), QStringLiteral("NONE") },
        { QStringLiteral("Non scolarisée"), QStringLiteral("NONE") },
        { QStringLiteral("غير متمدرس"), QStringLiteral("NONE") },
        { QStringLiteral("غير متمدرسة"), QStringLiteral("NONE") },
        { QStringLiteral("Not in school"), QStringLiteral("NONE") },
        { QStringLiteral("P3"), QStringLiteral("P3") },
        { QStringLiteral("s6"), QStringLiteral("S6") },
        { QStringLiteral("VOC"), QStringLiteral("VOC") },
        { QStringLiteral("NONE"), QStringLiteral("NONE") },
        { QStringLiteral("Primary, year 1"), QStringLiteral("P1") },
        { QStringLiteral("Primary, year 6"), QStringLiteral("P6") },
        { QStringLiteral("Lower secondary, year 2"), QStringLiteral("S2") },
        { QStringLiteral("Upper secondary, common core"), QStringLiteral("S4") },
        { QStringLiteral("Upper secondary, year 1"), QStringLiteral("S5") },
        { QStringLiteral("Upper secondary, year 2"), QStringLiteral("S6") },
        { QStringLiteral("١AP"), QStringLiteral("P1") },
    };
    for (const auto& [text, level] : cases) {
        CAPTURE(text);
        CHECK(cellSchoolLevel(text) == level);
    }
    // Unknown, ambiguous or impossible: left to the importer to report.
    for (const QString& unknown :
         { QString(), QStringLiteral("   "), QStringLiteral("7AP"), QStringLiteral("4AC"),
           QStringLiteral("3BAC"), QStringLiteral("الأولى"), QStringLiteral("bac"),
           QStringLiteral("primaire"), QStringLiteral("الأولى ثانوي"), QStringLiteral("1AP 2AC"),
           QStringLiteral("الأولى ابتدائي أ"), QStringLiteral("université"),
           QStringLiteral("1ère année primaire SM"), QStringLiteral("الرابعة إعدادي") }) {
        CAPTURE(unknown);
        CHECK(cellSchoolLevel(unknown).isEmpty());
    }
}

TEST_CASE("names cleaned of tatweel, diacritics, direction marks and doubled spaces")
{
    CHECK(cellName(QStringLiteral("مـحـمـد")) == QStringLiteral("محمد"));
    CHECK(cellName(QStringLiteral("مُحَمَّد")) == QStringLiteral("محمد"));
    CHECK(cellName(QStringLiteral("هٰذا")) == QStringLiteral("هذا")); // superscript alef
    CHECK(cellName(QStringLiteral("\u200Fعبد  \u00A0 الرحيم\u200B ")) == QStringLiteral("عبد الرحيم"));
    CHECK(cellName(QStringLiteral("\u2067Mohamed\u2069   Alaoui\t")) == QStringLiteral("Mohamed Alaoui"));
    CHECK(cellName(QStringLiteral("فاطمة الزهراء")) == QStringLiteral("فاطمة الزهراء")); // letters untouched
    CHECK(cellName(QStringLiteral("أإآ")) == QStringLiteral("أإآ")); // hamza forms are letters, kept
    CHECK(cellName(QString()).isEmpty());
}

TEST_CASE("a name in both scripts split into its Arabic and Latin parts")
{
    using Parts = std::pair<QString, QString>;
    CHECK(splitScripts(QStringLiteral("محمد Mohamed"))
          == Parts(QStringLiteral("محمد"), QStringLiteral("Mohamed")));
    CHECK(splitScripts(QStringLiteral("Mohamed محمد"))
          == Parts(QStringLiteral("محمد"), QStringLiteral("Mohamed")));
    CHECK(splitScripts(QStringLiteral("عبد الرحيم  Abderrahim"))
          == Parts(QStringLiteral("عبد الرحيم"), QStringLiteral("Abderrahim")));
    CHECK(splitScripts(QStringLiteral("Ben-Ali بن علي"))
          == Parts(QStringLiteral("بن علي"), QStringLiteral("Ben-Ali")));
    CHECK(splitScripts(QStringLiteral("مُحَمَّد")) == Parts(QStringLiteral("محمد"), QString()));
    CHECK(splitScripts(QStringLiteral("Zineb")) == Parts(QString(), QStringLiteral("Zineb")));
    CHECK(splitScripts(QStringLiteral("Zineb II زينب"))
          == Parts(QStringLiteral("زينب"), QStringLiteral("Zineb II")));
    CHECK(splitScripts(QStringLiteral("Zineb 2 زينب"))
          == Parts(QStringLiteral("زينب"), QStringLiteral("Zineb 2")));
    CHECK(splitScripts(QString()) == Parts());
}

TEST_CASE("whole numbers and yes or no")
{
    CHECK(cellInteger(QStringLiteral("12")) == 12);
    CHECK(cellInteger(QStringLiteral(" ١٢ ")) == 12);
    CHECK(cellInteger(QStringLiteral("12.0")) == 12);
    CHECK(cellInteger(QStringLiteral("12,00")) == 12);
    CHECK(cellInteger(QStringLiteral("١٢٫٠")) == 12);
    CHECK(cellInteger(QStringLiteral("-3")) == -3);
    CHECK_FALSE(cellInteger(QStringLiteral("12.5")));
    CHECK_FALSE(cellInteger(QStringLiteral("douze")));
    CHECK_FALSE(cellInteger(QStringLiteral("12 places")));
    CHECK_FALSE(cellInteger(QStringLiteral("99999999999")));
    CHECK_FALSE(cellInteger(QString()));

    for (const QString& yes :
         { QStringLiteral("نعم"), QStringLiteral("Oui"), QStringLiteral("YES"), QStringLiteral("1"),
           QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("vrai") }) {
        CAPTURE(yes);
        CHECK(cellYesNo(yes) == true);
    }
    for (const QString& no : { QStringLiteral("لا"), QStringLiteral("non"), QStringLiteral("No"),
                               QStringLiteral("0"), QStringLiteral("faux") }) {
        CAPTURE(no);
        CHECK(cellYesNo(no) == false);
    }
    CHECK_FALSE(cellYesNo(QString()).has_value());
    CHECK_FALSE(cellYesNo(QStringLiteral("peut-être")).has_value());
}

TEST_CASE("every school level's label, in each language Riaya writes it, reads back as its code")
{
    // A list Riaya exported (in any language) can be imported again.
    for (const QString& language : supportedLanguages()) {
        const LanguageScope scope(language);
        for (const QString& level : schoolLevels()) {
            const QString label = schoolLevelLabel(level);
            CAPTURE(language, label);
            CHECK(label != level);
            CHECK(cellSchoolLevel(label) == level);
        }
    }
}
