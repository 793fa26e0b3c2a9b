#pragma once

#include "ColumnMapping.h"
#include "RosterProblem.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace riaya {

// The institutions a roster may name, by id and by folded name (either script).
class InstitutionNames
{
public:
    void add(const QString& id, const QString& name, const QString& nameLatin);
    // The id of the institution the text names; empty when none or when two share the name.
    QString find(const QString& text) const;

private:
    QHash<QString, QString> m_byKey;
};

// One row of a roster file read field by field as its mapping says, each cell read as its
// field's type wants (roster/CellValues); what cannot be read is noted as a problem of the
// row, with the cell as it was, and read as empty.
class RowValues
{
    Q_DECLARE_TR_FUNCTIONS(RowValues)

public:
    RowValues(const ColumnMapping& mapping, const SheetRow& row, const QDate& today,
              const InstitutionNames* institutions = nullptr);

    int rowNumber() const { return m_row.number; }
    const QStringList& cells() const { return m_row.cells; }
    // The cell of a field as in the file, trimmed; empty when no column fills the field.
    QString raw(const QString& field) const;
    bool isEmpty(const QString& field) const { return raw(field).isEmpty(); }

    QString text(const QString& field);
    QString name(const QString& field);
    QDate date(const QString& field);
    QString sex(const QString& field);
    QString schoolLevel(const QString& field);
    QString institutionKind(const QString& field);
    QString institution(const QString& field);
    std::optional<int> integer(const QString& field);
    std::optional<bool> yesNo(const QString& field);

    // A name cell holding both scripts ("محمد Mohamed"): the Arabic part, and the Latin part
    // when the Latin field has no column of its own or is empty in this row.
    void splitNames(const QString& arabicField, const QString& latinField, QString& arabic, QString& latin);

    void addProblem(ProblemKind kind, const QString& field, const QString& message);
    const QList<RowProblem>& problems() const { return m_problems; }
    bool hasProblemWith(const QString& field) const;

private:
    bool checkRequired(const QString& field);
    void cannotRead(ProblemKind kind, const QString& field, const QString& message);

    const ColumnMapping& m_mapping;
    const SheetRow& m_row;
    QDate m_today;
    const InstitutionNames* m_institutions;
    QList<RowProblem> m_problems;
};

} // namespace riaya
