#include "Cli.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "security/UserJson.h"
#include "security/UserStore.h"

namespace riaya {
namespace {

// The new password of add, passwd and reset: never on the command line, where others see it.
std::optional<QString> newPassword(CommandContext& c)
{
    const std::optional<QByteArray> password = c.requiredSecret(
        QStringLiteral("new-password-file"), "RIAYA_NEW_PASSWORD",
        CommandContext::tr("Give the new password with --new-password-file FILE or RIAYA_NEW_PASSWORD."));
    return password ? std::optional(QString::fromUtf8(*password)) : std::nullopt;
}

QStringList rolesOption(CommandContext& c)
{
    return c.options().value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int runAdd(CommandContext& c)
{
    const QString username = c.options().positionalArguments().value(0);
    if (username.isEmpty()) {
        return c.usage(
            CommandContext::tr("Name the account: users add NAME --full-name TEXT --roles ROLE,…"));
    }
    const std::optional<QString> password = newPassword(c);
    if (!password) {
        return c.exitCode();
    }
    return c.withDatabase([&](Database& db) -> int {
        const Result<QString> id = UserStore(db).create(
            { {}, username, c.options().value(QStringLiteral("full-name")), rolesOption(c) }, *password);
        if (!id) {
            return c.fail(id.error());
        }
        c.out() << CommandContext::tr("Account %1 created.").arg(username) << '\n';
        return ExitOk;
    });
}

int runList(CommandContext& c, Database& db)
{
    const Result<QList<UserAccount>> accounts = UserStore(db).list();
    if (!accounts) {
        return c.fail(accounts.error());
    }
    return c.print([&] { return toJsonArray(*accounts); },
                   [&](QTextStream& out) {
                       for (const UserAccount& a : std::as_const(*accounts)) {
                           QStringList roles;
                           for (const QString& role : a.roles) {
                               roles << roleLabel(role);
                           }
                           out << QStringLiteral("%1  %2  %3%4")
                                      .arg(a.username, a.fullName, roles.join(QStringLiteral(", ")),
                                           a.disabled ? CommandContext::tr("  (disabled)") : QString())
                               << '\n';
                       }
                   });
}

// passwd, reset, disable, enable and roles: one change to one account.
int runChange(CommandContext& c, const std::function<Status(UserStore&, const QString& username)>& change,
              bool needsName)
{
    const QString username = c.options().positionalArguments().value(0);
    if (needsName && username.isEmpty()) {
        return c.usage(CommandContext::tr("Name the account."));
    }
    return c.withDatabase([&](Database& db) -> int {
        UserStore users(db);
        if (Status status = change(users, username); !status) {
            return c.exitCode() != ExitOk ? c.exitCode() : c.fail(status.error());
        }
        c.out() << CommandContext::tr("Done.") << '\n';
        return ExitOk;
    });
}

// disable and enable: whether an account may sign in.
std::function<int(CommandContext&)> runSetDisabled(bool disabled)
{
    return [disabled](CommandContext& c) {
        return runChange(
            c,
            [disabled](UserStore& users, const QString& name) { return users.setDisabled(name, disabled); },
            true);
    };
}

void declareNewPassword(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("new-password-file"),
                  Cli::tr("A file holding the new password (or set RIAYA_NEW_PASSWORD)."), Cli::tr("FILE") });
}

} // namespace

void addUserCommands(QList<Command>& commands)
{
    commands.append(
        { QStringLiteral("users add"),
          QT_TRANSLATE_NOOP("Cli", "Administrator: create an account with its roles."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("full-name"), Cli::tr("The person's name."), Cli::tr("TEXT") });
              p.addOption({ QStringLiteral("roles"),
                            Cli::tr("staff, supervisor, inspector, social_worker, clerk, administrator; "
                                    "several with commas."),
                            Cli::tr("ROLES") });
              declareNewPassword(p);
          },
          runAdd, QStringLiteral("NAME") });
    commands.append({ QStringLiteral("users list"),
                      QT_TRANSLATE_NOOP("Cli", "Administrator: list the accounts."),
                      [](QCommandLineParser&) {}, onDatabase(runList) });
    commands.append({ QStringLiteral("users passwd"),
                      QT_TRANSLATE_NOOP("Cli", "Change your own password (given with --user)."),
                      declareNewPassword, [](CommandContext& c) {
                          return runChange(
                              c,
                              [&c](UserStore& users, const QString&) -> Status {
                                  const std::optional<QByteArray> current
                                      = c.secret(QStringLiteral("password-file"), "RIAYA_PASSWORD");
                                  const std::optional<QString> replacement = newPassword(c);
                                  if (!current || !replacement) {
                                      return Error::invalid({});
                                  }
                                  return users.changePassword(QString::fromUtf8(*current), *replacement);
                              },
                              false);
                      } });
    commands.append(
        { QStringLiteral("users reset"),
          QT_TRANSLATE_NOOP("Cli", "Administrator: set a new password for someone who forgot theirs."),
          declareNewPassword,
          [](CommandContext& c) {
              return runChange(
                  c,
                  [&c](UserStore& users, const QString& username) -> Status {
                      const std::optional<QString> replacement = newPassword(c);
                      return replacement ? users.resetPassword(username, *replacement)
                                         : Status(Error::invalid({}));
                  },
                  true);
          },
          QStringLiteral("NAME") });
    commands.append({ QStringLiteral("users disable"),
                      QT_TRANSLATE_NOOP("Cli", "Administrator: stop an account from signing in."),
                      [](QCommandLineParser&) {}, runSetDisabled(true), QStringLiteral("NAME") });
    commands.append({ QStringLiteral("users enable"),
                      QT_TRANSLATE_NOOP("Cli", "Administrator: let a disabled account sign in again."),
                      [](QCommandLineParser&) {}, runSetDisabled(false), QStringLiteral("NAME") });
    commands.append(
        { QStringLiteral("users lock-after"),
          QT_TRANSLATE_NOOP("Cli", "Administrator: lock the window after this many idle minutes."),
          [](QCommandLineParser&) {},
          [](CommandContext& c) {
              return runChange(
                  c,
                  [](UserStore& users, const QString& minutes) {
                      bool ok = false;
                      const int value = minutes.toInt(&ok);
                      return users.setIdleLockMinutes(ok ? value : 0);
                  },
                  true);
          },
          QStringLiteral("MINUTES") });
    commands.append(
        { QStringLiteral("users roles"), QT_TRANSLATE_NOOP("Cli", "Administrator: set an account's roles."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("roles"), Cli::tr("The roles, with commas."), Cli::tr("ROLES") });
          },
          [](CommandContext& c) {
              return runChange(
                  c,
                  [&c](UserStore& users, const QString& name) {
                      return users.setRoles(name, rolesOption(c));
                  },
                  true);
          },
          QStringLiteral("NAME") });
}

} // namespace riaya
