#pragma once

#include "Institution.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

class InstitutionStore
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionStore)

public:
    explicit InstitutionStore(Database& db)
        : m_db(db)
    { }

    Result<QString> create(const Institution& institution);
    Status update(const Institution& institution);
    Result<Institution> get(const QString& id);
    // Which institutions a list holds, by the site that runs each (the site that created it:
    // a house its own, the ministry those it registered for sites without Riaya).
    enum class RunBy
    {
        Anyone,
        ThisSite,
        OtherSites // where a child can be transferred to
    };
    Result<QList<Institution>> list(RunBy runBy = RunBy::Anyone);
    // Residents currently present, to check against capacity.
    int presentCount(const QString& institutionId);

private:
    Database& m_db;
};

} // namespace riaya
