#pragma once

#include "help/HelpDialog.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace riaya {

class BackupPanel;
class InstitutionsPanel;
class UsersPanel;
class Database;
class IdleLock;
class ResidentsPage;
class SettingsPage;

// The frame every screen lives in: navigation, menus, and a status bar naming the site
// and the database. The screens are listed once, in the page registry of MainWindow.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The screens in the order of the navigation, each its row there.
    enum Page
    {
        HomeNav,
        ResidentsNav,
        PresenceNav,
        IncidentsNav,
        FamiliesNav,
        InspectionsNav,
        SyncNav,
        RequestsNav,
        ReviewNav,
        AuditNav,
        ReportsNav,
        SettingsNav
    };

    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    void showPage(Page page);
    // Runs SQLite's integrity check on a thread of its own and reports a damaged file.
    void startIntegrityCheck();
    // Shows only the screens the signed-in person may use (core refuses the rest anyway).
    void applyPermissions();
    // Hides everything and asks for the password again (after idle time, or from the menu).
    void lock();
    // Restores a backup: Riaya starts again on the database, restoring it before opening it.
    void restoreBackup(const QString& backupPath);
    // The daily backup, when the last one is older than a day and the site has its keys.
    void backUpIfDue();
    // The signed-in person's own password, asked in three boxes.
    void changeOwnPassword();

signals:
    void integrityChecked(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    // Asks every open editor and page with unsaved work first (Save, Discard, Cancel).
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void openDatabase();
    // Asks each editor with unsaved work, open dialogs first; false when one is kept open.
    bool confirmUnsavedWork();
    // After the lock, the person at the keyboard may not be the one who typed: asked only
    // whether to quit losing it, without showing what it is.
    bool mayQuitLosingWork(const QList<QPointer<QWidget>>& hiddenByLock);
    void showAbout();
    void showHelp(HelpDialog::Part part);
    void fitNavigation();
    // The screen, made when first asked for (to keep start-up fast).
    QWidget* page(Page id);

    std::unique_ptr<Database> m_db;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QList<QWidget*> m_made; // by page, null until made
    ResidentsPage* m_residents;
    SettingsPage* m_settings;
    QLabel* m_siteLabel;
    QLabel* m_userLabel;
    QLabel* m_pathLabel;
    IdleLock* m_idleLock = nullptr;
    BackupPanel* m_backups;
    UsersPanel* m_users;
    InstitutionsPanel* m_institutions; // at the ministry: their import
    QMenu* m_fileMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_passwordAction = nullptr;
    QList<QAction*> m_goActions; // by page, null for a page the Go menu does not list
    QAction* m_guideAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QPointer<QThread> m_integrityCheck;
    bool m_asked = false; // unsaved work was already asked about: close without asking again
};

} // namespace riaya
