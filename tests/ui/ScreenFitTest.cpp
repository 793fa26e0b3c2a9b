// Every window and dialog fits the laptops Riaya runs on, in Arabic and in French, and what it
// shows at that size is readable: no clipped button or column header, no cell painted black.
#include "widgets/ScreenFit.h"

#include "MainWindow.h"
#include "QtCatch.h"
#include "TempDatabase.h"
#include "daily/IncidentStore.h"
#include "demo/DemoCaseWork.h"
#include "demo/DemoGenerator.h"
#include "families/FamilyDialog.h"
#include "families/FamilyStore.h"
#include "families/PlaceChildDialog.h"
#include "families/PlacementDialog.h"
#include "families/PlacementStore.h"
#include "help/HelpDialog.h"
#include "home/FigureListDialog.h"
#include "incidents/IncidentDialog.h"
#include "incidents/VoidIncidentDialog.h"
#include "inspections/ActionDialog.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionDialog.h"
#include "inspections/InspectionStore.h"
#include "inspections/ProgressDialog.h"
#include "inspections/TemplateEditorDialog.h"
#include "inspections/TemplateStore.h"
#include "residents/ResidentFileDialog.h"
#include "residents/ResidentStore.h"
#include "residents/StayDialog.h"
#include "roster/RosterImportWizard.h"
#include "security/SignInDialog.h"
#include "settings/LanguageSwitcher.h"
#include "setup/SetupWizard.h"
#include "sharing/AcceptRequestDialog.h"
#include "sharing/AssignInspectorDialog.h"
#include "sharing/RefuseRequestDialog.h"
#include "sharing/TransferRequestDialog.h"
#include "sync/ImportDialog.h"
#include "sync/MonthCloseDialog.h"
#include "sync/PassphraseDialog.h"
#include "sync/RevokeDialog.h"
#include "widgets/ReadableHeader.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QHeaderView>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <functional>
#include <map>

using namespace riaya;

namespace {

// The room a window has on the smallest laptop, its title bar and the desktop's panel drawn.
const QSize kRoom = kSmallestScreen - QSize(0, 80);

struct LanguageGuard
{
    ~LanguageGuard() { applyLanguage(QStringLiteral("en")); }
};

std::unique_ptr<TempDatabase> demoSite(bool ministry)
{
    SiteSettings site = TempDatabase::defaultSite();
    site.ministry = ministry;
    site.withInstitution = !ministry;
    auto t = std::make_unique<TempDatabase>(site);
    DemoSettings settings;
    settings.residents = 120;
    settings.institutions = ministry ? 4 : 1;
    settings.seed = 5;
    REQUIRE(DemoGenerator::generate(t->db(), settings).ok());
    REQUIRE(DemoCaseWork::generate(t->db(), 5).ok());
    return t;
}

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
    }
    return path.join(QLatin1Char('/'));
}

// What a person sees clipped or unreadable in a shown window, one line per problem.
QStringList unreadable(QWidget* window)
{
    QStringList problems;
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty()
            && button->width() < button->minimumSizeHint().width()) {
            problems << QStringLiteral("button %1 (%2): %3 px of %4")
                            .arg(describe(button), button->text())
                            .arg(button->width())
                            .arg(button->minimumSizeHint().width());
        }
    }
    for (QHeaderView* header : window->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model()) {
            continue;
        }
        for (int section = 0; section < header->count(); ++section) {
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            if (header->isSectionHidden(section) || text.isEmpty()) {
                continue;
            }
            // The style's own measure of the title (text and margins), where it is the smaller.
            const int needed = std::min(header->sectionSizeHint(section),
                                        header->fontMetrics().horizontalAdvance(text) + 8);
            if (header->sectionSize(section) < needed) {
                problems << QStringLiteral("column header %1 \"%2\": %3 px of %4")
                                .arg(describe(header), text)
                                .arg(header->sectionSize(section))
                                .arg(needed);
            }
        }
    }
    // A brush of an invalid colour paints black: "not recorded" would look like a black box.
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (!view->isVisible() || !model) {
            continue;
        }
        for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (const int role : { int(Qt::BackgroundRole), int(Qt::ForegroundRole) }) {
                    const QVariant value = model->index(row, column).data(role);
                    const QBrush brush = value.value<QBrush>();
                    if (value.isValid() && brush.style() != Qt::NoBrush && !brush.color().isValid()) {
                        problems << QStringLiteral(
                                        "%1 row %2 column %3: a brush of no colour (painted black)")
                                        .arg(describe(view))
                                        .arg(row)
                                        .arg(column);
                    }
                }
            }
        }
    }
    return problems;
}

void checkFits(QWidget* window, const QString& what)
{
    INFO(what.toStdString());
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    INFO("minimum size " << minimum.width() << "x" << minimum.height());
    CHECK(minimum.width() <= kRoom.width());
    CHECK(minimum.height() <= kRoom.height());
    CHECK(window->width() <= kUsualRoom.width());
    CHECK(window->height() <= kUsualRoom.height());
    // At the smallest size the screen allows, nothing is clipped.
    window->resize(minimum.boundedTo(kRoom).expandedTo(window->size().boundedTo(kRoom)));
    QTest::qWait(20);
    const QStringList problems = unreadable(window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

using DialogMaker = std::function<std::unique_ptr<QWidget>(Database&)>;

// Every dialog class of ui/, made over a demo site. A dialog added to ui/ without an entry
// here fails the test below, so no dialog escapes the check.
std::map<QString, DialogMaker> dialogMakers()
{
    std::map<QString, DialogMaker> makers;
    makers[QStringLiteral("FigureListDialog")] = [](Database& db) {
        FigureFilter house;
        house.institutionId = db.site().institutionId;
        return std::make_unique<FigureListDialog>(db,
                                                  FigureQuery { QStringLiteral("residents_in"), house, {} });
    };
    makers[QStringLiteral("HelpDialog")]
        = [](Database&) { return std::make_unique<HelpDialog>(nullptr, HelpDialog::Guide); };
    makers[QStringLiteral("PassphraseDialog")] = [](Database&) {
        return std::make_unique<PassphraseDialog>(
            PassphraseDialog::Mode::Change,
            [] { return QStringLiteral("Change the passphrase of this site's keys."); },
            [] { return QStringLiteral("Change"); },
            [](const QByteArray&, const QByteArray&) { return Status(); });
    };
    makers[QStringLiteral("RevokeDialog")] = [](Database& db) { return std::make_unique<RevokeDialog>(db); };
    makers[QStringLiteral("IncidentDialog")] = [](Database& db) {
        Incident incident;
        incident.institutionId = db.site().institutionId;
        return std::make_unique<IncidentDialog>(db, incident);
    };
    makers[QStringLiteral("VoidIncidentDialog")] = [](Database& db) {
        const auto incidents = IncidentStore(db).list(db.site().institutionId);
        REQUIRE(incidents.ok());
        REQUIRE(!incidents->isEmpty());
        return std::make_unique<VoidIncidentDialog>(db, incidents->constFirst());
    };
    makers[QStringLiteral("InspectionDialog")] = [](Database& db) {
        const auto inspections = InspectionStore(db).list();
        REQUIRE(inspections.ok());
        REQUIRE(!inspections->isEmpty());
        return std::make_unique<InspectionDialog>(db, inspections->constFirst().id);
    };
    // The requests between sites, with the longest texts a person would see in them.
    const auto request = [](const QString& kind) {
        SiteRequest r;
        r.id = QStringLiteral("request-1");
        r.kind = kind;
        r.subjectName = QStringLiteral("ياسمين بنت عبد الرحمن الإدريسي");
        r.fromName = QStringLiteral("دار الطالبة أيت أورير");
        r.reason = QStringLiteral("تقريب الطفلة من أسرتها التي انتقلت إلى المدينة");
        r.effectiveOn = QDate::currentDate();
        return r;
    };
    makers[QStringLiteral("AcceptRequestDialog")] = [request](Database& db) {
        return std::make_unique<AcceptRequestDialog>(db, request(QStringLiteral("transfer")));
    };
    makers[QStringLiteral("RefuseRequestDialog")] = [request](Database& db) {
        return std::make_unique<RefuseRequestDialog>(db, request(QStringLiteral("placement_access")));
    };
    makers[QStringLiteral("TransferRequestDialog")] = [](Database& db) {
        return std::make_unique<TransferRequestDialog>(db, QStringLiteral("resident-1"),
                                                       QStringLiteral("ياسمين بنت عبد الرحمن الإدريسي"));
    };
    makers[QStringLiteral("AssignInspectorDialog")]
        = [](Database& db) { return std::make_unique<AssignInspectorDialog>(db); };
    makers[QStringLiteral("ProgressDialog")] = [](Database& db) {
        const auto actions = ActionStore(db).list({});
        REQUIRE(actions.ok());
        REQUIRE(!actions->isEmpty());
        return std::make_unique<ProgressDialog>(db, actions->constFirst());
    };
    makers[QStringLiteral("ActionDialog")] = [](Database& db) {
        const auto inspections = InspectionStore(db).list();
        REQUIRE(inspections.ok());
        for (const Inspection& inspection : *inspections) {
            if (!inspection.findings.isEmpty()) {
                return std::make_unique<ActionDialog>(db, inspection, inspection.findings.constFirst().id);
            }
        }
        FAIL("the demo has no finding");
        return std::unique_ptr<ActionDialog>();
    };
    makers[QStringLiteral("TemplateEditorDialog")] = [](Database& db) {
        return std::make_unique<TemplateEditorDialog>(db, TemplateStore::builtIn().constFirst());
    };
    makers[QStringLiteral("ImportDialog")]
        = [](Database& db) { return std::make_unique<ImportDialog>(db, QStringList()); };
    makers[QStringLiteral("MonthCloseDialog")]
        = [](Database& db) { return std::make_unique<MonthCloseDialog>(db); };
    makers[QStringLiteral("StayDialog")] = [](Database& db) {
        const auto residents = ResidentStore(db).list(ResidentQuery {});
        REQUIRE(residents.ok());
        REQUIRE(!residents->isEmpty());
        return std::make_unique<StayDialog>(db, residents->constFirst().id, StayDialog::Action::Transfer);
    };
    makers[QStringLiteral("ResidentFileDialog")]
        = [](Database& db) { return std::make_unique<ResidentFileDialog>(db, QString()); };
    makers[QStringLiteral("RosterImportWizard")]
        = [](Database& db) { return std::make_unique<RosterImportWizard>(db, RosterKind::Residents); };
    makers[QStringLiteral("SetupWizard")] = [](Database&) {
        return std::make_unique<SetupWizard>(QDir::temp().filePath(QStringLiteral("riaya-fit.db")));
    };
    makers[QStringLiteral("SignInDialog")] = [](Database& db) { return std::make_unique<SignInDialog>(db); };
    makers[QStringLiteral("FamilyDialog")] = [](Database& db) {
        const auto families = FamilyStore(db).search(QString());
        REQUIRE(families.ok());
        REQUIRE(!families->isEmpty());
        return std::make_unique<FamilyDialog>(db, families->constFirst().id);
    };
    makers[QStringLiteral("PlaceChildDialog")] = [](Database& db) {
        const auto families = FamilyStore(db).search(QString());
        REQUIRE(families.ok());
        REQUIRE(!families->isEmpty());
        return std::make_unique<PlaceChildDialog>(db, families->constFirst());
    };
    makers[QStringLiteral("PlacementDialog")] = [](Database& db) {
        const auto placements = PlacementStore(db).list({});
        REQUIRE(placements.ok());
        REQUIRE(!placements->isEmpty());
        return std::make_unique<PlacementDialog>(db, placements->constFirst().id);
    };
    return makers;
}

// The dialog and wizard classes declared in ui/.
QStringList dialogClassesInSources()
{
    QStringList classes;
    const QRegularExpression declaration(
        QStringLiteral(R"(class\s+(\w+)\s*(?:final\s*)?:\s*public\s+(?:Q(?:Dialog|Wizard)|EditorDialog)\b)"));
    QDirIterator it(QStringLiteral(RIAYA_SOURCE_DIR "/ui"), { QStringLiteral("*.h") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch& match : declaration.globalMatch(text)) {
            classes << match.captured(1);
        }
    }
    classes.removeAll(QStringLiteral("EditorDialog")); // the base of the editors, not a dialog of its own
    classes.sort();
    return classes;
}

} // namespace

TEST_CASE("every screen of a house and of the ministry fits a 1280x720 laptop, in Arabic and in French")
{
    LanguageGuard guard;
    for (const bool ministry : { false, true }) {
        auto t = demoSite(ministry);
        t->close();
        auto db = Database::open(t->path());
        REQUIRE(db.ok());
        MainWindow window(std::move(*db));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        REQUIRE(navigation);
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            for (int row = 0; row < navigation->count(); ++row) {
                QListWidgetItem* item = navigation->item(row);
                if (item->isHidden() || !(item->flags() & Qt::ItemIsEnabled)) {
                    continue;
                }
                window.showPage(MainWindow::Page(row));
                QTest::qWait(10);
                checkFits(&window,
                          QStringLiteral("%1 window, %2, page %3")
                              .arg(ministry ? QStringLiteral("ministry") : QStringLiteral("house"), language,
                                   item->text()));
            }
        }
    }
}

TEST_CASE("every dialog fits a 1280x720 laptop, in Arabic and in French")
{
    LanguageGuard guard;
    ReadableHeader::keepAll(); // as the main window does, which opens these dialogs
    const auto makers = dialogMakers();
    QStringList tested;
    for (const auto& entry : makers) {
        tested << entry.first;
    }
    tested.sort();
    // A new dialog must be added to dialogMakers().
    CHECK(dialogClassesInSources() == tested);

    auto t = demoSite(false);
    for (const auto& [name, make] : makers) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            std::unique_ptr<QWidget> dialog = make(t->db());
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
            checkFits(dialog.get(), QStringLiteral("%1, %2").arg(name, language));
            // Every dialog at the size it opens with on a laptop, to be looked at.
            if (const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR"); !dir.isEmpty()) {
                REQUIRE(dialog->grab().save(
                    QDir(dir).filePath(QStringLiteral("fit-%1-%2.png").arg(name, language))));
            }
            dialog->hide();
        }
    }
}
