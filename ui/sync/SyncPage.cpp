#include "SyncPage.h"

#include "ImportDialog.h"
#include "KeysPanel.h"
#include "MonthCloseDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "security/KeyStore.h"
#include "sync/BundleExchange.h"
#include "sync/SenderHistory.h"
#include "sync/TrustStore.h"
#include "widgets/EmptyState.h"
#include "widgets/FileFilters.h"
#include "widgets/MessageLabel.h"
#include "workflows/SyncOverview.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

QString shortDate(const QString& iso)
{
    return displayDate(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime().date());
}

} // namespace

SyncPage::SyncPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_keys(new KeysPanel(db, this))
    , m_sitesLabel(new QLabel(this))
    , m_sites(new QTableWidget(0, 6, this))
    , m_bundlesLabel(new QLabel(this))
    , m_bundles(new QTableWidget(0, 6, this))
    , m_message(new MessageLabel(this))
    , m_closeMonth(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
{
    m_closeMonth->setObjectName(QStringLiteral("closeMonth"));
    m_closeMonth->setVisible(!m_db.site().isMinistry && !m_db.site().institutionId.isEmpty());
    m_sites->setObjectName(QStringLiteral("trustedSites"));
    m_bundles->setObjectName(QStringLiteral("bundleLog"));
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_import->setObjectName(QStringLiteral("importBundles"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QTableWidget* table : { m_sites, m_bundles }) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setColumnWidth(0, 220);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_closeMonth);
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_keys);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_sitesLabel);
    layout->addWidget(m_sites, 1);
    layout->addWidget(m_bundlesLabel);
    layout->addWidget(m_bundles, 1);
    new EmptyState(m_bundles);
    m_sites->setColumnWidth(2, 340); // the whole fingerprint, to compare it
    m_sites->setColumnWidth(3, 200);
    connect(m_export, &QPushButton::clicked, this, &SyncPage::askAndExport);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::askAndImport);
    connect(m_keys, &KeysPanel::changed, this, &SyncPage::refresh);
    connect(m_closeMonth, &QPushButton::clicked, this, [this] {
        MonthCloseDialog dialog(m_db, this);
        dialog.exec();
        refresh();
    });
    retranslate();
    refresh();
}

void SyncPage::refresh()
{
    m_keys->refresh();
    const Result<PublicKeys> keys = KeyStore(m_db).publicKeys();
    m_export->setEnabled(keys.ok());
    m_import->setEnabled(keys.ok());
    m_closeMonth->setEnabled(keys.ok());

    const Result<QList<SiteSyncStatus>> sites = SyncOverview::sites(m_db);
    m_sites->setRowCount(0);
    for (const SiteSyncStatus& status : sites ? *sites : QList<SiteSyncStatus>()) {
        const TrustedSite& site = status.site;
        const int row = m_sites->rowCount();
        m_sites->insertRow(row);
        setRow(m_sites, row,
               { site.name + (site.revoked ? tr(" (key revoked)") : QString()),
                 site.role == QLatin1String("ministry") ? tr("ministry", "role of a database")
                                                        : tr("site", "role of a database"),
                 KeyStore::fingerprint(site.keys.sign),
                 status.lastBundle == 0
                     ? tr("nothing received yet")
                     : tr("bundle %1 on %2").arg(status.lastBundle).arg(shortDate(status.lastReceivedAt)),
                 status.missing.isEmpty() ? QString() : tr("missing: %1").arg(describeRanges(status.missing)),
                 displayMonth(status.lastApprovedMonth) });
    }

    const Result<QList<BundleLogLine>> log = recentBundles(m_db, 200);
    m_bundles->setRowCount(0);
    for (const BundleLogLine& line : log ? *log : QList<BundleLogLine>()) {
        const int row = m_bundles->rowCount();
        m_bundles->insertRow(row);
        setRow(m_bundles, row,
               { line.peerName,
                 line.received ? tr("received", "bundle direction") : tr("sent", "bundle direction"),
                 displayDigits(QString::number(line.sequence)), displayDigits(QString::number(line.records)),
                 shortDate(line.at),
                 line.received ? QString() : (line.acknowledged ? tr("acknowledged") : tr("not yet")) });
    }
}

bool SyncPage::exportBundle(const QString& path, const QString& recipientSite, const QByteArray& passphrase)
{
    const Result<UnlockedKeys> keys = KeyStore(m_db).unlock(passphrase);
    if (!keys) {
        showMessage(keys.error().message, true);
        return false;
    }
    const Result<ExportReport> report = BundleExchange(m_db).exportTo(path, recipientSite, *keys);
    if (!report) {
        showMessage(report.error().whatToFix(), true);
        return false;
    }
    showMessage(
        tr("Bundle %1 written to %2: %n records.", nullptr, static_cast<int>(report->manifest.records))
            .arg(report->manifest.sequence)
            .arg(isolateLtr(QDir::toNativeSeparators(path))),
        false);
    refresh();
    return true;
}

void SyncPage::askAndExport()
{
    QString recipient;
    if (m_db.site().isMinistry) {
        const Result<QList<TrustedSite>> sites = TrustStore(m_db).list();
        QStringList names;
        for (const TrustedSite& site : sites ? *sites : QList<TrustedSite>()) {
            names << site.name;
        }
        if (names.isEmpty()) {
            showMessage(tr("No site is enrolled yet."), true);
            return;
        }
        bool ok = false;
        const QString chosen
            = QInputDialog::getItem(this, tr("Acknowledge a site"), tr("Site:"), names, 0, false, &ok);
        if (!ok) {
            return;
        }
        recipient = sites->at(names.indexOf(chosen)).siteId;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the bundle"), QDir::homePath(),
                                                      isolatedFilters(tr("Riaya bundles (*.bundle)")));
    if (path.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("Passphrase"), tr("The passphrase of this site's keys:"), QLineEdit::Password, {}, &ok);
    if (ok) {
        exportBundle(path, recipient, passphrase.toUtf8());
    }
}

void SyncPage::askAndImport()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Import bundles"), QDir::homePath(),
                                        isolatedFilters(tr("Riaya bundles (*.bundle);;All files (*)")));
    if (paths.isEmpty()) {
        return;
    }
    ImportDialog dialog(m_db, paths, this);
    dialog.exec();
    showMessage(dialog.message(), false);
    refresh();
}

void SyncPage::showMessage(const QString& text, bool problem)
{
    m_message->showMessage(text, problem ? MessageLabel::Tone::Error : MessageLabel::Tone::Plain);
}

void SyncPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    m_title->setText(tr("Sync"));
    m_sitesLabel->setText(tr("Trusted sites and what was received from each"));
    m_bundlesLabel->setText(tr("Bundles sent and received"));
    m_sites->setHorizontalHeaderLabels({ tr("Site"), tr("Role"), tr("Key fingerprint"),
                                         tr("Last bundle received"), tr("Gaps"), tr("Last month approved") });
    m_bundles->setHorizontalHeaderLabels(
        { tr("Site"), tr("Direction"), tr("Number"), tr("Records"), tr("Date"), tr("Acknowledged") });
    m_closeMonth->setText(tr("&Close the month…"));
    m_export->setText(m_db.site().isMinistry ? tr("&Acknowledge a site…")
                                             : tr("&Export a bundle for the ministry…"));
    m_import->setText(tr("&Import bundles…"));
    EmptyState::of(m_bundles)->setText(
        m_db.site().isMinistry
            ? tr("No bundle received yet. Import the bundles the houses send with “Import bundles…”.")
            : tr("No bundle sent or received yet. Send this house's records with “Export a bundle for the "
                 "ministry…”."));
}

} // namespace riaya
