#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "families/FamilyJson.h"
#include "families/FamilyStore.h"
#include "families/PlacementStore.h"

namespace riaya {
namespace {

// "NAME:RELATIONSHIP:YEAR" (the year may be left out).
std::optional<FamilyMember> memberOption(CommandContext& c, const QString& value, bool head)
{
    const QStringList parts = value.split(QLatin1Char(':'));
    bool yearOk = parts.size() < 3;
    const int year = parts.size() >= 3 ? parts.at(2).trimmed().toInt(&yearOk) : 0;
    if (parts.size() < 2 || parts.size() > 3 || !yearOk) {
        c.fail(Error::invalid(CommandContext::tr("“%1” is not NAME:RELATIONSHIP:BIRTH-YEAR.").arg(value)));
        return std::nullopt;
    }
    return FamilyMember { parts.at(0).trimmed(), parts.at(1).trimmed(), year, head };
}

int runFamilyAdd(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> on = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!on) {
        return c.exitCode();
    }
    Family f;
    f.familyName = o.value(QStringLiteral("name"));
    f.familyNameLatin = o.value(QStringLiteral("name-latin"));
    for (const auto& [option, head] :
         { std::pair { QStringLiteral("head"), true }, std::pair { QStringLiteral("member"), false } }) {
        for (const QString& value : o.values(option)) {
            const std::optional<FamilyMember> member = memberOption(c, value, head);
            if (!member) {
                return c.exitCode();
            }
            f.members << *member;
        }
    }
    f.address = o.value(QStringLiteral("address"));
    f.region = o.value(QStringLiteral("region"));
    f.province = o.value(QStringLiteral("province"));
    f.phone = o.value(QStringLiteral("phone"));
    f.occupation = o.value(QStringLiteral("occupation"));
    f.incomeBand = o.value(QStringLiteral("income"));
    f.documents = o.values(QStringLiteral("document"));
    f.capacity = c.intOption(QStringLiteral("capacity"), 1, 1, 10);
    if (f.capacity < 0) {
        return c.exitCode();
    }
    if (const QString ages = o.value(QStringLiteral("ages")); !ages.isEmpty()) {
        const QStringList range = ages.split(QLatin1Char('-'));
        bool minOk = false;
        bool maxOk = false;
        f.preferredAgeMin = range.value(0).toInt(&minOk);
        f.preferredAgeMax = range.value(1).toInt(&maxOk);
        if (range.size() != 2 || !minOk || !maxOk) {
            return c.fail(Error::invalid(CommandContext::tr("--ages is MIN-MAX in years, e.g. 3-10.")));
        }
    }
    f.preferredSex = o.value(QStringLiteral("sex"));
    return c.withDatabase(
        [&](Database& db) { return printNewId(c, familyOptionNames(), FamilyStore(db).add(f, *on)); });
}

int runFamilyList(CommandContext& c, Database& db)
{
    const Result<QList<Family>> families = FamilyStore(db).search(c.options().value(QStringLiteral("search")),
                                                                  c.options().value(QStringLiteral("state")));
    if (!families) {
        return c.fail(families.error());
    }
    return c.print([&] { return toJsonArray(*families); },
                   [&](QTextStream& out) {
                       for (const Family& f : *families) {
                           out << QStringLiteral("%1  %2  %3  %4\n")
                                      .arg(f.id, familyStateLabel(f.state), f.familyName, f.heads());
                       }
                   });
}

int runFamilyShow(CommandContext& c, Database& db, const QString& id)
{
    FamilyStore families(db);
    const Result<Family> family = families.get(id);
    if (!family) {
        return c.fail(family.error());
    }
    const Result<QList<FamilyEvent>> history = families.history(id);
    const Result<QList<HomeStudy>> studies = families.homeStudies(id);
    const Result<QList<Placement>> placements = PlacementStore(db).list({ {}, id, false });
    if (!history || !studies || !placements) {
        return c.fail(!history ? history.error() : !studies ? studies.error() : placements.error());
    }
    return c.print(
        [&] {
            QJsonObject object = toJson(*family);
            object.insert(QStringLiteral("history"), toJsonArray(*history));
            object.insert(QStringLiteral("home_studies"), toJsonArray(*studies));
            object.insert(QStringLiteral("placements"), toJsonArray(*placements));
            return object;
        },
        [&](QTextStream& out) {
            out << family->familyName << "  " << familyStateLabel(family->state) << '\n';
            for (const FamilyEvent& e : *history) {
                out << QStringLiteral("  %1  %2  %3  %4\n")
                           .arg(e.on.toString(Qt::ISODate), familyStateLabel(e.state), e.decidedBy, e.reason);
            }
        });
}

int runFamilyState(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> on = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    const std::optional<QDate> renewal = on ? dateOption(c, QStringLiteral("renewal")) : std::nullopt;
    if (!renewal) {
        return c.exitCode();
    }
    return finish(c,
                  FamilyStore(db).changeState(id, o.value(QStringLiteral("to")), *on,
                                              o.value(QStringLiteral("reason")),
                                              o.value(QStringLiteral("approval-number")), *renewal),
                  familyOptionNames());
}

int runFamilyStudy(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> on = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!on) {
        return c.exitCode();
    }
    return printNewId(c, familyOptionNames(),
                      FamilyStore(db).addHomeStudy({ {},
                                                     id,
                                                     *on,
                                                     o.value(QStringLiteral("social-worker")),
                                                     o.value(QStringLiteral("assessment")),
                                                     o.value(QStringLiteral("recommendation")) }));
}

} // namespace

void addFamilyCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("families add"), QT_TRANSLATE_NOOP("Cli", "Register a family at the enquiry stage."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("name"), Cli::tr("The family name."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("name-latin"),
                                     Cli::tr("The family name in Latin letters."), Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("head"),
                             Cli::tr("A head of the family, NAME:RELATIONSHIP:BIRTH-YEAR; repeat for two."),
                             Cli::tr("MEMBER")));
              p.addOption(makeOption(QStringLiteral("member"),
                                     Cli::tr("Another member, NAME:RELATIONSHIP:BIRTH-YEAR; repeat."),
                                     Cli::tr("MEMBER")));
              p.addOption(
                  makeOption(QStringLiteral("address"), Cli::tr("The family's address."), Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("region"), Cli::tr("The family's region."), Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("province"), Cli::tr("The family's province."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("phone"), Cli::tr("The family's phone number."),
                                     Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("occupation"), Cli::tr("The heads' occupation."),
                                     Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("income"), Cli::tr("none, low, middle or high."),
                                     Cli::tr("BAND")));
              p.addOption(makeOption(QStringLiteral("document"),
                                     Cli::tr("A document received (%1); repeat.")
                                         .arg(familyDocuments().join(QStringLiteral(", "))),
                                     Cli::tr("DOCUMENT")));
              p.addOption(makeOption(QStringLiteral("capacity"),
                                     Cli::tr("How many children it may receive (default 1)."), Cli::tr("N")));
              p.addOption(
                  makeOption(QStringLiteral("ages"), Cli::tr("Preferred ages, MIN-MAX."), Cli::tr("RANGE")));
              p.addOption(
                  makeOption(QStringLiteral("sex"), Cli::tr("Preferred sex, F or M."), Cli::tr("SEX")));
              declareDateOption(p, Cli::tr("The day of the enquiry (default today)."));
          },
          runFamilyAdd });
    commands.append(
        { QStringLiteral("families list"), QT_TRANSLATE_NOOP("Cli", "List or search the families."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("search"), Cli::tr("Names as typed, in either script."),
                                     Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("state"), Cli::tr("Only families in this state."),
                                     Cli::tr("STATE")));
          },
          onDatabase(runFamilyList) });
    commands.append(
        { QStringLiteral("families show"),
          QT_TRANSLATE_NOOP("Cli", "Show a family with its history, home studies and placements."),
          [](QCommandLineParser&) {}, onNamedRecord(CommandContext::tr("family"), runFamilyShow),
          QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("families state"), QT_TRANSLATE_NOOP("Cli", "Record a decision on a family."),
          [](QCommandLineParser& p) {
              p.addOption(
                  makeOption(QStringLiteral("to"),
                             Cli::tr("The new state: %1.").arg(familyStates().join(QStringLiteral(", "))),
                             Cli::tr("STATE")));
              p.addOption(makeOption(QStringLiteral("reason"), Cli::tr("Why."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("approval-number"), Cli::tr("The approval's number."),
                                     Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("renewal"), Cli::tr("When the approval must be renewed."),
                                     Cli::tr("DATE")));
              declareDateOption(p, Cli::tr("The day of the decision (default today)."));
          },
          onNamedRecord(CommandContext::tr("family"), runFamilyState), QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("families study"), QT_TRANSLATE_NOOP("Cli", "Record a home study of a family."),
          [](QCommandLineParser& p) {
              p.addOption(
                  makeOption(QStringLiteral("social-worker"), Cli::tr("Who made it."), Cli::tr("NAME")));
              p.addOption(
                  makeOption(QStringLiteral("assessment"), Cli::tr("What was found."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("recommendation"),
                                     Cli::tr("%1.").arg(recommendations().join(QStringLiteral(", "))),
                                     Cli::tr("VALUE")));
              declareDateOption(p, Cli::tr("The day of the study (default today)."));
          },
          onNamedRecord(CommandContext::tr("family"), runFamilyStudy), QStringLiteral("ID") });
}

} // namespace riaya
