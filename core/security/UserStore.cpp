#include "UserStore.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "security/GuardedAccess.h"

#include <QDateTime>
#include <QRegularExpression>
#include <sodium.h>

namespace riaya {
namespace {

const QString kUsers = QStringLiteral("users");

// Interactive limits: about a tenth of a second and 64 MiB on an old laptop.
QString hashPassword(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return {};
    }
    return QString::fromLatin1(hash);
}

bool passwordMatches(const QString& hash, const QString& password)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return !stored.isEmpty()
        && crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

QStringList splitRoles(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

QString UserStore::passwordProblem(const QString& password, const QString& username)
{
    if (password.size() < kMinPasswordLength) {
        return tr("The password must have at least %n characters.", nullptr, kMinPasswordLength);
    }
    const bool letters = password.contains(QRegularExpression(QStringLiteral("\\p{L}")));
    const bool others = password.contains(QRegularExpression(QStringLiteral("[^\\p{L}]")));
    if (!letters || !others) {
        return tr("The password must mix letters with digits or other signs.");
    }
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive)) {
        return tr("The password must not contain the user name.");
    }
    return {};
}

Status UserStore::checkRoles(const QStringList& roles)
{
    if (roles.isEmpty()) {
        return Error::invalid(tr("Give the account at least one role."),
                              { { QStringLiteral("roles"), tr("At least one role is required.") } });
    }
    for (const QString& role : roles) {
        if (!allRoles().contains(role)) {
            return Error::invalid(
                tr("“%1” is not a role; the roles are: %2.").arg(role, allRoles().join(QStringLiteral(", "))),
                { { QStringLiteral("roles"), tr("Unknown role “%1”.").arg(role) } });
        }
    }
    return {};
}

Result<QString> UserStore::create(const UserAccount& account, const QString& password)
{
    const QString notSaved = tr("The account could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageUsers, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            QList<FieldIssue> issues;
            if (!QRegularExpression(QStringLiteral("^[a-z0-9._-]{3,32}$"))
                     .match(account.username)
                     .hasMatch()) {
                issues << FieldIssue { QStringLiteral("username"),
                                       tr("3 to 32 small letters, digits, dots, dashes or underscores.") };
            } else if (find(account.username)) {
                issues << FieldIssue { QStringLiteral("username"), tr("This user name is taken.") };
            }
            if (account.fullName.trimmed().isEmpty()) {
                issues << FieldIssue { QStringLiteral("full_name"), tr("The person's name is required.") };
            }
            if (Status roles = checkRoles(account.roles); !roles) {
                issues << roles.error().issues;
            } else if (m_db.actor().localOperator && !account.roles.contains(QStringLiteral("administrator"))
                       && !hasAccounts()) {
                // The first account ends the local operator: without an administrator nobody could
                // manage accounts, keys or backups afterwards.
                issues << FieldIssue { QStringLiteral("roles"),
                                       tr("The first account must be an administrator.") };
            }
            if (const QString problem = passwordProblem(password, account.username); !problem.isEmpty()) {
                issues << FieldIssue { QStringLiteral("password"), problem };
            }
            if (!issues.isEmpty()) {
                return Error::invalid(tr("The account was not created."), issues);
            }
            const QString hash = hashPassword(password);
            if (hash.isEmpty()) {
                return Error::internal(tr("Not enough memory to protect the password."));
            }
            return writer.insert(kUsers,
                                 { { QStringLiteral("username"), account.username },
                                   { QStringLiteral("full_name"), account.fullName.trimmed() },
                                   { QStringLiteral("roles"), account.roles.join(QLatin1Char(',')) },
                                   { QStringLiteral("password_hash"), hash },
                                   { QStringLiteral("disabled"), 0 } });
        });
}

bool UserStore::hasAccounts()
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE deleted = 0"
                                  " AND password_hash IS NOT NULL)"));
    return query.exec() && query.next() && query.value(0).toBool();
}

Result<UserAccount> UserStore::find(const QString& username)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT id, username, full_name, roles, disabled FROM users"
                                  " WHERE username = :name AND deleted = 0 AND password_hash IS NOT NULL"));
    query.bind(QStringLiteral(":name"), username);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no account “%1”.").arg(username));
    }
    return UserAccount { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         splitRoles(query.value(3).toString()), query.value(4).toBool() };
}

Result<QList<UserAccount>> UserStore::list()
{
    if (Status allowed = Access::require(m_db, Permission::ManageUsers); !allowed) {
        return allowed.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT id, username, full_name, roles, disabled FROM users"
                                  " WHERE deleted = 0 AND password_hash IS NOT NULL ORDER BY username"));
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    QList<UserAccount> accounts;
    while (query.next()) {
        accounts.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          splitRoles(query.value(3).toString()), query.value(4).toBool() });
    }
    return accounts;
}

Status UserStore::recordFailure(const QString& username)
{
    SqlQuery count(m_db.connection(),
                   QStringLiteral("INSERT INTO sign_in_attempts (username, failures) VALUES (:name, 1)"
                                  " ON CONFLICT (username) DO UPDATE SET failures = failures + 1"
                                  " RETURNING failures"));
    count.bind(QStringLiteral(":name"), username);
    if (!count.exec() || !count.next()) {
        return Error::internal(count.errorText());
    }
    const int failures = count.value(0).toInt();
    count.raw().finish();
    if (failures < kFreeAttempts) {
        return {};
    }
    const int minutes = std::min(60, 1 << std::min(6, failures - kFreeAttempts));
    SqlQuery lock(m_db.connection(),
                  QStringLiteral("UPDATE sign_in_attempts SET locked_until = :until WHERE username = :name"));
    lock.bind(QStringLiteral(":until"),
              QDateTime::currentDateTimeUtc().addSecs(60LL * minutes).toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":name"), username);
    return lock.exec() ? Status() : Status(Error::internal(lock.errorText()));
}

Result<Actor> UserStore::signIn(const QString& username, const QString& password)
{
    SqlQuery locked(m_db.connection(),
                    QStringLiteral("SELECT locked_until FROM sign_in_attempts WHERE username = :name"));
    locked.bind(QStringLiteral(":name"), username);
    if (!locked.exec()) {
        return Error::internal(locked.errorText());
    }
    if (locked.next() && !locked.value(0).isNull()) {
        const QDateTime until = QDateTime::fromString(locked.value(0).toString(), Qt::ISODateWithMs);
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(until);
        if (seconds > 0) {
            return Error::refused(tr("Too many wrong passwords for “%1”: try again in %n minutes.", nullptr,
                                     static_cast<int>((seconds + 59) / 60))
                                      .arg(username));
        }
    }
    locked.raw().finish();
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT password_hash, roles, disabled FROM users WHERE username = :name"
                                  " AND deleted = 0 AND password_hash IS NOT NULL"));
    query.bind(QStringLiteral(":name"), username);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    const bool known = query.next();
    const QString hash = known ? query.value(0).toString() : QString();
    const QStringList roles = known ? splitRoles(query.value(1).toString()) : QStringList();
    const bool disabled = known && query.value(2).toBool();
    query.raw().finish();
    Transaction tx(m_db.connection());
    // An unknown name costs a hash too, so the time taken does not tell which names exist.
    const bool matches = known ? passwordMatches(hash, password) : (hashPassword(password), false);
    if (!matches) {
        if (Status counted = recordFailure(username); !counted || !tx.commit()) {
            return Error::internal(tr("The failed attempt could not be recorded."));
        }
        return Error::refused(tr("Wrong user name or password."));
    }
    if (disabled) {
        return Error::refused(tr("The account “%1” is disabled; ask an administrator.").arg(username));
    }
    SqlQuery reset(m_db.connection(), QStringLiteral("DELETE FROM sign_in_attempts WHERE username = :name"));
    reset.bind(QStringLiteral(":name"), username);
    const Actor actor { username, roles, false };
    m_db.setActor(actor);
    Status audited = reset.exec() ? m_db.writer().audit().append(
                         { QStringLiteral("sign-in"), QStringLiteral("users"), username, {}, {} })
                                  : Status(Error::internal(reset.errorText()));
    if (!audited || !tx.commit()) {
        m_db.setActor({ QString(), {}, false });
        return Error::internal(tr("The sign-in could not be recorded."));
    }
    return actor;
}

void UserStore::signOut()
{
    m_db.setActor({ QString(), {}, false });
}

Status UserStore::changePassword(const QString& current, const QString& replacement)
{
    const QString username = m_db.actor().username;
    if (m_db.actor().localOperator || username.isEmpty()) {
        return Error::refused(tr("Sign in to change your password."));
    }
    const Result<UserAccount> account = find(username);
    if (!account) {
        return account.error();
    }
    SqlQuery hash(m_db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = :id"));
    hash.bind(QStringLiteral(":id"), account->id);
    if (!hash.exec() || !hash.next() || !passwordMatches(hash.value(0).toString(), current)) {
        return Error::refused(tr("The current password is wrong; nothing was changed."));
    }
    hash.raw().finish();
    return resetPasswordOf(*account, replacement);
}

Status UserStore::resetPassword(const QString& username, const QString& replacement)
{
    if (Status allowed = Access::require(m_db, Permission::ManageUsers); !allowed) {
        return allowed;
    }
    const Result<UserAccount> account = find(username);
    return account ? resetPasswordOf(*account, replacement) : Status(account.error());
}

Status UserStore::resetPasswordOf(const UserAccount& account, const QString& replacement)
{
    if (const QString problem = passwordProblem(replacement, account.username); !problem.isEmpty()) {
        return Error::invalid(problem, { { QStringLiteral("password"), problem } });
    }
    const QString hash = hashPassword(replacement);
    return committedWrite(m_db, tr("The password could not be saved to disk."), [&](RecordWriter& writer) {
        Status saved = hash.isEmpty()
            ? Status(Error::internal(tr("Not enough memory to protect the password.")))
            : writer.update(kUsers, account.id, { { QStringLiteral("password_hash"), hash } });
        if (saved) {
            SqlQuery unlock(m_db.connection(),
                            QStringLiteral("DELETE FROM sign_in_attempts WHERE username = :name"));
            unlock.bind(QStringLiteral(":name"), account.username);
            saved = unlock.exec() ? Status() : Status(Error::internal(unlock.errorText()));
        }
        return saved;
    });
}

Status UserStore::keepAnAdministrator(const QString& username, const QStringList& newRoles, bool disabling)
{
    const Result<QList<UserAccount>> accounts = list();
    if (!accounts) {
        return accounts.error();
    }
    const bool another = std::any_of(accounts->cbegin(), accounts->cend(), [&](const UserAccount& a) {
        return a.username != username && !a.disabled && a.roles.contains(QStringLiteral("administrator"));
    });
    const bool staysAdministrator = !disabling && newRoles.contains(QStringLiteral("administrator"));
    if (!another && !staysAdministrator) {
        return Error::refused(tr("“%1” is the last administrator: make another one first.").arg(username));
    }
    return {};
}

Status UserStore::setDisabled(const QString& username, bool disabled)
{
    const QString notSaved = tr("The account could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageUsers, notSaved, [&](RecordWriter& writer) -> Status {
        const Result<UserAccount> account = find(username);
        if (!account) {
            return account.error();
        }
        if (disabled) {
            if (Status kept = keepAnAdministrator(username, account->roles, true); !kept) {
                return kept;
            }
        }
        return writer.update(kUsers, account->id, { { QStringLiteral("disabled"), disabled ? 1 : 0 } });
    });
}

int UserStore::idleLockMinutes()
{
    bool ok = false;
    const int minutes = m_db.metaValue(QStringLiteral("idle_lock_minutes")).toInt(&ok);
    return ok && minutes > 0 ? minutes : 10;
}

Status UserStore::setIdleLockMinutes(int minutes)
{
    if (Status allowed = Access::require(m_db, Permission::ManageUsers); !allowed) {
        return allowed;
    }
    if (minutes < 1 || minutes > 240) {
        return Error::invalid(tr("The lock time must be between 1 and 240 minutes."));
    }
    return m_db.setMetaValue(QStringLiteral("idle_lock_minutes"), QString::number(minutes))
        ? Status()
        : Status(Error::internal(tr("The setting could not be saved to disk.")));
}

Status UserStore::setRoles(const QString& username, const QStringList& roles)
{
    const QString notSaved = tr("The account could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageUsers, notSaved, [&](RecordWriter& writer) -> Status {
        const Result<UserAccount> account = find(username);
        if (!account) {
            return account.error();
        }
        if (Status checked = checkRoles(roles); !checked) {
            return checked;
        }
        if (Status kept = keepAnAdministrator(username, roles, false); !kept) {
            return kept;
        }
        return writer.update(kUsers, account->id,
                             { { QStringLiteral("roles"), roles.join(QLatin1Char(',')) } });
    });
}

} // namespace riaya
