#pragma once

#include "CorrectiveAction.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// Corrective actions raised from findings, followed until an inspector verifies them.
class ActionStore
{
    Q_DECLARE_TR_FUNCTIONS(ActionStore)

public:
    explicit ActionStore(Database& db)
        : m_db(db)
    { }

    // Raises an action from a finding of an inspection (any version of it) and returns its
    // id. Refused without a description or a responsible person, for an unknown finding, or
    // a due date before the visit.
    Result<QString> raise(const CorrectiveAction& action);
    // Moves an action on: open, in progress and done freely; verified by an inspector,
    // optionally during a follow-up inspection of the same institution (verifiedIn), and
    // never changed after. A note says what was seen.
    Status setState(const QString& id, const QString& state, const QString& note = {},
                    const QString& verifiedIn = {}, const QDate& on = QDate::currentDate());

    // At the inspected house (or by an inspector): the work done on an action, open, in
    // progress or done, with what shows it. Verifying stays the inspector's.
    Status recordProgress(const QString& id, const QString& state, const QString& note, const QString& evidence,
                          const QDate& on = QDate::currentDate());

    Result<CorrectiveAction> get(const QString& id);

    struct Filter
    {
        QString institutionId;
        QString inspectionId; // any version of it
        bool overdueOnly = false;
        bool unfinishedOnly = false; // open or in progress
    };
    // Ordered by due date, oldest first.
    Result<QList<CorrectiveAction>> list(const Filter& filter);

private:
    Database& m_db;
};

} // namespace riaya
