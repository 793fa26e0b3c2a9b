#include "UserJson.h"

#include <QJsonArray>

namespace riaya {

QJsonObject toJson(const UserAccount& account)
{
    return { { QStringLiteral("username"), account.username },
             { QStringLiteral("full_name"), account.fullName },
             { QStringLiteral("roles"), QJsonArray::fromStringList(account.roles) },
             { QStringLiteral("disabled"), account.disabled } };
}

} // namespace riaya
