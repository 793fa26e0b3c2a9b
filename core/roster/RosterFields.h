#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace riaya {

// What a roster file holds, one kind per import.
enum class RosterKind
{
    Residents, // with their admission into an institution
    Institutions, // at the ministry
    Families // foster families, one row per member of the household
};

// As named on the command line and in remembered mappings: residents, institutions, families,
// which are also the names of the tables each fills.
QString rosterKindName(RosterKind kind);

// How a cell is read for a field (roster/CellValues).
enum class CellType
{
    Text,
    Name, // tatweel, diacritics and doubled spaces removed
    Date,
    Sex,
    SchoolLevel,
    Integer,
    YesNo,
    InstitutionKind,
    Institution // an institution of this database, by its name or its id
};

// A field a column can be matched to.
struct RosterField
{
    QString key; // the stored column, or a roster-only name (admitted_on, member_name...)
    CellType type = CellType::Text;
    bool required = false;
    // What people write at the head of such a column, in Arabic, French and English; compared
    // folded (core/text/TextFolding), so hamza forms, case and accents do not matter. The first
    // three are the template's headers in Arabic, French and English.
    QStringList headers;
};

const QList<RosterField>& rosterFields(RosterKind kind);
const RosterField* findRosterField(RosterKind kind, const QString& key);
// The field's name in the user's language, as the wizard, the template and messages show it.
QString rosterFieldLabel(RosterKind kind, const QString& key);
// The header of the field's column in a template (ar, fr or en; English for another language).
QString rosterTemplateHeader(const RosterField& field, const QString& language);

} // namespace riaya
