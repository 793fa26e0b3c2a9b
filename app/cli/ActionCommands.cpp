#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionJson.h"

namespace riaya {
namespace {

int runActionAdd(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> due = dateOption(c, QStringLiteral("due"));
    if (!due) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        CorrectiveAction action;
        action.inspectionId = o.value(QStringLiteral("inspection"));
        action.findingId = o.value(QStringLiteral("finding"));
        action.description = o.value(QStringLiteral("description"));
        action.responsible = o.value(QStringLiteral("responsible"));
        action.dueOn = *due;
        return printNewId(c, inspectionOptionNames(), ActionStore(db).raise(action));
    });
}

int runActionList(CommandContext& c, Database& db)
{
    QCommandLineParser& o = c.options();
    const Result<QList<CorrectiveAction>> actions = ActionStore(db).list(
        { o.value(QStringLiteral("institution")), o.value(QStringLiteral("inspection")),
          o.isSet(QStringLiteral("overdue")), o.isSet(QStringLiteral("unfinished")) });
    if (!actions) {
        return c.fail(actions.error());
    }
    return c.print(
        [&] { return toJsonArray(*actions); },
        [&](QTextStream& out) {
            for (const CorrectiveAction& a : *actions) {
                out << QStringLiteral("%1  %2  %3%4  %5\n")
                           .arg(a.id, a.dueOn.toString(Qt::ISODate), actionStateLabel(a.state),
                                a.isOverdue() ? QStringLiteral(" (")
                                        + CommandContext::tr("overdue", "corrective action past its due date")
                                        + QLatin1Char(')')
                                              : QString(),
                                a.description.simplified());
            }
        });
}

int runActionSet(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> date = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!date) {
        return c.exitCode();
    }
    return finish(c,
                  ActionStore(db).setState(id, o.value(QStringLiteral("state")),
                                           o.value(QStringLiteral("note")),
                                           o.value(QStringLiteral("verified-in")), *date),
                  inspectionOptionNames());
}

} // namespace

void addActionCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("actions add"),
                      QT_TRANSLATE_NOOP("Cli", "Raise a corrective action from a finding."),
                      [](QCommandLineParser& p) {
                          p.addOption(makeOption(QStringLiteral("inspection"), Cli::tr("The inspection."),
                                                 Cli::tr("ID")));
                          p.addOption(makeOption(QStringLiteral("finding"),
                                                 Cli::tr("The finding it answers."), Cli::tr("ID")));
                          p.addOption(makeOption(QStringLiteral("description"), Cli::tr("What must be done."),
                                                 Cli::tr("TEXT")));
                          p.addOption(makeOption(QStringLiteral("responsible"),
                                                 Cli::tr("Who answers for it."), Cli::tr("NAME")));
                          p.addOption(makeOption(QStringLiteral("due"), Cli::tr("By when, YYYY-MM-DD."),
                                                 Cli::tr("DATE")));
                      },
                      runActionAdd });
    commands.append(
        { QStringLiteral("actions list"),
          QT_TRANSLATE_NOOP("Cli", "List corrective actions, the earliest due first."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("institution"), Cli::tr("Only this institution's."),
                                     Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("inspection"), Cli::tr("Only this inspection's."),
                                     Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("overdue"), Cli::tr("Only those past their due date.")));
              p.addOption(
                  makeOption(QStringLiteral("unfinished"), Cli::tr("Only those open or in progress.")));
          },
          onDatabase(runActionList) });
    commands.append(
        { QStringLiteral("actions set"), QT_TRANSLATE_NOOP("Cli", "Move a corrective action on."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("state"), Cli::tr("open, in_progress, done or verified."),
                                     Cli::tr("STATE")));
              p.addOption(
                  makeOption(QStringLiteral("note"), Cli::tr("What was seen or done."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("verified-in"),
                                     Cli::tr("The follow-up inspection that verified it."), Cli::tr("ID")));
              declareDateOption(p, Cli::tr("The day of the change (default today)."));
          },
          onNamedRecord(CommandContext::tr("corrective action"), runActionSet), QStringLiteral("ID") });
}

} // namespace riaya
