#include "PageRegistry.h"

#include "audit/AuditPage.h"
#include "db/Database.h"
#include "families/FamiliesPage.h"
#include "home/HomePage.h"
#include "incidents/IncidentsPage.h"
#include "inspections/InspectionsPage.h"
#include "presence/PresencePage.h"
#include "reports/ReportsPage.h"
#include "residents/ResidentsPage.h"
#include "review/ReviewPage.h"
#include "settings/SettingsPage.h"
#include "sharing/RequestsPage.h"
#include "sync/SyncPage.h"

#include <algorithm>

namespace riaya {
namespace {

template<typename P> QWidget* make(Database& db, QWidget* parent)
{
    return new P(db, parent);
}

// For the screens that read again what other screens or an import may have changed.
template<typename P> void refresh(QWidget* page)
{
    static_cast<P*>(page)->refresh();
}

const PageEntry kPageList[] = {
    { .id = MainWindow::HomeNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Home"),
      .anyOf = { Permission::ReadResidents },
      .make = make<HomePage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "&Home"),
      .shortcut = Qt::CTRL | Qt::Key_0,
      .icon = ":/riaya/icons/home.svg" },
    { .id = MainWindow::ResidentsNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Residents"),
      .anyOf = { Permission::ReadResidents },
      .make = make<ResidentsPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "&Residents"),
      .shortcut = Qt::CTRL | Qt::Key_1,
      .icon = ":/riaya/icons/residents.svg" },
    { .id = MainWindow::PresenceNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Daily presence"),
      .anyOf = { Permission::RecordPresence },
      .make = make<PresencePage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "Daily &presence"),
      .shortcut = Qt::CTRL | Qt::Key_2,
      .icon = ":/riaya/icons/presence.svg" },
    { .id = MainWindow::IncidentsNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Incidents"),
      .anyOf = { Permission::ReadIncidents },
      .make = make<IncidentsPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "&Incidents"),
      .shortcut = Qt::CTRL | Qt::Key_3,
      .icon = ":/riaya/icons/incidents.svg" },
    { .id = MainWindow::FamiliesNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Foster families"),
      .anyOf = { Permission::ReadFamilies },
      .make = make<FamiliesPage>,
      .shown = refresh<FamiliesPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "&Foster families"),
      .shortcut = Qt::CTRL | Qt::Key_4,
      .icon = ":/riaya/icons/families.svg" },
    { .id = MainWindow::InspectionsNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Inspections"),
      .anyOf = { Permission::ReadInspections },
      .make = make<InspectionsPage>,
      .shown = refresh<InspectionsPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "I&nspections"),
      .shortcut = Qt::CTRL | Qt::Key_5,
      .icon = ":/riaya/icons/inspections.svg" },
    { .id = MainWindow::SyncNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Sync"),
      .anyOf = { Permission::ExportBundles, Permission::ImportBundles, Permission::ImportReferenceData,
                 Permission::ManageKeys },
      .make = make<SyncPage>,
      .shown = refresh<SyncPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "S&ync"),
      .shortcut = Qt::CTRL | Qt::Key_6,
      .icon = ":/riaya/icons/sync.svg" },
    { .id = MainWindow::RequestsNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Requests"),
      .anyOf = { Permission::ReadResidents },
      .make = make<RequestsPage>,
      .shown = refresh<RequestsPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "Re&quests"),
      .shortcut = Qt::CTRL | Qt::Key_R,
      .icon = ":/riaya/icons/requests.svg" },
    { .id = MainWindow::ReviewNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Review"),
      .anyOf = { Permission::ReviewImports },
      .make = make<ReviewPage>,
      .shown = refresh<ReviewPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "Re&view"),
      .shortcut = Qt::CTRL | Qt::Key_7,
      .icon = ":/riaya/icons/review.svg" },
    { .id = MainWindow::AuditNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Audit"),
      .anyOf = { Permission::ReadAudit },
      .make = make<AuditPage>,
      .shown = refresh<AuditPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "&Audit"),
      .shortcut = Qt::CTRL | Qt::Key_8,
      .icon = ":/riaya/icons/audit.svg" },
    { .id = MainWindow::ReportsNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Reports"),
      .anyOf = { Permission::ReadResidents },
      .make = make<ReportsPage>,
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "Re&ports"),
      .shortcut = Qt::CTRL | Qt::Key_9,
      .icon = ":/riaya/icons/reports.svg" },
    { .id = MainWindow::SettingsNav,
      .title = QT_TRANSLATE_NOOP("riaya::MainWindow", "Settings"),
      .make = [](Database&, QWidget* parent) -> QWidget* { return new SettingsPage(parent); },
      .goMenuText = QT_TRANSLATE_NOOP("riaya::MainWindow", "&Settings"),
      .shortcut = Qt::CTRL | Qt::Key_Comma,
      .icon = ":/riaya/icons/settings.svg" },
};

} // namespace

std::span<const PageEntry> pageRegistry()
{
    return kPageList;
}

bool mayOpen(Database& db, const PageEntry& entry)
{
    return entry.anyOf.isEmpty()
        || std::any_of(entry.anyOf.cbegin(), entry.anyOf.cend(),
                       [&db](Permission p) { return Access::allows(db, p); });
}

} // namespace riaya
