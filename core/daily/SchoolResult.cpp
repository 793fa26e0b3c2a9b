#include "SchoolResult.h"

#include "common/FieldConversion.h"
#include "common/Labels.h"

#include <QCoreApplication>

namespace riaya {

QVariantMap SchoolResult::toFields() const
{
    return { { QStringLiteral("resident_id"), residentId },
             { QStringLiteral("school_year"), schoolYear.trimmed() },
             { QStringLiteral("term"), term },
             { QStringLiteral("average"), average ? QVariant(*average) : QVariant() },
             { QStringLiteral("decision"), optionalText(decision) } };
}

SchoolResult SchoolResult::fromFields(const QVariantMap& f)
{
    SchoolResult r;
    r.id = f.value(QStringLiteral("id")).toString();
    r.residentId = f.value(QStringLiteral("resident_id")).toString();
    r.schoolYear = f.value(QStringLiteral("school_year")).toString();
    r.term = f.value(QStringLiteral("term")).toInt();
    const QVariant average = f.value(QStringLiteral("average"));
    if (!average.isNull()) {
        r.average = average.toDouble();
    }
    r.decision = f.value(QStringLiteral("decision")).toString();
    return r;
}

const QStringList& schoolDecisions()
{
    static const QStringList decisions { QStringLiteral("passed"), QStringLiteral("repeated"),
                                         QStringLiteral("dropped_out") };
    return decisions;
}

QString schoolDecisionLabel(const QString& decision, const QString& sex)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("SchoolDecision", "Passed to the next year"),
        QT_TRANSLATE_NOOP("SchoolDecision", "Repeats the year"),
        QT_TRANSLATE_NOOP("SchoolDecision", "Dropped out of school"),
    };
    static const SexedLabel female[] = {
        QT_TRANSLATE_NOOP3("SchoolDecision", "Passed to the next year", "female"),
        QT_TRANSLATE_NOOP3("SchoolDecision", "Repeats the year", "female"),
        QT_TRANSLATE_NOOP3("SchoolDecision", "Dropped out of school", "female"),
    };
    static const SexedLabel male[] = {
        QT_TRANSLATE_NOOP3("SchoolDecision", "Passed to the next year", "male"),
        QT_TRANSLATE_NOOP3("SchoolDecision", "Repeats the year", "male"),
        QT_TRANSLATE_NOOP3("SchoolDecision", "Dropped out of school", "male"),
    };
    const auto index = schoolDecisions().indexOf(decision);
    return index < 0 ? decision
                     : sexedLabel("SchoolDecision", labels[index], female[index], male[index], sex);
}

} // namespace riaya
