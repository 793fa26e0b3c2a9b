#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace riaya {

struct InspectionTemplate;

// What the inspector found for one item.
struct Answer
{
    QString value; // one of the item's acceptedAnswers()
    QString note;
    QString evidence; // what was seen or asked for: a register, a certificate, a photo's name
};

// Something the inspector writes down to be put right; corrective actions follow from it.
struct Finding
{
    QString id;
    QString itemKey; // the item it is about, or empty for the institution as a whole
    QString text;
    QString severity = QStringLiteral("major"); // minor, major, critical
};

const QStringList& findingSeverities();
QString severityLabel(const QString& severity);

// One visit of an institution scored against one template edition. A draft is saved and
// resumed; a finalized inspection is never changed: a correction is a new version of it.
struct Inspection
{
    QString id;
    QString rootId; // the first version's id; the same for all its corrections
    QString institutionId;
    QString templateId;
    QDate visitedOn;
    QString inspector;
    QString state = QStringLiteral("draft"); // draft, final
    QMap<QString, Answer> answers; // by item key
    QList<Finding> findings;
    QString followsUp; // the root id of the inspection whose actions this visit checks
    QString supersedes; // the version this one corrects
    QString correctionReason;
    QString finalizedAt;
    std::optional<double> score; // the total, 0..100, as last computed

    bool isFinal() const { return state == QLatin1String("final"); }
    const Finding* finding(const QString& findingId) const;

    QVariantMap toFields() const;
    static Inspection fromFields(const QVariantMap& fields);
};

// The score of a section or of the whole inspection: the weighted share of what the items
// answered ask for, leaving not-applicable and unanswered items out of the weights.
struct Score
{
    QString sectionKey; // empty for the total
    double points = 0; // sum of weight x fulfilment
    double weight = 0; // sum of the weights counted
    int items = 0;
    int answered = 0; // "na" included
    int notApplicable = 0;

    std::optional<double> percent() const
    {
        return weight > 0 ? std::optional<double>(100.0 * points / weight) : std::nullopt;
    }
};

struct Scores
{
    QList<Score> sections; // in the template's order
    Score total;
};

Scores computeScores(const InspectionTemplate& standards, const QMap<QString, Answer>& answers);

} // namespace riaya
