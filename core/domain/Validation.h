#pragma once

#include "common/Result.h"

#include <QDate>

namespace riaya {

struct Institution;
struct Resident;

// Field-specific, translated problems; an empty list means the record may be saved.
// Field names are the stored column names, so forms and the command line can point at them.
QList<FieldIssue> validateResident(const Resident& resident, const QDate& today = QDate::currentDate());
QList<FieldIssue> validateInstitution(const Institution& institution);

// The oldest age at which a person is still plausibly a resident of a house or home.
constexpr int kMaxResidentAge = 30;

} // namespace riaya
