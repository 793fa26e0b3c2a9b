#include "Cli.h"
#include "db/Database.h"
#include "roster/MappingMemory.h"
#include "roster/RosterFile.h"
#include "roster/RosterImport.h"
#include "roster/RosterJson.h"
#include "roster/RosterTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

// Rosters from spreadsheets: `residents import`, `institutions import`, `families import`, and
// the templates to fill in (docs/rosters.md).
namespace riaya {
namespace {

// Reads --mapping FILE into the mapping; false after reporting.
bool applyMappingFile(CommandContext& c, ColumnMapping& mapping)
{
    const QString path = c.options().value(QStringLiteral("mapping"));
    if (path.isEmpty()) {
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.fail(Error::invalid(CommandContext::tr("%1: cannot be read: %2").arg(path, file.errorString())));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        c.fail(Error::invalid(CommandContext::tr("%1: not a mapping: write a JSON object of "
                                                 "{\"column header\": \"field\"} (%2).")
                                  .arg(path, parseError.errorString())));
        return false;
    }
    if (Status applied = mapping.apply(document.object()); !applied) {
        c.fail(Error::invalid(QStringLiteral("%1: %2").arg(path, applied.error().message)));
        return false;
    }
    return true;
}

QString unreadableHint(qint64 characters, const QString& encoding)
{
    return CommandContext::tr("%1 characters cannot be read in %2: the file is probably in another encoding "
                              "(try --encoding windows-1256 or UTF-8).")
        .arg(characters)
        .arg(encoding);
}

void printSummary(QTextStream& out, const RosterFile& file, const RosterSummary& summary, bool dryRun)
{
    const RosterKind kind = file.mapping.kind();
    if (file.info.format == QLatin1String("csv")) {
        out << CommandContext::tr("Text file in %1 (detected: %2, %3%), fields separated by “%4”.")
                   .arg(file.info.encoding, file.info.detectedEncoding)
                   .arg(file.info.encodingConfidence)
                   .arg(file.info.separator == QLatin1Char('\t') ? CommandContext::tr("tab")
                                                                 : QString(file.info.separator))
            << '\n';
    } else {
        out << CommandContext::tr("Sheet “%1” of %2 (%3).")
                   .arg(file.info.sheet, file.info.format.toUpper(),
                        file.info.sheets.join(QStringLiteral(", ")))
            << '\n';
    }
    if (summary.unreadableCharacters > 0) {
        out << CommandContext::tr(
                   "%1 characters cannot be read in %2: the file is probably in another encoding "
                   "(try --encoding windows-1256 or UTF-8).")
                   .arg(summary.unreadableCharacters)
                   .arg(file.info.encoding)
            << '\n';
    }
    out << CommandContext::tr("Headers on row %1:").arg(file.mapping.headerRow()) << '\n';
    for (int column = 0; column < file.mapping.headers().size(); ++column) {
        const QString field = file.mapping.fieldOf(column);
        out << "  " << file.mapping.headers()[column] << " -> "
            << (field.isEmpty() ? CommandContext::tr("(not imported)") : rosterFieldLabel(kind, field))
            << '\n';
    }
    out << (dryRun ? CommandContext::tr("Would add %1, update %2, skip %3 already there; %4 with problems.")
                   : CommandContext::tr("Added %1, updated %2, skipped %3 already there; %4 with problems."))
               .arg(summary.added)
               .arg(summary.updated)
               .arg(summary.skipped)
               .arg(summary.rejected)
        << '\n';
    for (const ProblemGroup& group : summary.problems) {
        out << problemKindLabel(group.kind) << QStringLiteral(" (%1):\n").arg(group.problems.size());
        for (const RowProblem& problem : group.problems) {
            out << "  " << CommandContext::tr("row %1: %2").arg(problem.row).arg(problem.message) << '\n';
        }
    }
    for (const ProbableDuplicate& duplicate : summary.duplicates) {
        out << CommandContext::tr("Row %1 (%2) is probably %3, already registered (%4, likeness %5%).")
                   .arg(duplicate.row)
                   .arg(duplicate.name, duplicate.match.name, duplicate.match.id)
                   .arg(qRound(duplicate.match.score * 100))
            << '\n';
    }
    if (!summary.rejectsPath.isEmpty()) {
        out << CommandContext::tr("The rows with problems are saved in %1, to correct and import again.")
                   .arg(summary.rejectsPath)
            << '\n';
    }
    if (!dryRun && !summary.written) {
        out << CommandContext::tr("Nothing was imported.") << '\n';
    }
}

int runImport(CommandContext& c, Database& db, RosterKind kind)
{
    const QString path = c.options().positionalArguments().value(0);
    const bool dryRun = c.options().isSet(QStringLiteral("dry-run"));
    const bool validOnly = c.options().isSet(QStringLiteral("valid-only"));
    const QString rejects = c.options().value(QStringLiteral("rejects"));
    if (path.isEmpty()) {
        return c.usage(CommandContext::tr("Name the file to import."));
    }
    if (validOnly && rejects.isEmpty()) {
        return c.usage(
            CommandContext::tr("--valid-only needs --rejects FILE, where the rows with problems are saved."));
    }
    Result<RosterFile> file = openRosterFile(
        db, kind, path,
        { c.options().value(QStringLiteral("sheet")), c.options().value(QStringLiteral("encoding")) });
    if (!file) {
        return c.fail(file.error());
    }
    if (!applyMappingFile(c, file->mapping)) {
        return c.exitCode();
    }
    RosterImport import(db, file->mapping);
    const Result<RosterSummary> summary = dryRun
        ? import.dryRun(*file->reader)
        : import.run(*file->reader,
                     validOnly ? RosterImport::Mode::ValidOnly : RosterImport::Mode::AllOrNothing,
                     QFileInfo(path).fileName(), rejects);
    if (!summary) {
        Error error = summary.error();
        if (file->unreadableCharacters > 0) {
            error.message
                += QLatin1Char(' ') + unreadableHint(file->unreadableCharacters, file->info.encoding);
        }
        return c.fail(error);
    }
    if (summary->written) {
        MappingMemory(db).remember(file->mapping);
    }
    const int printed = c.print([&] { return toJson(*file, *summary); },
                                [&](QTextStream& out) { printSummary(out, *file, *summary, dryRun); });
    // Nothing imported because of problems, or a dry run that found some: the file needs a person.
    const bool refused
        = summary->rejected > 0 && (dryRun || !summary->written || summary->records == summary->rejected);
    return refused ? ExitRejected : printed;
}

int runTemplate(CommandContext& c, RosterKind kind)
{
    const QString out = c.options().value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return c.usage(
            CommandContext::tr("Say where to write the template with --out FILE (.xlsx or .csv)."));
    }
    if (Status written = writeRosterTemplate(kind, out, QLocale().name().left(2)); !written) {
        return c.fail(written.error());
    }
    return c.print(
        [&] {
            return QJsonObject { { QStringLiteral("written"), out } };
        },
        [&](QTextStream& o) { o << out << '\n'; });
}

void declareImport(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("sheet"), Cli::tr("The workbook's sheet to read (the first by default)."),
                  Cli::tr("NAME") });
    p.addOption(
        { QStringLiteral("mapping"),
          Cli::tr("A JSON file {\"column header\": \"field\"} that says which column fills which field."),
          Cli::tr("FILE") });
    p.addOption(
        { QStringLiteral("encoding"),
          Cli::tr("Read a text file in this encoding (windows-1256, UTF-8, UTF-16...) instead of the one "
                  "detected."),
          Cli::tr("NAME") });
    p.addOption({ QStringLiteral("dry-run"), Cli::tr("Say what the import would do; change nothing.") });
    p.addOption({ QStringLiteral("valid-only"),
                  Cli::tr("Import the rows without problems, and save the others with --rejects.") });
    p.addOption(
        { QStringLiteral("rejects"),
          Cli::tr("Where to save the rows with problems (.csv or .xlsx), to correct and import again."),
          Cli::tr("FILE") });
}

void addKind(QList<Command>& commands, RosterKind kind, const char* importSummary,
             const char* templateSummary)
{
    const QString name = rosterKindName(kind);
    commands.append({ name + QStringLiteral(" import"), importSummary, declareImport,
                      onDatabase([kind](CommandContext& c, Database& db) { return runImport(c, db, kind); }),
                      QStringLiteral("FILE") });
    commands.append({ name + QStringLiteral(" template"), templateSummary, declareOut,
                      [kind](CommandContext& c) { return runTemplate(c, kind); } });
}

} // namespace

void addRosterCommands(QList<Command>& commands)
{
    addKind(commands, RosterKind::Residents,
            QT_TRANSLATE_NOOP("Cli",
                              "Import residents from a spreadsheet (XLSX, XLS, CSV), with their admission."),
            QT_TRANSLATE_NOOP("Cli", "Write an empty residents roster to fill in (.xlsx or .csv)."));
    addKind(commands, RosterKind::Institutions,
            QT_TRANSLATE_NOOP("Cli", "Import institutions from a spreadsheet, at the ministry."),
            QT_TRANSLATE_NOOP("Cli", "Write an empty list of institutions to fill in (.xlsx or .csv)."));
    addKind(commands, RosterKind::Families,
            QT_TRANSLATE_NOOP("Cli", "Import foster families from a spreadsheet, one row per member."),
            QT_TRANSLATE_NOOP("Cli", "Write an empty register of families to fill in (.xlsx or .csv)."));
}

} // namespace riaya
