#include "RequestsPage.h"

#include "AcceptRequestDialog.h"
#include "AssignInspectorDialog.h"
#include "RefuseRequestDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "security/Access.h"
#include "sharing/RequestStore.h"
#include "sync/RecordKinds.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageLabel.h"
#include "widgets/RecordTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

constexpr int kRequestColumns = 7;
constexpr int kGrantColumns = 7;

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A decided request says what was answered, with the note of the site that decided.
QString stateText(const SiteRequest& request)
{
    const QString state = requestStateLabel(request.state);
    return request.decisionNote.isEmpty()
        ? state
        : RequestsPage::tr("%1: %2").arg(state, isolate(request.decisionNote));
}

QString grantKindsText(const SiteGrant& grant)
{
    QStringList kinds;
    for (const QString& kind : grant.kinds) {
        kinds << recordKindName(kind);
    }
    return kinds.join(RequestsPage::tr(", "));
}

} // namespace

RequestsPage::RequestsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_atMinistry(db.site().isMinistry)
    , m_title(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_incomingTitle(sectionTitle(this))
    , m_incoming(
          newRecordTable(kRequestColumns, this,
                         m_atMinistry ? QStringLiteral("allRequests") : QStringLiteral("incomingRequests")))
    , m_accept(new QPushButton(this))
    , m_refuse(new QPushButton(this))
    , m_outgoingTitle(sectionTitle(this))
    , m_outgoing(newRecordTable(kRequestColumns, this, QStringLiteral("outgoingRequests")))
    , m_cancel(new QPushButton(this))
    , m_grants(newRecordTable(kGrantColumns, this, QStringLiteral("grantList")))
    , m_endGrant(new QPushButton(this))
    , m_assign(new QPushButton(this))
    , m_incomingEmpty(new EmptyState(m_incoming))
    , m_outgoingEmpty(new EmptyState(m_outgoing))
    , m_grantsEmpty(new EmptyState(m_grants))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_message->setObjectName(QStringLiteral("requestsMessage"));
    m_tabs->setObjectName(QStringLiteral("requestsTabs"));
    m_accept->setObjectName(QStringLiteral("acceptRequest"));
    m_refuse->setObjectName(QStringLiteral("refuseRequest"));
    m_cancel->setObjectName(QStringLiteral("cancelRequest"));
    m_endGrant->setObjectName(QStringLiteral("endGrant"));
    m_assign->setObjectName(QStringLiteral("assignInspector"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* requests = new QWidget(m_tabs);
    auto* requestsLayout = new QVBoxLayout(requests);
    auto* incomingBar = new QHBoxLayout;
    incomingBar->addWidget(m_incomingTitle, 1);
    incomingBar->addWidget(m_accept);
    incomingBar->addWidget(m_refuse);
    requestsLayout->addLayout(incomingBar);
    requestsLayout->addWidget(m_incoming, 1);
    auto* outgoingBar = new QHBoxLayout;
    outgoingBar->addWidget(m_outgoingTitle, 1);
    outgoingBar->addWidget(m_cancel);
    requestsLayout->addLayout(outgoingBar);
    requestsLayout->addWidget(m_outgoing, 1);
    auto* grants = new QWidget(m_tabs);
    auto* grantsLayout = new QVBoxLayout(grants);
    auto* grantsBar = new QHBoxLayout;
    grantsBar->addStretch(1);
    grantsBar->addWidget(m_assign);
    grantsBar->addWidget(m_endGrant);
    grantsLayout->addLayout(grantsBar);
    grantsLayout->addWidget(m_grants, 1);
    m_tabs->addTab(requests, QString());
    m_tabs->addTab(grants, QString());

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    // The ministry relays requests; the sites decide them. It assigns inspectors.
    const bool decides = !m_atMinistry && Access::allows(m_db, Permission::EditResidents);
    for (QWidget* w : { static_cast<QWidget*>(m_accept), static_cast<QWidget*>(m_refuse),
                        static_cast<QWidget*>(m_cancel) }) {
        w->setVisible(decides);
    }
    m_outgoingTitle->setVisible(!m_atMinistry);
    m_outgoing->setVisible(!m_atMinistry);
    m_assign->setVisible(m_atMinistry && Access::allows(m_db, Permission::ManageInstitutions));
    m_endGrant->setVisible(
        Access::allows(m_db, m_atMinistry ? Permission::ManageInstitutions : Permission::EditResidents));

    connect(m_accept, &QPushButton::clicked, this, &RequestsPage::accept);
    connect(m_refuse, &QPushButton::clicked, this, &RequestsPage::refuse);
    connect(m_cancel, &QPushButton::clicked, this, &RequestsPage::cancel);
    connect(m_endGrant, &QPushButton::clicked, this, &RequestsPage::endGrant);
    connect(m_assign, &QPushButton::clicked, this, &RequestsPage::assignInspector);
    for (QTableWidget* table : { m_incoming, m_outgoing, m_grants }) {
        connect(table, &QTableWidget::currentCellChanged, this, &RequestsPage::updateButtons);
    }
    retranslate();
    refresh();
}

void RequestsPage::refresh()
{
    RequestStore store(m_db);
    const auto incoming = store.list(m_atMinistry ? RequestStore::Which::All : RequestStore::Which::Incoming);
    const auto outgoing = m_atMinistry ? Result<QList<SiteRequest>>(QList<SiteRequest>())
                                       : store.list(RequestStore::Which::Outgoing);
    const auto grants = GrantStore(m_db).list();
    for (const Error* failed :
         { incoming ? nullptr : &incoming.error(), outgoing ? nullptr : &outgoing.error(),
           grants ? nullptr : &grants.error() }) {
        if (failed) {
            m_message->showError(failed->describe());
        }
    }
    m_incomingRequests = incoming ? *incoming : QList<SiteRequest>();
    m_outgoingRequests = outgoing ? *outgoing : QList<SiteRequest>();
    m_grantList = grants ? *grants : QList<SiteGrant>();
    showRequests(m_incoming, m_incomingRequests);
    showRequests(m_outgoing, m_outgoingRequests);
    showGrants();
    updateButtons();
}

void RequestsPage::showRequests(QTableWidget* table, const QList<SiteRequest>& requests)
{
    table->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const SiteRequest& r = requests.at(row);
        fillRecordRow(table, row,
                      { requestKindLabel(r.kind), r.subjectName, r.fromName, r.toName,
                        r.effectiveOn.isValid() ? displayDate(r.effectiveOn) : QString(), r.reason,
                        stateText(r) },
                      r.state == QLatin1String("refused"));
    }
    table->resizeColumnsToContents();
}

void RequestsPage::showGrants()
{
    m_grants->setRowCount(int(m_grantList.size()));
    for (int row = 0; row < m_grantList.size(); ++row) {
        const SiteGrant& g = m_grantList.at(row);
        fillRecordRow(m_grants, row,
                      { g.subjectName, g.granteeName, RequestStore::siteName(m_db, g.grantedBy),
                        grantKindsText(g), g.until.isValid() ? displayDate(g.until) : tr("no end"), g.reason,
                        g.active ? tr("in force") : tr("ended") });
    }
    m_grants->resizeColumnsToContents();
}

void RequestsPage::updateButtons()
{
    const auto pendingAt = [](QTableWidget* table, const QList<SiteRequest>& requests) {
        const int row = table->currentRow();
        return row >= 0 && row < requests.size() && requests.at(row).isPending();
    };
    m_accept->setEnabled(pendingAt(m_incoming, m_incomingRequests));
    m_refuse->setEnabled(pendingAt(m_incoming, m_incomingRequests));
    m_cancel->setEnabled(pendingAt(m_outgoing, m_outgoingRequests));
    const int row = m_grants->currentRow();
    m_endGrant->setEnabled(row >= 0 && row < m_grantList.size() && m_grantList.at(row).active
                           && m_grantList.at(row).grantedBy == m_db.site().id);
}

std::optional<SiteRequest> RequestsPage::selectedRequest(QTableWidget* table,
                                                         const QList<SiteRequest>& requests)
{
    const int row = table->currentRow();
    if (row < 0 || row >= requests.size()) {
        m_message->showError(tr("Select a request first."));
        return std::nullopt;
    }
    return requests.at(row);
}

void RequestsPage::accept()
{
    const std::optional<SiteRequest> request = selectedRequest(m_incoming, m_incomingRequests);
    if (!request) {
        return;
    }
    AcceptRequestDialog dialog(m_db, *request, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(Status(),
               request->kind == QLatin1String("transfer")
                   ? tr("The transfer of %1 is accepted: the file is held here from now on.")
                         .arg(isolate(request->subjectName))
                   : tr("The request is accepted; the site that asked learns it with the next bundles."));
    } else {
        refresh(); // a decision made meanwhile at the command line shows
    }
}

void RequestsPage::refuse()
{
    const std::optional<SiteRequest> request = selectedRequest(m_incoming, m_incomingRequests);
    if (!request) {
        return;
    }
    RefuseRequestDialog dialog(m_db, *request, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(Status(), tr("The request is refused; the site that asked learns why with the next bundles."));
    } else {
        refresh();
    }
}

void RequestsPage::cancel()
{
    const std::optional<SiteRequest> request = selectedRequest(m_outgoing, m_outgoingRequests);
    if (!request) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Cancel the request"),
        tr("Cancel the request “%1” about %2? The site asked can no longer decide it.")
            .arg(requestKindLabel(request->kind), isolate(request->subjectName)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    report(RequestStore(m_db).cancel(request->id), tr("The request is cancelled."));
}

void RequestsPage::endGrant()
{
    const int row = m_grants->currentRow();
    if (row < 0 || row >= m_grantList.size()) {
        m_message->showError(tr("Select a grant first."));
        return;
    }
    const SiteGrant grant = m_grantList.at(row); // a copy: the list is read again meanwhile
    const auto answer = QMessageBox::question(
        this, tr("End the grant"),
        tr("End the access of %1 to %2? It writes nothing more under it once the next bundles arrive.")
            .arg(isolate(grant.granteeName), isolate(grant.subjectName)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    report(GrantStore(m_db).end(grant.id), tr("The grant is ended."));
}

void RequestsPage::assignInspector()
{
    AssignInspectorDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(Status(),
               tr("The institution is assigned; the inspector's site receives it with its next answer "
                  "bundle."));
    }
}

void RequestsPage::report(const Status& done, const QString& success)
{
    refresh();
    if (done) {
        m_message->showSuccess(success);
    } else {
        m_message->showError(done.error().describe());
    }
}

void RequestsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void RequestsPage::retranslate()
{
    m_title->setText(tr("Requests between sites"));
    m_tabs->setTabText(0, tr("Re&quests"));
    m_tabs->setTabText(1, tr("&Grants"));
    m_incomingTitle->setText(m_atMinistry
                                 ? tr("Every request, as the ministry relays it (the sites decide them)")
                                 : tr("Asked of this site"));
    m_outgoingTitle->setText(tr("Made here"));
    m_accept->setText(tr("&Accept…"));
    m_refuse->setText(tr("Re&fuse…"));
    m_cancel->setText(tr("Ca&ncel the request"));
    m_endGrant->setText(tr("&End the grant"));
    m_assign->setText(tr("Assign an &inspector…"));
    const QStringList requestHeaders {
        tr("Request"), tr("Child or institution"), tr("From"), tr("To"), tr("Day"), tr("Reason"), tr("State")
    };
    m_incoming->setHorizontalHeaderLabels(requestHeaders);
    m_outgoing->setHorizontalHeaderLabels(requestHeaders);
    m_grants->setHorizontalHeaderLabels({ tr("Child or institution"), tr("Given to"), tr("Given by"),
                                          tr("What"), tr("Until"), tr("Reason"), tr("State") });
    m_incomingEmpty->setText(m_atMinistry
                                 ? tr("No request between sites yet: they arrive with the sites' bundles.")
                                 : tr("No request asked of this site: they arrive with the ministry's "
                                      "bundles."));
    m_outgoingEmpty->setText(tr("No request made here. Ask for a transfer from the Residents screen."));
    m_grantsEmpty->setText(m_atMinistry
                               ? tr("No grant yet. Assign an inspector's site to an institution with "
                                    "Assign an inspector….")
                               : tr("No grant: a site gives one by accepting a request for access."));
}

} // namespace riaya
