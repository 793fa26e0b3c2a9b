#pragma once

#include "RosterTarget.h"

#include <QHash>

namespace riaya {

// The ministry's list of institutions: each row an institution, with its region, province,
// type, capacity and licence. One already registered, by licence number or by name, is
// updated with what the file adds, or skipped.
class InstitutionRoster : public RosterTarget
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRoster)

public:
    InstitutionRoster(Database& db, const ColumnMapping& mapping, const QDate& today);

    Status prepare() override;
    QList<RowVerdict> take(const SheetRow& row) override;
    Status write(const RowVerdict& verdict, const QString& source) override;

private:
    void compareWithStored(RowVerdict& verdict, const QString& id);

    Database& m_db;
    const ColumnMapping& m_mapping;
    QDate m_today;
    QHash<QString, QString> m_existing; // identity key -> institution id
    QHash<QString, int> m_inFile; // identity key -> the row that had it first
};

} // namespace riaya
