#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "daily/DailyJson.h"
#include "daily/PresenceStore.h"
#include "db/Database.h"

#include <QJsonObject>

namespace riaya {
namespace {

int runShow(CommandContext& c)
{
    const std::optional<QDate> day = dateOption(c, QStringLiteral("day"), QDate::currentDate());
    if (!day) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        Result<QList<PresenceMark>> sheet = PresenceStore(db).sheet(institution, *day);
        if (!sheet) {
            return failNamingOptions(c, sheet.error(), presenceOptionNames());
        }
        return c.print([&] { return toJsonArray(*sheet); },
                       [&](QTextStream& out) {
                           for (const PresenceMark& m : std::as_const(*sheet)) {
                               out << QStringLiteral("%1  %2  %3  %4")
                                          .arg(m.residentId, m.residentName,
                                               m.state.isEmpty() ? CommandContext::tr("not marked")
                                                                 : presenceStateLabel(m.state),
                                               m.note)
                                          .trimmed()
                                   << '\n';
                           }
                       });
    });
}

// The marks --all-present or --resident, --state and --note give on a day's sheet.
QList<PresenceMark> marksGiven(CommandContext& c, const QList<PresenceMark>& sheet)
{
    QCommandLineParser& o = c.options();
    QList<PresenceMark> marks;
    if (o.isSet(QStringLiteral("all-present"))) {
        for (PresenceMark m : sheet) {
            if (m.state.isEmpty()) {
                m.state = QStringLiteral("present");
                marks.append(m);
            }
        }
        return marks;
    }
    PresenceMark mark;
    mark.residentId = o.value(QStringLiteral("resident"));
    mark.state = o.value(QStringLiteral("state"));
    mark.note = o.value(QStringLiteral("note"));
    if (!o.isSet(QStringLiteral("note"))) { // keep the note already written
        for (const PresenceMark& m : sheet) {
            if (m.residentId == mark.residentId) {
                mark.note = m.note;
            }
        }
    }
    marks.append(mark);
    return marks;
}

int runMark(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const bool all = o.isSet(QStringLiteral("all-present"));
    const bool one = o.isSet(QStringLiteral("resident")) || o.isSet(QStringLiteral("state"))
        || o.isSet(QStringLiteral("note"));
    if (all == one) {
        return c.usage(
            CommandContext::tr("Mark one resident with --resident ID --state STATE, or every resident "
                               "not yet marked with --all-present."));
    }
    if (one && (!o.isSet(QStringLiteral("resident")) || !o.isSet(QStringLiteral("state")))) {
        return c.usage(
            CommandContext::tr("Name the resident with --resident ID and the state with --state STATE."));
    }
    const std::optional<QDate> day = dateOption(c, QStringLiteral("day"), QDate::currentDate());
    if (!day) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        PresenceStore store(db);
        Result<QList<PresenceMark>> sheet = store.sheet(institution, *day);
        if (!sheet) {
            return failNamingOptions(c, sheet.error(), presenceOptionNames());
        }
        const QList<PresenceMark> marks = marksGiven(c, *sheet);
        if (Status saved = store.saveSheet(institution, *day, marks); !saved) {
            return failNamingOptions(c, saved.error(), presenceOptionNames());
        }
        const int count = static_cast<int>(marks.size());
        return c.print(
            [&] {
                return QJsonObject { { QStringLiteral("day"), day->toString(Qt::ISODate) },
                                     { QStringLiteral("institution_id"), institution },
                                     { QStringLiteral("marked"), count } };
            },
            [&](QTextStream& out) {
                if (all) {
                    out << CommandContext::tr("%n residents marked present.", nullptr, count) << '\n';
                }
            });
    });
}

int runMonth(CommandContext& c)
{
    const QString resident = c.options().value(QStringLiteral("resident"));
    if (resident.isEmpty()) {
        return c.usage(CommandContext::tr("Name the resident with --resident ID."));
    }
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const std::optional<QDate> month = monthOption(c, QStringLiteral("month"), thisMonth);
    if (!month) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        Result<QList<PresenceMark>> marks
            = PresenceStore(db).monthOf(resident, month->year(), month->month());
        if (!marks) {
            return failNamingOptions(c, marks.error(), presenceOptionNames());
        }
        return c.print([&] { return toJsonArray(*marks); },
                       [&](QTextStream& out) {
                           for (const PresenceMark& m : std::as_const(*marks)) {
                               out << QStringLiteral("%1  %2  %3")
                                          .arg(m.day.toString(Qt::ISODate), presenceStateLabel(m.state),
                                               m.note)
                                          .trimmed()
                                   << '\n';
                           }
                       });
    });
}

int runRate(CommandContext& c)
{
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const std::optional<QDate> month = monthOption(c, QStringLiteral("month"), thisMonth);
    if (!month) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        Result<PresenceRate> rate = PresenceStore(db).monthlyRate(institution, month->year(), month->month());
        if (!rate) {
            return failNamingOptions(c, rate.error(), presenceOptionNames());
        }
        return c.print(
            [&] {
                return QJsonObject { { QStringLiteral("institution_id"), institution },
                                     { QStringLiteral("month"), month->toString(QStringLiteral("yyyy-MM")) },
                                     { QStringLiteral("present"), rate->present },
                                     { QStringLiteral("absent"), rate->absent },
                                     { QStringLiteral("leave"), rate->leave },
                                     { QStringLiteral("sick"), rate->sick },
                                     { QStringLiteral("total"), rate->total() },
                                     { QStringLiteral("rate"), rate->rate() } };
            },
            [&](QTextStream& out) {
                const int counts[] = { rate->present, rate->absent, rate->leave, rate->sick };
                for (qsizetype i = 0; i < presenceStates().size(); ++i) {
                    out << QStringLiteral("%1: %2\n")
                               .arg(presenceStateLabel(presenceStates().at(i)))
                               .arg(counts[i]);
                }
                out << CommandContext::tr("Present on %1% of %n marks.", nullptr, rate->total())
                           .arg(QString::number(rate->rate() * 100.0, 'f', 1))
                    << '\n';
            });
    });
}

void declareMonth(QCommandLineParser& p)
{
    p.addOption(
        { QStringLiteral("month"), Cli::tr("The month, YYYY-MM (default this month)."), Cli::tr("MONTH") });
}

void declareDayAndInstitution(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("day"), Cli::tr("The day, YYYY-MM-DD (default today)."), Cli::tr("DATE") });
    declareInstitutionOption(p);
}

} // namespace

void addPresenceCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("presence show"),
          QT_TRANSLATE_NOOP("Cli", "Show a day's presence sheet: the residents present and their marks."),
          declareDayAndInstitution, runShow });
    commands.append(
        { QStringLiteral("presence mark"),
          QT_TRANSLATE_NOOP(
              "Cli", "Mark a resident's presence for a day, or every resident not yet marked as present."),
          [](QCommandLineParser& p) {
              declareDayAndInstitution(p);
              p.addOption({ QStringLiteral("resident"), Cli::tr("The resident to mark."), Cli::tr("ID") });
              p.addOption({ QStringLiteral("state"),
                            Cli::tr("The state: %1.").arg(presenceStates().join(QStringLiteral(", "))),
                            Cli::tr("STATE") });
              p.addOption({ QStringLiteral("note"), Cli::tr("A note on the mark (kept if not given)."),
                            Cli::tr("TEXT") });
              p.addOption(
                  { QStringLiteral("all-present"),
                    Cli::tr("Mark every resident present on the sheet and not yet marked as present.") });
          },
          runMark });
    commands.append(
        { QStringLiteral("presence month"),
          QT_TRANSLATE_NOOP("Cli", "Show one resident's presence marks for a month."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("resident"), Cli::tr("The resident."), Cli::tr("ID") });
              declareMonth(p);
          },
          runMonth });
    commands.append(
        { QStringLiteral("presence rate"),
          QT_TRANSLATE_NOOP("Cli", "Count an institution's presence marks of a month, per state."),
          [](QCommandLineParser& p) {
              declareMonth(p);
              declareInstitutionOption(p);
          },
          runRate });
}

} // namespace riaya
