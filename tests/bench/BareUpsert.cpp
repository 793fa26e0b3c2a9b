#include "BareUpsert.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QUuid>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

double bareUpsertSeconds(const QString& path, qint64 rows, int payloadBytes)
{
    std::vector<QByteArray> keys;
    keys.reserve(static_cast<size_t>(rows));
    for (qint64 n = 0; n < rows; ++n) {
        keys.push_back(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
    const QByteArray payload(payloadBytes, 'x');
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE bare (id TEXT PRIMARY KEY, payload TEXT)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* upsert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO bare (id, payload) VALUES (?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET payload = excluded.payload",
                       -1, &upsert, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const QByteArray& key : keys) {
        sqlite3_bind_text(upsert, 1, key.constData(), static_cast<int>(key.size()), SQLITE_STATIC);
        sqlite3_bind_text(upsert, 2, payload.constData(), static_cast<int>(payload.size()), SQLITE_STATIC);
        if (sqlite3_step(upsert) != SQLITE_DONE) {
            std::fprintf(stderr, "bare upsert failed: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
        sqlite3_reset(upsert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(upsert);
    sqlite3_close(db);
    return seconds;
}

void printBenchHeader(const char* name)
{
    QProcess git;
    git.setWorkingDirectory(QStringLiteral(RIAYA_SOURCE_DIR));
    git.start(QStringLiteral("git"),
              { QStringLiteral("describe"), QStringLiteral("--always"), QStringLiteral("--dirty") });
    const bool known = git.waitForFinished(5000) && git.exitCode() == 0;
    std::printf("%s at commit %s, %d cores\n", name,
                known ? git.readAllStandardOutput().trimmed().constData() : "unknown",
                QThread::idealThreadCount());
}

void resetPeakMemory()
{
    // Linux: writing 5 to clear_refs resets the VmHWM of /proc/self/status.
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly)) {
        refs.write("5");
    }
}

long peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
        }
    }
    return -1;
}
