#pragma once

#include <span>

namespace riaya {

// Standard buttons (QDialogButtonBox, QMessageBox) are worded by Qt's own catalogue
// (qtbase_*.qm, which installTranslations loads): in Arabic it already uses the imperative the
// project chose (احفظ، ألغِ، أغلق), in French the infinitive (Enregistrer, Annuler, Fermer).
// Where Qt's wording is wrong for the project, the text is listed here so that lupdate keeps it
// in Riaya's catalogue, which Qt asks first (it is installed last) and which therefore wins.
struct StandardText
{
    const char* context;
    const char* source;
};

std::span<const StandardText> rewordedStandardTexts();

} // namespace riaya
