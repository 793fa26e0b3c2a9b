#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

// A child or student in care, with names in Arabic and Latin
// script, identity, guardian, origin, schooling and health notes. Status and institution
// follow from stays and are changed only by admitting, exiting or transferring.
struct Resident
{
    QString id;
    QString firstName;
    QString lastName;
    QString firstNameLatin;
    QString lastNameLatin;
    QString fatherName;
    QString motherName;
    QString sex; // "F" or "M"
    QDate birthDate;
    QString birthPlace;
    QString nationalId;
    QString massarCode; // Moroccan student identifier: a letter and nine digits
    QString guardianName;
    QString guardianRelation;
    QString guardianPhone;
    QString origin;
    QString schoolName;
    QString schoolLevel;
    QString healthNotes;
    QString status = QStringLiteral("registered");
    QString institutionId;

    // The fields a person edits (not status or institution).
    QVariantMap toFields() const;
    static Resident fromFields(const QVariantMap& fields);
    QString displayName() const;
};

// A field (column name) in the user's language, for forms, help and messages.
QString residentFieldLabel(const QString& column);

// "F" and "M" as words ("Female", "Male").
QString residentSexLabel(const QString& sex);

const QStringList& residentStatuses();
// A status in the user's language, agreeing with the resident's sex ("F", "M") when given.
QString residentStatusLabel(const QString& status, const QString& sex = QString());

// School levels from first year of primary to the last year of secondary school.
const QStringList& schoolLevels();
QString schoolLevelLabel(const QString& level);

} // namespace riaya
