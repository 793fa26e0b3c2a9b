#pragma once

#include "RosterTarget.h"
#include "families/Family.h"

#include <QHash>

namespace riaya {

// A social worker's register of foster families, one row per member of the household. Rows
// with the same family reference, or the same family name, phone and address, are one
// family; a row whose family cells are empty continues the family above it (as in a register
// where the family is written once, or in merged cells). A family already registered, by
// name and phone, is updated with what the file adds (new members too), or skipped; new
// families start at the enquiry stage on the day of the import.
class FamilyRoster : public RosterTarget
{
    Q_DECLARE_TR_FUNCTIONS(FamilyRoster)

public:
    FamilyRoster(Database& db, const ColumnMapping& mapping, const QDate& today);

    Status prepare() override;
    QList<RowVerdict> take(const SheetRow& row) override;
    QList<RowVerdict> finish() override;
    Status write(const RowVerdict& verdict, const QString& source) override;

private:
    struct Pending
    {
        RowVerdict verdict;
        Family family;
    };

    QString familyKey(const Family& family, const QString& reference) const;
    RowVerdict judge(Pending pending);

    Database& m_db;
    const ColumnMapping& m_mapping;
    QDate m_today;
    QHash<QString, QString> m_existing; // folded family name and phone -> family id
    QList<Pending> m_pending; // in file order
    QHash<QString, int> m_pendingIndex; // family key -> index in m_pending
};

} // namespace riaya
