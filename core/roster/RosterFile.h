#pragma once

#include "ColumnMapping.h"

namespace riaya {

class Database;

// A roster file opened for import: its reader, what was found out about it, its first rows
// (for the header and the preview), and the mapping of its columns as guessed from the
// headers, or as the person made it last time for a file of the same shape.
struct RosterFile
{
    std::unique_ptr<SheetReader> reader;
    SheetFileInfo info;
    QList<SheetRow> firstRows;
    ColumnMapping mapping;
    bool mappingRemembered = false;
    qint64 unreadableCharacters = 0; // in the first rows, for a text file read in the wrong encoding
};

Result<RosterFile> openRosterFile(Database& db, RosterKind kind, const QString& path,
                                  const SheetOptions& options = {});

} // namespace riaya
