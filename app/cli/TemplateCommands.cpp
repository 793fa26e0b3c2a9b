#include "Cli.h"
#include "OptionNames.h"
#include "OptionValues.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "inspections/InspectionJson.h"
#include "inspections/TemplateStore.h"

#include <QFile>

namespace riaya {
namespace {

int runTemplatesList(CommandContext& c, Database& db)
{
    const Result<QList<InspectionTemplate>> templates = TemplateStore(db).list();
    if (!templates) {
        return c.fail(templates.error());
    }
    return c.print([&] { return toJsonArray(*templates); },
                   [&](QTextStream& out) {
                       for (const InspectionTemplate& t : *templates) {
                           out << QStringLiteral("%1  %2  %3  %4\n")
                                      .arg(t.id, CommandContext::tr("edition %1").arg(t.edition),
                                           CommandContext::tr("%n item(s)", nullptr, int(t.items().size())),
                                           t.title.shown());
                       }
                   });
}

int runTemplatesImport(CommandContext& c, Database& db, const QString& file)
{
    return printNewId(c, inspectionOptionNames(), TemplateStore(db).importFile(file));
}

int runTemplatesExport(CommandContext& c)
{
    const QString id = requiredArgument(c, CommandContext::tr("template"));
    const QString out = c.options().value(QStringLiteral("out"));
    if (!id.isEmpty() && out.isEmpty()) {
        return c.usage(CommandContext::tr("Give the file to write with --out."));
    }
    if (id.isEmpty()) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) -> int {
        const Result<InspectionTemplate> found = TemplateStore(db).get(id);
        if (!found) {
            return c.fail(found.error());
        }
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(found->toJson()) < 0 || !file.flush()) {
            return c.fail(
                Error::invalid(CommandContext::tr("Cannot write %1: %2").arg(out, file.errorString())));
        }
        return ExitOk;
    });
}

} // namespace

void addTemplateCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("templates list"),
                      QT_TRANSLATE_NOOP("Cli", "List the standards documents and their editions."),
                      [](QCommandLineParser&) {}, onDatabase(runTemplatesList) });
    commands.append({ QStringLiteral("templates import"),
                      QT_TRANSLATE_NOOP("Cli", "Publish a new edition from a template file (the ministry)."),
                      [](QCommandLineParser&) {},
                      onNamedRecord(CommandContext::tr("template file"), runTemplatesImport),
                      QStringLiteral("FILE") });
    commands.append({ QStringLiteral("templates export"),
                      QT_TRANSLATE_NOOP("Cli", "Write an edition as a template file, to edit it."),
                      declareOut, runTemplatesExport, QStringLiteral("ID") });
}

} // namespace riaya
