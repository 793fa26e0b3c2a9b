// Where the roster import is reached: the residents and families pages of a house, and the
// settings at the ministry; each button opens the wizard, and its list shows what was imported.
#include "MainWindow.h"
#include "QtCatch.h"
#include "TempDatabase.h"
#include "families/FamiliesPage.h"
#include "families/FamilyStore.h"
#include "models/ResidentTableModel.h"
#include "residents/ResidentsPage.h"
#include "roster/InstitutionsPanel.h"
#include "roster/RosterImportWizard.h"
#include "roster/RosterRunPage.h"
#include "roster/RosterSession.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace riaya;

namespace {

QString write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

bool waitFor(const std::function<bool()>& done, int ms = 10000)
{
    for (int waited = 0; !done() && waited < ms; waited += 10) {
        QTest::qWait(10);
    }
    return done();
}

// Clicks the button and, in the wizard it opens, imports the file everything or nothing; what
// the wizard showed at each step is kept for the checks (nothing may throw inside exec()).
struct ImportThrough
{
    bool opened = false;
    bool checked = false;
    QString result;

    ImportThrough(QAbstractButton* button, const QString& path)
    {
        QTimer::singleShot(0, [this, path] {
            auto* wizard = qobject_cast<RosterImportWizard*>(QApplication::activeModalWidget());
            if (!wizard) {
                return;
            }
            opened = true;
            wizard->findChild<QLineEdit*>(QStringLiteral("rosterPath"))->setText(path);
            wizard->next();
            wizard->next();
            checked = waitFor([wizard] { return wizard->session().check.has_value(); });
            wizard->next();
            if (waitFor([wizard] { return wizard->runPage()->isComplete(); })) {
                result = wizard->runPage()->resultText();
            }
            wizard->accept();
        });
        button->click();
    }
};

SiteSettings ministry()
{
    SiteSettings settings = TempDatabase::defaultSite();
    settings.name = QStringLiteral("وزارة التضامن");
    settings.ministry = true;
    settings.withInstitution = false;
    return settings;
}

} // namespace

TEST_CASE("a house imports its residents from the residents page, and its families from the families page")
{
    SiteSettings house = TempDatabase::defaultSite();
    house.capacity = 60;
    TempDatabase t(house);
    ResidentsPage residents(t.db());
    residents.show();
    auto* importResidents = residents.findChild<QPushButton*>(QStringLiteral("importResidents"));
    REQUIRE(importResidents);
    REQUIRE(importResidents->isVisibleTo(&residents));
    CHECK(residents.model()->rowCount() == 0);
    const QString roster = write(t.dir() + QStringLiteral("/roster.csv"),
                                 "Nom;Pr\xC3\xA9nom;Sexe;Date de naissance\n"
                                 "Ait Ali;Fatima;F;15/03/2012\n"
                                 "Bennani;Khadija;F;02/07/2011\n");
    const ImportThrough done(importResidents, roster);
    CHECK(done.opened);
    CHECK(done.checked);
    CHECK(done.result.contains(QStringLiteral("2 added")));
    // The list behind the wizard shows them, and says so.
    CHECK(residents.model()->rowCount() == 2);
    CHECK(residents.findChild<QLabel*>(QStringLiteral("residentsMessage"))
              ->text()
              .contains(QStringLiteral("2 residents added")));

    FamiliesPage families(t.db());
    families.show();
    auto* importFamilies = families.findChild<QPushButton*>(QStringLiteral("importFamilies"));
    REQUIRE(importFamilies);
    REQUIRE(importFamilies->isVisibleTo(&families));
    const QString register_ = write(t.dir() + QStringLiteral("/families.csv"),
                                    "Nom de la famille,Adresse,Nom du membre,Lien de parent\xC3\xA9\n"
                                    "Alaoui,Derb 3 Marrakech,Ahmed Alaoui,p\xC3\xA8re\n"
                                    ",,Zineb Alaoui,m\xC3\xA8re\n");
    const ImportThrough imported(importFamilies, register_);
    CHECK(imported.result.contains(QStringLiteral("1 added")));
    CHECK(families.findChild<QTableWidget*>(QStringLiteral("familyList"))->rowCount() == 1);
    const QList<Family> stored = *FamilyStore(t.db()).search(QString(), QString());
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].members.size() == 2);
}

TEST_CASE(
    "at the ministry the institutions are imported from the settings, and no roster of children is offered")
{
    TempDatabase t(ministry());
    ResidentsPage residents(t.db());
    CHECK_FALSE(
        residents.findChild<QPushButton*>(QStringLiteral("importResidents"))->isVisibleTo(&residents));

    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(*db));
    window.show();
    auto* panel = window.findChild<InstitutionsPanel*>(QStringLiteral("institutionsPanel"));
    REQUIRE(panel);
    CHECK(panel->isVisibleTo(panel->parentWidget())); // in the settings, shown or not
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("importInstitutions"));
    const QString list = write(t.dir() + QStringLiteral("/institutions.csv"),
                               QStringLiteral("اسم المؤسسة,الطاقة الاستيعابية,الجهة,الإقليم\n"
                                              "دار الطالبة تحناوت,60,مراكش آسفي,الحوز\n"
                                              "دار الطالب أمزميز,80,مراكش آسفي,الحوز\n")
                                   .toUtf8());
    const ImportThrough done(button, list);
    CHECK(done.result.contains(QStringLiteral("2 added")));
    CHECK(panel->findChild<QLabel*>(QStringLiteral("institutionCount"))
              ->text()
              .startsWith(QStringLiteral("2 institutions")));
    CHECK(panel->findChild<QLabel*>(QStringLiteral("institutionsMessage"))
              ->text()
              .contains(QStringLiteral("2 added")));
}

TEST_CASE("at a house the settings offer no import of institutions")
{
    TempDatabase t;
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(*db));
    auto* panel = window.findChild<InstitutionsPanel*>(QStringLiteral("institutionsPanel"));
    REQUIRE(panel);
    CHECK_FALSE(panel->isVisibleTo(panel->parentWidget()));
}
