// libFuzzer target for the import at the ministry: whatever records an enrolled site signs
// and sends, the ministry's database stays sound (integrity_check, foreign keys), a refused
// bundle changes nothing, and no record of another site or of the ministry changes.
//
// The input is a bundle's plain payload in one of two forms; the target makes the lines, signs
// them as the enrolled sender, seals them to the ministry (BundleFile::write, with a manifest
// like BundleExchange::exportTo's) and imports the bundle at the ministry (docs/fuzzing.md).
//
// Lines {"t": table, "r": {row}} (an input that starts with '{'), in which the target replaces
// tokens, so the fuzzer can name what it could never guess:
//   @S @O @M      the site id of the sender, of the other site, of the ministry
//   @V            a version newer than every record held, and not in the future
//   @N            the id of a record of the line's table: N modulo 3 names whose (0 the
//                 sender's, 1 the other site's, 2 the ministry's), N / 3 which (modulo how
//                 many there are, in the order they were written)
//   @families:N   the same in another table (for references)
//
// Any other input is read as records of a few bytes each, so that every mutation is a decision
// the import must get right: the table; an existing record to start from; whose id it takes
// (or a new one); which origin it claims; its version (winning, the same, older, zero, from the
// future); then fields changed (null, empty, a number, text, an id of a parent record,
// another record's value, a date, or the field left out). See decodeRecords().
//
// Every input starts from the same database: a pristine copy is put back after each import
// that was applied (a refused one is checked to have changed nothing, so it needs none). The
// checks compare with that copy, attached, in SQL: reading every row through Qt under the
// sanitizers took 35-55 ms an input, most of a run.
#include "FuzzSupport.h"
#include "common/CanonicalJson.h"
#include "db/Ids.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "sync/BundleExchange.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace riaya;

namespace {

enum Owner
{
    Sender,
    Other,
    Ministry,
    Owners
};

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The value of "t" in a line, found without parsing it: the line may be anything.
QByteArray lineTable(const QByteArray& line)
{
    qsizetype i = line.indexOf("\"t\"");
    if (i < 0) {
        return {};
    }
    i += 3;
    auto skipSpaces = [&] {
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t')) {
            ++i;
        }
    };
    skipSpaces();
    if (i >= line.size() || line.at(i) != ':') {
        return {};
    }
    ++i;
    skipSpaces();
    if (i >= line.size() || line.at(i) != '"') {
        return {};
    }
    const qsizetype start = ++i;
    while (i < line.size() && isWordChar(line.at(i))) {
        ++i;
    }
    return line.mid(start, i - start);
}

// Reads bytes one at a time; zeros once they run out.
struct Bytes
{
    const uint8_t* data;
    size_t left;
    bool empty() const { return left == 0; }
    quint8 next()
    {
        if (left == 0) {
            return 0;
        }
        --left;
        return *data++;
    }
};

// What the structured form chooses from: a synced table's fields, the tables its fields refer
// to, and its records by owner, as the pristine database holds them.
struct TableInfo
{
    QString name;
    QStringList columns;
    QHash<QString, QString> parents; // column -> table, from the foreign keys
    QList<QVariantMap> rows[Owners];
};

class Fixture
{
public:
    Fixture()
        : m_network(m_dir.path())
    {
        m_work = m_network.ministry.path;
        m_pristine = m_dir.filePath(QStringLiteral("pristine.db"));
        m_bundle = m_dir.filePath(QStringLiteral("input.bundle"));
        m_siteIds[Sender] = m_network.sender.siteId.toLatin1();
        m_siteIds[Other] = m_network.other.siteId.toLatin1();
        m_siteIds[Ministry] = m_network.ministry.siteId.toLatin1();
        m_network.sender.db.reset();
        m_network.other.db.reset();
        m_network.ministry.db.reset(); // checkpoints the WAL into the file copied
        if (!QFile::copy(m_work, m_pristine)) {
            std::fprintf(stderr, "fuzz_import: cannot copy the ministry's database\n");
            std::abort();
        }
        restore();
        // Newer than every record held (all made before now), and never a stamp from the future.
        m_winningVersion = (QDateTime::currentMSecsSinceEpoch() + 3600 * 1000) << 16;
        m_owned[Sender] = riaya::fuzz::ownedIds(*m_db, m_network.sender.siteId);
        m_owned[Other] = riaya::fuzz::ownedIds(*m_db, m_network.other.siteId);
        m_owned[Ministry] = riaya::fuzz::ownedIds(*m_db, m_network.ministry.siteId);
        for (const QString& table : syncedTables()) {
            TableInfo info { table, m_db->columns(table), {}, {} };
            SqlQuery keys(m_db->connection(), QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
            if (keys.exec()) {
                while (keys.next()) {
                    info.parents.insert(keys.value(QStringLiteral("from")).toString(),
                                        keys.value(QStringLiteral("table")).toString());
                }
            }
            for (int owner = 0; owner < Owners; ++owner) {
                SqlQuery rows(
                    m_db->connection(),
                    QStringLiteral("SELECT * FROM %1 WHERE origin_site = :site ORDER BY rowid").arg(table));
                rows.bind(QStringLiteral(":site"), QString::fromLatin1(m_siteIds[owner]));
                if (!rows.exec()) {
                    riaya::fuzz::fail(QStringLiteral("read ") + table, Error::internal(rows.errorText()));
                }
                while (rows.next()) {
                    info.rows[owner] << rows.row();
                }
            }
            m_tables << info;
        }
        if (std::getenv("RIAYA_FUZZ_VERBOSE")) {
            for (const QString& table : syncedTables()) {
                std::fprintf(
                    stderr,
                    "fuzz_import: %s: %lld of the sender, %lld of the other site, %lld of the ministry\n",
                    qPrintable(table), static_cast<long long>(m_owned[Sender].value(table).size()),
                    static_cast<long long>(m_owned[Other].value(table).size()),
                    static_cast<long long>(m_owned[Ministry].value(table).size()));
            }
        }
        SqlQuery tables(m_db->connection(),
                        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                       "LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
        if (!tables.exec()) {
            riaya::fuzz::fail(QStringLiteral("list the tables"), Error::internal(tables.errorText()));
        }
        // Tables that differ from the pristine copy, row by row (full-text shadow tables
        // included); the two logs, which only ever grow, by their size and last entry (comparing
        // every entry made this check most of a run's time).
        QStringList changed;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            changed << (table == QLatin1String("audit_log") || table == QLatin1String("change_log")
                            ? QStringLiteral(
                                "SELECT '%1' WHERE (SELECT count(*) || max(seq) FROM main.%1) IS NOT "
                                "(SELECT count(*) || max(seq) FROM pristine.%1)")
                            : QStringLiteral(
                                "SELECT '%1' WHERE EXISTS (SELECT * FROM main.%1 EXCEPT SELECT * "
                                "FROM pristine.%1) OR EXISTS (SELECT * FROM pristine.%1 EXCEPT "
                                "SELECT * FROM main.%1)"))
                           .arg(table);
        }
        m_changedTablesSql = changed.join(QStringLiteral(" UNION ALL "));
        // Records not the sender's that are not exactly as they were (before: as they were; after:
        // as they are), and changes to whom the ministry trusts or who it is.
        QStringList guarded;
        const QString notSender = QStringLiteral("origin_site <> '%1'").arg(m_network.sender.siteId);
        auto compare = [&](const QString& table, const QString& key, const QString& where) {
            guarded << QStringLiteral("SELECT '%1', %2, 'before' FROM (SELECT * FROM pristine.%1 %3 EXCEPT "
                                      "SELECT * FROM main.%1)")
                           .arg(table, key, where)
                    << QStringLiteral("SELECT '%1', %2, 'after' FROM (SELECT * FROM main.%1 %3 EXCEPT "
                                      "SELECT * FROM pristine.%1)")
                           .arg(table, key, where);
        };
        for (const QString& table : syncedTables()) {
            compare(table, QStringLiteral("id"), QStringLiteral("WHERE ") + notSender);
        }
        compare(QStringLiteral("trusted_sites"), QStringLiteral("site_id"), {});
        compare(QStringLiteral("site"), QStringLiteral("id"), {});
        m_guardedSql = guarded.join(QStringLiteral(" UNION ALL "));
        if (const QString problem = soundness(); !problem.isEmpty()) {
            std::fprintf(stderr, "fuzz_import: the fixture itself is not sound: %s\n", qPrintable(problem));
            std::abort();
        }
    }

    void run(const uint8_t* data, size_t size)
    {
        if (m_dirty) {
            restore();
        }
        QList<QByteArray> lines;
        QVariantMap counts;
        if (size > 0 && data[0] != '{') {
            lines = decodeRecords(Bytes { data, size });
        } else {
            for (const QByteArray& line :
                 QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))
                     .split('\n')) {
                if (!line.isEmpty()) { // the end of the last line, or a blank one, is not a record
                    lines << substitute(line);
                }
            }
        }
        for (const QByteArray& line : std::as_const(lines)) {
            const QString table = QString::fromLatin1(lineTable(line));
            counts.insert(table, counts.value(table).toLongLong() + 1);
        }
        BundleManifest manifest;
        manifest.bundleId = newRecordId();
        manifest.schema = latestSchemaVersion();
        manifest.senderSite = m_network.sender.siteId;
        manifest.senderName = m_network.sender.name;
        manifest.recipientSite = m_network.ministry.siteId;
        manifest.sequence = 2; // bundle 1 brought the sender's demo records
        manifest.previousHash = m_network.senderFirstBundleHash;
        manifest.createdAt = utcNowIso();
        manifest.toChange = lines.size();
        manifest.counts = counts;
        manifest.records = lines.size();
        const Result<QString> written = BundleFile::write(
            m_bundle, manifest, m_network.sender.keys, m_network.ministry.keys.publicKeys.box,
            [&](const BundleFile::LineSink& sink) {
                for (const QByteArray& line : std::as_const(lines)) {
                    if (Status status = sink(line); !status) {
                        return status;
                    }
                }
                return Status();
            });
        if (!written) {
            riaya::fuzz::fail(QStringLiteral("write the bundle"), written.error());
        }
        const Result<ImportReport> imported
            = BundleExchange(*m_db).importFile(m_bundle, m_network.ministry.keys);
        if (std::getenv("RIAYA_FUZZ_VERBOSE")) {
            std::fprintf(stderr, "fuzz_import: %s\n",
                         imported ? qPrintable(QStringLiteral("applied: %1 new, %2 changed, %3 conflicts")
                                                   .arg(imported->inserted)
                                                   .arg(imported->updated)
                                                   .arg(imported->conflicts))
                                  : qPrintable(imported.error().describe()));
        }
        m_dirty = imported.ok();
        if (!imported) {
            if (const QString tables = changedTables(); !tables.isEmpty()) {
                violation(QStringLiteral("a refused bundle changed the database (%1): %2")
                              .arg(tables, imported.error().describe()));
            }
        }
        // A refused bundle left every row as it was, so only an applied one needs the rest.
        if (m_dirty) {
            if (const QString problem = soundness(); !problem.isEmpty()) {
                violation(problem);
            }
            if (const QString problem = compareGuarded(); !problem.isEmpty()) {
                violation(problem);
            }
        }
    }

private:
    // The input that did it is what libFuzzer keeps; the databases in memory go.
    [[noreturn]] void violation(const QString& what)
    {
        std::fprintf(stderr, "fuzz_import: %s\n", what.toLocal8Bit().constData());
        m_db.reset();
        m_dir.remove();
        __builtin_trap();
    }

    void restore()
    {
        m_changedTables.reset();
        m_guarded.reset();
        m_db.reset();
        for (const char* suffix : { "", "-wal", "-shm" }) {
            QFile::remove(m_work + QLatin1String(suffix));
        }
        if (!QFile::copy(m_pristine, m_work)
            || !QFile::setPermissions(m_work, QFile::ReadOwner | QFile::WriteOwner)) {
            std::fprintf(stderr, "fuzz_import: cannot restore the ministry's database\n");
            std::abort();
        }
        m_db = riaya::fuzz::require(
            Database::open(m_work, Database::OpenMode::ExistingOnly, Database::IntegrityCheck::Deferred),
            QStringLiteral("open the ministry's database"));
        QString error;
        if (!SqlQuery::execute(m_db->connection(),
                               QStringLiteral("ATTACH DATABASE '%1' AS pristine").arg(m_pristine), &error)) {
            riaya::fuzz::fail(QStringLiteral("attach the pristine copy"), Error::internal(error));
        }
        m_dirty = false;
    }

    QByteArray substitute(const QByteArray& line) const
    {
        if (!line.contains('@')) {
            return line;
        }
        const QString lineKind = QString::fromLatin1(lineTable(line));
        QByteArray out;
        out.reserve(line.size() + 64);
        for (qsizetype i = 0; i < line.size();) {
            if (line.at(i) != '@' || i + 1 >= line.size()) {
                out += line.at(i++);
                continue;
            }
            const char c = line.at(i + 1);
            if (c == 'S' || c == 'O' || c == 'M') {
                out += m_siteIds[c == 'S' ? Sender : c == 'O' ? Other : Ministry];
                i += 2;
                continue;
            }
            if (c == 'V') {
                out += QByteArray::number(m_winningVersion);
                i += 2;
                continue;
            }
            qsizetype j = i + 1;
            QString table = lineKind;
            qsizetype end = j;
            while (end < line.size() && isWordChar(line.at(end))) {
                ++end;
            }
            if (end < line.size() && line.at(end) == ':') {
                table = QString::fromLatin1(line.mid(j, end - j));
                j = end + 1;
            }
            if (j < line.size() && isDigit(line.at(j))) {
                qsizetype k = j;
                qint64 n = 0;
                while (k < line.size() && isDigit(line.at(k)) && k - j < 9) {
                    n = n * 10 + (line.at(k++) - '0');
                }
                const QList<QByteArray> ids = m_owned[n % Owners].value(table);
                if (!ids.isEmpty()) {
                    out += ids.at(static_cast<qsizetype>((n / Owners) % ids.size()));
                    i = k;
                    continue;
                }
            }
            out += line.at(i++);
        }
        return out;
    }

    // An id no record has, the same for the same byte: new records the fuzzer can name again.
    static QString newId(int n)
    {
        return QStringLiteral("01900000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    }

    // The record `choice` names among a table's: choice modulo 3 whose, choice / 3 which.
    static const QVariantMap* pick(const TableInfo& table, quint8 choice)
    {
        const QList<QVariantMap>& rows = table.rows[choice % Owners];
        return rows.isEmpty() ? nullptr : &rows.at((choice / Owners) % rows.size());
    }

    QList<QByteArray> decodeRecords(Bytes in) const
    {
        QList<QByteArray> lines;
        while (!in.empty() && lines.size() < 64) {
            const TableInfo& table = m_tables.at(in.next() % m_tables.size());
            const QVariantMap* base = pick(table, in.next());
            QVariantMap row = base ? *base : QVariantMap();
            const quint8 id = in.next();
            const QVariantMap* owner
                = id % 4 == 3 ? nullptr : pick(table, static_cast<quint8>(id / 4 * 3 + id % 4));
            row.insert(QStringLiteral("id"),
                       owner ? owner->value(QStringLiteral("id")) : QVariant(newId(id / 4)));
            const quint8 origin = in.next() % 4;
            row.insert(QStringLiteral("origin_site"),
                       origin < Owners ? QString::fromLatin1(m_siteIds[origin]) : newId(999'999));
            const qint64 own = row.value(QStringLiteral("version")).toLongLong();
            const qint64 versions[] = { m_winningVersion, own, own - 1, 0,
                                        (QDateTime::currentMSecsSinceEpoch() + 2 * 86'400'000LL) << 16 };
            row.insert(QStringLiteral("version"), versions[in.next() % 5]);
            for (int edits = in.next() % 8; edits > 0 && !in.empty(); --edits) {
                const QString& column = table.columns.at(in.next() % table.columns.size());
                switch (in.next() % 8) {
                case 0:
                    row.insert(column, QVariant());
                    break;
                case 1:
                    row.insert(column, QString());
                    break;
                case 2:
                    row.insert(column, static_cast<qint8>(in.next()));
                    break;
                case 3: {
                    QByteArray text;
                    for (int length = in.next() % 32; length > 0; --length) {
                        text += static_cast<char>(in.next());
                    }
                    row.insert(column, QString::fromUtf8(text));
                    break;
                }
                case 4: { // an id in the table the field refers to (or in this one)
                    const auto parent
                        = std::find_if(m_tables.cbegin(), m_tables.cend(), [&](const TableInfo& t) {
                              return t.name == table.parents.value(column, table.name);
                          });
                    const QVariantMap* other = parent == m_tables.cend() ? nullptr : pick(*parent, in.next());
                    row.insert(column, other ? other->value(QStringLiteral("id")) : QVariant(newId(0)));
                    break;
                }
                case 5: {
                    const QVariantMap* other = pick(table, in.next());
                    row.insert(column, other ? other->value(column) : QVariant());
                    break;
                }
                case 6:
                    row.insert(
                        column,
                        QDate::currentDate().addDays(static_cast<qint8>(in.next())).toString(Qt::ISODate));
                    break;
                default:
                    row.remove(column);
                    break;
                }
            }
            lines << riaya::fuzz::payloadLine(table.name, row);
        }
        return lines;
    }

    QString changedTables()
    {
        // Prepared once per connection: parsing this takes longer than running it.
        if (!m_changedTables) {
            m_changedTables = std::make_unique<SqlQuery>(m_db->connection(), m_changedTablesSql);
        }
        SqlQuery& changed = *m_changedTables;
        if (!changed.exec()) {
            violation(QStringLiteral("cannot compare with the pristine copy: ") + changed.errorText());
        }
        QStringList tables;
        while (changed.next()) {
            tables << changed.value(0).toString();
        }
        changed.raw().finish();
        return tables.join(QStringLiteral(", "));
    }

    QString describe(const QString& schema, const QString& table, const QString& key, const QString& id) const
    {
        SqlQuery row(m_db->connection(),
                     QStringLiteral("SELECT * FROM %1.%2 WHERE %3 = :id").arg(schema, table, key));
        row.bind(QStringLiteral(":id"), id);
        return row.exec() && row.next() ? QString::fromUtf8(canonicalJson(row.row()))
                                        : QStringLiteral("(none)");
    }

    QString ownerOf(const QString& row) const
    {
        for (int owner = 0; owner < Owners; ++owner) {
            if (row.contains(
                    QStringLiteral("\"origin_site\":\"%1\"").arg(QString::fromLatin1(m_siteIds[owner])))) {
                return owner == Sender ? QStringLiteral("the sender")
                    : owner == Other   ? QStringLiteral("the other site")
                                       : QStringLiteral("the ministry");
            }
        }
        return QStringLiteral("a site unknown here");
    }

    QString compareGuarded()
    {
        if (!m_guarded) {
            m_guarded = std::make_unique<SqlQuery>(m_db->connection(), m_guardedSql);
        }
        SqlQuery& differences = *m_guarded;
        if (!differences.exec()) {
            violation(QStringLiteral("cannot compare with the pristine copy: ") + differences.errorText());
        }
        if (!differences.next()) {
            differences.raw().finish();
            return {};
        }
        const QString table = differences.value(0).toString();
        const QString id = differences.value(1).toString();
        const bool onlyAfter = differences.value(2).toString() == QLatin1String("after");
        differences.raw().finish();
        const QString key
            = table == QLatin1String("trusted_sites") ? QStringLiteral("site_id") : QStringLiteral("id");
        const QString before = describe(QStringLiteral("pristine"), table, key, id);
        const QString after = describe(QStringLiteral("main"), table, key, id);
        if (onlyAfter && before == QLatin1String("(none)")) {
            return QStringLiteral("a new record claims %1 as its origin: table %2, id %3\n  %4")
                .arg(ownerOf(after), table, id, after);
        }
        if (onlyAfter) { // one of the sender's own records, given to another site
            return QStringLiteral("a record now claims %1 as its origin: table %2, id %3\n  before: %4\n"
                                  "  after:  %5")
                .arg(ownerOf(after), table, id, before, after);
        }
        return QStringLiteral("a record of %1 changed: table %2, id %3\n  before: %4\n  after:  %5")
            .arg(ownerOf(before), table, id, before, after);
    }

    QString soundness() const
    {
        SqlQuery integrity(m_db->connection(), QStringLiteral("PRAGMA main.integrity_check"));
        if (!integrity.exec() || !integrity.next()) {
            return QStringLiteral("integrity_check did not run: ") + integrity.errorText();
        }
        QStringList problems;
        do {
            problems << integrity.value(0).toString();
        } while (integrity.next());
        if (problems != QStringList { QStringLiteral("ok") }) {
            return QStringLiteral("integrity_check: ") + problems.join(QStringLiteral("; "));
        }
        SqlQuery keys(m_db->connection(), QStringLiteral("PRAGMA main.foreign_key_check"));
        if (!keys.exec()) {
            return QStringLiteral("foreign_key_check did not run: ") + keys.errorText();
        }
        if (keys.next()) {
            return QStringLiteral("foreign_key_check: table %1, rowid %2 refers to a missing %3")
                .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString());
        }
        return {};
    }

    QTemporaryDir m_dir { riaya::fuzz::scratchPattern() };
    riaya::fuzz::Network m_network;
    QString m_work;
    QString m_pristine;
    QString m_bundle;
    std::unique_ptr<Database> m_db;
    bool m_dirty = false;
    QByteArray m_siteIds[Owners];
    QHash<QString, QList<QByteArray>> m_owned[Owners];
    QList<TableInfo> m_tables;
    qint64 m_winningVersion = 0;
    QString m_changedTablesSql;
    QString m_guardedSql;
    std::unique_ptr<SqlQuery> m_changedTables;
    std::unique_ptr<SqlQuery> m_guarded;
};

Fixture* fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    riaya::fuzz::initialise(*argc > 0 ? (*argv)[0] : "fuzz_import");
    fixture = new Fixture;
    std::atexit([] { delete fixture; }); // its databases are in memory (/dev/shm)
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fixture->run(data, size);
    return 0;
}
