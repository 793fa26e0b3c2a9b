#include "Family.h"

#include "common/FieldConversion.h"
#include "common/Labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
QString Family::heads() const
{
    QStringList names;
    for (const FamilyMember& member : members) {
        if (member.head) {
            names << member.name;
        }
    }
    return names.join(QStringLiteral(" / "));
}

bool Family::mayReceiveChildrenOn(const QDate& day) const
{
    return state == QLatin1String("approved") && approvalRenewalOn.isValid() && approvalRenewalOn >= day;
}

QVariantMap Family::toFields() const
{
    QJsonArray memberArray;
    QStringList names;
    for (const FamilyMember& member : members) {
        memberArray << QJsonObject { { QStringLiteral("name"), member.name.trimmed() },
                                     { QStringLiteral("relationship"), member.relationship.trimmed() },
                                     { QStringLiteral("birth_year"), member.birthYear },
                                     { QStringLiteral("head"), member.head } };
        names << member.name.trimmed();
    }
    return {
        { QStringLiteral("family_name"), familyName.trimmed() },
        { QStringLiteral("family_name_latin"), optionalText(familyNameLatin) },
        { QStringLiteral("members"),
          QString::fromUtf8(QJsonDocument(memberArray).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("member_names"), optionalText(names.join(QLatin1Char(' '))) },
        { QStringLiteral("address"), optionalText(address) },
        { QStringLiteral("region"), optionalText(region) },
        { QStringLiteral("province"), optionalText(province) },
        { QStringLiteral("phone"), optionalText(phone) },
        { QStringLiteral("occupation"), optionalText(occupation) },
        { QStringLiteral("income_band"), optionalText(incomeBand) },
        { QStringLiteral("documents"),
          QString::fromUtf8(
              QJsonDocument(QJsonArray::fromStringList(documents)).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("capacity"), capacity },
        { QStringLiteral("preferred_age_min"), preferredAgeMin < 0 ? QVariant() : QVariant(preferredAgeMin) },
        { QStringLiteral("preferred_age_max"), preferredAgeMax < 0 ? QVariant() : QVariant(preferredAgeMax) },
        { QStringLiteral("preferred_sex"), optionalText(preferredSex) },
    };
}

Family Family::fromFields(const QVariantMap& fields)
{
    const auto text = [&](const char* name) { return fields.value(QLatin1String(name)).toString(); };
    const auto number = [&](const char* name) {
        const QVariant value = fields.value(QLatin1String(name));
        return value.isNull() || !value.isValid() ? -1 : value.toInt();
    };
    Family f;
    f.id = text("id");
    f.familyName = text("family_name");
    f.familyNameLatin = text("family_name_latin");
    for (const QJsonValue& value : QJsonDocument::fromJson(text("members").toUtf8()).array()) {
        const QJsonObject member = value.toObject();
        f.members.append({ member.value(QStringLiteral("name")).toString(),
                           member.value(QStringLiteral("relationship")).toString(),
                           member.value(QStringLiteral("birth_year")).toInt(),
                           member.value(QStringLiteral("head")).toBool() });
    }
    f.address = text("address");
    f.region = text("region");
    f.province = text("province");
    f.phone = text("phone");
    f.occupation = text("occupation");
    f.incomeBand = text("income_band");
    for (const QJsonValue& value : QJsonDocument::fromJson(text("documents").toUtf8()).array()) {
        f.documents << value.toString();
    }
    f.state = text("state");
    f.stateSince = isoDate(fields.value(QStringLiteral("state_since")));
    f.approvalNumber = text("approval_number");
    f.approvalRenewalOn = isoDate(fields.value(QStringLiteral("approval_renewal_on")));
    f.capacity = std::max(1, number("capacity"));
    f.preferredAgeMin = number("preferred_age_min");
    f.preferredAgeMax = number("preferred_age_max");
    f.preferredSex = text("preferred_sex");
    return f;
}

const QStringList& familyStates()
{
    static const QStringList states { QStringLiteral("enquiry"),    QStringLiteral("application"),
                                      QStringLiteral("home_study"), QStringLiteral("approved"),
                                      QStringLiteral("suspended"),  QStringLiteral("closed") };
    return states;
}

QString familyStateLabel(const QString& state)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("FamilyState", "Enquiry"),    QT_TRANSLATE_NOOP("FamilyState", "Application"),
        QT_TRANSLATE_NOOP("FamilyState", "Home study"), QT_TRANSLATE_NOOP("FamilyState", "Approved"),
        QT_TRANSLATE_NOOP("FamilyState", "Suspended"),  QT_TRANSLATE_NOOP("FamilyState", "Closed"),
    };
    return translatedLabel(familyStates(), labels, "FamilyState", state);
}

const QStringList& incomeBands()
{
    static const QStringList bands { QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("middle"),
                                     QStringLiteral("high") };
    return bands;
}

QString incomeBandLabel(const QString& band)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("IncomeBand", "No regular income"),
        QT_TRANSLATE_NOOP("IncomeBand", "Low"),
        QT_TRANSLATE_NOOP("IncomeBand", "Middle"),
        QT_TRANSLATE_NOOP("IncomeBand", "High"),
    };
    return translatedLabel(incomeBands(), labels, "IncomeBand", band);
}

const QStringList& familyDocuments()
{
    static const QStringList documents { QStringLiteral("id_cards"),
                                         QStringLiteral("marriage_certificate"),
                                         QStringLiteral("income_proof"),
                                         QStringLiteral("housing_proof"),
                                         QStringLiteral("medical_certificates"),
                                         QStringLiteral("criminal_records"),
                                         QStringLiteral("photos") };
    return documents;
}

QString familyDocumentLabel(const QString& document)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("FamilyDocument", "National identity cards"),
        QT_TRANSLATE_NOOP("FamilyDocument", "Marriage certificate"),
        QT_TRANSLATE_NOOP("FamilyDocument", "Proof of income"),
        QT_TRANSLATE_NOOP("FamilyDocument", "Proof of housing"),
        QT_TRANSLATE_NOOP("FamilyDocument", "Medical certificates"),
        QT_TRANSLATE_NOOP("FamilyDocument", "Criminal-record extracts"),
        QT_TRANSLATE_NOOP("FamilyDocument", "Photographs"),
    };
    return translatedLabel(familyDocuments(), labels, "FamilyDocument", document);
}

const QStringList& recommendations()
{
    static const QStringList list { QStringLiteral("approve"), QStringLiteral("approve_with_conditions"),
                                    QStringLiteral("further_study"), QStringLiteral("reject") };
    return list;
}

QString recommendationLabel(const QString& recommendation)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("Recommendation", "Approve"),
        QT_TRANSLATE_NOOP("Recommendation", "Approve with conditions"),
        QT_TRANSLATE_NOOP("Recommendation", "Study further"),
        QT_TRANSLATE_NOOP("Recommendation", "Do not approve"),
    };
    return translatedLabel(recommendations(), labels, "Recommendation", recommendation);
}

} // namespace riaya
