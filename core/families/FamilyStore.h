#pragma once

#include "Family.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// The register of alternative families: their details, the decisions on them with their
// history, and the home studies behind those decisions.
class FamilyStore
{
    Q_DECLARE_TR_FUNCTIONS(FamilyStore)

public:
    explicit FamilyStore(Database& db)
        : m_db(db)
    { }

    // Registers a family at the enquiry stage (dated `on`) and returns its id. Refused with
    // field issues: no family name, no head of family, a member without a name or
    // relationship or with an impossible birth year, a capacity outside 1–10, an age range
    // upside down or beyond 18, an unknown income band or document, a phone that is not one.
    // The first event's reason is `reason`, or "First enquiry" in the user's language.
    Result<QString> add(const Family& family, const QDate& on = QDate::currentDate(),
                        const QString& reason = {});
    // Saves a family's details, checked as add() checks them (the state does not change here).
    Status update(const Family& family);

    // Moves a family to another state, with the reason and who decided. Refused for a move
    // the process does not allow (an enquiry cannot be approved), a date before the current
    // state's, a missing reason; approval needs a favourable home study, an approval number
    // and a renewal date after the decision; closing needs the family's placements ended.
    Status changeState(const QString& familyId, const QString& state, const QDate& on, const QString& reason,
                       const QString& approvalNumber = {}, const QDate& renewalOn = {});
    // The states a family may move to from where it is.
    static QStringList nextStates(const QString& state);

    Result<QString> addHomeStudy(const HomeStudy& study);

    Result<Family> get(const QString& id);
    // By name as the resident search finds names (folded, either script); all when empty.
    Result<QList<Family>> search(const QString& text, const QString& state = {}, int limit = 500);
    Result<QList<FamilyEvent>> history(const QString& familyId);
    Result<QList<HomeStudy>> homeStudies(const QString& familyId);

private:
    QString decidedBy() const;

    Database& m_db;
};

} // namespace riaya
