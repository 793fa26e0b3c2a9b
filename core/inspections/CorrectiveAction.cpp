#include "CorrectiveAction.h"

#include "common/FieldConversion.h"

#include <QCoreApplication>

namespace riaya {

const QStringList& actionStates()
{
    static const QStringList states { QStringLiteral("open"), QStringLiteral("in_progress"),
                                      QStringLiteral("done"), QStringLiteral("verified") };
    return states;
}

QString actionStateLabel(const QString& state)
{
    if (state == QLatin1String("in_progress")) {
        return QCoreApplication::translate("riaya::CorrectiveAction", "in progress");
    }
    if (state == QLatin1String("done")) {
        return QCoreApplication::translate("riaya::CorrectiveAction", "done");
    }
    if (state == QLatin1String("verified")) {
        return QCoreApplication::translate("riaya::CorrectiveAction", "verified");
    }
    return QCoreApplication::translate("riaya::CorrectiveAction", "open");
}

QVariantMap CorrectiveAction::toFields() const
{
    return {
        { QStringLiteral("inspection_id"), inspectionId },
        { QStringLiteral("institution_id"), institutionId },
        { QStringLiteral("finding_id"), findingId },
        { QStringLiteral("description"), description.trimmed() },
        { QStringLiteral("responsible"), responsible.trimmed() },
        { QStringLiteral("due_on"), optionalDate(dueOn) },
        { QStringLiteral("state"), state },
        { QStringLiteral("state_note"), optionalText(stateNote) },
        { QStringLiteral("evidence"), optionalText(evidence) },
        { QStringLiteral("state_changed_on"), optionalDate(stateChangedOn) },
        { QStringLiteral("verified_in"), optionalText(verifiedIn) },
    };
}

CorrectiveAction CorrectiveAction::fromFields(const QVariantMap& fields)
{
    CorrectiveAction action;
    action.id = fields.value(QStringLiteral("id")).toString();
    action.inspectionId = fields.value(QStringLiteral("inspection_id")).toString();
    action.institutionId = fields.value(QStringLiteral("institution_id")).toString();
    action.findingId = fields.value(QStringLiteral("finding_id")).toString();
    action.description = fields.value(QStringLiteral("description")).toString();
    action.responsible = fields.value(QStringLiteral("responsible")).toString();
    action.dueOn = isoDate(fields.value(QStringLiteral("due_on")));
    action.state = fields.value(QStringLiteral("state")).toString();
    action.stateNote = fields.value(QStringLiteral("state_note")).toString();
    action.evidence = fields.value(QStringLiteral("evidence")).toString();
    action.stateChangedOn = isoDate(fields.value(QStringLiteral("state_changed_on")));
    action.verifiedIn = fields.value(QStringLiteral("verified_in")).toString();
    action.originSite = fields.value(QStringLiteral("origin_site")).toString();
    return action;
}

} // namespace riaya
