#pragma once

#include "common/Result.h"

#include <QDate>

namespace riaya {

struct Incident;
struct SchoolResult;

// The checks that need no other record; the stores add those that do (that the resident or
// institution exists). See common/Validation.h for the convention.
QList<FieldIssue> validateSchoolResult(const SchoolResult& result, const QDate& today = QDate::currentDate());
QList<FieldIssue> validateIncident(const Incident& incident, const QDate& today = QDate::currentDate());

} // namespace riaya
