#include "Cli.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "demo/DemoCaseWork.h"
#include "demo/DemoGenerator.h"
#include "institutions/Institution.h"
#include "institutions/InstitutionJson.h"
#include "institutions/InstitutionStore.h"
#include "reports/MonthAggregates.h"
#include "security/KeyStore.h"
#include "security/SignedDocument.h"
#include "site/SiteSetup.h"
#include "sync/BundleExchange.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace riaya {
namespace {

int setUpSite(CommandContext& c, Database& db, const QString& profile)
{
    auto& o = c.options();
    SiteSettings settings;
    settings.name = o.value(QStringLiteral("site-name"));
    settings.ministry = o.isSet(QStringLiteral("ministry"));
    settings.withInstitution = !o.isSet(QStringLiteral("no-institution"));
    if (o.isSet(QStringLiteral("kind"))) {
        settings.institutionKind = o.value(QStringLiteral("kind"));
    }
    settings.capacity = c.intOption(QStringLiteral("capacity"), settings.capacity, 1, 5000);
    if (settings.capacity < 0) {
        return ExitUsage;
    }
    settings.region = o.value(QStringLiteral("region"));
    settings.residentsSex = o.value(QStringLiteral("receives"));
    if (Status status = SiteSetup::initialise(db, settings); !status) {
        return c.fail(status.error());
    }
    if (const int keys = setUpKeys(c, db, profile); keys != ExitOk) {
        return keys;
    }
    return c.print(
        [&] {
            return QJsonObject { { QStringLiteral("site_id"), db.site().id },
                                 { QStringLiteral("name"), db.site().name },
                                 { QStringLiteral("ministry"), db.site().isMinistry },
                                 { QStringLiteral("institution_id"), db.site().institutionId } };
        },
        [&](QTextStream& out) {
            out << (db.site().isMinistry ? CommandContext::tr("Ministry hub “%1” set up in %2.")
                                         : CommandContext::tr("Site “%1” set up in %2."))
                       .arg(db.site().name, db.path())
                << '\n';
        });
}

int runInit(CommandContext& c)
{
    auto& o = c.options();
    // Everything that can be refused is checked before the database is touched.
    const QString profile = o.value(QStringLiteral("profile"));
    if (!profile.isEmpty()) {
        const Result<QByteArray> content = SignedDocument::readFile(profile);
        const Result<QVariantMap> body = content
            ? SignedDocument::verify(*content, QLatin1String(kProfileFormat), profile)
            : Result<QVariantMap>(content.error());
        if (!body) {
            return c.fail(body.error());
        }
        if (o.isSet(QStringLiteral("ministry"))) {
            return c.usage(CommandContext::tr("The ministry hub is not set up from a profile."));
        }
    }
    const std::optional<QByteArray> passphrase = c.passphrase();
    if (c.exitCode() != ExitOk) {
        return c.exitCode();
    }
    if (const QString problem = passphrase ? KeyStore::passphraseProblem(*passphrase) : QString();
        !problem.isEmpty()) {
        return c.fail(Error::invalid(problem));
    }
    return c.withDatabase([&](Database& db) { return setUpSite(c, db, profile); },
                          CommandContext::Open::CreateIfMissing);
}

int generateDemo(CommandContext& c, Database& db, const DemoSettings& settings)
{
    // The house's approved month, carried to the ministry by a bundle as the month close does;
    // the keys are opened first, so a wrong passphrase leaves nothing half done.
    const QString monthBundle = c.options().value(QStringLiteral("month-bundle"));
    std::optional<UnlockedKeys> keys;
    if (!monthBundle.isEmpty()) {
        if (db.site().isMinistry || db.site().institutionId.isEmpty()
            || !c.options().isSet(QStringLiteral("case-work"))) {
            return c.usage(CommandContext::tr("--month-bundle is for a site's demo with --case-work."));
        }
        keys = unlockKeys(c, db);
        if (!keys) {
            return c.exitCode();
        }
    }
    const bool showProgress = isatty(fileno(stderr)) && !c.json();
    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = DemoGenerator::generate(db, settings, [showProgress](int done, int total) {
        if (showProgress) {
            std::fprintf(stderr, "\r%d / %d", done, total);
        }
    });
    if (showProgress) {
        std::fprintf(stderr, "\n");
    }
    if (!summary) {
        return c.fail(summary.error());
    }
    std::optional<CaseWorkSummary> cases;
    if (c.options().isSet(QStringLiteral("case-work"))) {
        const Result<CaseWorkSummary> made = DemoCaseWork::generate(db, settings.seed, settings.today);
        if (!made) {
            return c.fail(made.error());
        }
        cases = *made;
    }
    // The home page's figures of what the demo wrote, so the first sign-in does not wait for them.
    if (const Result<int> figures = MonthAggregates::refresh(db, settings.today); !figures) {
        return c.fail(figures.error());
    }
    std::optional<ExportReport> exported;
    if (keys) {
        const Result<ExportReport> report = BundleExchange(db).exportTo(monthBundle, {}, *keys);
        if (!report) {
            return c.fail(report.error());
        }
        exported = *report;
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return c.print(
        [&] {
            QJsonObject json { { QStringLiteral("sites"), summary->sites },
                               { QStringLiteral("institutions"), summary->institutions },
                               { QStringLiteral("residents"), summary->residents },
                               { QStringLiteral("stays"), summary->stays },
                               { QStringLiteral("presence"), summary->presence },
                               { QStringLiteral("school_results"), summary->results },
                               { QStringLiteral("incidents"), summary->incidents },
                               { QStringLiteral("seconds"), seconds } };
            if (cases) {
                const DemoMonthsSummary& m = cases->months;
                json.insert(QStringLiteral("case_work"),
                            QJsonObject { { QStringLiteral("families"), cases->families },
                                          { QStringLiteral("placements"), cases->placements },
                                          { QStringLiteral("returns"), cases->returns },
                                          { QStringLiteral("inspections"), cases->inspections },
                                          { QStringLiteral("actions"), cases->actions },
                                          { QStringLiteral("over_capacity"), cases->overCapacity },
                                          { QStringLiteral("bundles_received"), m.bundles },
                                          { QStringLiteral("months_approved"), m.approvals },
                                          { QStringLiteral("last_month"),
                                            m.lastMonth.toString(QStringLiteral("yyyy-MM")) },
                                          { QStringLiteral("not_sent_last_month"), m.notSentLastMonth },
                                          { QStringLiteral("silent"), m.silent },
                                          { QStringLiteral("late"), m.late },
                                          { QStringLiteral("gaps"), m.gaps },
                                          { QStringLiteral("approved_month"),
                                            cases->approvedMonth.isValid()
                                                ? cases->approvedMonth.toString(QStringLiteral("yyyy-MM"))
                                                : QString() } });
            }
            if (exported) {
                json.insert(QStringLiteral("month_bundle"),
                            QJsonObject::fromVariantMap(exported->manifest.toMap()));
            }
            return json;
        },
        [&](QTextStream& out) {
            if (cases) {
                out << CommandContext::tr("Case work: %n foster families", nullptr, cases->families) << ", "
                    << CommandContext::tr("%n placements", nullptr, cases->placements) << ", "
                    << CommandContext::tr("%n inspections", nullptr, cases->inspections) << ".\n";
                const DemoMonthsSummary& m = cases->months;
                if (m.sites > 0) {
                    out << CommandContext::tr("Months: %n bundles received", nullptr, m.bundles) << ", "
                        << CommandContext::tr("%n months approved", nullptr, m.approvals) << "; "
                        << CommandContext::tr("%n sites have not sent %1", nullptr,
                                              m.notSentLastMonth + m.silent)
                               .arg(m.lastMonth.toString(QStringLiteral("yyyy-MM")))
                        << ", "
                        << CommandContext::tr("%n of them silent for more than %1 days", nullptr, m.silent)
                               .arg(DemoMonths::kSilentDays)
                        << ", " << CommandContext::tr("%n sent late", nullptr, m.late) << ", "
                        << CommandContext::tr("%n with a bundle missing", nullptr, m.gaps) << "; "
                        << CommandContext::tr("%n houses over capacity", nullptr, cases->overCapacity)
                        << ".\n";
                }
                if (cases->approvedMonth.isValid()) {
                    out << CommandContext::tr("%1 approved.")
                               .arg(cases->approvedMonth.toString(QStringLiteral("yyyy-MM")));
                    if (exported) {
                        out << ' '
                            << CommandContext::tr("Bundle %1 written to %2: %n records.", nullptr,
                                                  static_cast<int>(exported->manifest.records))
                                   .arg(exported->manifest.sequence)
                                   .arg(QDir::toNativeSeparators(monthBundle));
                    }
                    out << '\n';
                }
            }
            out << CommandContext::tr("Added %n residents", nullptr, summary->residents) << ", "
                << CommandContext::tr("%n institutions", nullptr, summary->institutions) << ", "
                << CommandContext::tr("%n presence marks", nullptr, summary->presence) << ", "
                << CommandContext::tr("%n school results", nullptr, summary->results) << ", "
                << CommandContext::tr("%n incidents", nullptr, summary->incidents) << " ("
                << CommandContext::tr("%1 s").arg(seconds, 0, 'f', 1) << ").\n";
        });
}

int runDemo(CommandContext& c)
{
    DemoSettings settings;
    settings.residents = c.intOption(QStringLiteral("residents"), 100, 0, 1'000'000);
    settings.institutions = c.intOption(QStringLiteral("institutions"), 1, 1, 10'000);
    const int seed = c.intOption(QStringLiteral("seed"), 1, 0, std::numeric_limits<int>::max());
    settings.presenceDays = c.intOption(QStringLiteral("presence-days"), settings.presenceDays, 0, 62);
    if (settings.residents < 0 || settings.institutions < 0 || seed < 0 || settings.presenceDays < 0) {
        return ExitUsage;
    }
    settings.seed = static_cast<quint64>(seed);
    return c.withDatabase([&](Database& db) { return generateDemo(c, db, settings); });
}

int runInstitutionsList(CommandContext& c, Database& db)
{
    Result<QList<Institution>> list = InstitutionStore(db).list();
    if (!list) {
        return c.fail(list.error());
    }
    return c.print([&] { return toJsonArray(*list); },
                   [&](QTextStream& out) {
                       for (const Institution& i : *list) {
                           out << QStringLiteral("%1  %2  (%3, %4)\n")
                                      .arg(i.id, i.name, institutionKindLabel(i.kind))
                                      .arg(i.capacity);
                       }
                   });
}

int runInstitutionsAdd(CommandContext& c)
{
    auto& o = c.options();
    Institution i;
    i.name = o.value(QStringLiteral("name"));
    i.nameLatin = o.value(QStringLiteral("name-latin"));
    if (o.isSet(QStringLiteral("kind"))) {
        i.kind = o.value(QStringLiteral("kind"));
    }
    i.capacity = c.intOption(QStringLiteral("capacity"), 0, 0, 100000);
    if (i.capacity < 0) {
        return ExitUsage;
    }
    i.region = o.value(QStringLiteral("region"));
    i.province = o.value(QStringLiteral("province"));
    i.residentsSex = o.value(QStringLiteral("receives"));
    return c.withDatabase([&](Database& db) -> int {
        Result<QString> id = InstitutionStore(db).create(i);
        if (!id) {
            return c.fail(id.error());
        }
        c.out() << *id << '\n'; // the id alone, --json or not
        return ExitOk;
    });
}

} // namespace

void addSiteCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("init"),
          QT_TRANSLATE_NOOP("Cli", "Set up a new database for a site or the ministry hub."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("site-name"), Cli::tr("The site's name."), Cli::tr("NAME") });
              p.addOption(
                  { QStringLiteral("ministry"), Cli::tr("Set up the ministry hub instead of a site.") });
              p.addOption({ QStringLiteral("kind"),
                            Cli::tr("Kind of the site's institution: %1.")
                                .arg(institutionKinds().join(QStringLiteral(", "))),
                            Cli::tr("KIND") });
              p.addOption({ QStringLiteral("capacity"),
                            Cli::tr("Places in the site's institution (default 60)."), Cli::tr("N") });
              p.addOption({ QStringLiteral("region"), Cli::tr("The site's region."), Cli::tr("REGION") });
              p.addOption(
                  { QStringLiteral("receives"),
                    Cli::tr("Whom the site's institution receives: F (girls), M (boys); both when not "
                            "given."),
                    Cli::tr("SEX") });
              p.addOption({ QStringLiteral("profile"),
                            Cli::tr("The ministry's profile file, to trust the ministry from the start."),
                            Cli::tr("FILE") });
              p.addOption({ QStringLiteral("no-institution"),
                            Cli::tr("The site is not an institution (an inspector's laptop, an office).") });
          },
          runInit });
    commands.append(
        { QStringLiteral("demo"), QT_TRANSLATE_NOOP("Cli", "Add a realistic, reproducible demo data set."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("residents"), Cli::tr("How many residents (default 100)."),
                            Cli::tr("N") });
              p.addOption({ QStringLiteral("institutions"),
                            Cli::tr("How many institutions, on the ministry hub (default 1)."),
                            Cli::tr("M") });
              p.addOption({ QStringLiteral("seed"), Cli::tr("The seed; the same seed gives the same data."),
                            Cli::tr("S") });
              p.addOption(
                  { QStringLiteral("case-work"),
                    Cli::tr("Add foster families, placements and inspections with corrective actions.") });
              p.addOption({ QStringLiteral("presence-days"),
                            Cli::tr("Days of presence marks before today (default 3)."), Cli::tr("D") });
              p.addOption(
                  { QStringLiteral("month-bundle"),
                    Cli::tr("On a site, with --case-work: write the bundle that carries the approved "
                            "month to FILE, as the month close does (needs the keys' passphrase and the "
                            "ministry's profile)."),
                    Cli::tr("FILE") });
          },
          runDemo });
    commands.append({ QStringLiteral("institutions list"), QT_TRANSLATE_NOOP("Cli", "List the institutions."),
                      [](QCommandLineParser&) {}, onDatabase(runInstitutionsList) });
    commands.append(
        { QStringLiteral("institutions add"), QT_TRANSLATE_NOOP("Cli", "Add an institution."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("name"), Cli::tr("Its name."), Cli::tr("NAME") });
              p.addOption(
                  { QStringLiteral("name-latin"), Cli::tr("Its name in Latin script."), Cli::tr("NAME") });
              p.addOption({ QStringLiteral("kind"),
                            Cli::tr("Its kind: %1.").arg(institutionKinds().join(QStringLiteral(", "))),
                            Cli::tr("KIND") });
              p.addOption({ QStringLiteral("capacity"), Cli::tr("Its number of places."), Cli::tr("N") });
              p.addOption({ QStringLiteral("region"), Cli::tr("Its region."), Cli::tr("REGION") });
              p.addOption({ QStringLiteral("province"), Cli::tr("Its province."), Cli::tr("PROVINCE") });
              p.addOption({ QStringLiteral("receives"),
                            Cli::tr("Whom it receives: F (girls), M (boys); both when not given."),
                            Cli::tr("SEX") });
          },
          runInstitutionsAdd });
}

} // namespace riaya
