#include "JsonValues.h"

#include <QJsonDocument>

namespace riaya {

QJsonValue jsonText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue jsonDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString storedTextList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList textListFromStored(const QString& stored)
{
    QStringList list;
    for (const QJsonValue& item : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        list << item.toString();
    }
    return list;
}

} // namespace riaya
