#include "RecordLine.h"

#include <QVariantList>
#include <cstring>
#include <simdjson.h>
#include <vector>

namespace riaya {

struct RecordLineReader::Parser
{
    simdjson::dom::parser parser;
    std::vector<char> padded; // simdjson reads a few bytes past the end of its input
};

namespace {

QString text(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QVariant valueOf(simdjson::dom::element element)
{
    using Type = simdjson::dom::element_type;
    switch (element.type()) {
    case Type::STRING:
        return text(std::string_view(element));
    case Type::INT64:
        return QVariant::fromValue(static_cast<qlonglong>(int64_t(element)));
    case Type::UINT64: // above qint64: Qt reads it as a double too
        return QVariant(static_cast<double>(uint64_t(element)));
    case Type::DOUBLE:
        return QVariant(double(element));
    case Type::BOOL:
        return QVariant(bool(element));
    case Type::NULL_VALUE:
        return QVariant::fromValue(nullptr);
    case Type::ARRAY: {
        QVariantList list;
        for (simdjson::dom::element item : simdjson::dom::array(element)) {
            list << valueOf(item);
        }
        return list;
    }
    case Type::OBJECT: {
        QVariantMap map;
        for (simdjson::dom::key_value_pair field : simdjson::dom::object(element)) {
            map.insert(text(field.key), valueOf(field.value));
        }
        return map;
    }
    }
    return {};
}

} // namespace

RecordLineReader::RecordLineReader()
    : m_parser(std::make_unique<Parser>())
{ }

RecordLineReader::~RecordLineReader() = default;

QString RecordLineReader::key(std::string_view bytes)
{
    const QByteArray raw = QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size()));
    if (const auto known = m_keys.constFind(raw); known != m_keys.cend()) {
        return *known;
    }
    if (m_keys.size() > 4096) {
        m_keys.clear(); // a hostile bundle's made-up columns must not grow this without end
    }
    const QString decoded = text(bytes);
    m_keys.insert(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), decoded);
    return decoded;
}

std::optional<RecordLineReader::Record> RecordLineReader::read(const char* line, qsizetype size)
{
    std::vector<char>& padded = m_parser->padded;
    padded.resize(static_cast<size_t>(size) + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), line, static_cast<size_t>(size));
    simdjson::dom::element document;
    if (m_parser->parser.parse(padded.data(), static_cast<size_t>(size), false).get(document)
        != simdjson::SUCCESS) {
        return std::nullopt;
    }
    simdjson::dom::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS) {
        return std::nullopt;
    }
    Record record;
    bool hasRow = false;
    for (simdjson::dom::key_value_pair field : object) {
        if (field.key == "t") {
            std::string_view table;
            record.table = field.value.get_string().get(table) == simdjson::SUCCESS ? text(table) : QString();
        } else if (field.key == "r") {
            simdjson::dom::object row;
            hasRow = field.value.get_object().get(row) == simdjson::SUCCESS;
            record.row.clear();
            if (hasRow) {
                for (simdjson::dom::key_value_pair column : row) {
                    record.row.insert(key(column.key), valueOf(column.value));
                }
            }
        }
    }
    if (record.table.isEmpty() || !hasRow) {
        return std::nullopt;
    }
    return record;
}

} // namespace riaya
