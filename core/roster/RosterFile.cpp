#include "RosterFile.h"

#include "MappingMemory.h"

namespace riaya {

Result<RosterFile> openRosterFile(Database& db, RosterKind kind, const QString& path,
                                  const SheetOptions& options)
{
    RosterFile file;
    Result<std::unique_ptr<SheetReader>> reader = openSheet(path, options, &file.info);
    if (!reader) {
        return reader.error();
    }
    file.reader = std::move(*reader);
    while (file.firstRows.size() < kHeaderSearchRows + 5) {
        std::optional<SheetRow> row = file.reader->next();
        if (!row) {
            break;
        }
        file.firstRows.append(std::move(*row));
    }
    if (!file.reader->error().isEmpty()) {
        return Error::invalid(file.reader->error());
    }
    file.unreadableCharacters = file.reader->unreadableCharacters();
    file.mapping = ColumnMapping::guess(kind, file.firstRows);
    file.mappingRemembered = MappingMemory(db).recall(file.mapping);
    return file;
}

} // namespace riaya
