#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>
#include <limits>
#include <memory>

namespace riaya {

class Database;
class SqlQuery;

// Who may write what (docs/sharing.md): one table of rules per kind of record, applied to
// every write a site makes on its own database and to every record a site's bundle brings to
// the ministry, because an enrolled site holds its own key and can sign anything.
//
// A record has one owner, who may write all of it. A child's file (the resident, stays,
// presence, school results) is owned by the site that holds it: the site that registered
// the child, or the last one an accepted transfer gave it to. Anything else is owned by the
// site that made it. Others write only what a rule or a grant allows: the house of an
// inspected institution the progress of its corrective actions; a grantee the kinds of child
// records and the fields its grant names, until its day; the addressee of a request its
// decision.
class WriteScope
{
    Q_DECLARE_TR_FUNCTIONS(WriteScope)

public:
    // `ministrySite` is the ministry's site id (this database's, at the ministry).
    // `ministryHoldsInstitutions`: institutions' details are the ministry's (at the ministry,
    // and at a site once it has sent them); before that a site sets its own.
    WriteScope(Database& db, QString ministrySite, bool ministryHoldsInstitutions = true);
    ~WriteScope();
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    static constexpr qint64 kNow = std::numeric_limits<qint64>::max();

    // The site that held a child's file when `version` was written; empty when the resident
    // is not known here.
    Result<QString> holderOf(const QString& residentId, qint64 version = kNow);
    // The site that owns a record as it is (or would be) stored.
    Result<QString> ownerOf(const QString& table, const QVariantMap& row);

    enum class Verdict
    {
        Allowed,
        Refused,
        Deferred // a request or grant about a record not known yet: checked at the end of its bundle
    };
    struct Decision
    {
        Verdict verdict = Verdict::Allowed;
        QString reason; // translated, naming the record, its kind and the rule
    };
    // Whether `writer` (a site, never the ministry) may turn `before` (empty: a new record)
    // into `after`, both whole rows with their stamps.
    Result<Decision> check(const QString& writer, const QString& table, const QVariantMap& before,
                           const QVariantMap& after);

    bool ministryHoldsInstitutions() const { return m_ministryHoldsInstitutions; }
    // What is remembered of holders and grants is stale once a request or grant changed.
    void forget();

private:
    struct Grant
    {
        QStringList kinds;
        QStringList fields;
    };
    Result<QList<Grant>> grantsTo(const QString& writer, const QString& subjectId, qint64 version);
    Result<QString> siteOfInstitution(const QString& institutionId);
    Result<QString> ownerOfParent(const QString& table, const QString& id, qint64 version);
    Result<Decision> checkParents(const QString& writer, const QString& table, const QVariantMap& before,
                                  const QVariantMap& after);
    Result<Decision> checkRequest(const QString& writer, const QVariantMap& before, const QVariantMap& after);
    Result<Decision> checkGrant(const QString& writer, const QVariantMap& after);
    SqlQuery& statement(const QString& sql);

    Database& m_db;
    QString m_ministry;
    bool m_ministryHoldsInstitutions;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
    // resident -> its origin and its accepted transfers (version, to site), oldest first
    struct Holders
    {
        QString origin;
        QList<std::pair<qint64, QString>> transfers;
    };
    QHash<QString, Holders> m_holders;
    QHash<QString, QString> m_institutionSites;
};

// The columns of a record that differ between two versions of it, stamps left out.
QStringList changedColumns(const QVariantMap& before, const QVariantMap& after);

} // namespace riaya
