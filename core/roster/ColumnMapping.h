#pragma once

#include "RosterFields.h"
#include "common/Result.h"
#include "sheets/SheetReader.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace riaya {

// Which column of a roster file fills which field: found from the headers, corrected by the
// person, remembered for the next file of the same shape (roster/MappingMemory), or read from
// a mapping file given on the command line.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    // The header row is the one among the first rows whose cells name the most fields (a title
    // or a ministry's letterhead may stand above it), or two rows read as one when that names
    // more (a cell merged over columns above the words that tell them apart); each field goes
    // to the column whose header names it best: the same words first, then a header holding
    // the words.
    static ColumnMapping guess(RosterKind kind, const QList<SheetRow>& firstRows);

    RosterKind kind() const { return m_kind; }
    int headerRow() const { return m_headerRow; }
    const QStringList& headers() const { return m_headers; }
    // The field a column fills, empty when it is left out.
    QString fieldOf(int column) const { return m_fields.value(column); }
    int columnOf(const QString& field) const { return m_fields.indexOf(field); }
    // A field goes to one column at most: giving it to a column takes it from any other.
    void setField(int column, const QString& field);

    // The required fields no column fills.
    QStringList missingRequired() const;
    // The file's shape, as remembered: its kind and its headers, folded.
    QString shape() const;

    // {"header as in the file": "field"}, fields only (columns left out are not written).
    QJsonObject toJson() const;
    // Applies a mapping file (or a remembered one) to these headers: a header the file does
    // not have, or a field this kind does not know, is refused, with the name.
    Status apply(const QJsonObject& mapping);

private:
    RosterKind m_kind = RosterKind::Residents;
    int m_headerRow = 0;
    QStringList m_headers;
    QStringList m_fields;
};

// How many rows guess() looks at for the header.
constexpr int kHeaderSearchRows = 10;

} // namespace riaya
