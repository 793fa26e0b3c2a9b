#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace riaya {

class Database;

struct SiteGrant
{
    QString id;
    QString subjectTable; // residents or institutions
    QString subjectId;
    QString subjectName;
    QString granteeSite;
    QString granteeName;
    QString grantedBy; // the site that made it
    QStringList kinds;
    QStringList fields;
    QDate until;
    QString reason;
    bool active = true;
};

// Access one site gives another to what it owns (docs/sharing.md): a house to a regional
// office for a child it places (made by accepting the office's request), the ministry to an
// inspector's laptop for the institutions it inspects. Ended by its maker, or by its day.
class GrantStore
{
    Q_DECLARE_TR_FUNCTIONS(GrantStore)

public:
    explicit GrantStore(Database& db)
        : m_db(db)
    { }

    // At the ministry: the inspector's site receives the institution, its inspections and
    // open actions, and may inspect it.
    Result<QString> assignInspector(const QString& siteId, const QString& institutionId,
                                    const QString& reason, const QDate& until = {});
    // By the site that made it: the grantee writes nothing more under it.
    Status end(const QString& id);
    // Made here and given to this site (every grant at the ministry).
    Result<QList<SiteGrant>> list();

private:
    Database& m_db;
};

// What an inspector's site may add to an institution it was assigned.
const QStringList& inspectionKinds();

} // namespace riaya
