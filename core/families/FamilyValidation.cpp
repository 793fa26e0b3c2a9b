#include "FamilyValidation.h"

#include "Family.h"
#include "FamilyStore.h"

#include <QRegularExpression>

namespace riaya {

// The messages keep the store's translation context, where they were first written.
QList<FieldIssue> validateFamily(const Family& f, const QDate& today)
{
    QList<FieldIssue> found;
    const auto add = [&](const char* field, const QString& message) {
        found.append({ QLatin1String(field), message });
    };
    if (f.familyName.trimmed().isEmpty()) {
        add("family_name", FamilyStore::tr("The family name is required."));
    }
    const int thisYear = today.year();
    bool head = false;
    for (const FamilyMember& member : f.members) {
        head = head || (member.head && !member.name.trimmed().isEmpty());
        if (member.name.trimmed().isEmpty() || member.relationship.trimmed().isEmpty()) {
            add("members", FamilyStore::tr("Each member needs a name and a relationship."));
        }
        if (member.birthYear != 0 && (member.birthYear < thisYear - 110 || member.birthYear > thisYear)) {
            add("members",
                FamilyStore::tr("%1: the birth year %2 is not possible.")
                    .arg(member.name)
                    .arg(member.birthYear));
        }
    }
    if (!head) {
        add("members", FamilyStore::tr("Name at least one head of the family."));
    }
    if (f.capacity < 1 || f.capacity > 10) {
        add("capacity", FamilyStore::tr("A family receives from 1 to 10 children."));
    }
    if ((f.preferredAgeMin >= 0 && f.preferredAgeMin > kMaxChildAge) || f.preferredAgeMax > kMaxChildAge
        || (f.preferredAgeMin >= 0 && f.preferredAgeMax >= 0 && f.preferredAgeMin > f.preferredAgeMax)) {
        add("preferred_age_min",
            FamilyStore::tr("The preferred ages go from a lower to a higher age, up to %1.")
                .arg(kMaxChildAge));
    }
    if (!f.preferredSex.isEmpty() && f.preferredSex != QLatin1String("F")
        && f.preferredSex != QLatin1String("M")) {
        add("preferred_sex", FamilyStore::tr("The preferred sex is F or M, or none."));
    }
    if (!f.incomeBand.isEmpty() && !incomeBands().contains(f.incomeBand)) {
        add("income_band",
            FamilyStore::tr("The income band is one of: %1.").arg(incomeBands().join(QStringLiteral(", "))));
    }
    for (const QString& document : f.documents) {
        if (!familyDocuments().contains(document)) {
            add("documents",
                FamilyStore::tr("“%1” is not a document of the checklist (%2).")
                    .arg(document, familyDocuments().join(QStringLiteral(", "))));
        }
    }
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 .-]{6,20}$"));
    if (!f.phone.trimmed().isEmpty() && !phone.match(f.phone.trimmed()).hasMatch()) {
        add("phone",
            FamilyStore::tr("The phone number may hold digits, spaces, dots and dashes, and start with +."));
    }
    if (f.address.size() > kMaxFamilyText) {
        add("address", FamilyStore::tr("The address is longer than %1 characters.").arg(kMaxFamilyText));
    }
    return found;
}

} // namespace riaya
