#include "Stay.h"

#include "common/FieldConversion.h"

namespace riaya {

Stay Stay::fromFields(const QVariantMap& f)
{
    Stay s;
    s.id = f.value(QStringLiteral("id")).toString();
    s.residentId = f.value(QStringLiteral("resident_id")).toString();
    s.institutionId = f.value(QStringLiteral("institution_id")).toString();
    s.admittedOn = isoDate(f.value(QStringLiteral("admitted_on")));
    s.admissionReason = f.value(QStringLiteral("admission_reason")).toString();
    s.exitedOn = isoDate(f.value(QStringLiteral("exited_on")));
    s.exitKind = f.value(QStringLiteral("exit_kind")).toString();
    s.exitReason = f.value(QStringLiteral("exit_reason")).toString();
    return s;
}

} // namespace riaya
