#include "Institution.h"

#include "common/FieldConversion.h"

#include <QCoreApplication>

namespace riaya {

QVariantMap Institution::toFields() const
{
    return { { QStringLiteral("name"), name.trimmed() },
             { QStringLiteral("name_latin"), optionalText(nameLatin) },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("residents_sex"), optionalText(residentsSex) },
             { QStringLiteral("capacity"), capacity },
             { QStringLiteral("region"), optionalText(region) },
             { QStringLiteral("province"), optionalText(province) },
             { QStringLiteral("licence_number"), optionalText(licenceNumber) },
             { QStringLiteral("licence_expires_on"), optionalDate(licenceExpiresOn) } };
}

Institution Institution::fromFields(const QVariantMap& f)
{
    Institution i;
    i.id = f.value(QStringLiteral("id")).toString();
    i.name = f.value(QStringLiteral("name")).toString();
    i.nameLatin = f.value(QStringLiteral("name_latin")).toString();
    i.kind = f.value(QStringLiteral("kind")).toString();
    i.residentsSex = f.value(QStringLiteral("residents_sex")).toString();
    i.capacity = f.value(QStringLiteral("capacity")).toInt();
    i.region = f.value(QStringLiteral("region")).toString();
    i.province = f.value(QStringLiteral("province")).toString();
    i.licenceNumber = f.value(QStringLiteral("licence_number")).toString();
    i.licenceExpiresOn = isoDate(f.value(QStringLiteral("licence_expires_on")));
    return i;
}

const QStringList& institutionKinds()
{
    static const QStringList kinds { QStringLiteral("student_house"), QStringLiteral("childrens_home"),
                                     QStringLiteral("social_centre"), QStringLiteral("other") };
    return kinds;
}

QString institutionKindLabel(const QString& kind)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("InstitutionKind", "Student boarding house"),
        QT_TRANSLATE_NOOP("InstitutionKind", "Children's home"),
        QT_TRANSLATE_NOOP("InstitutionKind", "Social protection centre"),
        QT_TRANSLATE_NOOP("InstitutionKind", "Other institution"),
    };
    const auto index = institutionKinds().indexOf(kind);
    return index < 0 ? kind : QCoreApplication::translate("InstitutionKind", labels[index]);
}

bool receivesOtherSex(const Institution& institution, const QString& sex)
{
    return !institution.residentsSex.isEmpty() && !sex.isEmpty() && institution.residentsSex != sex;
}

} // namespace riaya
