#pragma once

#include <QCoreApplication>
#include <optional>

namespace riaya {

struct CorrectiveAction;

// The tabs of the inspections screen were parts of InspectionsPage: their texts keep its
// translation context, so the catalogues translate them as before. A tab says
// InspectionsText::tr(), never its own tr().
struct InspectionsText
{
    Q_DECLARE_TR_FUNCTIONS(riaya::InspectionsPage)
};

// A score as the lists show it ("72.5 %"), or a dash while there is none.
QString scoreText(const std::optional<double>& score);
// An action's state, with "overdue" when it is late.
QString actionStateText(const CorrectiveAction& action);

} // namespace riaya
