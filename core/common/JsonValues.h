#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace riaya {

// The pieces the JSON forms of records share: null for what is not known, and lists.

// The text, or null when it is empty.
QJsonValue jsonText(const QString& text);
// The date as YYYY-MM-DD, or null when there is none.
QJsonValue jsonDate(const QDate& date);

// A list of texts stored as a JSON array ('["a","b"]'), and back; what is not such an array
// reads as an empty list.
QString storedTextList(const QStringList& list);
QStringList textListFromStored(const QString& stored);

// A JSON array of what convert makes of each item.
template<typename List, typename Convert> QJsonArray toJsonArray(const List& items, Convert convert)
{
    QJsonArray array;
    for (const auto& item : items) {
        array.append(convert(item));
    }
    return array;
}

// A JSON array of each item's JSON form, toJson(item).
template<typename List> QJsonArray toJsonArray(const List& items)
{
    QJsonArray array;
    for (const auto& item : items) {
        array.append(toJson(item));
    }
    return array;
}

} // namespace riaya
