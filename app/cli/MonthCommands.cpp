#include "Cli.h"
#include "OptionValues.h"
#include "db/Database.h"
#include "reports/MonthCompleteness.h"
#include "reports/MonthReport.h"

#include <QJsonObject>

namespace riaya {
namespace {

// The month to close: --month YYYY-MM, by default the one that ended last.
std::optional<QDate> closedMonth(CommandContext& c)
{
    const QDate today = QDate::currentDate();
    return monthOption(c, QStringLiteral("month"), QDate(today.year(), today.month(), 1).addMonths(-1));
}

QJsonObject figuresJson(const MonthFigures& figures)
{
    QJsonObject out = QJsonObject::fromVariantMap(figures.toMap());
    out.insert(QStringLiteral("institution_id"), figures.institutionId);
    out.insert(QStringLiteral("month"), figures.month.toString(QStringLiteral("yyyy-MM")));
    return out;
}

void printFigures(QTextStream& out, const MonthFigures& figures)
{
    out << CommandContext::tr("Month %1").arg(figures.month.toString(QStringLiteral("yyyy-MM"))) << '\n'
        << CommandContext::tr("In the house on the first day: %1 (capacity %2)")
               .arg(figures.residentsAtStart)
               .arg(figures.capacity)
        << '\n'
        << CommandContext::tr("Admissions: %1").arg(figures.admissions) << '\n'
        << CommandContext::tr("Exits: %1 (left %2, transferred %3, placed in a family %4)")
               .arg(figures.exits())
               .arg(figures.exitsLeft)
               .arg(figures.exitsTransferred)
               .arg(figures.exitsPlaced)
        << '\n'
        << CommandContext::tr("In the house after the last day: %1").arg(figures.residentsAtEnd) << '\n'
        << CommandContext::tr("Presence marks: %1 present, %2 absent, %3 on leave, %4 sick (rate %5%)")
               .arg(figures.presence.present)
               .arg(figures.presence.absent)
               .arg(figures.presence.leave)
               .arg(figures.presence.sick)
               .arg(qRound(figures.presence.rate() * 100))
        << '\n'
        << CommandContext::tr("Incidents: %1").arg(figures.incidents) << '\n';
}

QJsonObject completenessJson(const MonthCompleteness& completeness)
{
    QJsonObject out = QJsonObject::fromVariantMap(completeness.toMap());
    out.insert(QStringLiteral("complete"), completeness.complete());
    return out;
}

void printCompleteness(QTextStream& out, const MonthCompleteness& completeness)
{
    if (completeness.complete()) {
        out << CommandContext::tr("Complete: every day has its presence marks and no result is missing.")
            << '\n';
        return;
    }
    out << CommandContext::tr("Incomplete:") << '\n';
    for (const QString& line : completeness.describe()) {
        out << "  " << line << '\n';
    }
}

int runFigures(CommandContext& c)
{
    const std::optional<QDate> month = closedMonth(c);
    if (!month) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        const Result<MonthFigures> figures = MonthReport::compute(db, institution, *month);
        if (!figures) {
            return c.fail(figures.error());
        }
        const Result<MonthCompleteness> completeness = MonthCompleteness::check(db, institution, *month);
        if (!completeness) {
            return c.fail(completeness.error());
        }
        return c.print(
            [&] {
                QJsonObject out = figuresJson(*figures);
                out.insert(QStringLiteral("completeness"), completenessJson(*completeness));
                return out;
            },
            [&](QTextStream& out) {
                printFigures(out, *figures);
                printCompleteness(out, *completeness);
            });
    });
}

// The approver is the person signed in (--user); --by names one only on a database without
// accounts, where scripts work as its local operator.
int runApprove(CommandContext& c)
{
    const std::optional<QDate> month = closedMonth(c);
    if (!month) {
        return c.exitCode();
    }
    const MonthApproval approval { c.options().value(QStringLiteral("by")),
                                   c.options().isSet(QStringLiteral("accept-incomplete")) };
    return withInstitution(c, [&](Database& db, const QString& institution) {
        const Result<MonthFigures> figures = MonthReport::approve(db, institution, *month, approval);
        if (!figures) {
            return c.fail(figures.error());
        }
        const Result<QList<ApprovedMonth>> approved = MonthReport::approved(db, institution);
        const QString monthKey = figures->month.toString(QStringLiteral("yyyy-MM"));
        ApprovedMonth record;
        for (const ApprovedMonth& done : approved ? *approved : QList<ApprovedMonth>()) {
            if (done.month == monthKey) {
                record = done;
            }
        }
        return c.print(
            [&] {
                QJsonObject out = figuresJson(*figures);
                out.insert(QStringLiteral("approved_by"), record.approvedBy);
                out.insert(QStringLiteral("approved_incomplete"),
                           record.figures.value(QStringLiteral("approved_incomplete")).toBool());
                return out;
            },
            [&](QTextStream& out) {
                printFigures(out, *figures);
                out << (record.figures.value(QStringLiteral("approved_incomplete")).toBool()
                            ? CommandContext::tr("Approved as incomplete by %1; the next bundle carries "
                                                 "these figures and what was missing.")
                            : CommandContext::tr("Approved by %1; the next bundle carries these figures."))
                           .arg(record.approvedBy)
                    << '\n';
            });
    });
}

void declareMonth(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("month"), Cli::tr("The month, YYYY-MM (default: the last one that ended)."),
                  Cli::tr("MONTH") });
    declareInstitutionOption(p);
}

} // namespace

void addMonthCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("month figures"),
                      QT_TRANSLATE_NOOP("Cli", "Show a house's figures for a month that has ended."),
                      declareMonth, runFigures });
    commands.append({ QStringLiteral("month approve"),
                      QT_TRANSLATE_NOOP("Cli", "Approve a month's figures; they travel in the next bundle."),
                      [](QCommandLineParser& p) {
                          declareMonth(p);
                          p.addOption({ QStringLiteral("by"),
                                        Cli::tr("Who approves, on a database without accounts (else the "
                                                "person signed in with --user approves)."),
                                        Cli::tr("NAME") });
                          p.addOption({ QStringLiteral("accept-incomplete"),
                                        Cli::tr("Approve a month whose presence marks or school results are "
                                                "incomplete (“month figures” lists what is missing).") });
                      },
                      runApprove });
}

} // namespace riaya
