#pragma once

#include "SiteRequest.h"
#include "common/Result.h"
#include "institutions/Institution.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;
enum class Permission;

// Requests between sites (docs/sharing.md), each written by the site that makes it and
// decided by the site it is addressed to; the ministry relays both ways. Ownership of a
// child's file moves only through an accepted transfer.
class RequestStore
{
    Q_DECLARE_TR_FUNCTIONS(RequestStore)

public:
    explicit RequestStore(Database& db)
        : m_db(db)
    { }

    // At the house that holds the child: asks the house that runs `toInstitutionId` to take
    // the file on `on` (the day the child moves).
    Result<QString> requestTransfer(const QString& residentId, const QString& toInstitutionId,
                                    const QString& reason, const QDate& on);
    // At a regional office: asks the house that holds the child for access to place it. The
    // file is not here before that: the house is named by the institution it runs.
    Result<QString> requestPlacementAccess(const QString& residentId, const QString& houseInstitutionId,
                                           const QString& reason);
    // At a house: proposes to the ministry new details for an institution it runs (only the
    // fields that differ from what is stored travel).
    Result<QString> proposeInstitutionChange(const Institution& changed, const QString& reason);
    // At the site asked. A transfer moves the file here: the stay there ends on the day of the
    // transfer and one here begins (in `institutionId`, or the one the request names). An
    // access grants placements and visits for the child until `until` (empty: no end).
    Status accept(const QString& id, const QString& note, const QString& institutionId = {},
                  const QDate& until = {});
    Status refuse(const QString& id, const QString& note);
    // At the site that asked, while nobody decided.
    Status cancel(const QString& id);

    Result<SiteRequest> get(const QString& id);
    enum class Which
    {
        Incoming, // asked of this site
        Outgoing, // made here
        All // every request (the ministry's view)
    };
    Result<QList<SiteRequest>> list(Which which, bool pendingOnly = false);

    // A site as people know it: the ministry or an enrolled site by name, else by the
    // institution it runs; its id when nothing here names it.
    static QString siteName(Database& db, const QString& siteId);

private:
    Result<SiteRequest> pending(const QString& id, bool mine);
    Status decide(const SiteRequest& request, const QString& state, const QString& note);
    static Permission decidedWith(const SiteRequest& request);

    Database& m_db;
};

} // namespace riaya
