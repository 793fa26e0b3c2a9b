#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "inspections/InspectionJson.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "print/InspectionReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

namespace riaya {
namespace {

int done(CommandContext& c, const Status& status)
{
    return finish(c, status, inspectionOptionNames());
}

int runStart(CommandContext& c)
{
    QCommandLineParser& o = c.options();
    const std::optional<QDate> date = dateOption(c, QStringLiteral("date"), QDate::currentDate());
    if (!date) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        QString templateId = o.value(QStringLiteral("template"));
        if (templateId.isEmpty()) {
            const Result<InspectionTemplate> current = TemplateStore(db).current();
            if (!current) {
                return c.fail(current.error());
            }
            templateId = current->id;
        }
        QString inspector = o.value(QStringLiteral("inspector"));
        if (inspector.isEmpty() && !db.actor().localOperator) {
            inspector = db.actor().username;
        }
        return printNewId(c, inspectionOptionNames(),
                          InspectionStore(db).start(institution, templateId, *date, inspector,
                                                    o.value(QStringLiteral("follows-up"))));
    });
}

// Answers from a JSON file, {"item": "value"} or {"item": {"value": ..., "note": ...,
// "evidence": ...}}, into the draft; false after reporting.
bool readAnswers(CommandContext& c, const QString& path, Inspection& draft)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.fail(Error::notFound(
            CommandContext::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        c.fail(Error::invalid(
            CommandContext::tr("%1 is not a JSON object of answers by item.").arg(file.fileName())));
        return false;
    }
    const QJsonObject answers = document.object();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        Answer& answer = draft.answers[it.key()];
        if (it.value().isObject()) {
            const QJsonObject given = it.value().toObject();
            answer = { given.value(QStringLiteral("value")).toVariant().toString(),
                       given.value(QStringLiteral("note")).toString(),
                       given.value(QStringLiteral("evidence")).toString() };
        } else {
            answer.value = it.value().toVariant().toString();
        }
    }
    return true;
}

// Answers given on the command line (one item) or in a JSON file, saved together.
int runAnswer(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    InspectionStore store(db);
    Result<Inspection> draft = store.get(id);
    if (!draft) {
        return c.fail(draft.error());
    }
    if (o.isSet(QStringLiteral("file")) && !readAnswers(c, o.value(QStringLiteral("file")), *draft)) {
        return c.exitCode();
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
    if (!stored) {
        return ExitOk;
    }
    return c.print(
        [&] { return toJson(*stored); },
        [&](QTextStream& out) {
            out << CommandContext::tr("Answered %1 of %2 items; score so far: %3")
                       .arg(stored->answers.size())
                       .arg(store.templateOf(*stored) ? store.templateOf(*stored)->items().size() : 0)
                       .arg(stored->score ? QLocale().toString(*stored->score, 'f', 1) + QStringLiteral(" %")
                                          : CommandContext::tr("none"))
                << '\n';
        });
}

int runFinding(CommandContext& c, Database& db, const QString& id)
{
    QCommandLineParser& o = c.options();
    InspectionStore store(db);
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
    return printNewId(c, inspectionOptionNames(), findingId);
}

// An inspection with its scores by section, findings and corrective actions.
QJsonObject reportJson(const InspectionReport::Content& content)
{
    QJsonObject object = toJson(content.inspection);
    object.insert(QStringLiteral("sections"), toJsonArray(content.scores.sections));
    object.insert(QStringLiteral("score"), jsonScore(content.scores.total.percent()));
    object.insert(QStringLiteral("findings"), toJsonArray(content.inspection.findings));
    object.insert(QStringLiteral("actions"), toJsonArray(content.actions));
    return object;
}

QString shownScore(const std::optional<double>& percent)
{
    return percent ? QLocale().toString(*percent, 'f', 1) : QStringLiteral("—");
}

int runShow(CommandContext& c, Database& db, const QString& id)
{
    const Result<InspectionReport::Content> content = InspectionReport::gather(db, id);
    if (!content) {
        return c.fail(content.error());
    }
    return c.print(
        [&] { return reportJson(*content); },
        [&](QTextStream& out) {
            const Inspection& i = content->inspection;
            out << content->institution.name << "  " << i.visitedOn.toString(Qt::ISODate) << "  "
                << i.inspector << "  "
                << (i.isFinal() ? CommandContext::tr("finalized", "state of an inspection")
                                : CommandContext::tr("draft", "state of an inspection"))
                << '\n';
            for (int s = 0; s < content->scores.sections.size(); ++s) {
                out << QStringLiteral("  %1  %2\n")
                           .arg(shownScore(content->scores.sections.at(s).percent()), 6)
                           .arg(content->standards.sections.at(s).title.shown());
            }
            out << CommandContext::tr("Total: %1").arg(shownScore(content->scores.total.percent())) << '\n';
            for (const Finding& f : i.findings) {
                out << QStringLiteral("  %1  [%2] %3\n").arg(f.id, severityLabel(f.severity), f.text);
            }
        });
}

int runList(CommandContext& c, Database& db)
{
    const Result<QList<Inspection>> inspections
        = InspectionStore(db).list(c.options().value(QStringLiteral("institution")));
    if (!inspections) {
        return c.fail(inspections.error());
    }
    return c.print([&] { return toJsonArray(*inspections); },
                   [&](QTextStream& out) {
                       for (const Inspection& i : *inspections) {
                           out << QStringLiteral("%1  %2  %3  %4  %5\n")
                                      .arg(i.id, i.visitedOn.toString(Qt::ISODate),
                                           i.isFinal()
                                               ? CommandContext::tr("finalized", "state of an inspection")
                                               : CommandContext::tr("draft", "state of an inspection"),
                                           shownScore(i.score), i.inspector);
                       }
                   });
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
    if (id.isEmpty()) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        const Result<InspectionReport::Content> content = InspectionReport::gather(db, id);
        if (!content) {
            return c.fail(content.error());
        }
        return done(c, InspectionReport::writePdf(*content, out, language));
    });
}

} // namespace

void addInspectionCommands(QList<Command>& commands)
{
    const auto nothing = [](QCommandLineParser&) {};
    const auto onInspection = [](const std::function<int(CommandContext&, Database&, const QString&)>& run) {
        return onNamedRecord(CommandContext::tr("inspection"), run);
    };
    commands.append(
        { QStringLiteral("inspections start"), QT_TRANSLATE_NOOP("Cli", "Start the draft of an inspection."),
          [](QCommandLineParser& p) {
              declareInstitutionOption(p);
              p.addOption(makeOption(QStringLiteral("template"),
                                     Cli::tr("The edition of the standards (default the newest)."),
                                     Cli::tr("ID")));
              declareDateOption(p, Cli::tr("The day of the visit, YYYY-MM-DD (default today)."));
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
          onInspection(runAnswer), QStringLiteral("ID") });
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
          onInspection(runFinding), QStringLiteral("ID") });
    commands.append({ QStringLiteral("inspections finalize"),
                      QT_TRANSLATE_NOOP("Cli", "Finalize a draft; it cannot change afterwards."), nothing,
                      onInspection([](CommandContext& c, Database& db, const QString& id) {
                          return done(c, InspectionStore(db).finalize(id));
                      }),
                      QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("inspections correct"),
          QT_TRANSLATE_NOOP("Cli", "Start a corrected version of a finalized inspection."),
          [](QCommandLineParser& p) {
              p.addOption(
                  makeOption(QStringLiteral("reason"), Cli::tr("Why it is corrected."), Cli::tr("TEXT")));
          },
          onInspection([](CommandContext& c, Database& db, const QString& id) {
              return printNewId(c, inspectionOptionNames(),
                                InspectionStore(db).correct(id, c.options().value(QStringLiteral("reason"))));
          }),
          QStringLiteral("ID") });
    commands.append({ QStringLiteral("inspections discard"),
                      QT_TRANSLATE_NOOP("Cli", "Throw a draft inspection away."), nothing,
                      onInspection([](CommandContext& c, Database& db, const QString& id) {
                          return done(c, InspectionStore(db).discard(id));
                      }),
                      QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("inspections list"),
          QT_TRANSLATE_NOOP("Cli", "List inspections (the newest version of each), newest visit first."),
          [](QCommandLineParser& p) {
              p.addOption(makeOption(QStringLiteral("institution"), Cli::tr("Only this institution's."),
                                     Cli::tr("ID")));
          },
          onDatabase(runList) });
    commands.append(
        { QStringLiteral("inspections show"),
          QT_TRANSLATE_NOOP("Cli", "Show an inspection's scores per section, findings and actions."), nothing,
          onInspection(runShow), QStringLiteral("ID") });
    commands.append({ QStringLiteral("inspections pdf"),
                      QT_TRANSLATE_NOOP("Cli", "Write an inspection's report as a PDF."),
                      [](QCommandLineParser& p) {
                          declareOut(p);
                          p.addOption(makeOption(
                              QStringLiteral("language"),
                              Cli::tr("The report's language: ar, fr or en (default that of messages)."),
                              Cli::tr("CODE")));
                      },
                      runPdf, QStringLiteral("ID") });
}

} // namespace riaya
