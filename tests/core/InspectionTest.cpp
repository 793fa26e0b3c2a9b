#include "QtCatch.h"
#include "SyncNetwork.h"
#include "TempDatabase.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "security/UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace riaya;

namespace {

const QString kShipped = QStringLiteral("care-standards-1");

LocalizedText words(const QString& en)
{
    return { QStringLiteral("نص ") + en, QStringLiteral("texte ") + en, en };
}

// A small document whose scores are easy to work out by hand.
InspectionTemplate smallTemplate(int edition = 1)
{
    InspectionTemplate t;
    t.code = QStringLiteral("small");
    t.edition = edition;
    t.title = words(QStringLiteral("Small standards"));
    TemplateItem a { QStringLiteral("a.1.1"), words(QStringLiteral("Fire extinguishers")), {}, 3 };
    TemplateItem b { QStringLiteral("a.1.2"), words(QStringLiteral("Exits")), {}, 1 };
    TemplateItem c {
        QStringLiteral("b.1.1"), words(QStringLiteral("Meals")), {}, 2, TemplateItem::Scoring::Scale, 4
    };
    TemplateItem d { QStringLiteral("b.1.2"), words(QStringLiteral("Kitchen")), {}, 2 };
    t.sections = { { QStringLiteral("a"),
                     words(QStringLiteral("Safety")),
                     { { QStringLiteral("a.1"), words(QStringLiteral("Fire")), { a, b } } } },
                   { QStringLiteral("b"),
                     words(QStringLiteral("Food")),
                     { { QStringLiteral("b.1"), words(QStringLiteral("Meals")), { c, d } } } } };
    return t;
}

struct Visit
{
    TempDatabase t;
    InspectionStore inspections { t.db() };
    ActionStore actions { t.db() };
    QString house = t.db().site().institutionId;
    QDate today = QDate::currentDate();

    QString startShipped(const QDate& on = QDate::currentDate().addDays(-10), const QString& followsUp = {})
    {
        const auto id = inspections.start(house, kShipped, on, QStringLiteral("Samira Alaoui"), followsUp);
        INFO((id ? std::string() : id.error().describe().toStdString()));
        REQUIRE(id.ok());
        return *id;
    }
    // Answers every item of the shipped document: compliant, except those given.
    void answerAll(const QString& id, const QMap<QString, QString>& except = {})
    {
        Inspection draft = *inspections.get(id);
        for (const TemplateItem* item : TemplateStore::builtIn().constFirst().items()) {
            const QString fallback = item->scoring == TemplateItem::Scoring::Scale
                ? QStringLiteral("4")
                : QStringLiteral("compliant");
            draft.answers[item->key].value = except.value(item->key, fallback);
        }
        const Status saved = inspections.saveDraft(draft);
        INFO((saved ? std::string() : saved.error().describe().toStdString()));
        REQUIRE(saved.ok());
    }
    QString addFinding(const QString& id, const QString& text, const QString& item = {})
    {
        Inspection draft = *inspections.get(id);
        draft.findings.append({ {}, item, text, QStringLiteral("major") });
        REQUIRE(inspections.saveDraft(draft).ok());
        return inspections.get(id)->findings.constLast().id;
    }
    CorrectiveAction action(const QString& inspection, const QString& finding, const QDate& due)
    {
        CorrectiveAction a;
        a.inspectionId = inspection;
        a.findingId = finding;
        a.description = QStringLiteral("Recharger les extincteurs du bloc B");
        a.responsible = QStringLiteral("مدير الدار");
        a.dueOn = due;
        return a;
    }
};

} // namespace

TEST_CASE("the shipped standards cover the seven areas in three languages")
{
    REQUIRE(TemplateStore::builtIn().size() == 1);
    const InspectionTemplate& shipped = TemplateStore::builtIn().constFirst();
    CHECK(shipped.id == kShipped);
    QStringList sections;
    for (const TemplateSection& section : shipped.sections) {
        sections << section.key;
    }
    CHECK(sections
          == QStringList { QStringLiteral("safety"), QStringLiteral("hygiene"), QStringLiteral("health"),
                           QStringLiteral("education"), QStringLiteral("protection"),
                           QStringLiteral("staffing"), QStringLiteral("governance") });
    CHECK(shipped.items().size() >= 30);
    for (const TemplateItem* item : shipped.items()) {
        CHECK(item->text.complete());
        CHECK(item->guidance.complete());
    }
    // What a file says is what comes back from it.
    const auto again = InspectionTemplate::fromJson(shipped.toJson());
    REQUIRE(again.ok());
    CHECK(again->toJson() == shipped.toJson());
}

TEST_CASE("a template file with mistakes is refused with each mistake named")
{
    QJsonObject root = QJsonDocument::fromJson(smallTemplate().toJson()).object();
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject section = sections.at(0).toObject();
    QJsonArray standards = section.value(QStringLiteral("standards")).toArray();
    QJsonObject standard = standards.at(0).toObject();
    QJsonArray items = standard.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("weight"), 0);
    first.insert(QStringLiteral("text"),
                 QJsonObject { { QStringLiteral("en"), QStringLiteral("Only English") } });
    QJsonObject second = items.at(1).toObject();
    second.insert(QStringLiteral("key"), first.value(QStringLiteral("key")));
    second.insert(QStringLiteral("scoring"), QStringLiteral("scale"));
    second.insert(QStringLiteral("max"), 99);
    items = { first, second };
    standard.insert(QStringLiteral("items"), items);
    section.insert(QStringLiteral("standards"), QJsonArray { standard });
    sections.replace(0, section);
    root.insert(QStringLiteral("sections"), sections);

    const auto parsed = InspectionTemplate::fromJson(QJsonDocument(root).toJson());
    REQUIRE_FALSE(parsed.ok());
    const QString problems = parsed.error().whatToFix();
    CHECK(problems.contains(QStringLiteral("weight")));
    CHECK(problems.contains(QStringLiteral("Arabic, French and English")));
    CHECK(problems.contains(QStringLiteral("used twice")));
    CHECK(problems.contains(QStringLiteral("from 1 to 10")));
    CHECK_FALSE(InspectionTemplate::fromJson("{ not json").ok());
}

TEST_CASE("scores leave not-applicable items out of the weights, per section and in total")
{
    const InspectionTemplate t = smallTemplate();
    QMap<QString, Answer> answers;
    answers[QStringLiteral("a.1.1")].value = QStringLiteral("partly"); // 3 x 0.5
    answers[QStringLiteral("a.1.2")].value = QStringLiteral("na"); // out
    answers[QStringLiteral("b.1.1")].value = QStringLiteral("3"); // 2 x 3/4
    answers[QStringLiteral("b.1.2")].value = QStringLiteral("not_compliant"); // 2 x 0
    const Scores scores = computeScores(t, answers);
    REQUIRE(scores.sections.size() == 2);
    CHECK(*scores.sections[0].percent() == Approx(50.0)); // 1.5 / 3
    CHECK(scores.sections[0].notApplicable == 1);
    CHECK(*scores.sections[1].percent() == Approx(37.5)); // 1.5 / 4
    CHECK(*scores.total.percent() == Approx(3.0 / 7.0 * 100.0)); // (1.5 + 1.5) / (3 + 4)
    CHECK(scores.total.answered == 4);

    answers[QStringLiteral("a.1.1")].value = QStringLiteral("na");
    CHECK_FALSE(computeScores(t, answers).sections[0].percent().has_value()); // nothing to score
    answers[QStringLiteral("b.1.1")].value = QStringLiteral("5"); // beyond the scale: not counted
    CHECK(computeScores(t, answers).sections[1].answered == 1);
}

TEST_CASE("an inspection is drafted, resumed and finalized, bad answers save nothing")
{
    Visit v;
    const QString id = v.startShipped();
    Inspection draft = *v.inspections.get(id);
    CHECK(draft.state == QStringLiteral("draft"));
    draft.answers[QStringLiteral("safety.1.1")]
        = { QStringLiteral("partly"), QStringLiteral("Two of six empty"),
            QStringLiteral("registre de maintenance") };
    REQUIRE(v.inspections.saveDraft(draft).ok());
    CHECK(v.inspections.get(id)->answers.value(QStringLiteral("safety.1.1")).evidence
          == QStringLiteral("registre de maintenance"));

    SECTION("a score out of range is refused and nothing is saved")
    {
        Inspection bad = *v.inspections.get(id);
        bad.answers[QStringLiteral("hygiene.2.2")].value = QStringLiteral("7");
        bad.answers[QStringLiteral("safety.1.2")].value = QStringLiteral("yes");
        const Status refused = v.inspections.saveDraft(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().whatToFix().contains(QStringLiteral("from 0 to 4")));
        CHECK(refused.error().whatToFix().contains(QStringLiteral("safety.1.2")));
        CHECK_FALSE(v.inspections.get(id)->answers.contains(QStringLiteral("hygiene.2.2")));
    }
    SECTION("finalizing with unanswered items is refused, naming them")
    {
        const Status refused = v.inspections.finalize(id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().whatToFix().contains(QStringLiteral("safety.1.2")));
        CHECK(v.inspections.get(id)->state == QStringLiteral("draft"));
    }
    SECTION("a finalized inspection is read-only; a correction is a new version with its reason")
    {
        v.answerAll(id, { { QStringLiteral("safety.1.1"), QStringLiteral("na") } });
        REQUIRE(v.inspections.finalize(id).ok());
        const Inspection final = *v.inspections.get(id);
        CHECK(final.isFinal());
        CHECK(*final.score == Approx(100.0)); // all compliant, one not applicable
        Inspection edited = final;
        edited.answers[QStringLiteral("safety.1.2")].value = QStringLiteral("not_compliant");
        const Status refused = v.inspections.saveDraft(edited);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().whatToFix().contains(QStringLiteral("finalized")));
        CHECK_FALSE(v.inspections.correct(id, QStringLiteral("  ")).ok());

        const auto correction
            = v.inspections.correct(id, QStringLiteral("Exit 2 was locked; missed at the visit"));
        REQUIRE(correction.ok());
        Inspection second = *v.inspections.get(*correction);
        CHECK(second.rootId == id);
        CHECK(second.supersedes == id);
        second.answers[QStringLiteral("safety.1.2")].value = QStringLiteral("not_compliant");
        REQUIRE(v.inspections.saveDraft(second).ok());
        REQUIRE(v.inspections.finalize(*correction).ok());
        CHECK(*v.inspections.get(*correction)->score < 100.0);
        CHECK(v.inspections.get(id)->answers.value(QStringLiteral("safety.1.2")).value
              == QStringLiteral("compliant"));
        const auto listed = v.inspections.list(v.house);
        REQUIRE(listed->size() == 1);
        CHECK(listed->constFirst().id == *correction);
        CHECK(v.inspections.newestVersion(id)->id == *correction);
        CHECK_FALSE(v.inspections.correct(id, QStringLiteral("again")).ok()); // the old one is superseded
    }
    SECTION("a draft can be thrown away")
    {
        REQUIRE(v.inspections.discard(id).ok());
        CHECK(v.inspections.list(v.house)->isEmpty());
    }
}

TEST_CASE("starting an inspection checks the institution, document, date and inspector")
{
    Visit v;
    const auto refused = v.inspections.start(QStringLiteral("nowhere"), QStringLiteral("no-such-edition"),
                                             v.today.addDays(1), QStringLiteral(" "));
    REQUIRE_FALSE(refused.ok());
    const QString problems = refused.error().whatToFix();
    CHECK(problems.contains(QStringLiteral("no institution")));
    CHECK(problems.contains(QStringLiteral("no standards document")));
    CHECK(problems.contains(QStringLiteral("to today")));
    CHECK(problems.contains(QStringLiteral("inspector's name")));
    const QString draft = v.startShipped();
    const auto followUpOfDraft = v.inspections.start(v.house, kShipped, v.today, QStringLiteral("S"), draft);
    REQUIRE_FALSE(followUpOfDraft.ok());
    CHECK(followUpOfDraft.error().whatToFix().contains(QStringLiteral("finalize it first")));
}

TEST_CASE("corrective actions: due dates, overdue, follow-up verification")
{
    Visit v;
    const QString first = v.startShipped(v.today.addDays(-60));
    v.answerAll(first, { { QStringLiteral("safety.1.1"), QStringLiteral("not_compliant") } });
    const QString finding
        = v.addFinding(first, QStringLiteral("Extincteurs vides au bloc B"), QStringLiteral("safety.1.1"));
    REQUIRE(v.inspections.finalize(first).ok());

    const auto early = v.actions.raise(v.action(first, finding, v.today.addDays(-61)));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().whatToFix().contains(QStringLiteral("before the inspection")));
    CorrectiveAction nameless = v.action(first, finding, v.today);
    nameless.responsible.clear();
    nameless.findingId = QStringLiteral("nope");
    const auto refused = v.actions.raise(nameless);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().issues.size() == 2);
    CHECK(v.actions.list({})->isEmpty());

    const QString late = *v.actions.raise(v.action(first, finding, v.today.addDays(-5)));
    const QString due = *v.actions.raise(v.action(first, finding, v.today.addDays(20)));
    const auto overdue = v.actions.list({ v.house, {}, true });
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->constFirst().id == late);
    CHECK(overdue->constFirst().isOverdue());
    REQUIRE(v.actions.setState(late, QStringLiteral("done"), QStringLiteral("recharged")).ok());
    CHECK(v.actions.list({ v.house, {}, true })->isEmpty());
    CHECK_FALSE(v.actions.setState(due, QStringLiteral("finished")).ok());

    // The follow-up links to the first visit and verifies its actions.
    const QString followUp = v.startShipped(v.today, first);
    CHECK(v.inspections.get(followUp)->followsUp == first);
    const Status wrongVisit = v.actions.setState(late, QStringLiteral("verified"), {}, first);
    REQUIRE_FALSE(wrongVisit.ok());
    CHECK(wrongVisit.error().whatToFix().contains(QStringLiteral("not a follow-up")));
    REQUIRE(v.actions.setState(late, QStringLiteral("verified"), QStringLiteral("seen full"), followUp).ok());
    CHECK(v.actions.get(late)->verifiedIn == followUp);
    const Status afterVerified = v.actions.setState(late, QStringLiteral("open"));
    REQUIRE_FALSE(afterVerified.ok());
    CHECK(afterVerified.error().message.contains(QStringLiteral("verified already")));
    CHECK(v.actions.list({ {}, first, false, true })->size() == 1); // the one still due
}

TEST_CASE("inspections need their roles")
{
    TempDatabase t;
    const QString password = QStringLiteral("cedar-tree-42");
    UserStore setup(t.db());
    REQUIRE(
        setup
            .create(
                { {}, QStringLiteral("admin"), QStringLiteral("Admin"), { QStringLiteral("administrator") } },
                password)
            .ok());
    REQUIRE(setup
                .create({ {}, QStringLiteral("staff"), QStringLiteral("Staff"), { QStringLiteral("staff") } },
                        password)
                .ok());
    REQUIRE(
        setup
            .create(
                { {}, QStringLiteral("super"), QStringLiteral("Super"), { QStringLiteral("supervisor") } },
                password)
            .ok());
    REQUIRE(
        setup
            .create({ {}, QStringLiteral("insp"), QStringLiteral("Insp"), { QStringLiteral("inspector") } },
                    password)
            .ok());
    t.reopen(); // nobody signed in
    UserStore users(t.db());
    const QString house = t.db().site().institutionId;
    InspectionStore inspections(t.db());

    REQUIRE(users.signIn(QStringLiteral("staff"), password).ok());
    CHECK_FALSE(inspections.list().ok());
    REQUIRE(users.signIn(QStringLiteral("super"), password).ok());
    CHECK(inspections.list().ok());
    CHECK_FALSE(inspections.start(house, kShipped, QDate::currentDate(), QStringLiteral("S")).ok());
    REQUIRE(users.signIn(QStringLiteral("insp"), password).ok());
    CHECK(inspections.start(house, kShipped, QDate::currentDate(), QStringLiteral("S")).ok());
    CHECK_FALSE(TemplateStore(t.db()).publish(smallTemplate()).ok());
}

TEST_CASE("the ministry publishes editions that reach sites, inspections reach the ministry intact")
{
    SyncNetwork n;
    TemplateStore ministryTemplates(n.ministry.db());
    const auto small = ministryTemplates.publish(smallTemplate());
    REQUIRE(small.ok());
    const auto again = ministryTemplates.publish(smallTemplate());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().whatToFix().contains(QStringLiteral("edition 2")));
    CHECK_FALSE(TemplateStore(n.site().db()).publish(smallTemplate(2)).ok()); // sites do not publish

    REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("0.bundle"))).ok());
    const auto received = n.sendReferenceData(n.site());
    REQUIRE(received.ok());
    CHECK(received->byTable.value(QStringLiteral("inspection_templates")).inserted == 1);
    const auto atSite = TemplateStore(n.site().db()).get(*small);
    REQUIRE(atSite.ok());
    CHECK(atSite->toJson() == smallTemplate().toJson());

    // An inspection with the ministry's edition, its finding and action, sent back.
    Database& site = n.site().db();
    InspectionStore inspections(site);
    const QString house = site.site().institutionId;
    const QString id
        = *inspections.start(house, *small, QDate::currentDate().addDays(-3), QStringLiteral("Karim"));
    Inspection draft = *inspections.get(id);
    draft.answers[QStringLiteral("a.1.1")] = { QStringLiteral("partly"), QStringLiteral("ملاحظة"), {} };
    draft.answers[QStringLiteral("a.1.2")].value = QStringLiteral("na");
    draft.answers[QStringLiteral("b.1.1")].value = QStringLiteral("3");
    draft.answers[QStringLiteral("b.1.2")].value = QStringLiteral("not_compliant");
    draft.findings.append(
        { {}, QStringLiteral("a.1.1"), QStringLiteral("طفايات فارغة"), QStringLiteral("critical") });
    REQUIRE(inspections.saveDraft(draft).ok());
    REQUIRE(inspections.finalize(id).ok());
    const Inspection sent = *inspections.get(id);
    CorrectiveAction action;
    action.inspectionId = id;
    action.findingId = sent.findings.constFirst().id;
    action.description = QStringLiteral("ملء الطفايات");
    action.responsible = QStringLiteral("المقتصد");
    action.dueOn = QDate::currentDate().addDays(30);
    REQUIRE(ActionStore(site).raise(action).ok());

    const auto imported = n.importAtMinistry(n.site().exportBundle(QStringLiteral("1.bundle")));
    INFO((imported ? std::string() : imported.error().describe().toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported->byTable.value(QStringLiteral("inspections")).inserted == 1);
    CHECK(imported->byTable.value(QStringLiteral("corrective_actions")).inserted == 1);
    const auto atMinistry = InspectionStore(n.ministry.db()).get(id);
    REQUIRE(atMinistry.ok());
    CHECK(atMinistry->toFields() == sent.toFields());
    CHECK(*atMinistry->score == Approx(3.0 / 7.0 * 100.0));
    CHECK(ActionStore(n.ministry.db()).list({ house, {}, false, true })->size() == 1);
}
