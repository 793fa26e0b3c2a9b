#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace riaya {

// One period a resident spent in one institution.
struct Stay
{
    QString id;
    QString residentId;
    QString institutionId;
    QDate admittedOn;
    QString admissionReason;
    QDate exitedOn; // invalid while the stay is open
    QString exitKind; // left, transferred or placed
    QString exitReason;

    bool isOpen() const { return !exitedOn.isValid(); }
    static Stay fromFields(const QVariantMap& fields);
};

} // namespace riaya
