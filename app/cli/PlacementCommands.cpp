#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "families/FamilyJson.h"
#include "families/PlacementFigures.h"
#include "families/PlacementStore.h"

namespace riaya {
namespace {

int runPlacementStart(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> on = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    const std::optional<QDate> review = on ? dateOption(c, QStringLiteral("review")) : std::nullopt;
    if (!review) {
        return c.exitCode();
    }
    Placement p;
    p.residentId = o.value(QStringLiteral("resident"));
    p.familyId = o.value(QStringLiteral("family"));
    p.startedOn = *on;
    p.reviewOn = *review;
    p.legalBasis = o.value(QStringLiteral("legal-basis")).isEmpty() ? QStringLiteral("kafala")
                                                                    : o.value(QStringLiteral("legal-basis"));
    p.legalReference = o.value(QStringLiteral("reference"));
    if (o.isSet(QStringLiteral("visits-every"))) {
        // FIRST_INTERVAL:FIRST_MONTHS:LATER_INTERVAL, e.g. 1:6:3
        const QStringList parts = o.value(QStringLiteral("visits-every")).split(QLatin1Char(':'));
        bool a = false;
        bool b = false;
        bool d = false;
        p.visitPlan = { parts.value(1).toInt(&b), parts.value(0).toInt(&a), parts.value(2).toInt(&d) };
        if (parts.size() != 3 || !a || !b || !d) {
            return c.fail(Error::invalid(
                CommandContext::tr("--visits-every is INTERVAL:FIRST-MONTHS:LATER-INTERVAL, e.g. 1:6:3.")));
        }
    }
    return c.withDatabase(
        [&](Database& db) { return printNewId(c, familyOptionNames(), PlacementStore(db).place(p)); });
}

int runPlacementEnd(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> on = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!on) {
        return c.exitCode();
    }
    return finish(c,
                  PlacementStore(db).end(id, *on, o.value(QStringLiteral("outcome")),
                                         o.value(QStringLiteral("reason")),
                                         o.value(QStringLiteral("institution"))),
                  familyOptionNames());
}

int runPlacementList(CommandContext& c, Database& db)
{
    QCommandLineParser& o = c.options();
    const Result<QList<Placement>> placements
        = PlacementStore(db).list({ o.value(QStringLiteral("resident")), o.value(QStringLiteral("family")),
                                    o.isSet(QStringLiteral("active")) });
    if (!placements) {
        return c.fail(placements.error());
    }
    return c.print([&] { return toJsonArray(*placements); },
                   [&](QTextStream& out) {
                       for (const Placement& p : *placements) {
                           out << QStringLiteral("%1  %2  %3  %4\n")
                                      .arg(p.id, p.startedOn.toString(Qt::ISODate),
                                           p.isActive()
                                               ? CommandContext::tr("active", "a placement still running")
                                               : placementOutcomeLabel(p.outcome),
                                           p.legalReference);
                       }
                   });
}

int runPlacementVisit(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> on = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!on) {
        return c.exitCode();
    }
    return printNewId(c, familyOptionNames(),
                      PlacementStore(db).recordVisit({ {},
                                                       id,
                                                       *on,
                                                       o.value(QStringLiteral("social-worker")),
                                                       o.value(QStringLiteral("wellbeing")),
                                                       o.value(QStringLiteral("school")),
                                                       o.value(QStringLiteral("health")),
                                                       o.value(QStringLiteral("concerns")),
                                                       o.value(QStringLiteral("next-steps")) }));
}

int runPlacementVisits(CommandContext& c, Database& db, const QString& id)
{
    const Result<QList<PlacementVisit>> visits = PlacementStore(db).visits(id);
    if (!visits) {
        return c.fail(visits.error());
    }
    return c.print([&] { return toJsonArray(*visits); },
                   [&](QTextStream& out) {
                       for (const PlacementVisit& v : *visits) {
                           out << QStringLiteral("%1  %2  %3  %4\n")
                                      .arg(v.visitedOn.toString(Qt::ISODate), v.socialWorker,
                                           wellbeingLabel(v.wellbeing), v.concerns);
                       }
                   });
}

int runPlacementOverdue(CommandContext& c, Database& db)
{
    const Result<QList<PlacementStore::DueVisit>> due = PlacementStore(db).overdueVisits();
    if (!due) {
        return c.fail(due.error());
    }
    return c.print(
        [&] {
            return toJsonArray(*due, [](const PlacementStore::DueVisit& d) {
                QJsonObject object = toJson(d.placement);
                object.insert(QStringLiteral("last_visit"), jsonDate(d.lastVisit));
                object.insert(QStringLiteral("visit_due"), jsonDate(d.due));
                return object;
            });
        },
        [&](QTextStream& out) {
            for (const PlacementStore::DueVisit& d : *due) {
                out << QStringLiteral("%1  %2  %3\n")
                           .arg(d.placement.id, d.due.toString(Qt::ISODate), d.placement.legalReference);
            }
        });
}

QJsonObject figuresJson(const PlacementFigures& figures)
{
    QJsonObject states;
    for (auto it = figures.familiesByState.cbegin(); it != figures.familiesByState.cend(); ++it) {
        states.insert(it.key(), it.value());
    }
    return { { QStringLiteral("from"), figures.from.toString(Qt::ISODate) },
             { QStringLiteral("to"), figures.to.toString(Qt::ISODate) },
             { QStringLiteral("active_placements"), figures.activeAtEnd },
             { QStringLiteral("months"),
               toJsonArray(figures.months,
                           [](const PlacementFigures::Month& m) {
                               return QJsonObject { { QStringLiteral("month"), m.month },
                                                    { QStringLiteral("started"), m.started },
                                                    { QStringLiteral("ended"), m.ended } };
                           }) },
             { QStringLiteral("returns"),
               toJsonArray(figures.returns,
                           [](const PlacementFigures::Return& r) {
                               return QJsonObject { { QStringLiteral("outcome"), r.outcome },
                                                    { QStringLiteral("reason"), r.reason },
                                                    { QStringLiteral("count"), r.count } };
                           }) },
             { QStringLiteral("families_by_state"), states },
             { QStringLiteral("overdue_visits"), figures.overdueVisits } };
}

int runPlacementFigures(CommandContext& c)
{
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const std::optional<QDate> to = monthOption(c, QStringLiteral("to"), thisMonth);
    const std::optional<QDate> from
        = to ? monthOption(c, QStringLiteral("from"), to->addMonths(-11)) : std::nullopt;
    if (!from) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        const Result<PlacementFigures> figures = PlacementFigures::compute(db, *from, *to);
        if (!figures) {
            return c.fail(figures.error());
        }
        return c.print(
            [&] { return figuresJson(*figures); },
            [&](QTextStream& out) {
                out << CommandContext::tr("Active placements: %1").arg(figures->activeAtEnd) << '\n';
                for (const PlacementFigures::Month& m : figures->months) {
                    out << QStringLiteral("  %1  +%2  -%3\n").arg(m.month).arg(m.started).arg(m.ended);
                }
                for (const PlacementFigures::Return& r : figures->returns) {
                    out << QStringLiteral("  %1  %2  %3\n")
                               .arg(r.count)
                               .arg(placementOutcomeLabel(r.outcome), r.reason);
                }
                out << CommandContext::tr("Overdue visits: %1").arg(figures->overdueVisits) << '\n';
            });
    });
}

} // namespace

void addPlacementCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("placements start"),
          QT_TRANSLATE_NOOP("Cli", "Place a child with an approved family."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("resident"), Cli::tr("The child."), Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("family"), Cli::tr("The family."), Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("legal-basis"),
                                     Cli::tr("kafala (default) or placement_order."), Cli::tr("BASIS")));
              p.addOption(makeOption(QStringLiteral("reference"),
                                     Cli::tr("The decision's or order's reference."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("review"), Cli::tr("When the placement is reviewed."),
                                     Cli::tr("DATE")));
              p.addOption(makeOption(
                  QStringLiteral("visits-every"),
                  Cli::tr("Visit plan INTERVAL:FIRST-MONTHS:LATER-INTERVAL in months (default 1:6:3)."),
                  Cli::tr("PLAN")));
              declareDateOption(p, Cli::tr("The first day in the family (default today)."));
          },
          runPlacementStart });
    commands.append(
        { QStringLiteral("placements end"), QT_TRANSLATE_NOOP("Cli", "End a placement with its outcome."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("outcome"),
                                     Cli::tr("%1.").arg(placementOutcomes().join(QStringLiteral(", "))),
                                     Cli::tr("OUTCOME")));
              p.addOption(makeOption(QStringLiteral("reason"), Cli::tr("Why (required for a return)."),
                                     Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("institution"),
                                     Cli::tr("Where a child returning to an institution goes."),
                                     Cli::tr("ID")));
              declareDateOption(p, Cli::tr("The last day (default today)."));
          },
          onNamedRecord(CommandContext::tr("placement"), runPlacementEnd), QStringLiteral("ID") });
    commands.append({ QStringLiteral("placements list"),
                      QT_TRANSLATE_NOOP("Cli", "List placements, newest first."),
                      [](QCommandLineParser& p) {
                          p.addOption(makeOption(QStringLiteral("active"), Cli::tr("Only those not ended.")));
                          p.addOption(makeOption(QStringLiteral("family"), Cli::tr("Only this family's."),
                                                 Cli::tr("ID")));
                          p.addOption(makeOption(QStringLiteral("resident"), Cli::tr("Only this child's."),
                                                 Cli::tr("ID")));
                      },
                      onDatabase(runPlacementList) });
    commands.append(
        { QStringLiteral("placements visit"), QT_TRANSLATE_NOOP("Cli", "Record a follow-up visit."),
          [](QCommandLineParser& p) {
              p.addOption(
                  makeOption(QStringLiteral("social-worker"), Cli::tr("Who visited."), Cli::tr("NAME")));
              p.addOption(
                  makeOption(QStringLiteral("wellbeing"), Cli::tr("good, fair or poor."), Cli::tr("LEVEL")));
              p.addOption(makeOption(QStringLiteral("school"), Cli::tr("How school goes."), Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("health"), Cli::tr("The child's health."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("concerns"), Cli::tr("Concerns seen or heard."),
                                     Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("next-steps"), Cli::tr("What happens next."), Cli::tr("TEXT")));
              declareDateOption(p, Cli::tr("The day of the visit (default today)."));
          },
          onNamedRecord(CommandContext::tr("placement"), runPlacementVisit), QStringLiteral("ID") });
    commands.append({ QStringLiteral("placements visits"),
                      QT_TRANSLATE_NOOP("Cli", "List a placement's visits."), [](QCommandLineParser&) {},
                      onNamedRecord(CommandContext::tr("placement"), runPlacementVisits),
                      QStringLiteral("ID") });
    commands.append({ QStringLiteral("placements overdue"),
                      QT_TRANSLATE_NOOP("Cli", "List the placements whose follow-up visit is overdue."),
                      [](QCommandLineParser&) {}, onDatabase(runPlacementOverdue) });
    commands.append(
        { QStringLiteral("placements figures"),
          QT_TRANSLATE_NOOP("Cli", "The figures of family-based care for the ministry."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("from"),
                                     Cli::tr("First month, YYYY-MM (default 11 months before --to)."),
                                     Cli::tr("MONTH")));
              p.addOption(makeOption(QStringLiteral("to"),
                                     Cli::tr("Last month, YYYY-MM (default this month)."), Cli::tr("MONTH")));
          },
          runPlacementFigures });
}

} // namespace riaya
