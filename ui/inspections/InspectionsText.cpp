#include "InspectionsText.h"

#include "common/DateDisplay.h"
#include "inspections/CorrectiveAction.h"
#include "inspections/InspectionStore.h"
#include "inspections/InspectionTemplate.h"

#include <QLocale>

namespace riaya {

QString scoreText(const std::optional<double>& score)
{
    return score ? displayDigits(QLocale().toString(*score, 'f', 1)) + QStringLiteral(" %")
                 : QStringLiteral("—");
}

QString actionStateText(const CorrectiveAction& action)
{
    return action.isOverdue() ? InspectionsText::tr("%1, overdue").arg(actionStateLabel(action.state))
                              : actionStateLabel(action.state);
}

QHash<QString, QString> actionItemTitles(Database& db, const QList<CorrectiveAction>& actions)
{
    InspectionStore store(db);
    QHash<QString, std::optional<std::pair<Inspection, InspectionTemplate>>> read; // by inspection
    QHash<QString, QString> titles;
    for (const CorrectiveAction& action : actions) {
        auto found = read.find(action.inspectionId);
        if (found == read.end()) {
            const Result<Inspection> inspection = store.newestVersion(action.inspectionId);
            const Result<InspectionTemplate> standards
                = inspection ? store.templateOf(*inspection) : Result<InspectionTemplate>(inspection.error());
            found = read.insert(action.inspectionId,
                                standards ? std::optional(std::pair(*inspection, *standards)) : std::nullopt);
        }
        if (*found) {
            if (const Finding* finding = (*found)->first.finding(action.findingId)) {
                titles.insert(action.id, (*found)->second.itemTitle(finding->itemKey));
            }
        }
    }
    return titles;
}

} // namespace riaya
