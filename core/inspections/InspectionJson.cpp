#include "InspectionJson.h"

#include "common/JsonValues.h"

#include <cmath>

namespace riaya {

QJsonValue jsonScore(const std::optional<double>& percent)
{
    return percent ? QJsonValue(std::round(*percent * 10) / 10) : QJsonValue();
}

QJsonObject toJson(const InspectionTemplate& standards)
{
    return { { QStringLiteral("id"), standards.id },
             { QStringLiteral("code"), standards.code },
             { QStringLiteral("edition"), standards.edition },
             { QStringLiteral("title"), standards.title.toJson() },
             { QStringLiteral("items"), int(standards.items().size()) },
             { QStringLiteral("built_in"), standards.builtIn } };
}

QJsonObject toJson(const Inspection& inspection)
{
    return { { QStringLiteral("id"), inspection.id },
             { QStringLiteral("root_id"), inspection.rootId },
             { QStringLiteral("institution_id"), inspection.institutionId },
             { QStringLiteral("template_id"), inspection.templateId },
             { QStringLiteral("visited_on"), inspection.visitedOn.toString(Qt::ISODate) },
             { QStringLiteral("inspector"), inspection.inspector },
             { QStringLiteral("state"), inspection.state },
             { QStringLiteral("score"), jsonScore(inspection.score) },
             { QStringLiteral("answered"), int(inspection.answers.size()) },
             { QStringLiteral("findings"), int(inspection.findings.size()) },
             { QStringLiteral("follows_up"), jsonText(inspection.followsUp) },
             { QStringLiteral("supersedes"), jsonText(inspection.supersedes) },
             { QStringLiteral("correction_reason"), jsonText(inspection.correctionReason) } };
}

QJsonObject toJson(const Finding& finding)
{
    return { { QStringLiteral("id"), finding.id },
             { QStringLiteral("item"), jsonText(finding.itemKey) },
             { QStringLiteral("text"), finding.text },
             { QStringLiteral("severity"), finding.severity } };
}

QJsonObject toJson(const Score& score)
{
    return { { QStringLiteral("key"), score.sectionKey },
             { QStringLiteral("score"), jsonScore(score.percent()) },
             { QStringLiteral("items"), score.items },
             { QStringLiteral("answered"), score.answered },
             { QStringLiteral("not_applicable"), score.notApplicable } };
}

QJsonObject toJson(const CorrectiveAction& action)
{
    return { { QStringLiteral("id"), action.id },
             { QStringLiteral("inspection_id"), action.inspectionId },
             { QStringLiteral("institution_id"), action.institutionId },
             { QStringLiteral("finding_id"), action.findingId },
             { QStringLiteral("description"), action.description },
             { QStringLiteral("responsible"), action.responsible },
             { QStringLiteral("due_on"), action.dueOn.toString(Qt::ISODate) },
             { QStringLiteral("state"), action.state },
             { QStringLiteral("overdue"), action.isOverdue() },
             { QStringLiteral("state_note"), jsonText(action.stateNote) },
             { QStringLiteral("evidence"), jsonText(action.evidence) },
             { QStringLiteral("verified_in"), jsonText(action.verifiedIn) } };
}

} // namespace riaya
