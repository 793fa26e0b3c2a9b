#include "Cli.h"

#include "db/Database.h"
#include "security/KeyStore.h"
#include "security/UserStore.h"
#include "security/Wipe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace riaya {
namespace {

// Options every command takes; those with a value are listed so they are not taken for commands.
const QStringList kGlobalValueOptions { QStringLiteral("--db"), QStringLiteral("--lang"),
                                        QStringLiteral("--passphrase-file"), QStringLiteral("--user"),
                                        QStringLiteral("--password-file") };

void declareGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("db"), Cli::tr("The database file."), Cli::tr("PATH") });
    parser.addOption({ QStringLiteral("json"), Cli::tr("Print machine-readable JSON.") });
    parser.addOption(
        { QStringLiteral("lang"), Cli::tr("Language of messages: ar, fr or en."), Cli::tr("CODE") });
    parser.addOption({ QStringLiteral("passphrase-file"),
                       Cli::tr("A file holding the passphrase of the site's keys (or set RIAYA_PASSPHRASE)."),
                       Cli::tr("FILE") });
    parser.addOption({ QStringLiteral("user"),
                       Cli::tr("Act as this user (required on a database with user accounts)."),
                       Cli::tr("NAME") });
    parser.addOption({ QStringLiteral("password-file"),
                       Cli::tr("A file holding the user's password (or set RIAYA_PASSWORD)."),
                       Cli::tr("FILE") });
    parser.addHelpOption();
}

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
    case Error::Kind::NotFound:
    case Error::Kind::Refused:
        return ExitRejected;
    case Error::Kind::Conflict:
        return ExitNeedsPerson;
    case Error::Kind::Internal:
        break;
    }
    return ExitInternal;
}

} // namespace

CommandContext::CommandContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
{ }

CommandContext::~CommandContext()
{
    for (QByteArray& secret : m_secrets) {
        wipe(secret);
    }
}

int CommandContext::withDatabase(const std::function<int(Database&)>& work, Open open)
{
    Database* db = openDatabase(open);
    return db ? work(*db) : m_exitCode;
}

Database* CommandContext::openDatabase(Open open)
{
    const bool create = open == Open::CreateIfMissing;
    const QString path = m_parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        usage(tr("Name the database with --db PATH."));
        return nullptr;
    }
    auto opened = Database::open(
        path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_db = std::move(*opened);
    if (!create && !m_db->isInitialised()) {
        fail(Error::refused(
            tr("%1 is not set up yet; run “init” first.").arg(QDir::toNativeSeparators(path))));
        m_db.reset();
        return nullptr;
    }
    if (!signIn()) {
        m_db.reset();
        return nullptr;
    }
    return m_db.get();
}

void CommandContext::closeDatabase()
{
    m_db.reset();
}

bool CommandContext::signIn()
{
    const QString user = m_parser.value(QStringLiteral("user"));
    if (user.isEmpty()) {
        if (m_db->actor().localOperator) {
            return true; // no accounts yet: the local operator of scripts
        }
        fail(Error::refused(tr("%1 has user accounts: name yourself with --user NAME (the password from "
                               "--password-file FILE or RIAYA_PASSWORD).")
                                .arg(QDir::toNativeSeparators(m_db->path()))));
        return false;
    }
    const std::optional<QByteArray> password = requiredSecret(
        QStringLiteral("password-file"), "RIAYA_PASSWORD",
        tr("Give the password of %1 with --password-file FILE or RIAYA_PASSWORD.").arg(user));
    if (!password) {
        return false;
    }
    const Result<Actor> actor = UserStore(*m_db).signIn(user, QString::fromUtf8(*password));
    if (!actor) {
        fail(actor.error());
        return false;
    }
    return true;
}

int CommandContext::fail(const Error& error)
{
    QString text = error.message;
    for (const FieldIssue& issue : error.issues) {
        QString field = issue.field;
        text += QLatin1Char('\n')
            + (field.isEmpty() ? issue.message
                               : QStringLiteral("  --%1: %2")
                                     .arg(field.replace(QLatin1Char('_'), QLatin1Char('-')), issue.message));
    }
    m_err << QStringLiteral("riaya-cli: %1\n").arg(text.trimmed());
    m_err.flush();
    m_exitCode = exitCodeFor(error.kind);
    return m_exitCode;
}

int CommandContext::usage(const QString& message)
{
    m_err << QStringLiteral("riaya-cli: %1\n").arg(message) << tr("Try “riaya-cli --help”.") << '\n';
    m_err.flush();
    m_exitCode = ExitUsage;
    return m_exitCode;
}

void CommandContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

std::optional<QByteArray> CommandContext::passphrase()
{
    return secret(QStringLiteral("passphrase-file"), "RIAYA_PASSPHRASE");
}

std::optional<QByteArray> CommandContext::requiredPassphrase(const QString& howToGive)
{
    return requiredSecret(QStringLiteral("passphrase-file"), "RIAYA_PASSPHRASE", howToGive);
}

std::optional<QByteArray> CommandContext::requiredSecret(const QString& fileOption, const char* environment,
                                                         const QString& howToGive)
{
    const std::optional<QByteArray> given = secret(fileOption, environment);
    if (!given && m_exitCode == ExitOk) {
        usage(howToGive);
    }
    return given;
}

std::optional<QByteArray> CommandContext::secret(const QString& fileOption, const char* environment)
{
    if (m_parser.isSet(fileOption)) {
        QFile file(m_parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(Error::invalid(
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())));
            return std::nullopt;
        }
        QByteArray secret = file.readAll();
        while (secret.endsWith('\n') || secret.endsWith('\r')) {
            secret.chop(1);
        }
        m_secrets.append(secret); // shares the bytes the caller gets, wiped when all is done
        return secret;
    }
    if (qEnvironmentVariableIsSet(environment)) {
        m_secrets.append(qgetenv(environment));
        return m_secrets.last();
    }
    return std::nullopt;
}

int CommandContext::intOption(const QString& name, int defaultValue, int min, int max)
{
    if (!m_parser.isSet(name)) {
        return defaultValue;
    }
    bool ok = false;
    const int value = m_parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        usage(tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(min).arg(max));
        return -1;
    }
    return value;
}

Cli::Cli()
{
    addSiteCommands(m_commands);
    addResidentCommands(m_commands);
    addPresenceCommands(m_commands);
    addMonthCommands(m_commands);
    addReportCommands(m_commands);
    addUserCommands(m_commands);
    addBackupCommands(m_commands);
    addSchoolResultCommands(m_commands);
    addIncidentCommands(m_commands);
    addRecordCommands(m_commands);
    addKeyCommands(m_commands);
    addSyncCommands(m_commands);
    addReviewCommands(m_commands);
    addTemplateCommands(m_commands);
    addInspectionCommands(m_commands);
    addActionCommands(m_commands);
    addSharingCommands(m_commands);
    addRosterCommands(m_commands);
    addFamilyCommands(m_commands);
    addPlacementCommands(m_commands);
}

QString Cli::generalHelp() const
{
    QString text = tr("Usage: riaya-cli --db PATH COMMAND [options]\n\n"
                      "Riaya keeps the records of social-care institutions offline.\n\nCommands:\n");
    for (const Command& command : m_commands) {
        text += QStringLiteral("  %1  %2\n").arg(command.path.leftJustified(22), tr(command.summary));
    }
    text += tr("\nGlobal options: --db PATH, --json, --lang CODE, --help.\n"
               "“riaya-cli COMMAND --help” describes a command.\n"
               "Exit codes: 0 done, 1 usage error, 2 input rejected, 3 needs a person, 4 internal error.\n");
    return text;
}

int Cli::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The command is the longest run of leading words (options aside) that names one.
    QStringList words;
    QStringList rest { arguments.value(0) };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            rest << arg;
            if (kGlobalValueOptions.contains(arg) && i + 1 < arguments.size()) {
                rest << arguments.at(++i);
            }
        } else {
            words << arg;
        }
    }
    const Command* command = nullptr;
    qsizetype used = 0;
    for (const Command& candidate : m_commands) {
        const QStringList path = candidate.path.split(QLatin1Char(' '));
        if (path.size() > used && words.mid(0, path.size()) == path) {
            command = &candidate;
            used = path.size();
        }
    }
    if (!command) {
        const bool wantsHelp = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"));
        if (wantsHelp || rest.contains(QStringLiteral("--version"))) {
            out << (wantsHelp ? generalHelp()
                              : QStringLiteral("riaya-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return ExitOk;
        }
        err << (words.isEmpty() ? tr("riaya-cli: name a command.")
                                : tr("riaya-cli: unknown command “%1”.").arg(words.join(QLatin1Char(' '))))
            << '\n'
            << generalHelp();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(command->summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    declareGlobalOptions(parser);
    command->declare(parser);
    if (!command->arguments.isEmpty()) {
        parser.addPositionalArgument(command->arguments, tr("See the description above."));
    }
    // Keep the positional words in their place after the command words.
    QStringList parseArgs = arguments;
    for (const QString& word : command->path.split(QLatin1Char(' '))) {
        parseArgs.removeAt(parseArgs.indexOf(word, 1));
    }
    if (!parser.parse(parseArgs)) {
        CommandContext context(parser, out, err);
        return context.usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's own first line names the program path only; ours names the command.
        out << tr("Usage: riaya-cli --db PATH %1 [options] %2")
                   .arg(command->path, command->arguments)
                   .trimmed()
            << '\n'
            << parser.helpText().section(QLatin1Char('\n'), 1);
        return ExitOk;
    }
    CommandContext context(parser, out, err);
    const QStringList positional = parser.positionalArguments();
    const int expected = command->arguments.isEmpty() ? 0 : 1;
    const bool many = command->arguments.endsWith(QStringLiteral("..."));
    if (positional.size() < expected || (!many && positional.size() > expected)) {
        return context.usage(expected == 0
                                 ? tr("“%1” takes no argument “%2”.").arg(command->path, positional.value(0))
                                 : tr("“%1” needs %2.").arg(command->path, command->arguments));
    }
    return command->run(context);
}

// Opens the site's private keys with the passphrase given to the command.
std::optional<UnlockedKeys> unlockKeys(CommandContext& c, Database& db)
{
    const std::optional<QByteArray> passphrase = c.requiredPassphrase(
        CommandContext::tr("This command needs the keys' passphrase: --passphrase-file "
                           "FILE or the environment variable RIAYA_PASSPHRASE."));
    if (!passphrase) {
        return std::nullopt;
    }
    Result<UnlockedKeys> keys = KeyStore(db).unlock(*passphrase);
    if (!keys) {
        c.fail(keys.error());
        return std::nullopt;
    }
    return std::move(*keys);
}

std::function<int(CommandContext&)> onDatabase(const std::function<int(CommandContext&, Database&)>& run)
{
    return [run](CommandContext& c) { return c.withDatabase([&](Database& db) { return run(c, db); }); };
}

void declareOut(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("FILE") });
}

} // namespace riaya
