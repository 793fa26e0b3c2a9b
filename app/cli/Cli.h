#pragma once

#include "common/Result.h"
#include "security/KeyStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace riaya {

class Database;

// Exit codes of the command-line contract (README, "Command line").
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitRejected = 2,
    ExitNeedsPerson = 3,
    ExitInternal = 4
};

// Whether a type is a Result, which CommandContext::print reports when it failed.
template<typename T> constexpr bool kIsResult = false;
template<typename T> constexpr bool kIsResult<Result<T>> = true;

// What a command gets: its parsed options and the ways to answer.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum class Open
    {
        Existing, // refused when the file is missing or not set up
        CreateIfMissing // for `init`
    };

    CommandContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    ~CommandContext();

    QCommandLineParser& options() { return m_parser; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QTextStream& out() { return m_out; }

    // Runs work on the database named by --db, signed in as --user (with the password from
    // --password-file or RIAYA_PASSWORD) when it has accounts. When the database cannot be
    // opened or the user not signed in, reports why and returns the exit code instead.
    int withDatabase(const std::function<int(Database&)>& work, Open open = Open::Existing);
    void closeDatabase();

    // Answers a command: with --json, the JSON that makeJson makes (a Result that failed is
    // reported instead), else the lines printLines writes for people. ExitOk unless reported.
    template<typename MakeJson, typename PrintLines>
    requires std::invocable<MakeJson> && std::invocable<PrintLines, QTextStream&>
    int print(MakeJson makeJson, PrintLines printLines)
    {
        if (!json()) {
            printLines(m_out);
            return ExitOk;
        }
        const auto made = makeJson();
        if constexpr (kIsResult<std::remove_cvref_t<decltype(made)>>) {
            if (!made) {
                return fail(made.error());
            }
            printJson(*made);
        } else {
            printJson(made);
        }
        return ExitOk;
    }

    // The exit code of the last failure reported.
    int exitCode() const { return m_exitCode; }
    int fail(const Error& error);
    int usage(const QString& message);
    void printJson(const QJsonValue& value);
    // The passphrase of the site's keys from --passphrase-file or RIAYA_PASSPHRASE; never
    // asked for, so scripts do not hang. Empty when neither is given.
    std::optional<QByteArray> passphrase();
    // The passphrase, or empty after reporting: unreadable, or not given (a usage error
    // saying how to give it).
    std::optional<QByteArray> requiredPassphrase(const QString& howToGive);
    // A secret from the file named by an option, else from an environment variable; never
    // asked for. Empty when neither is given; reported (exit code set) when unreadable.
    std::optional<QByteArray> secret(const QString& fileOption, const char* environment);
    // The same, and a usage error saying how to give it when it is not given.
    std::optional<QByteArray> requiredSecret(const QString& fileOption, const char* environment,
                                             const QString& howToGive);
    // A value of an option that must be a whole number in a range, or -1 after reporting.
    int intOption(const QString& name, int defaultValue, int min, int max);

private:
    Database* openDatabase(Open open);
    bool signIn();

    QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_db;
    int m_exitCode = ExitOk;
    // Every passphrase and password read, zeroed when the command is done.
    QList<QByteArray> m_secrets;
};

struct Command
{
    QString path; // "residents add"
    const char* summary; // QT_TRANSLATE_NOOP("Cli", ...)
    std::function<void(QCommandLineParser&)> declare;
    std::function<int(CommandContext&)> run;
    QString arguments = {}; // positional arguments shown in help, e.g. "TEXT"
};

// The run of a command that works on the database from the start, opened by withDatabase.
std::function<int(CommandContext&)> onDatabase(const std::function<int(CommandContext&, Database&)>& run);

void addSiteCommands(QList<Command>& commands);
void addResidentCommands(QList<Command>& commands);
void addRecordCommands(QList<Command>& commands);
void addKeyCommands(QList<Command>& commands);
void addSyncCommands(QList<Command>& commands);
void addReviewCommands(QList<Command>& commands);
// Opens the site's private keys with the passphrase given to the command; reports and sets the
// exit code when it cannot.
std::optional<UnlockedKeys> unlockKeys(CommandContext& c, Database& db);
// The --out FILE option of the commands that write a file.
void declareOut(QCommandLineParser& p);
// Creates the site's keys when a passphrase was given, and trusts a ministry profile.
int setUpKeys(CommandContext& c, Database& db, const QString& profile);
void addPresenceCommands(QList<Command>& commands);
void addSchoolResultCommands(QList<Command>& commands);
void addIncidentCommands(QList<Command>& commands);
void addMonthCommands(QList<Command>& commands);
void addReportCommands(QList<Command>& commands);
void addUserCommands(QList<Command>& commands);
void addBackupCommands(QList<Command>& commands);
void addTemplateCommands(QList<Command>& commands);
void addInspectionCommands(QList<Command>& commands);
void addActionCommands(QList<Command>& commands);
void addSharingCommands(QList<Command>& commands);
void addFamilyCommands(QList<Command>& commands);
void addPlacementCommands(QList<Command>& commands);
void addRosterCommands(QList<Command>& commands);

// Parses the command line, finds the command and runs it.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    int run(const QStringList& arguments);

private:
    QString generalHelp() const;
    QList<Command> m_commands;
};

} // namespace riaya
