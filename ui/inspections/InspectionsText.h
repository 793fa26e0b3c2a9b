#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace riaya {

class Database;
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
// What each action is about, by action id: the title of its finding's item in the user's
// language (InspectionTemplate::itemTitle); an action whose inspection cannot be read has none.
QHash<QString, QString> actionItemTitles(Database& db, const QList<CorrectiveAction>& actions);

} // namespace riaya
