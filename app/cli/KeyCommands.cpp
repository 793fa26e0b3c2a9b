#include "Cli.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "security/KeyStore.h"
#include "sync/KeyRotation.h"
#include "sync/TrustJson.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QJsonObject>

namespace riaya {
namespace {

int runKeysCreate(CommandContext& c, Database& db)
{
    const std::optional<QByteArray> passphrase = c.requiredPassphrase(
        CommandContext::tr("Give the new keys' passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE."));
    if (!passphrase) {
        return c.exitCode();
    }
    KeyStore keys(db);
    const bool replace = c.options().isSet(QStringLiteral("replace"));
    if (Status status = keys.create(*passphrase, replace); !status) {
        return c.fail(status.error());
    }
    c.out() << CommandContext::tr("Keys created. Fingerprint: %1")
                   .arg(KeyStore::fingerprint(keys.publicKeys()->sign))
            << '\n';
    if (replace) {
        c.out() << CommandContext::tr("Send the new identity (“keys export”) to the ministry, which enrols "
                                      "it after revoking the old key.")
                << '\n';
    }
    return ExitOk;
}

int runKeysPassphrase(CommandContext& c, Database& db)
{
    const std::optional<QByteArray> current = c.requiredPassphrase(
        CommandContext::tr("Give the current passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE."));
    if (!current) {
        return c.exitCode();
    }
    const std::optional<QByteArray> replacement
        = c.requiredSecret(QStringLiteral("new-passphrase-file"), "RIAYA_NEW_PASSPHRASE",
                           CommandContext::tr("Give the new passphrase with --new-passphrase-file FILE or "
                                              "RIAYA_NEW_PASSPHRASE."));
    if (!replacement) {
        return c.exitCode();
    }
    if (Status changed = KeyStore(db).changePassphrase(*current, *replacement); !changed) {
        return c.fail(changed.error());
    }
    c.out() << CommandContext::tr("The keys are sealed under the new passphrase. Backups made before "
                                  "still open with the old one.")
            << '\n';
    return ExitOk;
}

int runKeysRotate(CommandContext& c, Database& db)
{
    const std::optional<QByteArray> passphrase = c.requiredPassphrase(
        CommandContext::tr("Give the keys' passphrase with --passphrase-file FILE or "
                           "RIAYA_PASSPHRASE: it opens the current keys and seals the new ones."));
    if (!passphrase) {
        return c.exitCode();
    }
    const Result<PublicKeys> old = KeyStore(db).publicKeys();
    const QString oldFingerprint = old ? KeyStore::fingerprint(old->sign) : QString();
    const Result<UnlockedKeys> rotated = KeyRotation(db).rotate(*passphrase);
    if (!rotated) {
        return c.fail(rotated.error());
    }
    const QString fingerprint = KeyStore::fingerprint(rotated->publicKeys.sign);
    return c.print(
        [&] {
            return QJsonObject { { QStringLiteral("old_fingerprint"), oldFingerprint },
                                 { QStringLiteral("fingerprint"), fingerprint } };
        },
        [&](QTextStream& out) {
            out << CommandContext::tr("The ministry's keys are rotated. New fingerprint: %1 (it was %2).")
                       .arg(fingerprint, oldFingerprint)
                << '\n'
                << CommandContext::tr(
                       "Every bundle from now on is signed with the new key and carries the "
                       "statement signed by both keys: each site trusts the new keys at its next "
                       "import. Sites set up from now on need the new profile (“profile export”).")
                << '\n';
        });
}

int runKeysRevoke(CommandContext& c)
{
    const QString site = c.options().positionalArguments().value(0);
    const QString reason = c.options().value(QStringLiteral("reason"));
    if (site.isEmpty() || reason.trimmed().isEmpty()) {
        return c.usage(CommandContext::tr("Name the site and say why: keys revoke SITE --reason TEXT."));
    }
    return c.withDatabase([&](Database& db) -> int {
        if (Status status = TrustStore(db).revoke(site, reason); !status) {
            return c.fail(status.error());
        }
        c.out() << CommandContext::tr(
                       "The key of %1 is revoked: its bundles are refused from now on, and the "
                       "next reference bundle tells every site.")
                       .arg(site)
                << '\n';
        return ExitOk;
    });
}

int runKeysShow(CommandContext& c, Database& db)
{
    const Result<PublicKeys> keys = KeyStore(db).publicKeys();
    const QString fingerprint = keys ? KeyStore::fingerprint(keys->sign) : QString();
    return c.print(
        [&] {
            return QJsonObject { { QStringLiteral("site_id"), db.site().id },
                                 { QStringLiteral("name"), db.site().name },
                                 { QStringLiteral("ministry"), db.site().isMinistry },
                                 { QStringLiteral("fingerprint"), fingerprint } };
        },
        [&](QTextStream& out) {
            out << CommandContext::tr("Site: %1 (%2)").arg(db.site().name, db.site().id) << '\n'
                << (keys ? CommandContext::tr("Fingerprint: %1").arg(fingerprint) : keys.error().message)
                << '\n';
        });
}

// keys export (a site's identity) and profile export (the ministry's) write the same
// self-signed document of this database's public keys.
int exportIdentity(CommandContext& c, Database& db, const QString& out, bool profile)
{
    if (profile != db.site().isMinistry) {
        return c.fail(
            Error::refused(profile ? CommandContext::tr("Only the ministry hub exports a profile; a site "
                                                        "exports its identity with “keys export”.")
                                   : CommandContext::tr("The ministry hub exports its profile with "
                                                        "“profile export”.")));
    }
    std::optional<UnlockedKeys> keys = unlockKeys(c, db);
    if (!keys) {
        return c.exitCode();
    }
    if (const Status written = TrustStore(db).writeOwnIdentity(*keys, out); !written) {
        return c.fail(written.error());
    }
    c.out() << CommandContext::tr("Written to %1. Fingerprint: %2")
                   .arg(QDir::toNativeSeparators(out), KeyStore::fingerprint(keys->publicKeys.sign))
            << '\n';
    return ExitOk;
}

int runExportIdentity(CommandContext& c, bool profile)
{
    const QString out = c.options().value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return c.usage(CommandContext::tr("Name the file to write with --out FILE."));
    }
    return c.withDatabase([&](Database& db) { return exportIdentity(c, db, out, profile); });
}

int runTrust(CommandContext& c, Database& db, bool enrol)
{
    TrustStore trust(db);
    const QString file = c.options().positionalArguments().value(0);
    const Result<TrustedSite> site = enrol ? trust.enrol(file) : trust.loadProfile(file);
    if (!site) {
        return c.fail(site.error());
    }
    return c.print(
        [&] { return toJson(*site); },
        [&](QTextStream& out) {
            out << CommandContext::tr(
                       "Now trusted: %1 (%2). Compare this fingerprint with the one shown at %1: %3")
                       .arg(site->name, site->siteId, KeyStore::fingerprint(site->keys.sign))
                << '\n';
        });
}

int runKeysList(CommandContext& c, Database& db)
{
    const Result<QList<TrustedSite>> sites = TrustStore(db).list();
    if (!sites) {
        return c.fail(sites.error());
    }
    return c.print([&] { return toJsonArray(*sites); },
                   [&](QTextStream& out) {
                       for (const TrustedSite& site : *sites) {
                           out << QStringLiteral("%1  %2  %3  %4\n")
                                      .arg(site.siteId, site.role, KeyStore::fingerprint(site.keys.sign),
                                           site.name);
                       }
                   });
}

} // namespace

// The first key pair and a profile loaded at set-up (used by `init`).
int setUpKeys(CommandContext& c, Database& db, const QString& profile)
{
    const std::optional<QByteArray> passphrase = c.passphrase();
    if (c.exitCode() != ExitOk) {
        return c.exitCode();
    }
    if (passphrase) {
        KeyStore keys(db);
        if (Status status = keys.create(*passphrase); !status) {
            return c.fail(status.error());
        }
        if (!c.json()) { // with --json, init prints one object and nothing else
            c.out() << CommandContext::tr("Keys created. Fingerprint: %1")
                           .arg(KeyStore::fingerprint(keys.publicKeys()->sign))
                    << '\n';
        }
    }
    if (!profile.isEmpty()) {
        const Result<TrustedSite> ministry = TrustStore(db).loadProfile(profile);
        if (!ministry) {
            return c.fail(ministry.error());
        }
        if (!c.json()) {
            c.out() << CommandContext::tr("Ministry “%1” trusted. Its fingerprint: %2")
                           .arg(ministry->name, KeyStore::fingerprint(ministry->keys.sign))
                    << '\n';
        }
    }
    return ExitOk;
}

void addKeyCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("keys create"),
                      QT_TRANSLATE_NOOP("Cli", "Make this site's keys, sealed under the passphrase."),
                      [](QCommandLineParser& p) {
                          p.addOption(
                              { QStringLiteral("replace"),
                                Cli::tr("Replace existing keys (after the ministry revoked them).") });
                      },
                      onDatabase(runKeysCreate) });
    commands.append({ QStringLiteral("keys passphrase"),
                      QT_TRANSLATE_NOOP("Cli", "Seal this site's keys under a new passphrase."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("new-passphrase-file"),
                                        Cli::tr("A file holding the new passphrase (or set "
                                                "RIAYA_NEW_PASSPHRASE)."),
                                        Cli::tr("FILE") });
                      },
                      onDatabase(runKeysPassphrase) });
    commands.append(
        { QStringLiteral("keys revoke"),
          QT_TRANSLATE_NOOP("Cli", "Ministry: refuse a site's key from now on, everywhere."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("reason"), Cli::tr("Why the key is revoked."), Cli::tr("TEXT") });
          },
          runKeysRevoke, QStringLiteral("SITE") });
    commands.append({ QStringLiteral("keys rotate"),
                      QT_TRANSLATE_NOOP("Cli",
                                        "Ministry: new keys, handed over by a statement signed by the "
                                        "old and the new key."),
                      [](QCommandLineParser&) {}, onDatabase(runKeysRotate) });
    commands.append({ QStringLiteral("keys show"),
                      QT_TRANSLATE_NOOP("Cli", "Show this site's id and key fingerprint."),
                      [](QCommandLineParser&) {}, onDatabase(runKeysShow) });
    commands.append(
        { QStringLiteral("keys export"),
          QT_TRANSLATE_NOOP("Cli", "Write this site's public identity for the ministry to enrol."),
          declareOut, [](CommandContext& c) { return runExportIdentity(c, false); } });
    commands.append({ QStringLiteral("keys enrol"),
                      QT_TRANSLATE_NOOP("Cli", "Ministry: trust a site from its identity file."),
                      [](QCommandLineParser&) {},
                      onDatabase([](CommandContext& c, Database& db) { return runTrust(c, db, true); }),
                      QStringLiteral("FILE") });
    commands.append({ QStringLiteral("keys list"),
                      QT_TRANSLATE_NOOP("Cli", "List the sites this database trusts."),
                      [](QCommandLineParser&) {}, onDatabase(runKeysList) });
    commands.append({ QStringLiteral("profile export"),
                      QT_TRANSLATE_NOOP("Cli", "Ministry: write the signed profile sites are set up from."),
                      declareOut, [](CommandContext& c) { return runExportIdentity(c, true); } });
    commands.append({ QStringLiteral("profile load"),
                      QT_TRANSLATE_NOOP("Cli", "Site: trust the ministry of a profile file."),
                      [](QCommandLineParser&) {},
                      onDatabase([](CommandContext& c, Database& db) { return runTrust(c, db, false); }),
                      QStringLiteral("FILE") });
}

} // namespace riaya
