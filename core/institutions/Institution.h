#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

struct Institution
{
    QString id;
    QString name;
    QString nameLatin;
    QString kind = QStringLiteral("student_house");
    QString residentsSex; // "F" a house for girls, "M" for boys, empty: both or not said
    int capacity = 0;
    QString region;
    QString province;
    QString licenceNumber;
    QDate licenceExpiresOn;

    QVariantMap toFields() const;
    static Institution fromFields(const QVariantMap& fields);
};

// The kinds of institution Riaya knows, as stored.
const QStringList& institutionKinds();
// A kind in the user's language.
QString institutionKindLabel(const QString& kind);

// Whether registering a child of this sex ("F", "M") in the institution goes against whom
// it receives; nothing to say when either is not known.
bool receivesOtherSex(const Institution& institution, const QString& sex);

} // namespace riaya
