#pragma once

#include "sharing/GrantStore.h"
#include "sharing/SiteRequest.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace riaya {

class Database;
class EmptyState;
class MessageLabel;

// Requests between sites (docs/sharing.md): at a house, those asked of it, to accept or
// refuse, and those it made, to cancel while nobody decided; the grants it made and was
// given. At the ministry, which relays them, every request and grant read-only, and the
// assignment of institutions to inspectors' sites.
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPage(Database& db, QWidget* parent = nullptr);
    // Reads the requests and grants again: an import may have brought new ones.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showRequests(QTableWidget* table, const QList<SiteRequest>& requests);
    void showGrants();
    void updateButtons();
    // A copy of the request of the selected row (the lists are read again while a dialog is
    // open, at a language switch), or nothing, with a message, when none is selected.
    std::optional<SiteRequest> selectedRequest(QTableWidget* table, const QList<SiteRequest>& requests);
    void accept();
    void refuse();
    void cancel();
    void endGrant();
    void assignInspector();
    // Shows what an action did (or why it failed) and reads everything again.
    void report(const Status& done, const QString& success);

    Database& m_db;
    const bool m_atMinistry;
    QLabel* m_title;
    MessageLabel* m_message;
    QTabWidget* m_tabs;
    QLabel* m_incomingTitle;
    QTableWidget* m_incoming; // at the ministry: every request
    QPushButton* m_accept;
    QPushButton* m_refuse;
    QLabel* m_outgoingTitle;
    QTableWidget* m_outgoing;
    QPushButton* m_cancel;
    QTableWidget* m_grants;
    QPushButton* m_endGrant;
    QPushButton* m_assign;
    EmptyState* m_incomingEmpty;
    EmptyState* m_outgoingEmpty;
    EmptyState* m_grantsEmpty;
    QList<SiteRequest> m_incomingRequests;
    QList<SiteRequest> m_outgoingRequests;
    QList<SiteGrant> m_grantList;
};

} // namespace riaya
