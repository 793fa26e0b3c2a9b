#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace riaya {

// The label of a stored value in the user's language: labels[i] (marked with
// QT_TRANSLATE_NOOP in `context`) names keys[i]; an unknown value is shown as stored.
inline QString translatedLabel(const QStringList& keys, const char* const* labels, const char* context,
                               const QString& key)
{
    const auto index = keys.indexOf(key);
    return index < 0 ? key : QCoreApplication::translate(context, labels[index]);
}

} // namespace riaya
