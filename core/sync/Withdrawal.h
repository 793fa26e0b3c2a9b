#pragma once

#include "common/Result.h"

namespace riaya {

class Database;

// What a site keeps of other sites' records (docs/sharing.md, "Withdrawal"). A child's file
// the ministry relayed here for a reason that no longer holds (a transfer asked of this site
// and refused or cancelled, an access that ended) is removed: no stale copy stays behind.
// A file this site held, or in which it has records of its own (a stay it had, a
// placement it made), stays as read-only history: only its holder writes it. Run after every
// import at a site and after every decision made here; removing is idempotent, so bundles
// arriving late or twice change nothing in the end.
Result<int> withdrawUnconcerned(Database& db);

} // namespace riaya
