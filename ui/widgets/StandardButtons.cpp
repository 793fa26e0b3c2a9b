#include "StandardButtons.h"

#include <QCoreApplication>

namespace riaya {
namespace {

constexpr StandardText kReworded[] = {
    // Qt's Arabic says "ارفض" (refuse) and its French "Ne pas tenir compte": the project says what
    // happens to the work, "لا تحفظ" and "Ne pas enregistrer".
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard") },
};

} // namespace

std::span<const StandardText> rewordedStandardTexts()
{
    return kReworded;
}

} // namespace riaya
