#include "sync/RecordLine.h"

#include "QtCatch.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace riaya;

namespace {

std::optional<RecordLineReader::Record> readLine(RecordLineReader& reader, const QByteArray& line)
{
    return reader.read(line.constData(), line.size());
}

} // namespace

TEST_CASE("a payload line reads as Qt's JSON reader read it")
{
    RecordLineReader reader;
    const QByteArray line = QByteArrayLiteral(
        R"({"r":{"id":"a1","n":42,"big":18446744073709551615,"x":1.5,"b":true,"z":null,)"
        R"("ar":"فاطمة","esc":"a\"b\\c\u00e9","list":[1,"two"],"o":{"k":"v"},"n":7},"t":"residents"})");
    const auto record = readLine(reader, line);
    REQUIRE(record);
    CHECK(record->table == QStringLiteral("residents"));
    const QVariantMap qt
        = QJsonDocument::fromJson(line).object().value(QStringLiteral("r")).toObject().toVariantMap();
    REQUIRE(record->row.keys() == qt.keys());
    for (auto it = qt.cbegin(); it != qt.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(record->row.value(it.key()) == it.value());
        CHECK(record->row.value(it.key()).metaType() == it.value().metaType());
    }
    CHECK(record->row.value(QStringLiteral("n")).toLongLong() == 7); // a repeated key keeps its last value
    CHECK(record->row.value(QStringLiteral("z")).isNull());

    // The same reader goes on to the next line.
    const auto next = readLine(reader, QByteArrayLiteral(R"({"t":"stays","r":{"id":"s1"}})"));
    REQUIRE(next);
    CHECK(next->table == QStringLiteral("stays"));
    CHECK(next->row == QVariantMap { { QStringLiteral("id"), QStringLiteral("s1") } });
}

TEST_CASE("a line that is not a record is refused")
{
    RecordLineReader reader;
    for (const QByteArray& bad :
         { QByteArray(), QByteArrayLiteral("{"), QByteArrayLiteral("[]"), QByteArrayLiteral(R"({"t":"x"})"),
           QByteArrayLiteral(R"({"r":{}})"), QByteArrayLiteral(R"({"t":"","r":{}})"),
           QByteArrayLiteral(R"({"t":5,"r":{}})"), QByteArrayLiteral(R"({"t":"x","r":[1]})"),
           QByteArrayLiteral(R"({"t":"x","r":{}} trailing)"), QByteArrayLiteral("{\"t\":\"x\xff\",\"r\":{}}"),
           QByteArrayLiteral(R"({"t":"x","r":{"a":01}})") }) {
        INFO(bad.toStdString());
        CHECK_FALSE(readLine(reader, bad));
    }
}
