#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

// A person of the household: the head(s) of family and the others living there.
struct FamilyMember
{
    QString name;
    QString relationship; // "husband", "wife", "son", ... as the social worker writes it
    int birthYear = 0;
    bool head = false;
};

// An alternative (kafala or foster) family, from the first enquiry to approval and beyond.
struct Family
{
    QString id;
    QString familyName;
    QString familyNameLatin;
    QList<FamilyMember> members;
    QString address;
    QString region;
    QString province;
    QString phone;
    QString occupation;
    QString incomeBand; // one of incomeBands(), or empty
    QStringList documents; // the documents received, from familyDocuments()
    QString state = QStringLiteral("enquiry"); // one of familyStates()
    QDate stateSince;
    QString approvalNumber;
    QDate approvalRenewalOn;
    int capacity = 1;
    int preferredAgeMin = -1; // -1: no preference
    int preferredAgeMax = -1;
    QString preferredSex; // F, M or empty

    QString heads() const;
    // Approved and not past its renewal date on that day.
    bool mayReceiveChildrenOn(const QDate& day) const;

    // The fields a social worker edits (not the state and approval, which change by decision).
    QVariantMap toFields() const;
    static Family fromFields(const QVariantMap& fields);
};

// A decision on a family: the state it moved to, when, by whom and why.
struct FamilyEvent
{
    QString id;
    QString familyId;
    QString state;
    QDate on;
    QString decidedBy;
    QString reason;
};

// The social worker's study of a family's home and suitability.
struct HomeStudy
{
    QString id;
    QString familyId;
    QDate doneOn;
    QString socialWorker;
    QString assessment;
    QString recommendation; // approve, approve_with_conditions, further_study, reject
};

const QStringList& familyStates();
QString familyStateLabel(const QString& state);
const QStringList& incomeBands();
QString incomeBandLabel(const QString& band);
const QStringList& familyDocuments();
QString familyDocumentLabel(const QString& document);
const QStringList& recommendations();
QString recommendationLabel(const QString& recommendation);

} // namespace riaya
