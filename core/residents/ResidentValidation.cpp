#include "ResidentValidation.h"

#include "Resident.h"
#include "common/Validation.h"

namespace riaya {

QList<FieldIssue> validateResident(const Resident& r, const QDate& today)
{
    Validation v;
    v.require(QStringLiteral("first_name"), r.firstName, Validation::tr("The first name is required."));
    v.require(QStringLiteral("last_name"), r.lastName, Validation::tr("The family name is required."));
    for (const auto& [field, value] : { std::pair { "first_name", &r.firstName },
                                        { "last_name", &r.lastName },
                                        { "first_name_latin", &r.firstNameLatin },
                                        { "last_name_latin", &r.lastNameLatin },
                                        { "father_name", &r.fatherName },
                                        { "mother_name", &r.motherName },
                                        { "guardian_name", &r.guardianName } }) {
        v.maxLength(QLatin1String(field), *value, 100);
    }
    v.latinOnly(QStringLiteral("first_name_latin"), r.firstNameLatin);
    v.latinOnly(QStringLiteral("last_name_latin"), r.lastNameLatin);
    if (r.sex != QLatin1String("F") && r.sex != QLatin1String("M")) {
        v.issues.append({ QStringLiteral("sex"), Validation::tr("Choose female (F) or male (M).") });
    }
    if (!r.birthDate.isValid()) {
        v.issues.append(
            { QStringLiteral("birth_date"), Validation::tr("The birth date is required (YYYY-MM-DD).") });
    } else if (r.birthDate > today) {
        v.issues.append(
            { QStringLiteral("birth_date"), Validation::tr("The birth date cannot be in the future.") });
    } else if (r.birthDate < today.addYears(-kMaxResidentAge)) {
        v.issues.append(
            { QStringLiteral("birth_date"),
              Validation::tr("The birth date makes the resident older than %n years; check the year.",
                             nullptr, kMaxResidentAge) });
    }
    static const QRegularExpression massar(QStringLiteral("^[A-Za-z][0-9]{9}$"));
    v.pattern(QStringLiteral("massar_code"), r.massarCode, massar,
              Validation::tr("A Massar code is one letter followed by nine digits, for example G123456789."));
    static const QRegularExpression nationalId(QStringLiteral("^[A-Za-z0-9]{5,20}$"));
    v.pattern(QStringLiteral("national_id"), r.nationalId, nationalId,
              Validation::tr("A national identifier has 5 to 20 letters and digits, without spaces."));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 .-]{5,18}[0-9]$"));
    v.pattern(QStringLiteral("guardian_phone"), r.guardianPhone, phone,
              Validation::tr("A phone number has 7 to 20 digits, optionally starting with +."));
    if (!r.schoolLevel.isEmpty() && !schoolLevels().contains(r.schoolLevel)) {
        v.issues.append({ QStringLiteral("school_level"),
                          Validation::tr("Unknown school level “%1”; use one of %2.")
                              .arg(r.schoolLevel, schoolLevels().join(QStringLiteral(", "))) });
    }
    v.maxLength(QStringLiteral("health_notes"), r.healthNotes, 4000);
    return v.issues;
}

} // namespace riaya
