#pragma once

#include "common/Result.h"

#include <QMap>
#include <QString>

namespace riaya {

class Database;

// What the ministry relays to a site besides reference data (docs/sharing.md, "The ministry
// relays"): the records others wrote that concern it, and not yet acknowledged by it. A
// child's file when a transfer is asked of it or it was given access (whole, the first time,
// wherever the changes are in the change log), its children's files as grantees or the
// ministry changed them, inspections and actions of its institutions (or of those it
// inspects), requests it made or must decide, grants to it. Never what the site itself sent.
class Relay
{
public:
    // Changes (from, to] of the ministry's change log, for the site `site`.
    Relay(Database& db, QString site, qint64 fromChange, qint64 toChange);
    ~Relay();
    Relay(const Relay&) = delete;
    Relay& operator=(const Relay&) = delete;

    // Finds the records (in a temporary table); then how many of each kind.
    Result<QMap<QString, qint64>> collect();
    // The query of the records of one kind, in id order.
    QString rowsSql(const QString& table) const;

private:
    Status run(const QString& sql);

    Database& m_db;
    QString m_site;
    qint64 m_from;
    qint64 m_to;
};

} // namespace riaya
