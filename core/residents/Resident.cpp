#include "Resident.h"

#include "common/FieldConversion.h"
#include "common/Labels.h"

#include <QCoreApplication>
#include <QHash>

namespace riaya {

QVariantMap Resident::toFields() const
{
    return { { QStringLiteral("first_name"), firstName.trimmed() },
             { QStringLiteral("last_name"), lastName.trimmed() },
             { QStringLiteral("first_name_latin"), optionalText(firstNameLatin) },
             { QStringLiteral("last_name_latin"), optionalText(lastNameLatin) },
             { QStringLiteral("father_name"), optionalText(fatherName) },
             { QStringLiteral("mother_name"), optionalText(motherName) },
             { QStringLiteral("sex"), sex },
             { QStringLiteral("birth_date"), optionalDate(birthDate) },
             { QStringLiteral("birth_place"), optionalText(birthPlace) },
             { QStringLiteral("national_id"), optionalText(nationalId.toUpper()) },
             { QStringLiteral("massar_code"), optionalText(massarCode.toUpper()) },
             { QStringLiteral("guardian_name"), optionalText(guardianName) },
             { QStringLiteral("guardian_relation"), optionalText(guardianRelation) },
             { QStringLiteral("guardian_phone"), optionalText(guardianPhone) },
             { QStringLiteral("origin"), optionalText(origin) },
             { QStringLiteral("school_name"), optionalText(schoolName) },
             { QStringLiteral("school_level"), optionalText(schoolLevel) },
             { QStringLiteral("health_notes"), optionalText(healthNotes) } };
}

Resident Resident::fromFields(const QVariantMap& f)
{
    auto text = [&f](const char* key) { return f.value(QLatin1String(key)).toString(); };
    Resident r;
    r.id = text("id");
    r.firstName = text("first_name");
    r.lastName = text("last_name");
    r.firstNameLatin = text("first_name_latin");
    r.lastNameLatin = text("last_name_latin");
    r.fatherName = text("father_name");
    r.motherName = text("mother_name");
    r.sex = text("sex");
    r.birthDate = isoDate(f.value(QStringLiteral("birth_date")));
    r.birthPlace = text("birth_place");
    r.nationalId = text("national_id");
    r.massarCode = text("massar_code");
    r.guardianName = text("guardian_name");
    r.guardianRelation = text("guardian_relation");
    r.guardianPhone = text("guardian_phone");
    r.origin = text("origin");
    r.schoolName = text("school_name");
    r.schoolLevel = text("school_level");
    r.healthNotes = text("health_notes");
    r.status = text("status");
    r.institutionId = text("institution_id");
    return r;
}

QString Resident::displayName() const
{
    return QStringLiteral("%1 %2").arg(firstName, lastName);
}

QString residentFieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("first_name"), QT_TRANSLATE_NOOP("ResidentField", "First name (Arabic script)") },
        { QStringLiteral("last_name"), QT_TRANSLATE_NOOP("ResidentField", "Family name (Arabic script)") },
        { QStringLiteral("first_name_latin"),
          QT_TRANSLATE_NOOP("ResidentField", "First name (Latin script)") },
        { QStringLiteral("last_name_latin"),
          QT_TRANSLATE_NOOP("ResidentField", "Family name (Latin script)") },
        { QStringLiteral("father_name"), QT_TRANSLATE_NOOP("ResidentField", "Father's name") },
        { QStringLiteral("mother_name"), QT_TRANSLATE_NOOP("ResidentField", "Mother's name") },
        { QStringLiteral("sex"), QT_TRANSLATE_NOOP("ResidentField", "Sex (F or M)") },
        { QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("ResidentField", "Birth date (YYYY-MM-DD)") },
        { QStringLiteral("birth_place"), QT_TRANSLATE_NOOP("ResidentField", "Place of birth") },
        { QStringLiteral("national_id"), QT_TRANSLATE_NOOP("ResidentField", "National identity number") },
        { QStringLiteral("massar_code"), QT_TRANSLATE_NOOP("ResidentField", "Massar student code") },
        { QStringLiteral("guardian_name"), QT_TRANSLATE_NOOP("ResidentField", "Guardian's name") },
        { QStringLiteral("guardian_relation"),
          QT_TRANSLATE_NOOP("ResidentField", "Guardian's relation to the resident") },
        { QStringLiteral("guardian_phone"), QT_TRANSLATE_NOOP("ResidentField", "Guardian's phone number") },
        { QStringLiteral("origin"),
          QT_TRANSLATE_NOOP("ResidentField", "Place of origin (commune or douar)") },
        { QStringLiteral("school_name"), QT_TRANSLATE_NOOP("ResidentField", "School") },
        { QStringLiteral("school_level"), QT_TRANSLATE_NOOP("ResidentField", "School level") },
        { QStringLiteral("health_notes"), QT_TRANSLATE_NOOP("ResidentField", "Health notes") },
    };
    const char* label = labels.value(column);
    return label ? QCoreApplication::translate("ResidentField", label) : column;
}

QString residentSexLabel(const QString& sex)
{
    static const QStringList sexes { QStringLiteral("F"), QStringLiteral("M") };
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("ResidentSex", "Female"),
        QT_TRANSLATE_NOOP("ResidentSex", "Male"),
    };
    return translatedLabel(sexes, labels, "ResidentSex", sex);
}

const QStringList& residentStatuses()
{
    static const QStringList statuses { QStringLiteral("registered"), QStringLiteral("present"),
                                        QStringLiteral("left"), QStringLiteral("placed") };
    return statuses;
}

QString residentStatusLabel(const QString& status, const QString& sex)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("ResidentStatus", "Registered, not admitted"),
        QT_TRANSLATE_NOOP("ResidentStatus", "Present"),
        QT_TRANSLATE_NOOP("ResidentStatus", "Left"),
        QT_TRANSLATE_NOOP("ResidentStatus", "Placed in a family"),
    };
    static const SexedLabel female[] = {
        QT_TRANSLATE_NOOP3("ResidentStatus", "Registered, not admitted", "female"),
        QT_TRANSLATE_NOOP3("ResidentStatus", "Present", "female"),
        QT_TRANSLATE_NOOP3("ResidentStatus", "Left", "female"),
        QT_TRANSLATE_NOOP3("ResidentStatus", "Placed in a family", "female"),
    };
    static const SexedLabel male[] = {
        QT_TRANSLATE_NOOP3("ResidentStatus", "Registered, not admitted", "male"),
        QT_TRANSLATE_NOOP3("ResidentStatus", "Present", "male"),
        QT_TRANSLATE_NOOP3("ResidentStatus", "Left", "male"),
        QT_TRANSLATE_NOOP3("ResidentStatus", "Placed in a family", "male"),
    };
    const auto index = residentStatuses().indexOf(status);
    return index < 0 ? status : sexedLabel("ResidentStatus", labels[index], female[index], male[index], sex);
}

const QStringList& schoolLevels()
{
    static const QStringList levels { QStringLiteral("P1"),  QStringLiteral("P2"),  QStringLiteral("P3"),
                                      QStringLiteral("P4"),  QStringLiteral("P5"),  QStringLiteral("P6"),
                                      QStringLiteral("S1"),  QStringLiteral("S2"),  QStringLiteral("S3"),
                                      QStringLiteral("S4"),  QStringLiteral("S5"),  QStringLiteral("S6"),
                                      QStringLiteral("VOC"), QStringLiteral("NONE") };
    return levels;
}

QString schoolLevelLabel(const QString& level)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("SchoolLevel", "Primary, year 1"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Primary, year 2"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Primary, year 3"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Primary, year 4"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Primary, year 5"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Primary, year 6"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Lower secondary, year 1"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Lower secondary, year 2"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Lower secondary, year 3"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Upper secondary, common core"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Upper secondary, year 1"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Upper secondary, year 2"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Vocational training"),
        QT_TRANSLATE_NOOP("SchoolLevel", "Not in school"),
    };
    const auto index = schoolLevels().indexOf(level);
    return index < 0 ? level : QCoreApplication::translate("SchoolLevel", labels[index]);
}

} // namespace riaya
