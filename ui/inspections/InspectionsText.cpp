#include "InspectionsText.h"

#include "common/DateDisplay.h"
#include "inspections/CorrectiveAction.h"

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

} // namespace riaya
