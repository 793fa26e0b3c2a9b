// libFuzzer target for the bundle reader: whatever bytes arrive on a USB stick, verifying
// and reading a bundle must refuse them cleanly, with bounded memory and no crash.
// Two shapes of input: raw files (the whole reader), and files that carry a valid
// signature over a fuzzed manifest and payload (to get past the signature check into
// header parsing, decryption, decompression and line parsing).
// The committed corpus (tests/fuzz/corpus/bundle, made by fuzz_corpus) holds bundles signed
// and sealed with the fixture's seeded keys, so they get past the signature and decryption.
#include "FuzzSupport.h"
#include "sync/BundleFile.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

namespace {

struct Fixture
{
    QTemporaryDir dir { riaya::fuzz::scratchPattern() }; // each input is written with an fsync
    QString path = dir.filePath(QStringLiteral("input.bundle"));
    riaya::UnlockedKeys keys = riaya::fuzz::seededKeys(riaya::fuzz::kBundleKeySeed);
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    {
        QFile file(fixture.path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 0;
        }
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    const auto senderKey
        = [](const QString&) -> riaya::Result<QByteArray> { return fixture.keys.publicKeys.sign; };
    auto verified = riaya::BundleFile::verify(fixture.path, senderKey);
    if (verified) {
        (void)riaya::BundleFile::readRecords(
            fixture.path, verified->manifest, fixture.keys,
            [](const QString&, const QVariantMap&) { return riaya::Status(); });
    }
    // The same bytes as the lines of a bundle the fixture signs and seals: the reader
    // must take back exactly what was written, whatever the lines hold.
    const QList<QByteArray> lines
        = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))
              .left(64 * 1024)
              .split('\n');
    riaya::BundleManifest manifest;
    manifest.bundleId = QStringLiteral("fuzz");
    manifest.senderSite = QStringLiteral("sender");
    manifest.recipientSite = QStringLiteral("recipient");
    manifest.records = lines.size();
    const auto written
        = riaya::BundleFile::write(fixture.path, manifest, fixture.keys, fixture.keys.publicKeys.box,
                                   [&](const riaya::BundleFile::LineSink& sink) {
                                       for (const QByteArray& line : lines) {
                                           if (riaya::Status status = sink(line); !status) {
                                               return status;
                                           }
                                       }
                                       return riaya::Status();
                                   });
    if (written) {
        auto again = riaya::BundleFile::verify(fixture.path, senderKey);
        if (!again) {
            __builtin_trap(); // a bundle we wrote must verify
        }
        (void)riaya::BundleFile::readRecords(
            fixture.path, again->manifest, fixture.keys,
            [](const QString&, const QVariantMap&) { return riaya::Status(); });
    }
    return 0;
}
