#include "ChildIdentity.h"

#include "residents/Resident.h"
#include "text/TextFolding.h"

namespace riaya {

ChildIdentity ChildIdentity::of(const Resident& r)
{
    ChildIdentity identity { r.massarCode.trimmed().toUpper(), r.nationalId.trimmed().toUpper(), {} };
    if (r.birthDate.isValid()) {
        const QString born = r.birthDate.toString(Qt::ISODate);
        for (const auto& [given, family] :
             { std::pair { r.firstName, r.lastName }, std::pair { r.firstNameLatin, r.lastNameLatin } }) {
            const QString first = foldForSearch(given);
            const QString last = foldForSearch(family);
            if (!first.isEmpty() && !last.isEmpty()) {
                identity.nameKeys.append(first + QLatin1Char('|') + last + QLatin1Char('|') + born);
            }
        }
    }
    return identity;
}

bool ChildIdentity::contradicts(const ChildIdentity& other) const
{
    const auto differ
        = [](const QString& a, const QString& b) { return !a.isEmpty() && !b.isEmpty() && a != b; };
    return differ(massarCode, other.massarCode) || differ(nationalId, other.nationalId);
}

void IdentityIndex::add(const ChildIdentity& identity, const QString& value)
{
    if (!identity.massarCode.isEmpty()) {
        m_byIdentifier.insert(QStringLiteral("massar:") + identity.massarCode, value);
    }
    if (!identity.nationalId.isEmpty()) {
        m_byIdentifier.insert(QStringLiteral("cin:") + identity.nationalId, value);
    }
    for (const QString& key : identity.nameKeys) {
        m_byNames.insert(key, { value, identity.massarCode, identity.nationalId });
    }
}

QString IdentityIndex::find(const ChildIdentity& identity) const
{
    if (!identity.massarCode.isEmpty()) {
        if (const QString value = m_byIdentifier.value(QStringLiteral("massar:") + identity.massarCode);
            !value.isEmpty()) {
            return value;
        }
    }
    if (!identity.nationalId.isEmpty()) {
        if (const QString value = m_byIdentifier.value(QStringLiteral("cin:") + identity.nationalId);
            !value.isEmpty()) {
            return value;
        }
    }
    for (const QString& key : identity.nameKeys) {
        const auto it = m_byNames.constFind(key);
        if (it != m_byNames.constEnd() && !identity.contradicts({ it->massarCode, it->nationalId, {} })) {
            return it->value;
        }
    }
    return {};
}

} // namespace riaya
