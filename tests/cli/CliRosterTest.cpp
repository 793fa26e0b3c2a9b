#include "CliRun.h"
#include "QtCatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// Rosters imported from spreadsheets as a person or a script would, from files other programs
// wrote (tests/data/roster, see its README): Arabic Excel's Windows-1256 CSV, Excel's UTF-16
// text, workbooks written by openpyxl and by LibreOffice (XLSX and XLS). Each row stored exactly (read back with dump) or
// reported with its row number.
namespace {

using Run = CliRun;

QString fixture(const char* name)
{
    return QStringLiteral(RIAYA_SOURCE_DIR "/tests/data/roster/") + QLatin1String(name);
}

struct House
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("house.db"));

    explicit House(bool ministry = false)
    {
        QStringList init { QStringLiteral("init"), QStringLiteral("--site-name"),
                           QStringLiteral("دار الطالبة") };
        if (ministry) {
            init.append(QStringLiteral("--ministry"));
        }
        const Run done = run(init);
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
    }
    QString at(const char* name) const { return dir.filePath(QLatin1String(name)); }
    Run run(QStringList arguments) const
    {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        arguments.prepend(QStringLiteral("en"));
        arguments.prepend(QStringLiteral("--lang"));
        return runCli(arguments);
    }
    // The residents as dump writes them (deleted ones left out).
    QList<QJsonObject> residents() const
    {
        const QJsonObject dump = QJsonDocument::fromJson(dumpBytes()).object();
        QList<QJsonObject> found;
        for (const QJsonValue& record : dump.value(QStringLiteral("residents")).toArray()) {
            if (record[QStringLiteral("deleted")].toInt() == 0) {
                found.append(record.toObject());
            }
        }
        return found;
    }
    QByteArray dumpBytes() const
    {
        const QString path = dir.filePath(QStringLiteral("dump-bytes.jsonl"));
        REQUIRE(run({ QStringLiteral("dump"), QStringLiteral("--out"), path }).exitCode == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
};

QJsonObject byName(const QList<QJsonObject>& residents, const QString& firstName)
{
    for (const QJsonObject& r : residents) {
        if (r.value(QStringLiteral("first_name")).toString() == firstName) {
            return r;
        }
    }
    return {};
}

QList<int> problemRows(const QJsonObject& summary, const char* kind)
{
    QList<int> rows;
    for (const QJsonValue& group : summary.value(QStringLiteral("problems")).toArray()) {
        if (group[QStringLiteral("kind")].toString() == QLatin1String(kind)) {
            for (const QJsonValue& row : group[QStringLiteral("rows")].toArray()) {
                rows.append(row[QStringLiteral("row")].toInt());
            }
        }
    }
    return rows;
}

} // namespace

TEST_CASE(
    "an Arabic Excel CSV: Windows-1256, semicolons, a broken row and a duplicate, a dry run changes nothing")
{
    House house;
    const QString file = fixture("house-windows-1256.csv");
    const QByteArray before = house.dumpBytes();
    const Run dry = house.run({ QStringLiteral("residents"), QStringLiteral("import"), file,
                                QStringLiteral("--dry-run"), QStringLiteral("--json") });
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 2); // problems: the file needs a person
    const QJsonObject summary = dry.json().toObject();
    CHECK(summary[QStringLiteral("encoding")].toString().compare(QLatin1String("windows-1256"),
                                                                 Qt::CaseInsensitive)
          == 0);
    CHECK(summary[QStringLiteral("separator")].toString() == QLatin1String(";"));
    CHECK(summary[QStringLiteral("added")].toInt() == 4);
    CHECK(summary[QStringLiteral("rejected")].toInt() == 2);
    CHECK(problemRows(summary, "invalid_date") == QList<int> { 4 });
    CHECK(problemRows(summary, "duplicate_in_file") == QList<int> { 6 });
    CHECK(house.dumpBytes() == before);
    CHECK(summary[QStringLiteral("unreadable_characters")].toInt() == 0);

    // Read in the wrong encoding, the headers are not words: the message says why.
    const Run forced
        = house.run({ QStringLiteral("residents"), QStringLiteral("import"), file,
                      QStringLiteral("--dry-run"), QStringLiteral("--encoding"), QStringLiteral("UTF-8") });
    CHECK(forced.exitCode == 2);
    CHECK(forced.err.contains(QLatin1String("cannot be read in UTF-8")));

    // All or nothing (the default): nothing.
    const Run refused = house.run({ QStringLiteral("residents"), QStringLiteral("import"), file });
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.contains(QLatin1String("row 4")));
    CHECK(house.dumpBytes() == before);

    const QString rejects = house.at("to-correct.csv");
    const Run valid = house.run({ QStringLiteral("residents"), QStringLiteral("import"), file,
                                  QStringLiteral("--valid-only"), QStringLiteral("--rejects"), rejects,
                                  QStringLiteral("--json") });
    INFO(valid.err.toStdString());
    REQUIRE(valid.exitCode == 0);
    CHECK(valid.json()[QStringLiteral("added")].toInt() == 4);
    CHECK(QFile::exists(rejects));
    const QList<QJsonObject> residents = house.residents();
    REQUIRE(residents.size() == 4);
    const QJsonObject fatima = byName(residents, QStringLiteral("فاطمة"));
    CHECK(fatima[QStringLiteral("last_name")].toString() == QStringLiteral("أيت علي"));
    CHECK(fatima[QStringLiteral("birth_date")].toString() == QLatin1String("2012-03-15"));
    CHECK(fatima[QStringLiteral("school_level")].toString() == QLatin1String("S1"));
    CHECK(fatima[QStringLiteral("massar_code")].toString() == QLatin1String("G123456789"));
    CHECK(fatima[QStringLiteral("sex")].toString() == QLatin1String("F"));
    // A separator and quotes inside a quoted cell.
    CHECK_FALSE(byName(residents, QStringLiteral("مريم; \"ميمي\"")).isEmpty());
    CHECK(byName(residents, QStringLiteral("زينب"))[QStringLiteral("school_level")].toString()
          == QLatin1String("S1"));

    // The same file again: no child twice.
    const Run again = house.run({ QStringLiteral("residents"), QStringLiteral("import"), file,
                                  QStringLiteral("--valid-only"), QStringLiteral("--rejects"), rejects,
                                  QStringLiteral("--json") });
    CHECK(again.json()[QStringLiteral("skipped")].toInt() == 4);
    CHECK(house.residents().size() == 4);
}

TEST_CASE("Excel's Unicode text: UTF-16 with tabs and Arabic-Indic digits, French headers")
{
    House house;
    const Run run = house.run({ QStringLiteral("residents"), QStringLiteral("import"),
                                fixture("house-utf16.txt"), QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.json()[QStringLiteral("separator")].toString() == QLatin1String("\t"));
    CHECK(run.json()[QStringLiteral("encoding")].toString().startsWith(QLatin1String("UTF-16"),
                                                                       Qt::CaseInsensitive));
    const QList<QJsonObject> residents = house.residents();
    REQUIRE(residents.size() == 3);
    CHECK(byName(residents, QStringLiteral("Fatima"))[QStringLiteral("birth_date")].toString()
          == QLatin1String("2012-03-15"));
    CHECK(byName(residents, QStringLiteral("Khadija"))[QStringLiteral("birth_date")].toString()
          == QLatin1String("2011-07-02"));
    CHECK(byName(residents, QStringLiteral("Meryem"))[QStringLiteral("birth_date")].toString()
          == QLatin1String("2013-01-01"));
    CHECK(byName(residents, QStringLiteral("Meryem"))[QStringLiteral("school_level")].toString()
          == QLatin1String("P6"));
}

TEST_CASE("workbooks from openpyxl and LibreOffice: the sheet chosen by name, a title above the headers, "
          "real dates")
{
    const char* name = GENERATE("house-openpyxl.xlsx", "house-libreoffice.xlsx", "house-libreoffice.xls");
    INFO(name);
    House house;
    const QString file = fixture(name);
    // The first sheet holds notes, not the roster: nothing maps the names.
    CHECK(
        house
            .run({ QStringLiteral("residents"), QStringLiteral("import"), file, QStringLiteral("--dry-run") })
            .exitCode
        == 2);
    const Run unknown = house.run({ QStringLiteral("residents"), QStringLiteral("import"), file,
                                    QStringLiteral("--sheet"), QStringLiteral("nope") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("المستفيدون")));

    const Run run
        = house.run({ QStringLiteral("residents"), QStringLiteral("import"), file, QStringLiteral("--sheet"),
                      QStringLiteral("المستفيدون"), QStringLiteral("--valid-only"),
                      QStringLiteral("--rejects"), house.at("r.xlsx"), QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject summary = run.json().toObject();
    CHECK(summary[QStringLiteral("header_row")].toInt() == 2);
    CHECK(summary[QStringLiteral("sheets")].toArray().size() == 2);
    CHECK(problemRows(summary, "unknown_sex") == QList<int> { 5 });
    const QList<QJsonObject> residents = house.residents();
    REQUIRE(residents.size() == 2);
    CHECK(byName(residents, QStringLiteral("فاطمة"))[QStringLiteral("birth_date")].toString()
          == QLatin1String("2012-03-15"));
    CHECK(byName(residents, QStringLiteral("خديجة"))[QStringLiteral("national_id")].toString()
          == QLatin1String("123456789"));
}

TEST_CASE("a mapping file for headers nobody guesses, the template, and the usage errors")
{
    House house;
    const QString roster = house.at("odd.csv");
    {
        QFile file(roster);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("c1,c2,c3,c4\nBenali,Khadija,F,02/07/2011\n");
    }
    CHECK(house.run({ QStringLiteral("residents"), QStringLiteral("import"), roster }).exitCode == 2);
    const QString mapping = house.at("mapping.json");
    {
        QFile file(mapping);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"c1": "last_name", "c2": "first_name", "c3": "sex", "c4": "birth_date"})");
    }
    const Run mapped = house.run({ QStringLiteral("residents"), QStringLiteral("import"), roster,
                                   QStringLiteral("--mapping"), mapping, QStringLiteral("--json") });
    INFO(mapped.err.toStdString());
    CHECK(mapped.exitCode == 0);
    CHECK(house.residents().size() == 1);
    // Remembered: the next file of this shape needs no mapping file.
    const Run remembered = house.run({ QStringLiteral("residents"), QStringLiteral("import"), roster,
                                       QStringLiteral("--dry-run"), QStringLiteral("--json") });
    CHECK(remembered.exitCode == 0);
    CHECK(remembered.json()[QStringLiteral("mapping_remembered")].toBool());
    CHECK(remembered.json()[QStringLiteral("skipped")].toInt() == 1);

    {
        QFile file(mapping);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"c1": "shoe_size"})");
    }
    const Run bad = house.run({ QStringLiteral("residents"), QStringLiteral("import"), roster,
                                QStringLiteral("--mapping"), mapping });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QLatin1String("shoe_size")));

    for (const char* name : { "template.xlsx", "template.csv" }) {
        const QString out = house.at(name);
        REQUIRE(house
                    .run({ QStringLiteral("residents"), QStringLiteral("template"), QStringLiteral("--out"),
                           out })
                    .exitCode
                == 0);
        const Run read = house.run({ QStringLiteral("residents"), QStringLiteral("import"), out,
                                     QStringLiteral("--dry-run"), QStringLiteral("--json") });
        INFO(read.err.toStdString());
        CHECK(read.exitCode == 0);
        CHECK(read.json()[QStringLiteral("mapping")].toObject().size() == 20); // every field recognised
    }

    CHECK(house.run({ QStringLiteral("residents"), QStringLiteral("import") }).exitCode == 1);
    CHECK(house
              .run({ QStringLiteral("residents"), QStringLiteral("import"), roster,
                     QStringLiteral("--valid-only") })
              .exitCode
          == 1);
    CHECK(
        house.run({ QStringLiteral("residents"), QStringLiteral("import"), house.at("missing.csv") }).exitCode
        == 2);
    CHECK(house
              .run({ QStringLiteral("residents"), QStringLiteral("import"), roster,
                     QStringLiteral("--encoding"), QStringLiteral("klingon-8") })
              .exitCode
          == 2);
}

TEST_CASE("the ministry imports its list of institutions, a house may not")
{
    House ministry(true);
    const QString list = ministry.at("institutions.csv");
    {
        QFile file(list);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFNom;Type;Capacit\xC3\xA9;R\xC3\xA9gion;Province;N\xC2\xB0 d'autorisation\r\n"
                   "Dar Taliba Tahannaout;student_house;80;Marrakech-Safi;Al Haouz;AUT-17\r\n"
                   "Centre Sans Capacite;student_house;;Marrakech-Safi;Al Haouz;\r\n");
    }
    const Run run = ministry.run({ QStringLiteral("institutions"), QStringLiteral("import"), list,
                                   QStringLiteral("--valid-only"), QStringLiteral("--rejects"),
                                   ministry.at("r.csv"), QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.json()[QStringLiteral("added")].toInt() == 1);
    CHECK(problemRows(run.json().toObject(), "missing_value") == QList<int> { 3 });
    const Run listed
        = ministry.run({ QStringLiteral("institutions"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(listed.out.contains(QLatin1String("Dar Taliba Tahannaout")));

    House house;
    CHECK(house.run({ QStringLiteral("institutions"), QStringLiteral("import"), list }).exitCode == 2);
}
