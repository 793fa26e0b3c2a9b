#pragma once

#include <QString>

namespace riaya {

// Wraps a value inserted into a sentence in Unicode bidi isolates, so a Latin identifier
// or path inside Arabic text (or an Arabic name inside French text) keeps its own
// direction and does not reorder the words around it.
inline QString isolate(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
}

// For values that are always left to right: file paths, identifiers, numbers with units.
inline QString isolateLtr(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
}

} // namespace riaya
