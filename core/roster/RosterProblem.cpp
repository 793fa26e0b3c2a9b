#include "RosterProblem.h"

namespace riaya {
namespace {

struct KindNames
{
    const char* name;
    const char* label;
};

constexpr KindNames kKinds[] = {
    { "missing_value", QT_TRANSLATE_NOOP("RosterProblem", "Required value missing") },
    { "invalid_date", QT_TRANSLATE_NOOP("RosterProblem", "Date that cannot be read") },
    { "unknown_sex", QT_TRANSLATE_NOOP("RosterProblem", "Sex not recognised") },
    { "unknown_level", QT_TRANSLATE_NOOP("RosterProblem", "School level not recognised") },
    { "unknown_institution", QT_TRANSLATE_NOOP("RosterProblem", "Institution not found") },
    { "unknown_kind", QT_TRANSLATE_NOOP("RosterProblem", "Type of institution not recognised") },
    { "invalid_number", QT_TRANSLATE_NOOP("RosterProblem", "Number that cannot be read") },
    { "invalid_value", QT_TRANSLATE_NOOP("RosterProblem", "Value refused by the record's checks") },
    { "duplicate_in_file", QT_TRANSLATE_NOOP("RosterProblem", "Same record twice in the file") },
    { "not_saved", QT_TRANSLATE_NOOP("RosterProblem", "Refused when saved") },
};

} // namespace

QString problemKindLabel(ProblemKind kind)
{
    return QCoreApplication::translate("RosterProblem", kKinds[static_cast<int>(kind)].label);
}

QString problemKindName(ProblemKind kind)
{
    return QString::fromLatin1(kKinds[static_cast<int>(kind)].name);
}

} // namespace riaya
