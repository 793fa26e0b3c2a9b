#include "BackupPanel.h"

#include "backup/Backup.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "security/Access.h"
#include "widgets/FileFilters.h"
#include "widgets/MessageLabel.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

BackupPanel::BackupPanel(Database& db, QWidget* parent)
    : QGroupBox(parent)
    , m_db(db)
    , m_where(new QLabel(this))
    , m_list(new QTableWidget(0, 3, this))
    , m_message(new MessageLabel(this))
    , m_folder(new QPushButton(this))
    , m_now(new QPushButton(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("backupPanel"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_now->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_where->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 170);
    m_list->setMinimumHeight(140);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_now);
    buttons->addWidget(m_folder);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    m_now->setEnabled(Access::allows(db, Permission::Backup));
    m_folder->setEnabled(Access::allows(db, Permission::Backup));
    m_restore->setEnabled(Access::allows(db, Permission::Restore));
    connect(m_now, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_folder, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::chooseRestore);
    retranslate();
    refresh();
}

void BackupPanel::refresh()
{
    m_where->setText(
        tr("Backups go to %1; %2 of each kind are kept. One is made every day Riaya is opened, and "
           "before every import.")
            .arg(isolateLtr(QDir::toNativeSeparators(Backup::folderFor(m_db))))
            .arg(displayDigits(QString::number(Backup::keepFor(m_db)))));
    m_list->setRowCount(0);
    for (const BackupInfo& backup : Backup::list(Backup::folderFor(m_db))) {
        if (backup.siteId != m_db.site().id) {
            continue;
        }
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const QDateTime local = backup.createdAt.toLocalTime();
        auto* when = new QTableWidgetItem(displayDate(local.date()) + QLatin1Char(' ')
                                          + displayDigits(local.toString(QStringLiteral("HH:mm"))));
        when->setData(Qt::UserRole, backup.path);
        const QString kind = backup.kind == QLatin1String("daily") ? tr("daily", "kind of backup")
            : backup.kind == QLatin1String("import")               ? tr("before an import")
                                                                   : tr("by hand");
        m_list->setItem(row, 0, when);
        m_list->setItem(row, 1, new QTableWidgetItem(kind));
        m_list->setItem(row, 2, new QTableWidgetItem(QLocale().formattedDataSize(backup.bytes)));
    }
}

bool BackupPanel::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupInfo> made
        = Backup::create(m_db, Backup::folderFor(m_db), QStringLiteral("manual"), Backup::keepFor(m_db));
    QApplication::restoreOverrideCursor();
    const bool broken = made && !made->auditIntact;
    m_message->showMessage(
        !made        ? made.error().message
            : broken ? tr("Backup written, but THE AUDIT LOG IS BROKEN: %1. Tell the ministry.")
                           .arg(made->auditProblem)
                     : tr("Backup written to %1.").arg(isolateLtr(QDir::toNativeSeparators(made->path))),
        made && !broken ? MessageLabel::Tone::Plain : MessageLabel::Tone::Urgent);
    refresh();
    return made.ok();
}

void BackupPanel::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Backup folder"), Backup::folderFor(m_db));
    if (folder.isEmpty()) {
        return;
    }
    const Status saved = Backup::setFolder(m_db, folder);
    refresh();
    if (!saved) {
        m_message->showError(saved.error().message);
    }
}

void BackupPanel::chooseRestore()
{
    const QList<QTableWidgetItem*> selected = m_list->selectedItems();
    QString path = selected.isEmpty()
        ? QString()
        : m_list->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Restore a backup"), Backup::folderFor(m_db),
                                            isolatedFilters(tr("Riaya backups (*.backup)")));
    }
    if (!path.isEmpty()) {
        emit restoreRequested(path);
    }
}

void BackupPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QGroupBox::changeEvent(event);
}

void BackupPanel::retranslate()
{
    setTitle(tr("Backups"));
    m_list->setHorizontalHeaderLabels({ tr("Made on"), tr("Kind"), tr("Size") });
    m_now->setText(tr("&Back up now"));
    m_folder->setText(tr("Backup &folder…"));
    m_restore->setText(tr("&Restore a backup…"));
}

} // namespace riaya
