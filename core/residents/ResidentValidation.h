#pragma once

#include "common/Result.h"

#include <QDate>

namespace riaya {

struct Resident;

// A resident's own fields (see common/Validation.h for the convention).
QList<FieldIssue> validateResident(const Resident& resident, const QDate& today = QDate::currentDate());

// The oldest age at which a person is still plausibly a resident of a house or home.
constexpr int kMaxResidentAge = 30;

} // namespace riaya
