#pragma once

#include "common/Result.h"
#include "security/KeyStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

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

// What a command gets: its parsed options and the ways to answer.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CommandContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    ~CommandContext();

    QCommandLineParser& options() { return m_parser; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QTextStream& out() { return m_out; }

    // Opens the database named by --db; prints the reason and sets the exit code on failure.
    Database* openDatabase(bool create = false);
    Database* database() { return m_db.get(); }
    void closeDatabase();

    // The exit code of the last failure reported.
    int exitCode() const { return m_exitCode; }
    int fail(const Error& error);
    int usage(const QString& message);
    void printJson(const QJsonValue& value);
    // Prints a list as a JSON array of what toJson makes of each item.
    template<typename List, typename ToJson> void printJsonArray(const List& items, ToJson toJson)
    {
        QJsonArray array;
        for (const auto& item : items) {
            array.append(toJson(item));
        }
        printJson(array);
    }
    // The passphrase of the site's keys from --passphrase-file or RIAYA_PASSPHRASE; never
    // asked for, so scripts do not hang. Empty when neither is given.
    std::optional<QByteArray> passphrase();
    // A secret from the file named by an option, else from an environment variable; never
    // asked for. Empty when neither is given; reported (exit code set) when unreadable.
    std::optional<QByteArray> secret(const QString& fileOption, const char* environment);
    // A value of an option that must be a whole number in a range, or -1 after reporting.
    int intOption(const QString& name, int defaultValue, int min, int max);

private:
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
void addUserCommands(QList<Command>& commands);
void addBackupCommands(QList<Command>& commands);
void addInspectionCommands(QList<Command>& commands);
void addFamilyCommands(QList<Command>& commands);

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
