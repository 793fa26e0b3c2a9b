#pragma once

#include "text/NameSkeleton.h"

#include <optional>

namespace riaya {

// How well the vowels of a typed spelling fit a stored spelling whose skeleton starts with
// the typed one, in either script (docs/search.md, "Ranking"). Names that share a skeleton
// differ in their long vowels: محمد has none, محمود a و between m and d, so "Mohamed"
// (a short e there) fits the first and "Mahmoud" (ou) the second. Each gap between
// consonants scores +2 when both sides write the same long vowel, +1 when a single Latin
// vowel (short or long) agrees with an Arabic long one, -2 when one side writes a long vowel
// the other contradicts (-1 next to an ain, which Latin may write as a vowel), 0 when
// nothing tells (a hamza seat, a single Latin vowel against none). A gap the person is still typing
// (after the last typed consonant of a shorter skeleton) counts only when something is
// typed in it. 0 when the skeletons do not line up.
int vowelFit(const NameSounds& typed, const NameSounds& stored);

// The best fit of a typed word among the words of a stored name (an Arabic word with the
// article is also tried without it, as its skeleton is indexed both ways), or nullopt when
// no word's skeleton starts with the typed one.
std::optional<int> bestVowelFit(const NameSounds& typed, const QList<NameSounds>& storedWords);

// The sounds of each word of a stored name, as bestVowelFit reads them.
QList<NameSounds> storedNameSounds(const QString& text);

} // namespace riaya
