#pragma once

#include <QString>
#include <QStringList>

namespace riaya {

// The languages Riaya is translated into, as ISO 639-1 codes, Arabic first.
const QStringList& supportedLanguages();

// The language to use when the user chose none: the system's if Riaya has it, otherwise
// the given fallback (Arabic for the application, English for scripts).
QString systemLanguage(const QString& fallback);

// Loads Qt's own translation and Riaya's for a language, replacing any loaded before,
// so that the switch can happen while the application runs. Returns false when Riaya's
// translation for it is missing.
bool installTranslations(const QString& language);

} // namespace riaya
