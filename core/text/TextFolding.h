#pragma once

#include <QString>
#include <QStringList>

namespace riaya {

// Folds text so that spellings a person treats as the same compare equal: Arabic hamza
// forms of alef, waw and yaa, taa marbuta and haa, alef maqsura and yaa, diacritics and
// tatweel (after Lucene's ArabicNormalizer); Latin case and accents; Arabic-Indic digits.
// The result is lower-case words separated by single spaces.
QString foldForSearch(const QString& text);

// The folded words of a text, for building an index query.
QStringList searchWords(const QString& text);

// Whether the folded text holds every one of `words` (searchWords of what was typed),
// anywhere, inside a word too: "قدوري" finds "القدوري", "ecole" finds "L'École". The search of a
// list already on screen; true when there are no words.
bool containsSearchWords(const QString& text, const QStringList& words);

} // namespace riaya
