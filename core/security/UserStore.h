#pragma once

#include "Access.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

struct UserAccount
{
    QString id;
    QString username;
    QString fullName;
    QStringList roles;
    bool disabled = false;
};

// The people who work on this database: accounts with roles and Argon2id password hashes
// (libsodium's crypto_pwhash_str), sign-in with throttling after failed attempts, password
// changes and resets. Hashes never leave the database (bundles do not carry accounts).
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    static constexpr int kMinPasswordLength = 10;
    static constexpr int kFreeAttempts = 5; // then the wait doubles from one minute, up to an hour

    explicit UserStore(Database& db)
        : m_db(db)
    { }

    // Administrators only, or the local operator (which the first account ends).
    Result<QString> create(const UserAccount& account, const QString& password);
    Result<QList<UserAccount>> list();
    // Makes the person the database's actor. A wrong name or password says the same.
    Result<Actor> signIn(const QString& username, const QString& password);
    void signOut();
    // The signed-in person's own password, given the current one.
    Status changePassword(const QString& current, const QString& replacement);
    // An administrator sets a new password for someone (who forgot theirs).
    Status resetPassword(const QString& username, const QString& replacement);
    Status setDisabled(const QString& username, bool disabled);
    Status setRoles(const QString& username, const QStringList& roles);

    // Minutes without use after which the window locks (administrators set it; 1 to 240).
    int idleLockMinutes();
    Status setIdleLockMinutes(int minutes);

    // Empty when good enough; else what is wrong with it, for the person to fix.
    static QString passwordProblem(const QString& password, const QString& username);

private:
    Result<UserAccount> find(const QString& username);
    bool hasAccounts();
    Status recordFailure(const QString& username);
    Status resetPasswordOf(const UserAccount& account, const QString& replacement);
    Status checkRoles(const QStringList& roles);
    Status keepAnAdministrator(const QString& username, const QStringList& newRoles, bool disabling);

    Database& m_db;
};

} // namespace riaya
