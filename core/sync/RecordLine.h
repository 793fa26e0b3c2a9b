#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace riaya {

// Reads the payload lines of a bundle, {"t": table, "r": {column: value, ...}}, as fast as
// the rest of an import can use them (docs/performance.md: Qt's JSON reader was three
// quarters of an import's instructions). Built on simdjson (Debian libsimdjson-dev), which
// validates UTF-8 and the JSON grammar strictly. Values come as QJsonValue::toVariant gives
// them: strings as QString, integers as qint64 (or double when out of range), other
// numbers as double, true and false as bool, null as a null QVariant of std::nullptr_t,
// arrays and objects as QVariantList and QVariantMap. A repeated key keeps its last value.
class RecordLineReader
{
public:
    RecordLineReader();
    ~RecordLineReader();

    struct Record
    {
        QString table;
        QVariantMap row;
    };
    // Nothing when the line is not such an object (bad JSON, no table, no row object).
    std::optional<Record> read(const char* line, qsizetype size);

private:
    QString key(std::string_view bytes);

    struct Parser;
    std::unique_ptr<Parser> m_parser;
    QHash<QByteArray, QString> m_keys; // column names, decoded once
};

} // namespace riaya
