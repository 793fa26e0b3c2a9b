#pragma once

#include <QString>

namespace riaya {

// Applies a language to the running application: translations, the default locale for
// dates and numbers, and the layout direction (right to left for Arabic). Widgets then
// receive QEvent::LanguageChange and translate themselves again.
void applyLanguage(const QString& language);

// The language chosen in the settings, or the system's, or Arabic.
QString preferredLanguage();
void savePreferredLanguage(const QString& language);

// Digits and calendar of dates on screen, kept in the settings and applied to core's
// display functions (common/DateDisplay).
void loadDisplayOptions();
void saveDisplayOptions(bool arabicIndicDigits, bool hijriBesideGregorian);

} // namespace riaya
