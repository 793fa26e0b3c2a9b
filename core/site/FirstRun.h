#pragma once

#include "SiteSetup.h"
#include "common/Result.h"
#include "security/UserStore.h"

#include <QCoreApplication>
#include <memory>

namespace riaya {

class Database;

// Everything a new database needs before anyone works on it, in one step: its identity (a
// site or the ministry hub), its keys under the passphrase, for a site the ministry's
// profile, and its first administrator, who is then signed in. Checked before any file is
// made; a step that fails leaves no file behind.
struct FirstRunSettings
{
    QString path;
    SiteSettings site;
    QString profilePath; // a site's ministry profile
    QByteArray passphrase;
    UserAccount administrator;
    QString administratorPassword;
};

struct ProfilePreview
{
    QString ministryName;
    QString fingerprint;
};

class FirstRun
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    // What a person checks before trusting a profile: whose it is and its key's fingerprint.
    static Result<ProfilePreview> readProfile(const QString& path);
    static Result<std::unique_ptr<Database>> setUp(const FirstRunSettings& settings);
};

} // namespace riaya
