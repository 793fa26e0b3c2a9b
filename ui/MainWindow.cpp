#include "MainWindow.h"

#include "PageRegistry.h"
#include "audit/AuditPage.h"
#include "backup/Backup.h"
#include "backup/BackupPanel.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "families/FamiliesPage.h"
#include "help/HelpDialog.h"
#include "incidents/IncidentsPage.h"
#include "inspections/InspectionsPage.h"
#include "presence/PresencePage.h"
#include "residents/ResidentsPage.h"
#include "review/ReviewPage.h"
#include "roster/InstitutionsPanel.h"
#include "security/Access.h"
#include "security/IdleLock.h"
#include "security/KeyStore.h"
#include "security/SignInDialog.h"
#include "security/UserStore.h"
#include "settings/SettingsPage.h"
#include "sync/SyncPage.h"
#include "users/UsersPanel.h"
#include "widgets/FileFilters.h"
#include "widgets/ReadableHeader.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"
#include "workflows/DailyBackup.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>

namespace riaya {
namespace {

const std::span<const PageEntry> kPages = pageRegistry();

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_made(int(kPages.size()), nullptr)
    , m_siteLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    ReadableHeader::keepAll();
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_siteLabel->setObjectName(QStringLiteral("siteLabel"));
    m_pathLabel->setObjectName(QStringLiteral("databaseLabel"));

    for (const PageEntry& entry : kPages) {
        Q_ASSERT(entry.id == m_navigation->count()); // the registry is in the order of the enum
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(entry.icon)), QString(), m_navigation);
        if (!entry.make) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
    }
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);

    // The list and the settings are made at once: the list is one click from the home page, the
    // settings hold panels.
    m_residents = static_cast<ResidentsPage*>(page(ResidentsNav));
    m_settings = static_cast<SettingsPage*>(page(SettingsNav));
    m_backups = new BackupPanel(*m_db, m_settings);
    m_users = new UsersPanel(*m_db, m_settings);
    m_settings->addPanel(m_users);
    m_settings->addPanel(m_backups);
    m_institutions = new InstitutionsPanel(*m_db, m_settings);
    m_settings->addPanel(m_institutions);
    connect(m_backups, &BackupPanel::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_settings, &SettingsPage::displayOptionsChanged, m_residents, &ResidentsPage::refreshDisplay);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(kPages.size()) || !kPages[row].make) {
            return;
        }
        QWidget* shown = page(Page(row));
        if (kPages[row].shown) {
            kPages[row].shown(shown);
        }
        m_pages->setCurrentWidget(shown);
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
    resizeToFit(this, { 1100, 680 });
}

void MainWindow::applyPermissions()
{
    Database& db = *m_db;
    for (const PageEntry& entry : kPages) {
        const bool allowed = mayOpen(db, entry);
        m_navigation->item(entry.id)->setHidden(!allowed);
        if (QAction* go = m_goActions.at(entry.id)) {
            go->setVisible(allowed);
        }
    }
    m_users->setVisible(!db.actor().localOperator && Access::allows(db, Permission::ManageUsers));
    if (m_users->isVisibleTo(m_settings)) {
        m_users->refresh();
    }
    m_institutions->setVisible(db.site().isMinistry && Access::allows(db, Permission::ManageInstitutions));
    if (m_institutions->isVisibleTo(m_settings)) {
        m_institutions->refresh();
    }
    m_passwordAction->setVisible(!db.actor().localOperator);
    const int current = m_navigation->currentRow();
    if (current < 0 || m_navigation->item(current)->isHidden()) {
        showPage(m_navigation->item(HomeNav)->isHidden() ? SettingsNav : HomeNav);
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
    if (answer != QMessageBox::Yes || !confirmUnsavedWork()) {
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
    m_asked = true;
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
    while (dialog.exec() != QDialog::Accepted) {
        if (mayQuitLosingWork(hidden)) {
            m_asked = true;
            close();
            return;
        }
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

QWidget* MainWindow::page(Page id)
{
    if (!m_made.at(id)) {
        m_made[id] = kPages[id].make(*m_db, m_pages);
        m_pages->addWidget(m_made.at(id));
    }
    return m_made.at(id);
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
    for (const PageEntry& entry : kPages) {
        QAction* go = nullptr;
        if (entry.goMenuText) {
            go = m_goMenu->addAction(QIcon(QString::fromLatin1(entry.icon)), QString(), this,
                                     [this, id = entry.id] { showPage(id); });
            go->setShortcut(QKeySequence(entry.shortcut));
        }
        m_goActions.append(go);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QIcon(QStringLiteral(":/riaya/icons/help.svg")), QString(), this,
                                          [this] { showHelp(HelpDialog::Guide); });
    m_guideAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] { showHelp(HelpDialog::Shortcuts); });
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    const QString site = isolate(m_db->site().name);
    setWindowTitle(tr("Riaya — %1").arg(site));
    for (const PageEntry& entry : kPages) {
        QListWidgetItem* item = m_navigation->item(entry.id);
        item->setText(tr(entry.title));
        item->setToolTip(entry.make ? QString() : tr("Arrives in a later version of Riaya."));
        if (QAction* go = m_goActions.at(entry.id)) {
            go->setText(tr(entry.goMenuText));
        }
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
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("User &guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Riaya"));
    fitNavigation();
}

// As wide as the longest title in the language shown, so no title is cut.
void MainWindow::fitNavigation()
{
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        widest = std::max(widest,
                          m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    }
    m_navigation->setFixedWidth(std::max(170, widest + m_navigation->iconSize().width() + 40));
}

void MainWindow::showHelp(HelpDialog::Part part)
{
    HelpDialog dialog(this, part);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_asked && !confirmUnsavedWork()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmUnsavedWork()
{
    for (UnsavedChanges* guard : UnsavedChanges::outermostIn(this)) {
        // The pages, and the dialogs still open (a closed one keeps its fields until deleted).
        const QWidget* window = guard->editor()->window();
        if ((window == this || window->isVisible())
            && guard->confirmClose() == UnsavedChanges::Choice::Cancelled) {
            return false;
        }
    }
    return true;
}

bool MainWindow::mayQuitLosingWork(const QList<QPointer<QWidget>>& hiddenByLock)
{
    const QList<UnsavedChanges*> guards = UnsavedChanges::outermostIn(this);
    const bool unsaved = std::any_of(guards.cbegin(), guards.cend(), [&](const UnsavedChanges* guard) {
        QWidget* window = guard->editor()->window();
        return (window == this || hiddenByLock.contains(window)) && guard->hasUnsavedChanges();
    });
    if (!unsaved) {
        return true;
    }
    QMessageBox question(QMessageBox::Warning, tr("Quit Riaya"),
                         tr("Changes typed before the lock are not saved; quitting now loses them."),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("quitLosingWork"));
    QPushButton* signIn = question.addButton(tr("&Sign in again"), QMessageBox::RejectRole);
    question.addButton(tr("&Quit and lose them"), QMessageBox::DestructiveRole);
    question.setDefaultButton(signIn);
    question.setEscapeButton(signIn);
    question.exec();
    return question.clickedButton() != signIn;
}

void MainWindow::openDatabase()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open a Riaya database"), QDir::homePath(),
                                       isolatedFilters(tr("Riaya databases (*.db *.riaya);;All files (*)")));
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
