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

// A language for as long as the scope lasts (a report written in Arabic from a French
// window), the one in use restored after.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QString m_previous;
    bool m_switched = false;
};

} // namespace riaya
