#include "InstitutionJson.h"

namespace riaya {

QJsonObject toJson(const Institution& institution)
{
    return { { QStringLiteral("id"), institution.id },
             { QStringLiteral("name"), institution.name },
             { QStringLiteral("name_latin"), institution.nameLatin },
             { QStringLiteral("kind"), institution.kind },
             { QStringLiteral("residents_sex"), institution.residentsSex },
             { QStringLiteral("capacity"), institution.capacity },
             { QStringLiteral("region"), institution.region } };
}

} // namespace riaya
