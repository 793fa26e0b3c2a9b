#include "Cli.h"
#include "OptionValues.h"
#include "db/Database.h"
#include "families/FamilyStore.h"
#include "families/PlacementFigures.h"
#include "families/PlacementStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace riaya {
namespace {

const QHash<QString, QString>& optionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("family_name"), QStringLiteral("name") },
        { QStringLiteral("members"), QStringLiteral("head/--member") },
        { QStringLiteral("preferred_age_min"), QStringLiteral("ages") },
        { QStringLiteral("preferred_sex"), QStringLiteral("sex") },
        { QStringLiteral("income_band"), QStringLiteral("income") },
        { QStringLiteral("documents"), QStringLiteral("document") },
        { QStringLiteral("state"), QStringLiteral("to") },
        { QStringLiteral("on_date"), QStringLiteral("date") },
        { QStringLiteral("approval_number"), QStringLiteral("approval-number") },
        { QStringLiteral("approval_renewal_on"), QStringLiteral("renewal") },
        { QStringLiteral("done_on"), QStringLiteral("date") },
        { QStringLiteral("social_worker"), QStringLiteral("social-worker") },
        { QStringLiteral("resident_id"), QStringLiteral("resident") },
        { QStringLiteral("family_id"), QStringLiteral("family") },
        { QStringLiteral("started_on"), QStringLiteral("date") },
        { QStringLiteral("legal_basis"), QStringLiteral("legal-basis") },
        { QStringLiteral("legal_reference"), QStringLiteral("reference") },
        { QStringLiteral("review_on"), QStringLiteral("review") },
        { QStringLiteral("visit_plan"), QStringLiteral("visits-every") },
        { QStringLiteral("ended_on"), QStringLiteral("date") },
        { QStringLiteral("end_reason"), QStringLiteral("reason") },
        { QStringLiteral("institution_id"), QStringLiteral("institution") },
        { QStringLiteral("visited_on"), QStringLiteral("date") },
    };
    return names;
}

QJsonObject familyJson(const Family& f)
{
    QJsonArray members;
    for (const FamilyMember& m : f.members) {
        members.append(QJsonObject {
            { QStringLiteral("name"), m.name },
            { QStringLiteral("relationship"), m.relationship },
            { QStringLiteral("birth_year"), m.birthYear ? QJsonValue(m.birthYear) : QJsonValue() },
            { QStringLiteral("head"), m.head } });
    }
    return { { QStringLiteral("id"), f.id },
             { QStringLiteral("family_name"), f.familyName },
             { QStringLiteral("family_name_latin"), jsonText(f.familyNameLatin) },
             { QStringLiteral("members"), members },
             { QStringLiteral("region"), jsonText(f.region) },
             { QStringLiteral("province"), jsonText(f.province) },
             { QStringLiteral("address"), jsonText(f.address) },
             { QStringLiteral("phone"), jsonText(f.phone) },
             { QStringLiteral("occupation"), jsonText(f.occupation) },
             { QStringLiteral("income_band"), jsonText(f.incomeBand) },
             { QStringLiteral("documents"), QJsonArray::fromStringList(f.documents) },
             { QStringLiteral("state"), f.state },
             { QStringLiteral("state_since"), jsonDate(f.stateSince) },
             { QStringLiteral("approval_number"), jsonText(f.approvalNumber) },
             { QStringLiteral("approval_renewal_on"), jsonDate(f.approvalRenewalOn) },
             { QStringLiteral("capacity"), f.capacity } };
}

QJsonObject placementJson(const Placement& p)
{
    return { { QStringLiteral("id"), p.id },
             { QStringLiteral("resident_id"), p.residentId },
             { QStringLiteral("family_id"), p.familyId },
             { QStringLiteral("started_on"), jsonDate(p.startedOn) },
             { QStringLiteral("legal_basis"), p.legalBasis },
             { QStringLiteral("legal_reference"), p.legalReference },
             { QStringLiteral("review_on"), jsonDate(p.reviewOn) },
             { QStringLiteral("from_institution_id"), jsonText(p.fromInstitutionId) },
             { QStringLiteral("ended_on"), jsonDate(p.endedOn) },
             { QStringLiteral("outcome"), jsonText(p.outcome) },
             { QStringLiteral("end_reason"), jsonText(p.endReason) } };
}

QJsonObject visitJson(const PlacementVisit& v)
{
    return { { QStringLiteral("id"), v.id },
             { QStringLiteral("placement_id"), v.placementId },
             { QStringLiteral("visited_on"), jsonDate(v.visitedOn) },
             { QStringLiteral("social_worker"), v.socialWorker },
             { QStringLiteral("wellbeing"), v.wellbeing },
             { QStringLiteral("school"), jsonText(v.school) },
             { QStringLiteral("health"), jsonText(v.health) },
             { QStringLiteral("concerns"), jsonText(v.concerns) },
             { QStringLiteral("next_steps"), jsonText(v.nextSteps) } };
}

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
    Database* db = c.openDatabase();
    return db ? printNewId(c, optionNames(), FamilyStore(*db).add(f, *on)) : c.exitCode();
}

int runFamilyList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<Family>> families = FamilyStore(*db).search(
        c.options().value(QStringLiteral("search")), c.options().value(QStringLiteral("state")));
    if (!families) {
        return c.fail(families.error());
    }
    if (c.json()) {
        c.printJsonArray(*families, familyJson);
        return ExitOk;
    }
    for (const Family& f : *families) {
        c.out() << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(f.id, familyStateLabel(f.state), f.familyName, f.heads());
    }
    c.out().flush();
    return ExitOk;
}

int runFamilyShow(CommandContext& c)
{
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("family"));
    if (!db) {
        return c.exitCode();
    }
    FamilyStore families(*db);
    const Result<Family> family = families.get(id);
    if (!family) {
        return c.fail(family.error());
    }
    const Result<QList<FamilyEvent>> history = families.history(id);
    const Result<QList<HomeStudy>> studies = families.homeStudies(id);
    const Result<QList<Placement>> placements = PlacementStore(*db).list({ {}, id, false });
    if (!history || !studies || !placements) {
        return c.fail(!history ? history.error() : !studies ? studies.error() : placements.error());
    }
    if (c.json()) {
        QJsonObject object = familyJson(*family);
        QJsonArray events;
        for (const FamilyEvent& e : *history) {
            events.append(QJsonObject { { QStringLiteral("state"), e.state },
                                        { QStringLiteral("on"), jsonDate(e.on) },
                                        { QStringLiteral("decided_by"), e.decidedBy },
                                        { QStringLiteral("reason"), e.reason } });
        }
        QJsonArray studyArray;
        for (const HomeStudy& s : *studies) {
            studyArray.append(QJsonObject { { QStringLiteral("done_on"), jsonDate(s.doneOn) },
                                            { QStringLiteral("social_worker"), s.socialWorker },
                                            { QStringLiteral("assessment"), s.assessment },
                                            { QStringLiteral("recommendation"), s.recommendation } });
        }
        QJsonArray placementArray;
        for (const Placement& p : *placements) {
            placementArray.append(placementJson(p));
        }
        object.insert(QStringLiteral("history"), events);
        object.insert(QStringLiteral("home_studies"), studyArray);
        object.insert(QStringLiteral("placements"), placementArray);
        c.printJson(object);
        return ExitOk;
    }
    c.out() << family->familyName << "  " << familyStateLabel(family->state) << '\n';
    for (const FamilyEvent& e : *history) {
        c.out() << QStringLiteral("  %1  %2  %3  %4\n")
                       .arg(e.on.toString(Qt::ISODate), familyStateLabel(e.state), e.decidedBy, e.reason);
    }
    c.out().flush();
    return ExitOk;
}

int runFamilyState(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("family"));
    const std::optional<QDate> on
        = db ? dateOption(c, QStringLiteral("date"), QDate::currentDate()) : std::nullopt;
    const std::optional<QDate> renewal = on ? dateOption(c, QStringLiteral("renewal")) : std::nullopt;
    if (!renewal) {
        return c.exitCode();
    }
    const Status changed = FamilyStore(*db).changeState(id, o.value(QStringLiteral("to")), *on,
                                                        o.value(QStringLiteral("reason")),
                                                        o.value(QStringLiteral("approval-number")), *renewal);
    return changed ? ExitOk : failNamingOptions(c, changed.error(), optionNames());
}

int runFamilyStudy(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("family"));
    const std::optional<QDate> on
        = db ? dateOption(c, QStringLiteral("date"), QDate::currentDate()) : std::nullopt;
    if (!on) {
        return c.exitCode();
    }
    return printNewId(c, optionNames(),
                      FamilyStore(*db).addHomeStudy({ {},
                                                      id,
                                                      *on,
                                                      o.value(QStringLiteral("social-worker")),
                                                      o.value(QStringLiteral("assessment")),
                                                      o.value(QStringLiteral("recommendation")) }));
}

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
    Database* db = c.openDatabase();
    return db ? printNewId(c, optionNames(), PlacementStore(*db).place(p)) : c.exitCode();
}

int runPlacementEnd(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("placement"));
    const std::optional<QDate> on
        = db ? dateOption(c, QStringLiteral("date"), QDate::currentDate()) : std::nullopt;
    if (!on) {
        return c.exitCode();
    }
    const Status ended
        = PlacementStore(*db).end(id, *on, o.value(QStringLiteral("outcome")),
                                  o.value(QStringLiteral("reason")), o.value(QStringLiteral("institution")));
    return ended ? ExitOk : failNamingOptions(c, ended.error(), optionNames());
}

int runPlacementList(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<Placement>> placements
        = PlacementStore(*db).list({ o.value(QStringLiteral("resident")), o.value(QStringLiteral("family")),
                                     o.isSet(QStringLiteral("active")) });
    if (!placements) {
        return c.fail(placements.error());
    }
    if (c.json()) {
        c.printJsonArray(*placements, placementJson);
        return ExitOk;
    }
    for (const Placement& p : *placements) {
        c.out() << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(p.id, p.startedOn.toString(Qt::ISODate),
                            p.isActive() ? CommandContext::tr("active") : placementOutcomeLabel(p.outcome),
                            p.legalReference);
    }
    c.out().flush();
    return ExitOk;
}

int runPlacementVisit(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("placement"));
    const std::optional<QDate> on
        = db ? dateOption(c, QStringLiteral("date"), QDate::currentDate()) : std::nullopt;
    if (!on) {
        return c.exitCode();
    }
    return printNewId(c, optionNames(),
                      PlacementStore(*db).recordVisit({ {},
                                                        id,
                                                        *on,
                                                        o.value(QStringLiteral("social-worker")),
                                                        o.value(QStringLiteral("wellbeing")),
                                                        o.value(QStringLiteral("school")),
                                                        o.value(QStringLiteral("health")),
                                                        o.value(QStringLiteral("concerns")),
                                                        o.value(QStringLiteral("next-steps")) }));
}

int runPlacementVisits(CommandContext& c)
{
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("placement"));
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<PlacementVisit>> visits = PlacementStore(*db).visits(id);
    if (!visits) {
        return c.fail(visits.error());
    }
    if (c.json()) {
        c.printJsonArray(*visits, visitJson);
        return ExitOk;
    }
    for (const PlacementVisit& v : *visits) {
        c.out() << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(v.visitedOn.toString(Qt::ISODate), v.socialWorker, wellbeingLabel(v.wellbeing),
                            v.concerns);
    }
    c.out().flush();
    return ExitOk;
}

int runPlacementOverdue(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<PlacementStore::DueVisit>> due = PlacementStore(*db).overdueVisits();
    if (!due) {
        return c.fail(due.error());
    }
    if (c.json()) {
        c.printJsonArray(*due, [](const PlacementStore::DueVisit& d) {
            QJsonObject object = placementJson(d.placement);
            object.insert(QStringLiteral("last_visit"), jsonDate(d.lastVisit));
            object.insert(QStringLiteral("visit_due"), jsonDate(d.due));
            return object;
        });
        return ExitOk;
    }
    for (const PlacementStore::DueVisit& d : *due) {
        c.out() << QStringLiteral("%1  %2  %3\n")
                       .arg(d.placement.id, d.due.toString(Qt::ISODate), d.placement.legalReference);
    }
    c.out().flush();
    return ExitOk;
}

int runPlacementFigures(CommandContext& c)
{
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const std::optional<QDate> to = monthOption(c, QStringLiteral("to"), thisMonth);
    const std::optional<QDate> from
        = to ? monthOption(c, QStringLiteral("from"), to->addMonths(-11)) : std::nullopt;
    Database* db = from ? c.openDatabase() : nullptr;
    if (!db) {
        return c.exitCode();
    }
    const Result<PlacementFigures> figures = PlacementFigures::compute(*db, *from, *to);
    if (!figures) {
        return c.fail(figures.error());
    }
    if (c.json()) {
        QJsonArray months;
        for (const PlacementFigures::Month& m : figures->months) {
            months.append(QJsonObject { { QStringLiteral("month"), m.month },
                                        { QStringLiteral("started"), m.started },
                                        { QStringLiteral("ended"), m.ended } });
        }
        QJsonArray returns;
        for (const PlacementFigures::Return& r : figures->returns) {
            returns.append(QJsonObject { { QStringLiteral("outcome"), r.outcome },
                                         { QStringLiteral("reason"), r.reason },
                                         { QStringLiteral("count"), r.count } });
        }
        QJsonObject states;
        for (auto it = figures->familiesByState.cbegin(); it != figures->familiesByState.cend(); ++it) {
            states.insert(it.key(), it.value());
        }
        c.printJson(QJsonObject { { QStringLiteral("from"), figures->from.toString(Qt::ISODate) },
                                  { QStringLiteral("to"), figures->to.toString(Qt::ISODate) },
                                  { QStringLiteral("active_placements"), figures->activeAtEnd },
                                  { QStringLiteral("months"), months },
                                  { QStringLiteral("returns"), returns },
                                  { QStringLiteral("families_by_state"), states },
                                  { QStringLiteral("overdue_visits"), figures->overdueVisits } });
        return ExitOk;
    }
    c.out() << CommandContext::tr("Active placements: %1").arg(figures->activeAtEnd) << '\n';
    for (const PlacementFigures::Month& m : figures->months) {
        c.out() << QStringLiteral("  %1  +%2  -%3\n").arg(m.month).arg(m.started).arg(m.ended);
    }
    for (const PlacementFigures::Return& r : figures->returns) {
        c.out()
            << QStringLiteral("  %1  %2  %3\n").arg(r.count).arg(placementOutcomeLabel(r.outcome), r.reason);
    }
    c.out() << CommandContext::tr("Overdue visits: %1").arg(figures->overdueVisits) << '\n';
    c.out().flush();
    return ExitOk;
}

} // namespace

void addFamilyCommands(QList<Command>& commands)
{
    const auto date = [](QCommandLineParser& p, const QString& help) {
        p.addOption(makeOption(QStringLiteral("date"), help, Cli::tr("DATE")));
    };
    commands.append(
        { QStringLiteral("families add"), QT_TRANSLATE_NOOP("Cli", "Register a family at the enquiry stage."),
          [date](QCommandLineParser& p) {
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
              date(p, Cli::tr("The day of the enquiry (default today)."));
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
          runFamilyList });
    commands.append(
        { QStringLiteral("families show"),
          QT_TRANSLATE_NOOP("Cli", "Show a family with its history, home studies and placements."),
          [](QCommandLineParser&) {}, runFamilyShow, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("families state"), QT_TRANSLATE_NOOP("Cli", "Record a decision on a family."),
          [date](QCommandLineParser& p) {
              p.addOption(
                  makeOption(QStringLiteral("to"),
                             Cli::tr("The new state: %1.").arg(familyStates().join(QStringLiteral(", "))),
                             Cli::tr("STATE")));
              p.addOption(makeOption(QStringLiteral("reason"), Cli::tr("Why."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("approval-number"), Cli::tr("The approval's number."),
                                     Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("renewal"), Cli::tr("When the approval must be renewed."),
                                     Cli::tr("DATE")));
              date(p, Cli::tr("The day of the decision (default today)."));
          },
          runFamilyState, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("families study"), QT_TRANSLATE_NOOP("Cli", "Record a home study of a family."),
          [date](QCommandLineParser& p) {
              p.addOption(
                  makeOption(QStringLiteral("social-worker"), Cli::tr("Who made it."), Cli::tr("NAME")));
              p.addOption(
                  makeOption(QStringLiteral("assessment"), Cli::tr("What was found."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("recommendation"),
                                     Cli::tr("%1.").arg(recommendations().join(QStringLiteral(", "))),
                                     Cli::tr("VALUE")));
              date(p, Cli::tr("The day of the study (default today)."));
          },
          runFamilyStudy, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("placements start"),
          QT_TRANSLATE_NOOP("Cli", "Place a child with an approved family."),
          [date](QCommandLineParser& p) {
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
              date(p, Cli::tr("The first day in the family (default today)."));
          },
          runPlacementStart });
    commands.append(
        { QStringLiteral("placements end"), QT_TRANSLATE_NOOP("Cli", "End a placement with its outcome."),
          [date](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("outcome"),
                                     Cli::tr("%1.").arg(placementOutcomes().join(QStringLiteral(", "))),
                                     Cli::tr("OUTCOME")));
              p.addOption(makeOption(QStringLiteral("reason"), Cli::tr("Why (required for a return)."),
                                     Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("institution"),
                                     Cli::tr("Where a child returning to an institution goes."),
                                     Cli::tr("ID")));
              date(p, Cli::tr("The last day (default today)."));
          },
          runPlacementEnd, QStringLiteral("ID") });
    commands.append({ QStringLiteral("placements list"),
                      QT_TRANSLATE_NOOP("Cli", "List placements, newest first."),
                      [](QCommandLineParser& p) {
                          p.addOption(makeOption(QStringLiteral("active"), Cli::tr("Only those not ended.")));
                          p.addOption(makeOption(QStringLiteral("family"), Cli::tr("Only this family's."),
                                                 Cli::tr("ID")));
                          p.addOption(makeOption(QStringLiteral("resident"), Cli::tr("Only this child's."),
                                                 Cli::tr("ID")));
                      },
                      runPlacementList });
    commands.append(
        { QStringLiteral("placements visit"), QT_TRANSLATE_NOOP("Cli", "Record a follow-up visit."),
          [date](QCommandLineParser& p) {
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
              date(p, Cli::tr("The day of the visit (default today)."));
          },
          runPlacementVisit, QStringLiteral("ID") });
    commands.append({ QStringLiteral("placements visits"),
                      QT_TRANSLATE_NOOP("Cli", "List a placement's visits."), [](QCommandLineParser&) {},
                      runPlacementVisits, QStringLiteral("ID") });
    commands.append({ QStringLiteral("placements overdue"),
                      QT_TRANSLATE_NOOP("Cli", "List the placements whose follow-up visit is overdue."),
                      [](QCommandLineParser&) {}, runPlacementOverdue });
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
