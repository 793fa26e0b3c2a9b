#pragma once

#include "common/Translations.h"

#include <QLocale>
#include <QString>

namespace riaya {

// The language of a printed document for as long as it is written, whatever the window uses:
// its translations and its locale (digits, decimal point, month names), the window's own
// restored afterwards.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language)
        : m_previous(QLocale().name().left(2))
    {
        m_switched = !language.isEmpty() && language != m_previous;
        if (m_switched) {
            installTranslations(language);
        }
    }
    ~LanguageScope()
    {
        if (m_switched) {
            installTranslations(m_previous);
        }
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QString m_previous;
    bool m_switched = false;
};

} // namespace riaya
