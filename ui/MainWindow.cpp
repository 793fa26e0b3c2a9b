#include "MainWindow.h"

#include "audit/AuditPage.h"
#include "backup/Backup.h"
#include "backup/BackupPanel.h"
#include "workflows/DailyBackup.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "families/FamiliesPage.h"
#include "incidents/IncidentsPage.h"
#include "inspections/InspectionsPage.h"
#include "presence/PresencePage.h"
#include "residents/ResidentsPage.h"
#include "review/ReviewPage.h"
#include "security/IdleLock.h"
#include "security/KeyStore.h"
#include "security/SignInDialog.h"
#include "security/UserStore.h"
#include "settings/SettingsPage.h"
#include "sync/SyncPage.h"
#include "users/UsersPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>

namespace riaya {
namespace {

// Screens the navigation names before they exist are listed but cannot be chosen yet.
struct NavEntry
{
    const char* label;
    bool available;
};

const NavEntry kNavigation[] = {
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Residents"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Daily presence"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Incidents"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Foster families"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Inspections"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Sync"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Review"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Audit"), true },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Reports"), false },
    { QT_TRANSLATE_NOOP("riaya::MainWindow", "Settings"), true },
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_residents(new ResidentsPage(*m_db, m_pages))
    , m_settings(new SettingsPage(m_pages))
    , m_siteLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_backups(new BackupPanel(*m_db, m_settings))
    , m_users(new UsersPanel(*m_db, m_settings))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_siteLabel->setObjectName(QStringLiteral("siteLabel"));
    m_pathLabel->setObjectName(QStringLiteral("databaseLabel"));

    for (const NavEntry& entry : kNavigation) {
        auto* item = new QListWidgetItem(m_navigation);
        if (!entry.available) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
    }
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);

    m_pages->addWidget(m_residents);
    m_pages->addWidget(m_settings);
    m_settings->addPanel(m_users);
    m_settings->addPanel(m_backups);
    connect(m_backups, &BackupPanel::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_settings, &SettingsPage::displayOptionsChanged, m_residents, &ResidentsPage::refreshDisplay);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == ResidentsNav) {
            m_pages->setCurrentWidget(m_residents);
        } else if (row == PresenceNav) {
            // Pages other than the list are made when first shown, to keep start-up fast.
            if (!m_presence) {
                m_presence = new PresencePage(*m_db, m_pages);
                m_pages->addWidget(m_presence);
            }
            m_pages->setCurrentWidget(m_presence);
        } else if (row == SyncNav) {
            if (!m_sync) {
                m_sync = new SyncPage(*m_db, m_pages);
                m_pages->addWidget(m_sync);
            }
            m_sync->refresh();
            m_pages->setCurrentWidget(m_sync);
        } else if (row == ReviewNav) {
            if (!m_review) {
                m_review = new ReviewPage(*m_db, m_pages);
                m_pages->addWidget(m_review);
            }
            m_review->refresh();
            m_pages->setCurrentWidget(m_review);
        } else if (row == AuditNav) {
            if (!m_audit) {
                m_audit = new AuditPage(*m_db, m_pages);
                m_pages->addWidget(m_audit);
            }
            m_audit->refresh();
            m_pages->setCurrentWidget(m_audit);
        } else if (row == IncidentsNav) {
            if (!m_incidents) {
                m_incidents = new IncidentsPage(*m_db, m_pages);
                m_pages->addWidget(m_incidents);
            }
            m_pages->setCurrentWidget(m_incidents);
        } else if (row == FamiliesNav) {
            if (!m_families) {
                m_families = new FamiliesPage(*m_db, m_pages);
                m_pages->addWidget(m_families);
            }
            m_families->refresh();
            m_pages->setCurrentWidget(m_families);
        } else if (row == InspectionsNav) {
            if (!m_inspections) {
                m_inspections = new InspectionsPage(*m_db, m_pages);
                m_pages->addWidget(m_inspections);
            }
            m_inspections->refresh();
            m_pages->setCurrentWidget(m_inspections);
        } else if (row == SettingsNav) {
            m_pages->setCurrentWidget(m_settings);
        }
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_siteLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    buildMenus();
    retranslate();
    applyPermissions();
    if (!m_db->actor().localOperator) {
        m_idleLock = new IdleLock(UserStore(*m_db).idleLockMinutes(), this);
        connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    }
    resize(1100, 680);
}

void MainWindow::applyPermissions()
{
    Database& db = *m_db;
    const auto may = [&db](std::initializer_list<Permission> any) {
        return std::any_of(any.begin(), any.end(), [&db](Permission p) { return Access::allows(db, p); });
    };
    const QList<std::pair<Page, bool>> pages {
        { ResidentsNav, may({ Permission::ReadResidents }) },
        { PresenceNav, may({ Permission::RecordPresence }) },
        { IncidentsNav, may({ Permission::ReadIncidents }) },
        { InspectionsNav, may({ Permission::ReadInspections }) },
        { FamiliesNav, may({ Permission::ReadFamilies }) },
        { SyncNav,
          may({ Permission::ExportBundles, Permission::ImportBundles, Permission::ImportReferenceData,
                Permission::ManageKeys }) },
        { ReviewNav, may({ Permission::ReviewImports }) },
        { AuditNav, may({ Permission::ReadAudit }) },
    };
    for (const auto& [page, allowed] : pages) {
        m_navigation->item(page)->setHidden(!allowed);
    }
    m_presenceAction->setVisible(may({ Permission::RecordPresence }));
    m_users->setVisible(!db.actor().localOperator && may({ Permission::ManageUsers }));
    if (m_users->isVisibleTo(m_settings)) {
        m_users->refresh();
    }
    m_passwordAction->setVisible(!db.actor().localOperator);
    m_incidentsAction->setVisible(may({ Permission::ReadIncidents }));
    const int current = m_navigation->currentRow();
    if (current < 0 || m_navigation->item(current)->isHidden()) {
        showPage(m_navigation->item(ResidentsNav)->isHidden() ? SettingsNav : ResidentsNav);
    }
    m_userLabel->setText(db.actor().localOperator ? QString()
                                                  : tr("Signed in: %1").arg(isolateLtr(db.actor().username)));
}

void MainWindow::restoreBackup(const QString& backupPath)
{
    if (Status allowed = Access::require(*m_db, Permission::Restore); !allowed) {
        QMessageBox::warning(this, tr("Restore a backup"), allowed.error().message);
        return;
    }
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("Restore a backup"), tr("The passphrase of this site's keys opens the backup:"),
        QLineEdit::Password, {}, &ok);
    if (!ok) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Riaya will close, check the backup, keep the current database aside, and open the restored one. "
           "Changes made since the backup stay only in the database kept aside. Go on?"));
    if (answer != QMessageBox::Yes) {
        return;
    }
    QProcess process;
    process.setProgram(QApplication::applicationFilePath());
    process.setArguments({ QStringLiteral("--db"), m_db->path(), QStringLiteral("--restore"), backupPath });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RIAYA_RESTORE_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(environment);
    if (!process.startDetached()) {
        QMessageBox::warning(this, tr("Restore a backup"),
                             tr("Could not start Riaya again to restore the backup."));
        return;
    }
    close();
}

void MainWindow::backUpIfDue()
{
    if (!DailyBackup::isDue(*m_db)) {
        return;
    }
    statusBar()->showMessage(tr("Backing up…"));
    const Result<BackupInfo> made = DailyBackup::run(*m_db);
    if (!made) {
        QMessageBox::warning(this, tr("The daily backup failed"), made.error().message);
    } else if (!made->auditIntact) {
        QMessageBox::critical(
            this, tr("The audit log is broken"),
            tr("The history of changes was altered or damaged: %1. The backup was made; tell the "
               "ministry.")
                .arg(made->auditProblem));
    }
    statusBar()->showMessage(
        made ? tr("Backed up to %1.").arg(isolateLtr(QDir::toNativeSeparators(made->path))) : QString(),
        8000);
    m_backups->refresh();
}

void MainWindow::changeOwnPassword()
{
    bool ok = false;
    const QString current = QInputDialog::getText(this, tr("Change my password"),
                                                  tr("Your current password:"), QLineEdit::Password, {}, &ok);
    const QString replacement = ok
        ? QInputDialog::getText(this, tr("Change my password"), tr("The new password:"), QLineEdit::Password,
                                {}, &ok)
        : QString();
    const QString again = ok
        ? QInputDialog::getText(this, tr("Change my password"), tr("The new password again:"),
                                QLineEdit::Password, {}, &ok)
        : QString();
    if (!ok) {
        return;
    }
    if (replacement != again) {
        QMessageBox::warning(this, tr("Change my password"),
                             tr("The two new passwords differ; nothing was changed."));
        return;
    }
    const Status changed = UserStore(*m_db).changePassword(current, replacement);
    if (changed) {
        QMessageBox::information(this, tr("Change my password"), tr("Your password is changed."));
    } else {
        QMessageBox::warning(this, tr("Change my password"), changed.error().message);
    }
}

void MainWindow::lock()
{
    if (m_db->actor().localOperator) {
        return;
    }
    const QString user = m_db->actor().username;
    UserStore(*m_db).signOut();
    centralWidget()->hide();
    // Open files and dialogs are windows of their own: hidden too, so nothing shows behind the lock.
    QList<QPointer<QWidget>> hidden;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window != this && window->isVisible()) {
            window->hide();
            hidden << window;
        }
    }
    SignInDialog dialog(*m_db, user, this);
    if (dialog.exec() != QDialog::Accepted) {
        close();
        return;
    }
    for (const QPointer<QWidget>& window : std::as_const(hidden)) {
        if (window) {
            window->show();
        }
    }
    centralWidget()->show();
    applyPermissions();
    if (m_idleLock) {
        m_idleLock->restart();
    }
}

MainWindow::~MainWindow()
{
    if (m_integrityCheck) {
        m_integrityCheck->wait(); // it reports to this window
    }
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::buildMenus()
{
    // Explicit keys rather than QKeySequence::StandardKey, which some platforms leave empty.
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setVisible(!m_db->actor().localOperator);
    m_passwordAction = m_fileMenu->addAction(QString(), this, &MainWindow::changeOwnPassword);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_goMenu = menuBar()->addMenu(QString());
    m_residentsAction = m_goMenu->addAction(QString(), this, [this] { showPage(ResidentsNav); });
    m_residentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_presenceAction = m_goMenu->addAction(QString(), this, [this] { showPage(PresenceNav); });
    m_presenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_incidentsAction = m_goMenu->addAction(QString(), this, [this] { showPage(IncidentsNav); });
    m_incidentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_settingsAction = m_goMenu->addAction(QString(), this, [this] { showPage(SettingsNav); });
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    const QString site = isolate(m_db->site().name);
    setWindowTitle(tr("Riaya — %1").arg(site));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        item->setText(tr(kNavigation[row].label));
        item->setToolTip(kNavigation[row].available ? QString() : tr("Arrives in a later version of Riaya."));
    }
    m_siteLabel->setText(m_db->site().isMinistry ? tr("Ministry hub: %1").arg(site)
                                                 : tr("Site: %1").arg(site));
    m_pathLabel->setText(tr("Database: %1").arg(isolateLtr(QDir::toNativeSeparators(m_db->path()))));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open a database…"));
    m_quitAction->setText(tr("&Quit"));
    m_lockAction->setText(tr("&Lock"));
    m_passwordAction->setText(tr("Change my &password…"));
    m_goMenu->setTitle(tr("&Go"));
    m_residentsAction->setText(tr("&Residents"));
    m_presenceAction->setText(tr("Daily &presence"));
    m_incidentsAction->setText(tr("&Incidents"));
    m_settingsAction->setText(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Riaya"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Riaya database"), QDir::homePath(),
                                                      tr("Riaya databases (*.db *.riaya);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // The database stays held by this window until it closes, so the other opens in a window of its own.
    if (!QProcess::startDetached(QApplication::applicationFilePath(), { QStringLiteral("--db"), path })) {
        QMessageBox::warning(this, tr("Riaya"), tr("Could not start another window for %1.").arg(path));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Riaya"),
                       tr("<h3>Riaya %1</h3><p>Offline records for social-care institutions: residents, "
                          "foster families, inspections and reports to the ministry.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::startIntegrityCheck()
{
    const QString path = m_db->path();
    QThread* thread = QThread::create([this, path] {
        const Status status = Database::quickCheck(path);
        emit integrityChecked(status.ok(), status.ok() ? QString() : status.error().message);
    });
    m_integrityCheck = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(
        this, &MainWindow::integrityChecked, this,
        [this](bool ok, const QString& message) {
            if (!ok) {
                const QList<BackupInfo> backups = Backup::list(Backup::folderFor(*m_db));
                const auto latest
                    = std::find_if(backups.cbegin(), backups.cend(),
                                   [this](const BackupInfo& b) { return b.siteId == m_db->site().id; });
                if (latest == backups.cend()) {
                    QMessageBox::critical(this, tr("The database is damaged"), message);
                    return;
                }
                const auto answer = QMessageBox::critical(
                    this, tr("The database is damaged"),
                    tr("%1\n\nThe latest backup is from %2. Restore it?")
                        .arg(message, displayDate(latest->createdAt.toLocalTime().date())),
                    QMessageBox::Yes | QMessageBox::No);
                if (answer == QMessageBox::Yes) {
                    restoreBackup(latest->path);
                }
            } else {
                backUpIfDue();
            }
        },
        Qt::QueuedConnection);
    thread->start(QThread::LowPriority);
}

} // namespace riaya
