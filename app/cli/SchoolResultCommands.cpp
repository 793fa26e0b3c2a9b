#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "daily/DailyJson.h"
#include "daily/SchoolResultStore.h"
#include "db/Database.h"

#include <QJsonObject>

namespace riaya {
namespace {

int runAdd(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    SchoolResult result;
    result.residentId = o.value(QStringLiteral("resident"));
    if (result.residentId.isEmpty()) {
        return c.usage(CommandContext::tr("Name the resident with --resident ID."));
    }
    result.schoolYear = o.value(QStringLiteral("year"));
    result.term = o.value(QStringLiteral("term")).toInt(); // not a number: 0, refused as a term
    result.decision = o.value(QStringLiteral("decision"));
    if (o.isSet(QStringLiteral("average"))) {
        // Marks are often written with a decimal comma: 12,5.
        const QString text = o.value(QStringLiteral("average"));
        bool ok = false;
        result.average = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok) {
            return c.fail(
                Error::invalid(CommandContext::tr("The school result was not saved."),
                               { { QStringLiteral("average"),
                                   CommandContext::tr("“%1” is not a number; write an average such as 12.5.")
                                       .arg(text) } }));
        }
    }
    return c.withDatabase([&](Database& db) {
        Result<QString> id = SchoolResultStore(db).record(result);
        if (!id) {
            return failNamingOptions(c, id.error(), schoolResultOptionNames());
        }
        result.id = *id;
        return c.print([&] { return toJson(result); }, [&](QTextStream& out) { out << *id << '\n'; });
    });
}

int runList(CommandContext& c)
{
    const QString resident = c.options().value(QStringLiteral("resident"));
    if (resident.isEmpty()) {
        return c.usage(CommandContext::tr("Name the resident with --resident ID."));
    }
    return c.withDatabase([&](Database& db) {
        Result<QList<SchoolResult>> results = SchoolResultStore(db).resultsOf(resident);
        if (!results) {
            return failNamingOptions(c, results.error(), schoolResultOptionNames());
        }
        return c.print([&] { return toJsonArray(*results); },
                       [&](QTextStream& out) {
                           for (const SchoolResult& r : std::as_const(*results)) {
                               out << CommandContext::tr("%1, term %2: %3  %4")
                                          .arg(r.schoolYear)
                                          .arg(r.term)
                                          .arg(r.average ? QString::number(*r.average, 'f', 2)
                                                         : QStringLiteral("-"),
                                               schoolDecisionLabel(r.decision))
                                          .trimmed()
                                   << '\n';
                           }
                       });
    });
}

int runRate(CommandContext& c)
{
    const QString year = c.options().value(QStringLiteral("year"));
    if (year.isEmpty()) {
        return c.usage(CommandContext::tr("Name the school year with --year, for example --year 2025-2026."));
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        Result<SuccessRate> rate = SchoolResultStore(db).successRate(institution, year);
        if (!rate) {
            return failNamingOptions(c, rate.error(), schoolResultOptionNames());
        }
        return c.print(
            [&] {
                return QJsonObject { { QStringLiteral("institution_id"), institution },
                                     { QStringLiteral("school_year"), year },
                                     { QStringLiteral("passed"), rate->passed },
                                     { QStringLiteral("repeated"), rate->repeated },
                                     { QStringLiteral("dropped_out"), rate->droppedOut },
                                     { QStringLiteral("total"), rate->total() },
                                     { QStringLiteral("pass_rate"), rate->passRate() } };
            },
            [&](QTextStream& out) {
                const int counts[] = { rate->passed, rate->repeated, rate->droppedOut };
                for (qsizetype i = 0; i < schoolDecisions().size(); ++i) {
                    out << QStringLiteral("%1: %2\n")
                               .arg(schoolDecisionLabel(schoolDecisions().at(i)))
                               .arg(counts[i]);
                }
                out << CommandContext::tr("%1% of %n residents passed.", nullptr, rate->total())
                           .arg(QString::number(rate->passRate() * 100.0, 'f', 1))
                    << '\n';
            });
    });
}

} // namespace

void addSchoolResultCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("results add"),
          QT_TRANSLATE_NOOP("Cli",
                            "Record a resident's school result for a term (replaces the one recorded)."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("resident"), Cli::tr("The resident."), Cli::tr("ID") });
              p.addOption({ QStringLiteral("year"), Cli::tr("The school year, for example 2025-2026."),
                            Cli::tr("YEAR") });
              p.addOption({ QStringLiteral("term"), Cli::tr("The term: 1, 2 or 3."), Cli::tr("N") });
              p.addOption({ QStringLiteral("average"), Cli::tr("The term's average, from 0 to 20."),
                            Cli::tr("NUMBER") });
              p.addOption(
                  { QStringLiteral("decision"),
                    Cli::tr("The year's decision: %1.").arg(schoolDecisions().join(QStringLiteral(", "))),
                    Cli::tr("DECISION") });
          },
          runAdd });
    commands.append(
        { QStringLiteral("results list"),
          QT_TRANSLATE_NOOP("Cli", "List a resident's school results by year and term."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("resident"), Cli::tr("The resident."), Cli::tr("ID") });
          },
          runList });
    commands.append(
        { QStringLiteral("results rate"),
          QT_TRANSLATE_NOOP("Cli", "Count the year's decisions of the residents present in an institution."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("year"), Cli::tr("The school year, for example 2025-2026."),
                            Cli::tr("YEAR") });
              declareInstitutionOption(p);
          },
          runRate });
}

} // namespace riaya
