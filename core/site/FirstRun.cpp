#include "FirstRun.h"

#include "db/Database.h"
#include "security/KeyStore.h"
#include "security/SignedDocument.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace riaya {

Result<ProfilePreview> FirstRun::readProfile(const QString& path)
{
    const Result<QByteArray> content = SignedDocument::readFile(path);
    const Result<QVariantMap> body = content
        ? SignedDocument::verify(*content, QLatin1String(kProfileFormat), path)
        : Result<QVariantMap>(content.error());
    if (!body) {
        return body.error();
    }
    return ProfilePreview { body->value(QStringLiteral("name")).toString(),
                            KeyStore::fingerprint(QByteArray::fromBase64(
                                body->value(QStringLiteral("sign_key")).toString().toLatin1())) };
}

Result<std::unique_ptr<Database>> FirstRun::setUp(const FirstRunSettings& s)
{
    QList<FieldIssue> issues;
    if (s.path.isEmpty() || QFile::exists(s.path)) {
        issues << FieldIssue { QStringLiteral("path"),
                               tr("Choose a new file; an existing database is opened, not set up.") };
    }
    if (s.site.name.trimmed().isEmpty()) {
        issues << FieldIssue { QStringLiteral("site_name"), tr("The name is required.") };
    }
    if (!s.site.ministry) {
        if (const Result<ProfilePreview> profile = readProfile(s.profilePath); !profile) {
            issues << FieldIssue { QStringLiteral("profile"), profile.error().message };
        }
    }
    if (const QString problem = KeyStore::passphraseProblem(s.passphrase); !problem.isEmpty()) {
        issues << FieldIssue { QStringLiteral("passphrase"), problem };
    }
    if (!QRegularExpression(QStringLiteral("^[a-z0-9._-]{3,32}$"))
             .match(s.administrator.username)
             .hasMatch()) {
        issues << FieldIssue { QStringLiteral("username"),
                               tr("3 to 32 small letters, digits, dots, dashes or underscores.") };
    }
    if (s.administrator.fullName.trimmed().isEmpty()) {
        issues << FieldIssue { QStringLiteral("full_name"), tr("The person's name is required.") };
    }
    if (const QString problem = UserStore::passwordProblem(s.administratorPassword, s.administrator.username);
        !problem.isEmpty()) {
        issues << FieldIssue { QStringLiteral("password"), problem };
    }
    if (!issues.isEmpty()) {
        return Error::invalid(tr("Riaya was not set up."), issues);
    }
    auto removeFiles = [&s] {
        for (const char* suffix : { "", "-wal", "-shm", ".lock" }) {
            QFile::remove(s.path + QLatin1String(suffix));
        }
    };
    QDir().mkpath(QFileInfo(s.path).absolutePath());
    Result<std::unique_ptr<Database>> opened = Database::open(s.path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<Database> db = std::move(*opened);
    UserAccount administrator = s.administrator;
    administrator.roles = { QStringLiteral("administrator") };
    Status done = SiteSetup::initialise(*db, s.site);
    if (done) {
        done = KeyStore(*db).create(s.passphrase);
    }
    if (done && !s.site.ministry) {
        const Result<TrustedSite> ministry = TrustStore(*db).loadProfile(s.profilePath);
        done = ministry ? Status() : Status(ministry.error());
    }
    if (done) {
        const Result<QString> created = UserStore(*db).create(administrator, s.administratorPassword);
        done = created ? Status() : Status(created.error());
    }
    if (done) {
        const Result<Actor> signedIn = UserStore(*db).signIn(administrator.username, s.administratorPassword);
        done = signedIn ? Status() : Status(signedIn.error());
    }
    if (!done) {
        db.reset();
        removeFiles();
        return done.error();
    }
    return db;
}

} // namespace riaya
