// The roster wizard's file page with files as people have them: a workbook of several sheets
// (written by libxlsxwriter, not by Riaya) and a text file read in another encoding; and a check
// stopped halfway, which the person runs again.
#include "QtCatch.h"
#include "TempDatabase.h"
#include "roster/RosterCheckPage.h"
#include "roster/RosterColumnsPage.h"
#include "roster/RosterFilePage.h"
#include "roster/RosterImportWizard.h"
#include "roster/RosterSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <functional>
#include <xlsxwriter.h>

using namespace riaya;

namespace {

bool waitFor(const std::function<bool()>& done, int ms = 10000)
{
    for (int waited = 0; !done() && waited < ms; waited += 10) {
        QTest::qWait(10);
    }
    return done();
}

// A workbook whose first sheet is last year's list, under a title, and whose second holds this
// year's, as offices keep them.
QString writeWorkbook(const QString& path)
{
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(book);
    lxw_worksheet* last = workbook_add_worksheet(book, "2025-2026");
    lxw_worksheet* current = workbook_add_worksheet(book, "2026-2027");
    lxw_format* day = workbook_add_format(book);
    format_set_num_format(day, "dd/mm/yyyy");
    worksheet_write_string(last, 0, 0, "لائحة الموسم الماضي", nullptr);
    worksheet_write_string(last, 2, 0, "الاسم العائلي", nullptr);
    worksheet_write_string(last, 2, 1, "الاسم الشخصي", nullptr);
    worksheet_write_string(last, 3, 0, "العلوي", nullptr);
    worksheet_write_string(last, 3, 1, "مريم", nullptr);
    const char* headers[] = { "الاسم العائلي", "الاسم الشخصي", "الجنس", "تاريخ الازدياد" };
    for (int column = 0; column < 4; ++column) {
        worksheet_write_string(current, 0, lxw_col_t(column), headers[column], nullptr);
    }
    worksheet_write_string(current, 1, 0, "أيت علي", nullptr);
    worksheet_write_string(current, 1, 1, "فاطمة", nullptr);
    worksheet_write_string(current, 1, 2, "أنثى", nullptr);
    lxw_datetime born = { 2012, 3, 15, 0, 0, 0 };
    worksheet_write_datetime(current, 1, 3, &born, day);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return path;
}

// Chooses an entry of a combo as a person does (activated is the person's signal).
void choose(QComboBox* combo, int index)
{
    REQUIRE(combo);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QString textOf(QWidget& parent, const char* name)
{
    auto* label = parent.findChild<QLabel*>(QLatin1String(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("a workbook of several sheets: the sheet is chosen, and the file read again from it")
{
    TempDatabase t;
    const QString path = writeWorkbook(t.dir() + QStringLiteral("/النزيلات.xlsx"));
    RosterImportWizard wizard(t.db(), RosterKind::Residents);
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("rosterPath"))->setText(path);
    REQUIRE(wizard.filePage()->openFile());
    auto* sheet = wizard.findChild<QComboBox*>(QStringLiteral("rosterSheet"));
    CHECK(sheet->isVisibleTo(&wizard));
    CHECK(sheet->count() == 2);
    CHECK(sheet->currentText() == QStringLiteral("2025-2026"));
    CHECK_FALSE(wizard.findChild<QComboBox*>(QStringLiteral("rosterEncoding"))->isVisibleTo(&wizard));
    CHECK(textOf(wizard, "rosterFound").contains(QStringLiteral("XLSX")));
    // Last year's sheet has no sex nor birth date: said on the columns page.
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::ColumnsPage);
    CHECK(wizard.session().file->mapping.headerRow() == 3);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.back();

    choose(sheet, 1);
    REQUIRE(wizard.session().file.has_value());
    CHECK(wizard.session().file->info.sheet == QStringLiteral("2026-2027"));
    CHECK(sheet->currentText() == QStringLiteral("2026-2027"));
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::ColumnsPage);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(wizard.columnsPage()->fieldCombo(3)->currentData().toString() == QStringLiteral("birth_date"));
    wizard.next();
    REQUIRE(waitFor([&] { return wizard.session().check.has_value(); }));
    CHECK(wizard.session().check->added == 1);
    CHECK(wizard.session().check->preview.value(0).record.value(QStringLiteral("birth_date")).toString()
          == QStringLiteral("2012-03-15"));
}

TEST_CASE("a text file read in the encoding the person chooses instead of the one detected")
{
    TempDatabase t;
    const QString path = t.dir() + QStringLiteral("/roster.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Nom;Prénom;Sexe;Date de naissance\nAït Ali;Fatima;F;15/03/2012\n").toUtf8());
    file.close();
    RosterImportWizard wizard(t.db(), RosterKind::Residents);
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("rosterPath"))->setText(path);
    REQUIRE(wizard.filePage()->openFile());
    CHECK(wizard.session().file->info.encoding == QStringLiteral("UTF-8"));
    CHECK(textOf(wizard, "rosterFound").contains(QStringLiteral("semicolons")));
    auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("rosterEncoding"));
    choose(encoding, encoding->findData(QStringLiteral("windows-1252")));
    REQUIRE(wizard.session().file.has_value());
    CHECK(wizard.session().file->info.encoding == QStringLiteral("windows-1252"));
    CHECK(wizard.session().file->info.detectedEncoding == QStringLiteral("UTF-8"));
    CHECK(textOf(wizard, "rosterFound").contains(QStringLiteral("as you chose")));
    // Read as Windows-1252, the UTF-8 bytes of "Prénom" are two letters: what the person sees
    // and corrects by choosing UTF-8 again.
    CHECK(wizard.session().file->mapping.headers().value(1) != QStringLiteral("Prénom"));
    choose(encoding, encoding->findData(QStringLiteral("UTF-8")));
    CHECK(wizard.session().file->mapping.headers().value(1) == QStringLiteral("Prénom"));
    CHECK(textOf(wizard, "rosterFileMessage").isEmpty());

    // Arabic Excel's CSV (Windows-1256) read as UTF-8: its Arabic letters cannot be read, and the
    // page says so.
    const QString arabic = t.dir() + QStringLiteral("/arabic.csv");
    QFile windows(arabic);
    REQUIRE(windows.open(QIODevice::WriteOnly));
    windows.write("\xC7\xE1\xE4\xD3\xC8;\xC7\xE1\xC7\xD3\xE3;Sexe;Date de naissance\n"
                  "\xC8\xE4\xDA\xE1\xED;\xCE\xCF\xED\xCC\xC9;F;02/07/2011\n");
    windows.close();
    wizard.findChild<QLineEdit*>(QStringLiteral("rosterPath"))->setText(arabic);
    REQUIRE(wizard.filePage()->openFile());
    // Two short rows are too few for detection to be sure; the person says Windows-1256.
    choose(encoding, encoding->findData(QStringLiteral("windows-1256")));
    REQUIRE(wizard.session().file.has_value());
    CHECK(wizard.session().file->unreadableCharacters == 0);
    CHECK(wizard.session().file->mapping.headers().value(0) == QStringLiteral("النسب"));
    CHECK(textOf(wizard, "rosterFileMessage").isEmpty());
    choose(encoding, encoding->findData(QStringLiteral("UTF-8")));
    REQUIRE(wizard.session().file.has_value());
    CHECK(wizard.session().file->unreadableCharacters > 0);
    CHECK(textOf(wizard, "rosterFileMessage").contains(QStringLiteral("cannot be read in")));
    CHECK(textOf(wizard, "rosterFileMessage").contains(QStringLiteral("UTF-8")));
}

TEST_CASE("a check stopped halfway imports nothing until it is run again to its end")
{
    SiteSettings roomy = TempDatabase::defaultSite();
    roomy.capacity = 500; // every row of the file has a place
    TempDatabase t(roomy);
    QString text = QStringLiteral("Nom,Prénom,Sexe,Date de naissance\n");
    for (int row = 0; row < 300; ++row) {
        const QString suffix = QString(QChar(u'a' + row / 26)) + QChar(u'a' + row % 26); // letters only
        text += QStringLiteral("Alaoui%1,Fatima,F,01/01/2012\n").arg(suffix);
    }
    const QString path = t.dir() + QStringLiteral("/long.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();

    RosterImportWizard wizard(t.db(), RosterKind::Residents);
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("rosterPath"))->setText(path);
    wizard.next();
    REQUIRE(wizard.currentId() == RosterImportWizard::ColumnsPage);
    bool stopped = false;
    const auto connection = QObject::connect(&wizard.session(), &RosterSession::progressed, [&] {
        if (!stopped) {
            stopped = true;
            CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
            wizard.findChild<QPushButton*>(QStringLiteral("stopRosterCheck"))->click();
        }
    });
    wizard.next();
    REQUIRE(waitFor([&] { return stopped && !wizard.session().busy(); }));
    CHECK_FALSE(wizard.session().check.has_value());
    CHECK(textOf(wizard, "rosterCheckMessage").contains(QStringLiteral("stopped")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    auto* again = wizard.findChild<QPushButton*>(QStringLiteral("checkRosterAgain"));
    REQUIRE(again->isVisibleTo(&wizard));
    QObject::disconnect(connection);
    again->click();
    REQUIRE(wizard.session().check.has_value());
    CHECK(wizard.session().check->added == 300);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("the roster wizard by keyboard: Enter opens the file typed, Tab goes from one column's field to "
          "the next, "
          "Escape closes")
{
    TempDatabase t;
    const QString path = t.dir() + QStringLiteral("/roster.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Nom,Prénom,Sexe,Date de naissance\nAit Ali,Fatima,F,15/03/2012\n").toUtf8());
    file.close();
    RosterImportWizard wizard(t.db(), RosterKind::Residents);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    auto* edit = wizard.findChild<QLineEdit*>(QStringLiteral("rosterPath"));
    edit->setFocus();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(wizard.currentId() == RosterImportWizard::ColumnsPage);
    QComboBox* first = wizard.columnsPage()->fieldCombo(0);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == wizard.columnsPage()->fieldCombo(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(wizard.isVisible());
    CHECK(wizard.result() == QDialog::Rejected);
}
