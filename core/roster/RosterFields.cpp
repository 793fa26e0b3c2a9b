#include "RosterFields.h"

#include "common/FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace riaya {
namespace {

// The headers are those seen on rosters of Moroccan houses, the ministry's institution lists
// and the social workers' family registers, in the three languages; a person maps the others
// by hand once and the mapping is remembered (roster/MappingMemory).
const QList<RosterField>& residentFields()
{
    static const QList<RosterField> fields {
        { QStringLiteral("last_name"),
          CellType::Name,
          true,
          { QStringLiteral("الاسم العائلي"), QStringLiteral("Nom"), QStringLiteral("Last name"),
            QStringLiteral("النسب"), QStringLiteral("اللقب"), QStringLiteral("العائلة"),
            QStringLiteral("الاسم العائلي بالعربية"), QStringLiteral("Nom de famille"),
            QStringLiteral("Nom (arabe)"), QStringLiteral("Family name"), QStringLiteral("Surname") } },
        { QStringLiteral("first_name"),
          CellType::Name,
          true,
          { QStringLiteral("الاسم الشخصي"), QStringLiteral("Prénom"), QStringLiteral("First name"),
            QStringLiteral("الاسم"), QStringLiteral("الإسم"), QStringLiteral("الاسم الشخصي بالعربية"),
            QStringLiteral("Prénom (arabe)"), QStringLiteral("Given name") } },
        { QStringLiteral("last_name_latin"),
          CellType::Name,
          false,
          { QStringLiteral("الاسم العائلي بالحروف اللاتينية"), QStringLiteral("Nom (latin)"),
            QStringLiteral("Last name (Latin)"), QStringLiteral("النسب بالفرنسية"),
            QStringLiteral("الاسم العائلي بالفرنسية"), QStringLiteral("Nom en français"),
            QStringLiteral("Nom latin"), QStringLiteral("Family name (Latin)") } },
        { QStringLiteral("first_name_latin"),
          CellType::Name,
          false,
          { QStringLiteral("الاسم الشخصي بالحروف اللاتينية"), QStringLiteral("Prénom (latin)"),
            QStringLiteral("First name (Latin)"), QStringLiteral("الاسم بالفرنسية"),
            QStringLiteral("الاسم الشخصي بالفرنسية"), QStringLiteral("Prénom en français"),
            QStringLiteral("Prénom latin") } },
        { QStringLiteral("sex"),
          CellType::Sex,
          true,
          { QStringLiteral("الجنس"), QStringLiteral("Sexe"), QStringLiteral("Sex"), QStringLiteral("النوع"),
            QStringLiteral("Genre"), QStringLiteral("Gender") } },
        { QStringLiteral("birth_date"),
          CellType::Date,
          true,
          { QStringLiteral("تاريخ الازدياد"), QStringLiteral("Date de naissance"),
            QStringLiteral("Birth date"), QStringLiteral("تاريخ الولادة"), QStringLiteral("تاريخ الميلاد"),
            QStringLiteral("Né le"), QStringLiteral("Née le"), QStringLiteral("Né(e) le"),
            QStringLiteral("Date of birth"), QStringLiteral("DOB") } },
        { QStringLiteral("birth_place"),
          CellType::Text,
          false,
          { QStringLiteral("مكان الازدياد"), QStringLiteral("Lieu de naissance"),
            QStringLiteral("Birth place"), QStringLiteral("مكان الولادة"), QStringLiteral("مكان الميلاد"),
            QStringLiteral("Place of birth") } },
        { QStringLiteral("father_name"),
          CellType::Name,
          false,
          { QStringLiteral("اسم الأب"), QStringLiteral("Nom du père"), QStringLiteral("Father's name"),
            QStringLiteral("الأب"), QStringLiteral("Père"), QStringLiteral("Father") } },
        { QStringLiteral("mother_name"),
          CellType::Name,
          false,
          { QStringLiteral("اسم الأم"), QStringLiteral("Nom de la mère"), QStringLiteral("Mother's name"),
            QStringLiteral("الأم"), QStringLiteral("Mère"), QStringLiteral("Mother") } },
        { QStringLiteral("national_id"),
          CellType::Text,
          false,
          { QStringLiteral("رقم البطاقة الوطنية"), QStringLiteral("CIN"), QStringLiteral("National ID"),
            QStringLiteral("البطاقة الوطنية"), QStringLiteral("رقم بطاقة التعريف"), QStringLiteral("CNIE"),
            QStringLiteral("N° CIN"), QStringLiteral("Carte nationale"), QStringLiteral("ID number") } },
        { QStringLiteral("massar_code"),
          CellType::Text,
          false,
          { QStringLiteral("رمز مسار"), QStringLiteral("Code Massar"), QStringLiteral("Massar code"),
            QStringLiteral("مسار"), QStringLiteral("الرقم الوطني للتلميذ"), QStringLiteral("Massar"),
            QStringLiteral("Student code") } },
        { QStringLiteral("guardian_name"),
          CellType::Name,
          false,
          { QStringLiteral("اسم ولي الأمر"), QStringLiteral("Nom du tuteur"),
            QStringLiteral("Guardian's name"), QStringLiteral("ولي الأمر"), QStringLiteral("الولي"),
            QStringLiteral("Tuteur"), QStringLiteral("Responsable légal"), QStringLiteral("Guardian") } },
        { QStringLiteral("guardian_relation"),
          CellType::Text,
          false,
          { QStringLiteral("صلة القرابة"), QStringLiteral("Lien de parenté"),
            QStringLiteral("Guardian relation"), QStringLiteral("القرابة"),
            QStringLiteral("Lien avec le tuteur"), QStringLiteral("Relationship") } },
        { QStringLiteral("guardian_phone"),
          CellType::Text,
          false,
          { QStringLiteral("هاتف ولي الأمر"), QStringLiteral("Téléphone du tuteur"),
            QStringLiteral("Guardian's phone"), QStringLiteral("الهاتف"), QStringLiteral("رقم الهاتف"),
            QStringLiteral("Téléphone"), QStringLiteral("Tél"), QStringLiteral("Phone") } },
        { QStringLiteral("origin"),
          CellType::Text,
          false,
          { QStringLiteral("الأصل"), QStringLiteral("Origine"), QStringLiteral("Origin"),
            QStringLiteral("الجماعة"), QStringLiteral("الدوار"), QStringLiteral("مكان السكن"),
            QStringLiteral("Douar"), QStringLiteral("Commune d'origine"), QStringLiteral("Home village") } },
        { QStringLiteral("school_name"),
          CellType::Text,
          false,
          { QStringLiteral("المؤسسة التعليمية"), QStringLiteral("Établissement scolaire"),
            QStringLiteral("School"), QStringLiteral("المدرسة"), QStringLiteral("اسم المؤسسة التعليمية"),
            QStringLiteral("École") } },
        { QStringLiteral("school_level"),
          CellType::SchoolLevel,
          false,
          { QStringLiteral("المستوى الدراسي"), QStringLiteral("Niveau scolaire"),
            QStringLiteral("School level"), QStringLiteral("المستوى"), QStringLiteral("القسم"),
            QStringLiteral("Niveau"), QStringLiteral("Classe"), QStringLiteral("Grade") } },
        { QStringLiteral("health_notes"),
          CellType::Text,
          false,
          { QStringLiteral("ملاحظات صحية"), QStringLiteral("Notes de santé"), QStringLiteral("Health notes"),
            QStringLiteral("الحالة الصحية"), QStringLiteral("État de santé") } },
        { QStringLiteral("institution"),
          CellType::Institution,
          false,
          { QStringLiteral("المؤسسة"), QStringLiteral("Institution"), QStringLiteral("Institution"),
            QStringLiteral("دار الطالب"), QStringLiteral("اسم المؤسسة"), QStringLiteral("Établissement"),
            QStringLiteral("Maison"), QStringLiteral("House") } },
        { QStringLiteral("admitted_on"),
          CellType::Date,
          false,
          { QStringLiteral("تاريخ الالتحاق"), QStringLiteral("Date d'admission"),
            QStringLiteral("Admission date"), QStringLiteral("تاريخ الدخول"), QStringLiteral("تاريخ القبول"),
            QStringLiteral("Date d'entrée"), QStringLiteral("Admis le"), QStringLiteral("Admitted on") } },
    };
    return fields;
}

const QList<RosterField>& institutionFields()
{
    static const QList<RosterField> fields {
        { QStringLiteral("name"),
          CellType::Text,
          true,
          { QStringLiteral("اسم المؤسسة"), QStringLiteral("Nom de l'établissement"), QStringLiteral("Name"),
            QStringLiteral("المؤسسة"), QStringLiteral("الاسم"), QStringLiteral("Nom"),
            QStringLiteral("Établissement"), QStringLiteral("Institution") } },
        { QStringLiteral("name_latin"),
          CellType::Text,
          false,
          { QStringLiteral("الاسم بالحروف اللاتينية"), QStringLiteral("Nom (latin)"),
            QStringLiteral("Name (Latin)"), QStringLiteral("الاسم بالفرنسية"),
            QStringLiteral("Nom en français") } },
        { QStringLiteral("kind"),
          CellType::InstitutionKind,
          false,
          { QStringLiteral("نوع المؤسسة"), QStringLiteral("Type d'établissement"), QStringLiteral("Kind"),
            QStringLiteral("النوع"), QStringLiteral("الصنف"), QStringLiteral("Type"),
            QStringLiteral("Catégorie") } },
        { QStringLiteral("residents_sex"),
          CellType::Sex,
          false,
          { QStringLiteral("جنس المستفيدين"), QStringLiteral("Sexe des bénéficiaires"),
            QStringLiteral("Residents' sex"), QStringLiteral("المستفيدون"), QStringLiteral("Public") } },
        { QStringLiteral("capacity"),
          CellType::Integer,
          true,
          { QStringLiteral("الطاقة الاستيعابية"), QStringLiteral("Capacité"), QStringLiteral("Capacity"),
            QStringLiteral("السعة"), QStringLiteral("عدد الأسرة"), QStringLiteral("Places") } },
        { QStringLiteral("region"),
          CellType::Text,
          false,
          { QStringLiteral("الجهة"), QStringLiteral("Région"), QStringLiteral("Region") } },
        { QStringLiteral("province"),
          CellType::Text,
          false,
          { QStringLiteral("الإقليم"), QStringLiteral("Province"), QStringLiteral("Province"),
            QStringLiteral("العمالة"), QStringLiteral("الإقليم أو العمالة"), QStringLiteral("Préfecture") } },
        { QStringLiteral("licence_number"),
          CellType::Text,
          false,
          { QStringLiteral("رقم الترخيص"), QStringLiteral("N° d'autorisation"),
            QStringLiteral("Licence number"), QStringLiteral("الترخيص"), QStringLiteral("رقم الرخصة"),
            QStringLiteral("Autorisation"), QStringLiteral("Numéro de licence"), QStringLiteral("Licence"),
            QStringLiteral("License number") } },
        { QStringLiteral("licence_expires_on"),
          CellType::Date,
          false,
          { QStringLiteral("تاريخ انتهاء الترخيص"), QStringLiteral("Fin d'autorisation"),
            QStringLiteral("Licence expires on"), QStringLiteral("انتهاء الترخيص"),
            QStringLiteral("صلاحية الترخيص"), QStringLiteral("Expiration de l'autorisation"),
            QStringLiteral("Licence expires") } },
    };
    return fields;
}

const QList<RosterField>& familyFields()
{
    static const QList<RosterField> fields {
        { QStringLiteral("family_ref"),
          CellType::Text,
          false,
          { QStringLiteral("رقم الملف"), QStringLiteral("N° dossier"), QStringLiteral("File number"),
            QStringLiteral("رقم الأسرة"), QStringLiteral("الملف"), QStringLiteral("Dossier"),
            QStringLiteral("Référence"), QStringLiteral("Family reference") } },
        { QStringLiteral("family_name"),
          CellType::Name,
          true,
          { QStringLiteral("اسم الأسرة"), QStringLiteral("Nom de la famille"), QStringLiteral("Family name"),
            QStringLiteral("الأسرة"), QStringLiteral("النسب"), QStringLiteral("اسم العائلة"),
            QStringLiteral("Famille"), QStringLiteral("Nom de famille"), QStringLiteral("Family") } },
        { QStringLiteral("family_name_latin"),
          CellType::Name,
          false,
          { QStringLiteral("اسم الأسرة بالفرنسية"), QStringLiteral("Nom de famille (latin)"),
            QStringLiteral("Family name (Latin)"), QStringLiteral("Famille (latin)") } },
        { QStringLiteral("address"),
          CellType::Text,
          false,
          { QStringLiteral("العنوان"), QStringLiteral("Adresse"), QStringLiteral("Address") } },
        { QStringLiteral("region"),
          CellType::Text,
          false,
          { QStringLiteral("الجهة"), QStringLiteral("Région"), QStringLiteral("Region") } },
        { QStringLiteral("province"),
          CellType::Text,
          false,
          { QStringLiteral("الإقليم"), QStringLiteral("Province"), QStringLiteral("Province"),
            QStringLiteral("العمالة"), QStringLiteral("Préfecture") } },
        { QStringLiteral("phone"),
          CellType::Text,
          false,
          { QStringLiteral("الهاتف"), QStringLiteral("Téléphone"), QStringLiteral("Phone"),
            QStringLiteral("رقم الهاتف"), QStringLiteral("Tél") } },
        { QStringLiteral("occupation"),
          CellType::Text,
          false,
          { QStringLiteral("المهنة"), QStringLiteral("Profession"), QStringLiteral("Occupation") } },
        { QStringLiteral("capacity"),
          CellType::Integer,
          false,
          { QStringLiteral("عدد الأطفال الممكن استقبالهم"), QStringLiteral("Capacité d'accueil"),
            QStringLiteral("Capacity"), QStringLiteral("الطاقة"), QStringLiteral("Capacité") } },
        { QStringLiteral("member_name"),
          CellType::Name,
          true,
          { QStringLiteral("اسم الفرد"), QStringLiteral("Nom du membre"), QStringLiteral("Member's name"),
            QStringLiteral("الفرد"), QStringLiteral("الاسم الكامل"), QStringLiteral("الاسم"),
            QStringLiteral("Membre"), QStringLiteral("Nom et prénom"), QStringLiteral("Member"),
            QStringLiteral("Name") } },
        { QStringLiteral("member_relationship"),
          CellType::Text,
          true,
          { QStringLiteral("الصفة"), QStringLiteral("Lien de parenté"), QStringLiteral("Relationship"),
            QStringLiteral("صلة القرابة"), QStringLiteral("القرابة"), QStringLiteral("Lien"),
            QStringLiteral("Qualité") } },
        { QStringLiteral("member_birth_year"),
          CellType::Integer,
          false,
          { QStringLiteral("سنة الازدياد"), QStringLiteral("Année de naissance"),
            QStringLiteral("Birth year"), QStringLiteral("سنة الولادة") } },
        { QStringLiteral("member_head"),
          CellType::YesNo,
          false,
          { QStringLiteral("رب الأسرة"), QStringLiteral("Chef de famille"), QStringLiteral("Head of family"),
            QStringLiteral("معيل الأسرة"), QStringLiteral("Head") } },
    };
    return fields;
}

} // namespace

QString rosterKindName(RosterKind kind)
{
    switch (kind) {
    case RosterKind::Residents:
        return QStringLiteral("residents");
    case RosterKind::Institutions:
        return QStringLiteral("institutions");
    case RosterKind::Families:
        return QStringLiteral("families");
    }
    return {};
}

const QList<RosterField>& rosterFields(RosterKind kind)
{
    switch (kind) {
    case RosterKind::Institutions:
        return institutionFields();
    case RosterKind::Families:
        return familyFields();
    case RosterKind::Residents:
        break;
    }
    return residentFields();
}

const RosterField* findRosterField(RosterKind kind, const QString& key)
{
    for (const RosterField& field : rosterFields(kind)) {
        if (field.key == key) {
            return &field;
        }
    }
    return nullptr;
}

QString rosterFieldLabel(RosterKind kind, const QString& key)
{
    // Fields of a roster that are not columns of the table it fills.
    static const QHash<QString, const char*> own {
        { QStringLiteral("institution"), QT_TRANSLATE_NOOP("RosterField", "Institution") },
        { QStringLiteral("admitted_on"), QT_TRANSLATE_NOOP("RosterField", "Admitted on") },
        { QStringLiteral("family_ref"), QT_TRANSLATE_NOOP("RosterField", "Family reference") },
        { QStringLiteral("member_name"), QT_TRANSLATE_NOOP("RosterField", "Member's name") },
        { QStringLiteral("member_relationship"), QT_TRANSLATE_NOOP("RosterField", "Relationship") },
        { QStringLiteral("member_birth_year"), QT_TRANSLATE_NOOP("RosterField", "Member's birth year") },
        { QStringLiteral("member_head"), QT_TRANSLATE_NOOP("RosterField", "Head of family") },
    };
    if (const auto it = own.constFind(key); it != own.constEnd()) {
        return QCoreApplication::translate("RosterField", it.value());
    }
    return fieldLabel(rosterKindName(kind), key);
}

QString rosterTemplateHeader(const RosterField& field, const QString& language)
{
    const qsizetype index = language == QLatin1String("ar") ? 0 : language == QLatin1String("fr") ? 1 : 2;
    return field.headers.value(index);
}

} // namespace riaya
