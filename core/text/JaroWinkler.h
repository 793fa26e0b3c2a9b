#pragma once

#include <QString>

namespace riaya {

// Jaro-Winkler similarity of two strings, from 0 (nothing in common) to 1 (equal), with
// the usual prefix scale of 0.1 over at most four characters. Used to rank probable
// duplicates, where a shared beginning of a name counts more than a shared end.
double jaroWinkler(const QString& a, const QString& b);

} // namespace riaya
