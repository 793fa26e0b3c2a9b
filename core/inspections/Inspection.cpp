#include "Inspection.h"

#include "InspectionTemplate.h"
#include "common/FieldConversion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {

const QStringList& findingSeverities()
{
    static const QStringList severities { QStringLiteral("minor"), QStringLiteral("major"),
                                          QStringLiteral("critical") };
    return severities;
}

QString severityLabel(const QString& severity)
{
    if (severity == QLatin1String("minor")) {
        return QCoreApplication::translate("riaya::Inspection", "minor");
    }
    if (severity == QLatin1String("critical")) {
        return QCoreApplication::translate("riaya::Inspection", "critical");
    }
    return QCoreApplication::translate("riaya::Inspection", "major");
}

const Finding* Inspection::finding(const QString& findingId) const
{
    for (const Finding& finding : findings) {
        if (finding.id == findingId) {
            return &finding;
        }
    }
    return nullptr;
}

QVariantMap Inspection::toFields() const
{
    QJsonObject answerObject;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        QJsonObject answer { { QStringLiteral("value"), it->value } };
        if (!it->note.trimmed().isEmpty()) {
            answer.insert(QStringLiteral("note"), it->note.trimmed());
        }
        if (!it->evidence.trimmed().isEmpty()) {
            answer.insert(QStringLiteral("evidence"), it->evidence.trimmed());
        }
        answerObject.insert(it.key(), answer);
    }
    QJsonArray findingArray;
    for (const Finding& finding : findings) {
        findingArray << QJsonObject { { QStringLiteral("id"), finding.id },
                                      { QStringLiteral("item"), finding.itemKey },
                                      { QStringLiteral("text"), finding.text.trimmed() },
                                      { QStringLiteral("severity"), finding.severity } };
    }
    return {
        { QStringLiteral("root_id"), rootId },
        { QStringLiteral("institution_id"), institutionId },
        { QStringLiteral("template_id"), templateId },
        { QStringLiteral("visited_on"), optionalDate(visitedOn) },
        { QStringLiteral("inspector"), inspector.trimmed() },
        { QStringLiteral("state"), state },
        { QStringLiteral("answers"),
          QString::fromUtf8(QJsonDocument(answerObject).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("findings"),
          QString::fromUtf8(QJsonDocument(findingArray).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("follows_up"), optionalText(followsUp) },
        { QStringLiteral("supersedes"), optionalText(supersedes) },
        { QStringLiteral("correction_reason"), optionalText(correctionReason) },
        { QStringLiteral("finalized_at"), optionalText(finalizedAt) },
        { QStringLiteral("score"), score ? QVariant(*score) : QVariant() },
    };
}

Inspection Inspection::fromFields(const QVariantMap& fields)
{
    Inspection inspection;
    inspection.id = fields.value(QStringLiteral("id")).toString();
    inspection.rootId = fields.value(QStringLiteral("root_id")).toString();
    inspection.institutionId = fields.value(QStringLiteral("institution_id")).toString();
    inspection.templateId = fields.value(QStringLiteral("template_id")).toString();
    inspection.visitedOn = isoDate(fields.value(QStringLiteral("visited_on")));
    inspection.inspector = fields.value(QStringLiteral("inspector")).toString();
    inspection.state = fields.value(QStringLiteral("state")).toString();
    const QJsonObject answerObject
        = QJsonDocument::fromJson(fields.value(QStringLiteral("answers")).toString().toUtf8()).object();
    for (auto it = answerObject.constBegin(); it != answerObject.constEnd(); ++it) {
        const QJsonObject answer = it.value().toObject();
        inspection.answers.insert(it.key(),
                                  { answer.value(QStringLiteral("value")).toString(),
                                    answer.value(QStringLiteral("note")).toString(),
                                    answer.value(QStringLiteral("evidence")).toString() });
    }
    const QJsonArray findingArray
        = QJsonDocument::fromJson(fields.value(QStringLiteral("findings")).toString().toUtf8()).array();
    for (const QJsonValue& value : findingArray) {
        const QJsonObject finding = value.toObject();
        inspection.findings.append({ finding.value(QStringLiteral("id")).toString(),
                                     finding.value(QStringLiteral("item")).toString(),
                                     finding.value(QStringLiteral("text")).toString(),
                                     finding.value(QStringLiteral("severity")).toString() });
    }
    inspection.followsUp = fields.value(QStringLiteral("follows_up")).toString();
    inspection.supersedes = fields.value(QStringLiteral("supersedes")).toString();
    inspection.correctionReason = fields.value(QStringLiteral("correction_reason")).toString();
    inspection.finalizedAt = fields.value(QStringLiteral("finalized_at")).toString();
    const QVariant score = fields.value(QStringLiteral("score"));
    if (!score.isNull() && score.isValid()) {
        inspection.score = score.toDouble();
    }
    return inspection;
}

Scores computeScores(const InspectionTemplate& standards, const QMap<QString, Answer>& answers)
{
    Scores scores;
    for (const TemplateSection& section : standards.sections) {
        Score score;
        score.sectionKey = section.key;
        for (const TemplateItem* item : section.items()) {
            ++score.items;
            const auto answer = answers.constFind(item->key);
            if (answer == answers.cend() || !item->acceptedAnswers().contains(answer->value)) {
                continue;
            }
            ++score.answered;
            if (const std::optional<double> fulfilment = item->fulfilment(answer->value)) {
                score.points += item->weight * *fulfilment;
                score.weight += item->weight;
            } else {
                ++score.notApplicable;
            }
        }
        scores.sections << score;
        scores.total.points += score.points;
        scores.total.weight += score.weight;
        scores.total.items += score.items;
        scores.total.answered += score.answered;
        scores.total.notApplicable += score.notApplicable;
    }
    return scores;
}

} // namespace riaya
