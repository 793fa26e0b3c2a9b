#pragma once

#include "RosterFields.h"
#include "common/Result.h"

namespace riaya {

// An empty roster to fill in: one column per field, required fields first, headed in the
// language given (ar, fr, en) with words the import recognises in any language. XLSX when
// the path ends in .xlsx, CSV otherwise; written whole or not at all.
Status writeRosterTemplate(RosterKind kind, const QString& path, const QString& language);

} // namespace riaya
