#pragma once

#include "common/Result.h"

#include <QDate>

namespace riaya {

struct Incident;
struct Institution;
struct Resident;
struct SchoolResult;

// Field-specific, translated problems; an empty list means the record may be saved.
// Field names are the stored column names, so forms and the command line can point at them.
QList<FieldIssue> validateResident(const Resident& resident, const QDate& today = QDate::currentDate());
QList<FieldIssue> validateInstitution(const Institution& institution);
// The checks that need no other record; the stores add those that do (that the resident or
// institution exists).
QList<FieldIssue> validateSchoolResult(const SchoolResult& result, const QDate& today = QDate::currentDate());
QList<FieldIssue> validateIncident(const Incident& incident, const QDate& today = QDate::currentDate());

// The oldest age at which a person is still plausibly a resident of a house or home.
constexpr int kMaxResidentAge = 30;

} // namespace riaya
