#include "Validation.h"

#include "Incident.h"
#include "Institution.h"
#include "Resident.h"
#include "SchoolResult.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace riaya {
namespace {

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    QList<FieldIssue> issues;

    void require(const QString& field, const QString& value, const QString& message)
    {
        if (value.trimmed().isEmpty()) {
            issues.append({ field, message });
        }
    }
    void maxLength(const QString& field, const QString& value, int length)
    {
        if (value.trimmed().size() > length) {
            issues.append({ field, tr("At most %n characters.", nullptr, length) });
        }
    }
    void latinOnly(const QString& field, const QString& value)
    {
        static const QRegularExpression latin(QStringLiteral("^[\\p{Latin}\\s'’.-]*$"));
        if (!latin.match(value.trimmed()).hasMatch()) {
            issues.append(
                { field, tr("Use Latin letters in this field (the Arabic spelling has its own field).") });
        }
    }
    void pattern(const QString& field, const QString& value, const QRegularExpression& re,
                 const QString& message)
    {
        if (!value.trimmed().isEmpty() && !re.match(value.trimmed()).hasMatch()) {
            issues.append({ field, message });
        }
    }
};

} // namespace

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
    if (i.capacity < 1 || i.capacity > 5000) {
        v.issues.append({ QStringLiteral("capacity"),
                          Validation::tr("The capacity is a number of beds from 1 to 5000.") });
    }
    return v.issues;
}

QList<FieldIssue> validateSchoolResult(const SchoolResult& r, const QDate& today)
{
    Validation v;
    static const QRegularExpression years(QStringLiteral("^([0-9]{4})-([0-9]{4})$"));
    const QRegularExpressionMatch match = years.match(r.schoolYear.trimmed());
    const int first = match.captured(1).toInt();
    if (!match.hasMatch()) {
        v.issues.append({ QStringLiteral("school_year"),
                          Validation::tr("Write the school year as two years, for example 2025-2026.") });
    } else if (match.captured(2).toInt() != first + 1) {
        v.issues.append(
            { QStringLiteral("school_year"),
              Validation::tr("A school year spans two consecutive years, for example 2025-2026.") });
    } else if (first > today.year()) {
        v.issues.append(
            { QStringLiteral("school_year"),
              Validation::tr("The school year %1 has not started yet.").arg(r.schoolYear.trimmed()) });
    } else if (first < 2000) {
        v.issues.append({ QStringLiteral("school_year"),
                          Validation::tr("The school year starts before 2000; check the year.") });
    }
    if (r.term < 1 || r.term > 3) {
        v.issues.append({ QStringLiteral("term"), Validation::tr("The term is 1, 2 or 3.") });
    }
    if (r.average && (std::isnan(*r.average) || *r.average < 0.0 || *r.average > 20.0)) {
        v.issues.append(
            { QStringLiteral("average"), Validation::tr("An average is out of 20: from 0 to 20.") });
    }
    if (!r.decision.isEmpty() && !schoolDecisions().contains(r.decision)) {
        v.issues.append({ QStringLiteral("decision"),
                          Validation::tr("Unknown decision “%1”; use one of %2.")
                              .arg(r.decision, schoolDecisions().join(QStringLiteral(", "))) });
    }
    return v.issues;
}

QList<FieldIssue> validateIncident(const Incident& i, const QDate& today)
{
    Validation v;
    if (!i.occurredOn.isValid()) {
        v.issues.append({ QStringLiteral("occurred_on"),
                          Validation::tr("The date of the incident is required (YYYY-MM-DD).") });
    } else if (i.occurredOn > today) {
        v.issues.append({ QStringLiteral("occurred_on"),
                          Validation::tr("The date of the incident cannot be in the future.") });
    } else if (i.occurredOn < QDate(2000, 1, 1)) {
        v.issues.append({ QStringLiteral("occurred_on"),
                          Validation::tr("The date of the incident is before 2000; check the year.") });
    }
    if (!incidentKinds().contains(i.kind)) {
        v.issues.append({ QStringLiteral("kind"),
                          Validation::tr("Unknown kind of incident “%1”; use one of %2.")
                              .arg(i.kind, incidentKinds().join(QStringLiteral(", "))) });
    }
    v.require(QStringLiteral("description"), i.description, Validation::tr("Describe what happened."));
    v.maxLength(QStringLiteral("description"), i.description, 4000);
    v.maxLength(QStringLiteral("action_taken"), i.actionTaken, 4000);
    v.maxLength(QStringLiteral("reported_to"), i.reportedTo, 200);
    return v.issues;
}

} // namespace riaya
