#pragma once

#include "common/Result.h"

#include <QDate>

namespace riaya {

struct Institution;

// An institution's own fields (see common/Validation.h for the convention).
QList<FieldIssue> validateInstitution(const Institution& institution);

} // namespace riaya
