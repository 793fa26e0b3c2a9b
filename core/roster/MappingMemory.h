#pragma once

#include "ColumnMapping.h"

namespace riaya {

class Database;

// The mappings people made, kept in this database (not sent in bundles: each site's files
// have their own shapes), so the next file with the same headers opens mapped as last time.
class MappingMemory
{
public:
    explicit MappingMemory(Database& db)
        : m_db(db)
    { }

    // Applies the mapping remembered for this file's shape; false when there is none (or it no
    // longer fits), and the mapping is left as it was.
    bool recall(ColumnMapping& mapping) const;
    bool remember(const ColumnMapping& mapping);

private:
    Database& m_db;
};

} // namespace riaya
