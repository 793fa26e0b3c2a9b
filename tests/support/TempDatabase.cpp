#include "TempDatabase.h"

#include "db/Migrations.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <catch2/catch.hpp>

TempDatabase::TempDatabase(const riaya::SiteSettings& settings)
    : m_path(m_dir.filePath(QStringLiteral("site.db")))
{
    auto opened = riaya::Database::open(m_path, riaya::Database::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    m_db = std::move(*opened);
    const riaya::Status status = riaya::SiteSetup::initialise(*m_db, settings);
    const std::string problem = status.ok() ? std::string() : status.error().describe().toStdString();
    INFO(problem);
    REQUIRE(status.ok());
}

TempDatabase::~TempDatabase() = default;

riaya::SiteSettings TempDatabase::defaultSite()
{
    riaya::SiteSettings settings;
    settings.name = QStringLiteral("دار الطالبة أيت أورير");
    settings.capacity = 3;
    return settings;
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = riaya::Database::open(m_path);
    REQUIRE(opened.ok());
    m_db = std::move(*opened);
}

riaya::Resident TempDatabase::sampleResident()
{
    riaya::Resident r;
    r.firstName = QStringLiteral("فاطمة");
    r.lastName = QStringLiteral("أيت علي");
    r.firstNameLatin = QStringLiteral("Fatima");
    r.lastNameLatin = QStringLiteral("Ait Ali");
    r.sex = QStringLiteral("F");
    r.birthDate = QDate::currentDate().addYears(-13);
    r.massarCode = QStringLiteral("G123456789");
    r.schoolLevel = QStringLiteral("S1");
    return r;
}

bool rawSql(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok) {
                WARN(query.lastError().text().toStdString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool undoMigration(const QString& path, int version)
{
    static const QRegularExpression created(
        QStringLiteral("^CREATE (?:VIRTUAL )?(TABLE|INDEX|TRIGGER) (\\w+)"));
    static const QRegularExpression added(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
    for (const riaya::Migration& migration : riaya::allMigrations()) {
        if (migration.version != version) {
            continue;
        }
        QStringList statements = migration.statements;
        std::reverse(statements.begin(), statements.end());
        for (const QString& statement : std::as_const(statements)) {
            if (const QRegularExpressionMatch made = created.match(statement); made.hasMatch()) {
                if (!rawSql(path, QStringLiteral("DROP %1 %2").arg(made.captured(1), made.captured(2)))) {
                    return false;
                }
            } else if (const QRegularExpressionMatch column = added.match(statement); column.hasMatch()) {
                if (!rawSql(path,
                            QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                .arg(column.captured(1), column.captured(2)))) {
                    return false;
                }
            }
        }
        return true;
    }
    return false;
}
