#include "Cli.h"
#include "OptionValues.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "print/ReportFiles.h"
#include "reports/Dashboard.h"
#include "reports/FigureLists.h"
#include "reports/MissingMonths.h"
#include "reports/MonthAggregates.h"
#include "reports/MonthlyReports.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace riaya {
namespace {

void declareFilter(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("month"), Cli::tr("The month, YYYY-MM (default: the current one)."),
                  Cli::tr("MONTH") });
    p.addOption({ QStringLiteral("region"), Cli::tr("Only the institutions of a region."), Cli::tr("NAME") });
    p.addOption(
        { QStringLiteral("province"), Cli::tr("Only the institutions of a province."), Cli::tr("NAME") });
    p.addOption({ QStringLiteral("kind"),
                  Cli::tr("Only one type of institution (as stored: student_house, ...)."),
                  Cli::tr("KIND") });
    declareInstitutionOption(p);
}

std::optional<FigureFilter> filterOption(CommandContext& c, const QDate& defaultMonth)
{
    const std::optional<QDate> month = monthOption(c, QStringLiteral("month"), defaultMonth);
    if (!month) {
        return std::nullopt;
    }
    return FigureFilter { *month, c.options().value(QStringLiteral("region")),
                          c.options().value(QStringLiteral("province")),
                          c.options().value(QStringLiteral("kind")),
                          c.options().value(QStringLiteral("institution")) };
}

void declareLanguage(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("language"),
                  Cli::tr("The report's language: ar, fr or en (default: the language of the messages)."),
                  Cli::tr("LANG") });
}

// The report's language, or empty (the messages') when not given; a usage error when unknown.
std::optional<QString> languageOption(CommandContext& c)
{
    const QString language = c.options().value(QStringLiteral("language"));
    if (!language.isEmpty() && !supportedLanguages().contains(language)) {
        c.usage(CommandContext::tr("--language is one of %1.")
                    .arg(supportedLanguages().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return language;
}

int writeDocument(CommandContext& c, const Result<ReportDocument>& report)
{
    if (!report) {
        return c.fail(report.error());
    }
    const QString path = c.options().value(QStringLiteral("out"));
    if (Status written = writeReport(*report, path); !written) {
        return c.fail(written.error());
    }
    return c.print(
        [&] {
            return QJsonObject { { QStringLiteral("file"), QDir(path).absolutePath() },
                                 { QStringLiteral("title"), report->title },
                                 { QStringLiteral("tables"), int(report->tables.size()) } };
        },
        [&](QTextStream& out) {
            out << CommandContext::tr("Wrote %1 to %2.").arg(report->title, QDir::toNativeSeparators(path))
                << '\n';
        });
}

bool requireOut(CommandContext& c)
{
    if (c.options().value(QStringLiteral("out")).isEmpty()) {
        c.usage(CommandContext::tr("Name the file to write with --out FILE.pdf, .xlsx or .csv."));
        return false;
    }
    return true;
}

int runMonthly(CommandContext& c)
{
    const QDate today = QDate::currentDate();
    const std::optional<QDate> month
        = monthOption(c, QStringLiteral("month"), QDate(today.year(), today.month(), 1).addMonths(-1));
    const std::optional<QString> language = languageOption(c);
    if (!month || !language || !requireOut(c)) {
        return c.exitCode();
    }
    return withInstitution(c, [&](Database& db, const QString& institution) {
        const LanguageScope scope(*language);
        return writeDocument(c, MonthlyReports::house(db, institution, *month));
    });
}

int runNational(CommandContext& c)
{
    const QDate today = QDate::currentDate();
    const std::optional<FigureFilter> filter
        = filterOption(c, QDate(today.year(), today.month(), 1).addMonths(-1));
    const std::optional<QString> language = languageOption(c);
    if (!filter || !language || !requireOut(c)) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        const LanguageScope scope(*language);
        return writeDocument(c, MonthlyReports::national(db, *filter));
    });
}

int runMissing(CommandContext& c)
{
    const QDate today = QDate::currentDate();
    const std::optional<FigureFilter> filter
        = filterOption(c, QDate(today.year(), today.month(), 1).addMonths(-1));
    if (!filter) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        const Result<QList<SiteMonth>> sites = MissingMonths::forMonth(db, *filter, today);
        if (!sites) {
            return c.fail(sites.error());
        }
        return c.print(
            [&] {
                QJsonArray rows;
                for (const SiteMonth& s : *sites) {
                    rows.append(
                        QJsonObject { { QStringLiteral("site_id"), s.siteId },
                                      { QStringLiteral("site"), s.siteName },
                                      { QStringLiteral("institution_id"), s.institutionId },
                                      { QStringLiteral("month"), s.month },
                                      { QStringLiteral("state"), MissingMonths::stateKey(s.state) },
                                      { QStringLiteral("received_on"), s.receivedOn.toString(Qt::ISODate) },
                                      { QStringLiteral("days_late"), s.daysLate },
                                      { QStringLiteral("bundles_not_received"), s.bundlesNotReceived },
                                      { QStringLiteral("silent_days"), s.silentDays } });
                }
                return QJsonObject { { QStringLiteral("due_day"), MissingMonths::dueDay(db) },
                                     { QStringLiteral("sites"), rows } };
            },
            [&](QTextStream& out) {
                for (const SiteMonth& s : *sites) {
                    out << s.siteName << '\t' << s.month << '\t' << MissingMonths::stateLabel(s.state);
                    if (s.daysLate > 0) {
                        out << '\t' << CommandContext::tr("%n days late", nullptr, s.daysLate);
                    }
                    if (s.bundlesNotReceived > 0) {
                        out << '\t'
                            << CommandContext::tr("%n bundles sent, not received", nullptr,
                                                  int(s.bundlesNotReceived));
                    }
                    out << '\n';
                }
            });
    });
}

int runDashboard(CommandContext& c)
{
    const QDate today = QDate::currentDate();
    const std::optional<FigureFilter> filter = filterOption(c, today);
    if (!filter) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) {
        const bool house = !db.site().isMinistry && !db.site().institutionId.isEmpty();
        const QString institution
            = filter->institutionId.isEmpty() ? db.site().institutionId : filter->institutionId;
        const Result<HomeFigures> home
            = house ? Dashboard::house(db, institution, today) : Dashboard::ministry(db, *filter, today);
        if (!home) {
            return c.fail(home.error());
        }
        const QString list = c.options().value(QStringLiteral("list"));
        if (!list.isEmpty()) {
            const Figure* figure = home->figure(list);
            if (!figure || figure->query.list.isEmpty()) {
                return c.usage(CommandContext::tr("There is no figure %1 with a list here.").arg(list));
            }
            const Result<ReportTable> rows = FigureLists::open(db, figure->query, today);
            if (!rows) {
                return c.fail(rows.error());
            }
            return c.print(
                [&] {
                    return QJsonObject { { QStringLiteral("title"), rows->title },
                                         { QStringLiteral("rows"), int(rows->rows.size()) } };
                },
                [&](QTextStream& out) {
                    out << rows->title << '\n';
                    for (const QVariantList& row : rows->rows) {
                        QStringList cells;
                        for (const QVariant& cell : row) {
                            cells.append(cell.typeId() == QMetaType::QDate
                                             ? cell.toDate().toString(Qt::ISODate)
                                             : cell.toString());
                        }
                        out << cells.join(QLatin1Char('\t')) << '\n';
                    }
                });
        }
        return c.print([&] { return Dashboard::toJson(*home); },
                       [&](QTextStream& out) {
                           out << home->title << '\n';
                           for (const Figure& f : home->figures) {
                               out << f.label << ": ";
                               if (!f.text.isEmpty()) {
                                   out << f.text;
                               } else if (f.outOf > 0) {
                                   out << f.value << " / " << f.outOf << " (" << qRound(f.share() * 100)
                                       << "%)";
                               } else {
                                   out << f.value;
                               }
                               out << (f.warning ? " !" : "") << '\n';
                           }
                       });
    });
}

int runRebuild(CommandContext& c)
{
    return c.withDatabase([&](Database& db) {
        const Result<int> computed = MonthAggregates::rebuild(db);
        if (!computed) {
            return c.fail(computed.error());
        }
        return c.print(
            [&] {
                return QJsonObject { { QStringLiteral("institutions"), *computed } };
            },
            [&](QTextStream& out) {
                out << CommandContext::tr("Computed the figures of %n institutions again.", nullptr,
                                          *computed)
                    << '\n';
            });
    });
}

} // namespace

void addReportCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("dashboard"),
          QT_TRANSLATE_NOOP("Cli", "Show the figures of the home page (a house's, or the ministry's)."),
          [](QCommandLineParser& p) {
              declareFilter(p);
              p.addOption({ QStringLiteral("list"), Cli::tr("Show the list behind one figure (its id)."),
                            Cli::tr("FIGURE") });
          },
          runDashboard });
    commands.append({ QStringLiteral("report monthly"),
                      QT_TRANSLATE_NOOP("Cli", "Write a house's monthly report (PDF, XLSX or CSV)."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("month"),
                                        Cli::tr("The month, YYYY-MM (default: the last one that ended)."),
                                        Cli::tr("MONTH") });
                          declareInstitutionOption(p);
                          declareLanguage(p);
                          declareOut(p);
                      },
                      runMonthly });
    commands.append({ QStringLiteral("report national"),
                      QT_TRANSLATE_NOOP("Cli", "Write the national monthly report (PDF, XLSX or CSV)."),
                      [](QCommandLineParser& p) {
                          declareFilter(p);
                          declareLanguage(p);
                          declareOut(p);
                      },
                      runNational });
    commands.append({ QStringLiteral("report missing"),
                      QT_TRANSLATE_NOOP("Cli", "List the sites and whether they have sent a month."),
                      declareFilter, runMissing });
    commands.append(
        { QStringLiteral("report rebuild"),
          QT_TRANSLATE_NOOP("Cli",
                            "Compute every figure of the home pages and reports again from the records."),
          [](QCommandLineParser&) {}, runRebuild });
}

} // namespace riaya
