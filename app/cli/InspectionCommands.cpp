#include "Cli.h"
#include "OptionValues.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "print/InspectionReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace riaya {
namespace {

const QHash<QString, QString>& optionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("institution_id"), QStringLiteral("institution") },
        { QStringLiteral("template_id"), QStringLiteral("template") },
        { QStringLiteral("visited_on"), QStringLiteral("date") },
        { QStringLiteral("follows_up"), QStringLiteral("follows-up") },
        { QStringLiteral("correction_reason"), QStringLiteral("reason") },
        { QStringLiteral("inspection_id"), QStringLiteral("inspection") },
        { QStringLiteral("finding_id"), QStringLiteral("finding") },
        { QStringLiteral("due_on"), QStringLiteral("due") },
        { QStringLiteral("verified_in"), QStringLiteral("verified-in") },
        { QStringLiteral("state_note"), QStringLiteral("note") },
        { QStringLiteral("state_changed_on"), QStringLiteral("date") },
    };
    return names;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue();
}

QJsonObject templateJson(const InspectionTemplate& t)
{
    return { { QStringLiteral("id"), t.id },
             { QStringLiteral("code"), t.code },
             { QStringLiteral("edition"), t.edition },
             { QStringLiteral("title"), t.title.toJson() },
             { QStringLiteral("items"), int(t.items().size()) },
             { QStringLiteral("built_in"), t.builtIn } };
}

QJsonObject inspectionJson(const Inspection& i)
{
    return { { QStringLiteral("id"), i.id },
             { QStringLiteral("root_id"), i.rootId },
             { QStringLiteral("institution_id"), i.institutionId },
             { QStringLiteral("template_id"), i.templateId },
             { QStringLiteral("visited_on"), i.visitedOn.toString(Qt::ISODate) },
             { QStringLiteral("inspector"), i.inspector },
             { QStringLiteral("state"), i.state },
             { QStringLiteral("score"), optionalNumber(i.score) },
             { QStringLiteral("answered"), int(i.answers.size()) },
             { QStringLiteral("findings"), int(i.findings.size()) },
             { QStringLiteral("follows_up"), jsonText(i.followsUp) },
             { QStringLiteral("supersedes"), jsonText(i.supersedes) },
             { QStringLiteral("correction_reason"), jsonText(i.correctionReason) } };
}

QJsonObject actionJson(const CorrectiveAction& a)
{
    return { { QStringLiteral("id"), a.id },
             { QStringLiteral("inspection_id"), a.inspectionId },
             { QStringLiteral("institution_id"), a.institutionId },
             { QStringLiteral("finding_id"), a.findingId },
             { QStringLiteral("description"), a.description },
             { QStringLiteral("responsible"), a.responsible },
             { QStringLiteral("due_on"), a.dueOn.toString(Qt::ISODate) },
             { QStringLiteral("state"), a.state },
             { QStringLiteral("overdue"), a.isOverdue() },
             { QStringLiteral("state_note"), jsonText(a.stateNote) },
             { QStringLiteral("verified_in"), jsonText(a.verifiedIn) } };
}

int done(CommandContext& c, const Status& status)
{
    return status ? ExitOk : failNamingOptions(c, status.error(), optionNames());
}

int runTemplatesList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<InspectionTemplate>> templates = TemplateStore(*db).list();
    if (!templates) {
        return c.fail(templates.error());
    }
    if (c.json()) {
        c.printJsonArray(*templates, templateJson);
        return ExitOk;
    }
    for (const InspectionTemplate& t : *templates) {
        c.out() << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(t.id, CommandContext::tr("edition %1").arg(t.edition),
                            CommandContext::tr("%n item(s)", nullptr, int(t.items().size())),
                            t.title.shown());
    }
    c.out().flush();
    return ExitOk;
}

int runTemplatesImport(CommandContext& c)
{
    const auto [file, db] = openNamedRecord(c, CommandContext::tr("template file"));
    return db ? printNewId(c, optionNames(), TemplateStore(*db).importFile(file)) : c.exitCode();
}

int runTemplatesExport(CommandContext& c)
{
    const QString id = requiredArgument(c, CommandContext::tr("template"));
    const QString out = c.options().value(QStringLiteral("out"));
    if (!id.isEmpty() && out.isEmpty()) {
        return c.usage(CommandContext::tr("Give the file to write with --out."));
    }
    Database* db = id.isEmpty() ? nullptr : c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<InspectionTemplate> found = TemplateStore(*db).get(id);
    if (!found) {
        return c.fail(found.error());
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(found->toJson()) < 0 || !file.flush()) {
        return c.fail(Error::invalid(CommandContext::tr("Cannot write %1: %2").arg(out, file.errorString())));
    }
    return ExitOk;
}

int runStart(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> date = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!date) {
        return c.exitCode();
    }
    const QString institution = openForInstitution(c);
    if (institution.isEmpty()) {
        return c.exitCode();
    }
    Database* db = c.database();
    QString templateId = o.value(QStringLiteral("template"));
    if (templateId.isEmpty()) {
        const Result<InspectionTemplate> current = TemplateStore(*db).current();
        if (!current) {
            return c.fail(current.error());
        }
        templateId = current->id;
    }
    QString inspector = o.value(QStringLiteral("inspector"));
    if (inspector.isEmpty() && !db->actor().localOperator) {
        inspector = db->actor().username;
    }
    return printNewId(c, optionNames(),
                      InspectionStore(*db).start(institution, templateId, *date, inspector,
                                                 o.value(QStringLiteral("follows-up"))));
}

// Answers given on the command line (one item) or in a JSON file ({"item": "value"} or
// {"item": {"value": ..., "note": ..., "evidence": ...}}), saved together.
int runAnswer(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("inspection"));
    if (!db) {
        return c.exitCode();
    }
    InspectionStore store(*db);
    Result<Inspection> draft = store.get(id);
    if (!draft) {
        return c.fail(draft.error());
    }
    if (o.isSet(QStringLiteral("file"))) {
        QFile file(o.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) {
            return c.fail(Error::notFound(
                CommandContext::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
        }
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject()) {
            return c.fail(Error::invalid(
                CommandContext::tr("%1 is not a JSON object of answers by item.").arg(file.fileName())));
        }
        const QJsonObject answers = document.object();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            Answer& answer = draft->answers[it.key()];
            if (it.value().isObject()) {
                const QJsonObject given = it.value().toObject();
                answer = { given.value(QStringLiteral("value")).toVariant().toString(),
                           given.value(QStringLiteral("note")).toString(),
                           given.value(QStringLiteral("evidence")).toString() };
            } else {
                answer.value = it.value().toVariant().toString();
            }
        }
    }
    if (o.isSet(QStringLiteral("item"))) {
        Answer& answer = draft->answers[o.value(QStringLiteral("item"))];
        answer.value = o.value(QStringLiteral("value"));
        if (o.isSet(QStringLiteral("note"))) {
            answer.note = o.value(QStringLiteral("note"));
        }
        if (o.isSet(QStringLiteral("evidence"))) {
            answer.evidence = o.value(QStringLiteral("evidence"));
        }
    } else if (!o.isSet(QStringLiteral("file"))) {
        return c.usage(CommandContext::tr("Give --item and --value, or --file with several answers."));
    }
    if (Status saved = store.saveDraft(*draft); !saved) {
        return done(c, saved);
    }
    const Result<Inspection> stored = store.get(id);
    if (c.json() && stored) {
        c.printJson(inspectionJson(*stored));
    } else if (stored) {
        c.out() << CommandContext::tr("Answered %1 of %2 items; score so far: %3")
                       .arg(stored->answers.size())
                       .arg(store.templateOf(*stored) ? store.templateOf(*stored)->items().size() : 0)
                       .arg(stored->score ? QLocale().toString(*stored->score, 'f', 1) + QStringLiteral(" %")
                                          : CommandContext::tr("none"))
                << '\n';
    }
    return ExitOk;
}

int runFinding(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("inspection"));
    if (!db) {
        return c.exitCode();
    }
    InspectionStore store(*db);
    Result<Inspection> draft = store.get(id);
    if (!draft) {
        return c.fail(draft.error());
    }
    const QString findingId = newRecordId();
    draft->findings.append({ findingId, o.value(QStringLiteral("item")), o.value(QStringLiteral("text")),
                             o.value(QStringLiteral("severity")).isEmpty()
                                 ? QStringLiteral("major")
                                 : o.value(QStringLiteral("severity")) });
    if (Status saved = store.saveDraft(*draft); !saved) {
        return done(c, saved);
    }
    return printNewId(c, optionNames(), findingId);
}

int runShow(CommandContext& c)
{
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("inspection"));
    if (!db) {
        return c.exitCode();
    }
    const Result<InspectionReport::Content> content = InspectionReport::gather(*db, id);
    if (!content) {
        return c.fail(content.error());
    }
    const Inspection& i = content->inspection;
    if (c.json()) {
        QJsonObject object = inspectionJson(i);
        QJsonArray sections;
        for (const Score& score : content->scores.sections) {
            sections.append(QJsonObject { { QStringLiteral("key"), score.sectionKey },
                                          { QStringLiteral("score"), optionalNumber(score.percent()) },
                                          { QStringLiteral("items"), score.items },
                                          { QStringLiteral("answered"), score.answered },
                                          { QStringLiteral("not_applicable"), score.notApplicable } });
        }
        object.insert(QStringLiteral("sections"), sections);
        object.insert(QStringLiteral("score"), optionalNumber(content->scores.total.percent()));
        QJsonArray findings;
        for (const Finding& f : i.findings) {
            findings.append(QJsonObject { { QStringLiteral("id"), f.id },
                                          { QStringLiteral("item"), jsonText(f.itemKey) },
                                          { QStringLiteral("text"), f.text },
                                          { QStringLiteral("severity"), f.severity } });
        }
        object.insert(QStringLiteral("findings"), findings);
        QJsonArray actions;
        for (const CorrectiveAction& a : content->actions) {
            actions.append(actionJson(a));
        }
        object.insert(QStringLiteral("actions"), actions);
        c.printJson(object);
        return ExitOk;
    }
    c.out() << content->institution.name << "  " << i.visitedOn.toString(Qt::ISODate) << "  " << i.inspector
            << "  " << (i.isFinal() ? CommandContext::tr("finalized") : CommandContext::tr("draft")) << '\n';
    for (int s = 0; s < content->scores.sections.size(); ++s) {
        const Score& score = content->scores.sections.at(s);
        c.out() << QStringLiteral("  %1  %2\n")
                       .arg(score.percent() ? QLocale().toString(*score.percent(), 'f', 1)
                                            : QStringLiteral("—"),
                            6)
                       .arg(content->standards.sections.at(s).title.shown());
    }
    c.out() << CommandContext::tr("Total: %1")
                   .arg(content->scores.total.percent()
                            ? QLocale().toString(*content->scores.total.percent(), 'f', 1)
                            : QStringLiteral("—"))
            << '\n';
    for (const Finding& f : i.findings) {
        c.out() << QStringLiteral("  %1  [%2] %3\n").arg(f.id, severityLabel(f.severity), f.text);
    }
    c.out().flush();
    return ExitOk;
}

int runList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<Inspection>> inspections
        = InspectionStore(*db).list(c.options().value(QStringLiteral("institution")));
    if (!inspections) {
        return c.fail(inspections.error());
    }
    if (c.json()) {
        c.printJsonArray(*inspections, inspectionJson);
        return ExitOk;
    }
    for (const Inspection& i : *inspections) {
        c.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(i.id, i.visitedOn.toString(Qt::ISODate),
                            i.isFinal() ? CommandContext::tr("finalized") : CommandContext::tr("draft"),
                            i.score ? QLocale().toString(*i.score, 'f', 1) : QStringLiteral("—"),
                            i.inspector);
    }
    c.out().flush();
    return ExitOk;
}

int runPdf(CommandContext& c)
{
    const QString id = requiredArgument(c, CommandContext::tr("inspection"));
    const QString out = c.options().value(QStringLiteral("out"));
    QString language = c.options().value(QStringLiteral("language"));
    if (language.isEmpty()) {
        language = QLocale().name().left(2);
    }
    if (!id.isEmpty() && out.isEmpty()) {
        return c.usage(CommandContext::tr("Give the file to write with --out."));
    }
    if (!supportedLanguages().contains(language)) {
        return c.usage(CommandContext::tr("The report is written in ar, fr or en, not “%1”.").arg(language));
    }
    Database* db = id.isEmpty() ? nullptr : c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<InspectionReport::Content> content = InspectionReport::gather(*db, id);
    if (!content) {
        return c.fail(content.error());
    }
    return done(c, InspectionReport::writePdf(*content, out, language));
}

int runActionAdd(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> due = dateOption(c, QStringLiteral("due"));
    Database* db = due ? c.openDatabase() : nullptr;
    if (!db) {
        return c.exitCode();
    }
    CorrectiveAction action;
    action.inspectionId = o.value(QStringLiteral("inspection"));
    action.findingId = o.value(QStringLiteral("finding"));
    action.description = o.value(QStringLiteral("description"));
    action.responsible = o.value(QStringLiteral("responsible"));
    action.dueOn = *due;
    return printNewId(c, optionNames(), ActionStore(*db).raise(action));
}

int runActionList(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<CorrectiveAction>> actions = ActionStore(*db).list(
        { o.value(QStringLiteral("institution")), o.value(QStringLiteral("inspection")),
          o.isSet(QStringLiteral("overdue")), o.isSet(QStringLiteral("unfinished")) });
    if (!actions) {
        return c.fail(actions.error());
    }
    if (c.json()) {
        c.printJsonArray(*actions, actionJson);
        return ExitOk;
    }
    for (const CorrectiveAction& a : *actions) {
        c.out() << QStringLiteral("%1  %2  %3%4  %5\n")
                       .arg(a.id, a.dueOn.toString(Qt::ISODate), actionStateLabel(a.state),
                            a.isOverdue()
                                ? QStringLiteral(" (") + CommandContext::tr("overdue") + QLatin1Char(')')
                                : QString(),
                            a.description.simplified());
    }
    c.out().flush();
    return ExitOk;
}

int runActionSet(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const auto [id, db] = openNamedRecord(c, CommandContext::tr("corrective action"));
    const std::optional<QDate> date
        = db ? dateOption(c, QStringLiteral("date"), QDate::currentDate()) : std::nullopt;
    if (!date) {
        return c.exitCode();
    }
    return done(c,
                ActionStore(*db).setState(id, o.value(QStringLiteral("state")),
                                          o.value(QStringLiteral("note")),
                                          o.value(QStringLiteral("verified-in")), *date));
}

} // namespace

void addInspectionCommands(QList<Command>& commands)
{
    const auto nothing = [](QCommandLineParser&) {};
    const auto out = [](QCommandLineParser& p) {
        p.addOption(makeOption(QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("FILE")));
    };
    commands.append({ QStringLiteral("templates list"),
                      QT_TRANSLATE_NOOP("Cli", "List the standards documents and their editions."), nothing,
                      runTemplatesList });
    commands.append({ QStringLiteral("templates import"),
                      QT_TRANSLATE_NOOP("Cli", "Publish a new edition from a template file (the ministry)."),
                      nothing, runTemplatesImport, QStringLiteral("FILE") });
    commands.append({ QStringLiteral("templates export"),
                      QT_TRANSLATE_NOOP("Cli", "Write an edition as a template file, to edit it."), out,
                      runTemplatesExport, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("inspections start"), QT_TRANSLATE_NOOP("Cli", "Start the draft of an inspection."),
          [](QCommandLineParser& p) {
              declareInstitutionOption(p);
              p.addOption(makeOption(QStringLiteral("template"),
                                     Cli::tr("The edition of the standards (default the newest)."),
                                     Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("date"),
                                     Cli::tr("The day of the visit, YYYY-MM-DD (default today)."),
                                     Cli::tr("DATE")));
              p.addOption(makeOption(QStringLiteral("inspector"),
                                     Cli::tr("The inspector's name (default the user signed in)."),
                                     Cli::tr("NAME")));
              p.addOption(makeOption(QStringLiteral("follows-up"),
                                     Cli::tr("The earlier inspection whose actions this visit checks."),
                                     Cli::tr("ID")));
          },
          runStart });
    commands.append(
        { QStringLiteral("inspections answer"),
          QT_TRANSLATE_NOOP("Cli", "Answer items of a draft inspection."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("item"), Cli::tr("The item's key, e.g. safety.1.2."),
                                     Cli::tr("KEY")));
              p.addOption(makeOption(
                  QStringLiteral("value"),
                  Cli::tr("compliant, partly, not_compliant, na, or a number on the item's scale."),
                  Cli::tr("ANSWER")));
              p.addOption(
                  makeOption(QStringLiteral("note"), Cli::tr("A note on the item."), Cli::tr("TEXT")));
              p.addOption(
                  makeOption(QStringLiteral("evidence"), Cli::tr("The evidence seen."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("file"),
                                     Cli::tr("A JSON file of answers by item key, saved together."),
                                     Cli::tr("FILE")));
          },
          runAnswer, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("inspections finding"),
          QT_TRANSLATE_NOOP("Cli", "Write a finding in a draft inspection."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("text"), Cli::tr("What was found."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("item"), Cli::tr("The item it is about, if one."),
                                     Cli::tr("KEY")));
              p.addOption(makeOption(QStringLiteral("severity"),
                                     Cli::tr("minor, major (default) or critical."), Cli::tr("LEVEL")));
          },
          runFinding, QStringLiteral("ID") });
    commands.append({ QStringLiteral("inspections finalize"),
                      QT_TRANSLATE_NOOP("Cli", "Finalize a draft; it cannot change afterwards."), nothing,
                      [](CommandContext& c) {
                          const auto [id, db] = openNamedRecord(c, CommandContext::tr("inspection"));
                          return db ? done(c, InspectionStore(*db).finalize(id)) : c.exitCode();
                      },
                      QStringLiteral("ID") });
    commands.append({ QStringLiteral("inspections correct"),
                      QT_TRANSLATE_NOOP("Cli", "Start a corrected version of a finalized inspection."),
                      [](QCommandLineParser& p) {
                          p.addOption(makeOption(QStringLiteral("reason"), Cli::tr("Why it is corrected."),
                                                 Cli::tr("TEXT")));
                      },
                      [](CommandContext& c) {
                          const auto [id, db] = openNamedRecord(c, CommandContext::tr("inspection"));
                          return db ? printNewId(c, optionNames(),
                                                 InspectionStore(*db).correct(
                                                     id, c.options().value(QStringLiteral("reason"))))
                                    : c.exitCode();
                      },
                      QStringLiteral("ID") });
    commands.append({ QStringLiteral("inspections discard"),
                      QT_TRANSLATE_NOOP("Cli", "Throw a draft inspection away."), nothing,
                      [](CommandContext& c) {
                          const auto [id, db] = openNamedRecord(c, CommandContext::tr("inspection"));
                          return db ? done(c, InspectionStore(*db).discard(id)) : c.exitCode();
                      },
                      QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("inspections list"),
          QT_TRANSLATE_NOOP("Cli", "List inspections (the newest version of each), newest visit first."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("institution"), Cli::tr("Only this institution's."),
                                     Cli::tr("ID")));
          },
          runList });
    commands.append(
        { QStringLiteral("inspections show"),
          QT_TRANSLATE_NOOP("Cli", "Show an inspection's scores per section, findings and actions."), nothing,
          runShow, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("inspections pdf"),
          QT_TRANSLATE_NOOP("Cli", "Write an inspection's report as a PDF."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("FILE")));
              p.addOption(
                  makeOption(QStringLiteral("language"),
                             Cli::tr("The report's language: ar, fr or en (default that of messages)."),
                             Cli::tr("CODE")));
          },
          runPdf, QStringLiteral("ID") });
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
          runActionList });
    commands.append(
        { QStringLiteral("actions set"), QT_TRANSLATE_NOOP("Cli", "Move a corrective action on."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("state"), Cli::tr("open, in_progress, done or verified."),
                                     Cli::tr("STATE")));
              p.addOption(
                  makeOption(QStringLiteral("note"), Cli::tr("What was seen or done."), Cli::tr("TEXT")));
              p.addOption(makeOption(QStringLiteral("verified-in"),
                                     Cli::tr("The follow-up inspection that verified it."), Cli::tr("ID")));
              p.addOption(makeOption(QStringLiteral("date"),
                                     Cli::tr("The day of the change (default today)."), Cli::tr("DATE")));
          },
          runActionSet, QStringLiteral("ID") });
}

} // namespace riaya
