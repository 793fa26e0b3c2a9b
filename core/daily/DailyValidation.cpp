#include "DailyValidation.h"

#include "Incident.h"
#include "SchoolResult.h"
#include "common/Validation.h"

#include <cmath>

namespace riaya {

QList<FieldIssue> validateSchoolResult(const SchoolResult& r, const QDate& today)
{
    Validation v;
    static const QRegularExpression years(QStringLiteral("^([0-9]{4})-([0-9]{4})$"));
    const QRegularExpressionMatch match = years.match(r.schoolYear.trimmed());
    const int first = match.captured(1).toInt();
    if (!match.hasMatch()) {
        v.issues.append({ QStringLiteral("school_year"),
                          Validation::tr("Write the school year as two years, for example 2025-2026.") });
    } else if (match.captured(2).toInt() != first + 1) {
        v.issues.append(
            { QStringLiteral("school_year"),
              Validation::tr("A school year spans two consecutive years, for example 2025-2026.") });
    } else if (first > today.year()) {
        v.issues.append(
            { QStringLiteral("school_year"),
              Validation::tr("The school year %1 has not started yet.").arg(r.schoolYear.trimmed()) });
    } else if (first < 2000) {
        v.issues.append({ QStringLiteral("school_year"),
                          Validation::tr("The school year starts before 2000; check the year.") });
    }
    if (r.term < 1 || r.term > 3) {
        v.issues.append({ QStringLiteral("term"), Validation::tr("The term is 1, 2 or 3.") });
    }
    if (r.average && (std::isnan(*r.average) || *r.average < 0.0 || *r.average > 20.0)) {
        v.issues.append(
            { QStringLiteral("average"), Validation::tr("An average is out of 20: from 0 to 20.") });
    }
    if (!r.decision.isEmpty() && !schoolDecisions().contains(r.decision)) {
        v.issues.append({ QStringLiteral("decision"),
                          Validation::tr("Unknown decision “%1”; use one of %2.")
                              .arg(r.decision, schoolDecisions().join(QStringLiteral(", "))) });
    }
    return v.issues;
}

QList<FieldIssue> validateIncident(const Incident& i, const QDate& today)
{
    Validation v;
    if (!i.occurredOn.isValid()) {
        v.issues.append({ QStringLiteral("occurred_on"),
                          Validation::tr("The date of the incident is required (YYYY-MM-DD).") });
    } else if (i.occurredOn > today) {
        v.issues.append({ QStringLiteral("occurred_on"),
                          Validation::tr("The date of the incident cannot be in the future.") });
    } else if (i.occurredOn < QDate(2000, 1, 1)) {
        v.issues.append({ QStringLiteral("occurred_on"),
                          Validation::tr("The date of the incident is before 2000; check the year.") });
    }
    if (!incidentKinds().contains(i.kind)) {
        v.issues.append({ QStringLiteral("kind"),
                          Validation::tr("Unknown kind of incident “%1”; use one of %2.")
                              .arg(i.kind, incidentKinds().join(QStringLiteral(", "))) });
    }
    v.require(QStringLiteral("description"), i.description, Validation::tr("Describe what happened."));
    v.maxLength(QStringLiteral("description"), i.description, 4000);
    v.maxLength(QStringLiteral("action_taken"), i.actionTaken, 4000);
    v.maxLength(QStringLiteral("reported_to"), i.reportedTo, 200);
    // A voided incident says when, by whom and why; none of the three stands alone.
    if (i.isVoided() || !i.voidedBy.trimmed().isEmpty() || !i.voidReason.trimmed().isEmpty()) {
        if (!i.isVoided()) {
            v.issues.append({ QStringLiteral("voided_at"),
                              Validation::tr("A voided incident needs the time it was voided.") });
        }
        v.require(QStringLiteral("voided_by"), i.voidedBy, Validation::tr("Name who voided the incident."));
        v.require(QStringLiteral("void_reason"), i.voidReason,
                  Validation::tr("Say why the incident is voided."));
        v.maxLength(QStringLiteral("void_reason"), i.voidReason, 1000);
    }
    return v.issues;
}

} // namespace riaya
