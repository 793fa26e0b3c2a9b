#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace riaya {

// A resident's result for one term of one school year: the term's average out of 20 and,
// usually with the last term, the year's decision.
struct SchoolResult
{
    QString id;
    QString residentId;
    QString schoolYear; // "2025-2026"
    int term = 0; // 1 to 3
    std::optional<double> average; // 0 to 20; none when not known yet
    QString decision; // one of schoolDecisions(), or empty before the year's end

    // The stored fields (not id).
    QVariantMap toFields() const;
    static SchoolResult fromFields(const QVariantMap& fields);
};

// How the residents of an institution with a decision for a school year fared. A resident
// with decisions for several terms counts once, by the decision of the latest term.
struct SuccessRate
{
    int passed = 0;
    int repeated = 0;
    int droppedOut = 0;

    int total() const { return passed + repeated + droppedOut; }
    // Passed over all decisions, from 0 to 1; 0 when there are none.
    double passRate() const { return total() == 0 ? 0.0 : static_cast<double>(passed) / total(); }
};

// The end-of-year decisions, as stored: passed, repeated, dropped_out.
const QStringList& schoolDecisions();
// A decision in the user's language.
// A decision in the user's language, agreeing with the pupil's sex ("F", "M") when given.
QString schoolDecisionLabel(const QString& decision, const QString& sex = QString());

} // namespace riaya
