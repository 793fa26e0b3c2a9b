#pragma once

#include "ChildIdentity.h"
#include "RosterTarget.h"
#include "RowValues.h"

#include <QHash>
#include <QSet>

namespace riaya {

class DuplicateCandidates;
class DuplicateFinder;

// A house's roster of children: each row a resident, admitted into the row's institution (the
// site's own when the file does not say) on the row's admission date (the day of the import
// when it does not say). A child already registered (roster/ChildIdentity) is updated with
// what the file adds, or skipped; a row that is probably a child already there is imported
// and queued for a person to decide, never merged.
class ResidentRoster : public RosterTarget
{
    Q_DECLARE_TR_FUNCTIONS(ResidentRoster)

public:
    ResidentRoster(Database& db, const ColumnMapping& mapping, const QDate& today);
    ~ResidentRoster() override;

    Status prepare() override;
    QList<RowVerdict> take(const SheetRow& row) override;
    Status write(const RowVerdict& verdict, const QString& source) override;

private:
    void compareWithStored(RowVerdict& verdict, const QString& id);

    Database& m_db;
    const ColumnMapping& m_mapping;
    QDate m_today;
    InstitutionNames m_institutions;
    IdentityIndex m_existing; // -> resident id
    IdentityIndex m_inFile; // -> the row that had the child first
    struct Places
    {
        QString name;
        int left = 0; // capacity less the residents present, less the file's rows admitted
    };
    QHash<QString, Places> m_places; // by institution id
    int m_registeredBefore = 0;
    QSet<QString> m_registeredHere; // by this import
    std::unique_ptr<DuplicateFinder> m_finder;
    std::unique_ptr<DuplicateCandidates> m_candidates;
};

} // namespace riaya
