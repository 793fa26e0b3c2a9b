#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace riaya {

// Empty text is stored as NULL, so "not known" is one value, not two.
inline QVariant optionalText(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

inline QVariant optionalDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate isoDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace riaya
