#pragma once

#include "sharing/SiteRequest.h"

#include <QString>

namespace riaya {

// A request in a few lines, above the form that decides it: what, about whom, from where,
// for which day, and why.
QString requestSummary(const SiteRequest& request);

} // namespace riaya
