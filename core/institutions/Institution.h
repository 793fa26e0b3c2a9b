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

} // namespace riaya
