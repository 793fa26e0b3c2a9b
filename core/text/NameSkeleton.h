#pragma once

#include <QString>
#include <QStringList>

namespace riaya {

// The consonant skeleton of a name, the same for its Arabic and its usual Latin
// spellings: محمد, Mohamed, Mohammed and Muhammad all give "mhmd"; فاطمة, Fatima and
// Fatema give "ftm". The table is in docs/search.md. Vowels, ain and hamza are dropped,
// sounds written with two Latin letters (ch, kh, gh, ou...) count as one, and doubled
// consonants as one. A skeleton finds candidates, never proves identity: Mahmoud and
// Mohamed share "mhmd".
QString nameSkeleton(const QString& word);

// A word's skeleton with the vowel letters heard around its consonants: gaps[i] holds
// those before skeleton[i], and the last gap those after the last consonant (Mahmoud:
// "mhmd" with gaps "", "a", "", "ou", ""; محمود: "", "", "", "و", ""). Arabic gaps hold
// long vowels, ain, hamza seats and a final taa marbuta or haa (ا و ي ى ع ء ة ه), Latin
// ones the letters a e i o u y w.
// Empty for a word without letters or with a digit.
struct NameSounds
{
    QString skeleton;
    QStringList gaps;
    bool arabic = false;
};
NameSounds nameSounds(const QString& word);

// The skeletons under which a text is indexed: one per word, plus, for an Arabic word
// with the article (الحسن), the skeleton without it, so "Hassan" and "Lahcen" both find it.
QStringList skeletonKeys(const QString& text);

} // namespace riaya
