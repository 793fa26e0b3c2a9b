#include "InstitutionValidation.h"

#include "Institution.h"
#include "common/Validation.h"

namespace riaya {

QList<FieldIssue> validateInstitution(const Institution& i)
{
    Validation v;
    v.require(QStringLiteral("name"), i.name, Validation::tr("The institution's name is required."));
    v.maxLength(QStringLiteral("name"), i.name, 200);
    if (!institutionKinds().contains(i.kind)) {
        v.issues.append({ QStringLiteral("kind"),
                          Validation::tr("Unknown kind of institution “%1”; use one of %2.")
                              .arg(i.kind, institutionKinds().join(QStringLiteral(", "))) });
    }
    if (!i.residentsSex.isEmpty() && i.residentsSex != QLatin1String("F")
        && i.residentsSex != QLatin1String("M")) {
        v.issues.append(
            { QStringLiteral("residents_sex"),
              Validation::tr("Whom the house receives is F (girls), M (boys) or empty (both).") });
    }
    if (i.capacity < 1 || i.capacity > 5000) {
        v.issues.append({ QStringLiteral("capacity"),
                          Validation::tr("The capacity is a number of beds from 1 to 5000.") });
    }
    return v.issues;
}

} // namespace riaya
