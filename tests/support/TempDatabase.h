#pragma once

#include "db/Database.h"
#include "db/RecordWriter.h"
#include "residents/Resident.h"
#include "site/SiteSetup.h"

#include <QTemporaryDir>
#include <memory>

// A real SQLite file in a fresh folder, set up as a site (or the ministry hub), removed
// with the fixture.
class TempDatabase
{
public:
    explicit TempDatabase(const riaya::SiteSettings& settings = defaultSite());
    ~TempDatabase();

    static riaya::SiteSettings defaultSite();

    riaya::Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes the database (releasing its lock) and opens it again.
    void reopen();
    void close() { m_db.reset(); }

    // A valid resident whose fields tests change one at a time.
    static riaya::Resident sampleResident();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<riaya::Database> m_db;
};

// Runs one SQL statement on a database file with a connection of its own, as a person
// editing the file with sqlite3 would (bypassing core).
bool rawSql(const QString& path, const QString& sql);

// Undoes one migration's schema by hand (its tables, indexes, triggers and added columns, in
// reverse), as an older Riaya left the file; the caller sets user_version below it.
bool undoMigration(const QString& path, int version);
