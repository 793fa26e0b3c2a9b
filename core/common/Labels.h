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

// A label with the disambiguation that makes it agree with a person's sex, as marked with
// QT_TRANSLATE_NOOP3(context, source, "female") or (..., "male").
struct SexedLabel
{
    const char* source;
    const char* comment;
};

// The label of a stored value about a person, agreeing with the person's sex ("F" or "M")
// in the languages that mark it (Arabic: مقيمة, French: Présente); the neutral label
// (plain QT_TRANSLATE_NOOP) when the sex is not known. A translation that lacks the
// female or male form falls back to the neutral one.
inline QString sexedLabel(const char* context, const char* neutral, const SexedLabel& female,
                          const SexedLabel& male, const QString& sex)
{
    if (sex == QLatin1String("F")) {
        return QCoreApplication::translate(context, female.source, female.comment);
    }
    if (sex == QLatin1String("M")) {
        return QCoreApplication::translate(context, male.source, male.comment);
    }
    return QCoreApplication::translate(context, neutral);
}

} // namespace riaya
