#include "NameSkeleton.h"

#include <QHash>
#include <algorithm>

namespace riaya {
namespace {

constexpr char16_t kTatweel = 0x0640;
constexpr char16_t kTaaMarbuta = 0x0629;
constexpr char16_t kHaa = 0x0647;

// Letters without marks, case-folded. Unlike search folding, taa marbuta stays itself: at
// the end of a name it is a vowel, or a t (Najat), never the consonant haa.
QString baseLetters(const QString& word)
{
    // Most names are plain Latin or Arabic letters, which decomposition leaves as they are:
    // the search ranks hundreds of stored names per keystroke, and every resident imported
    // is indexed through here.
    const bool plain = std::all_of(word.cbegin(), word.cend(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0x0627 && c <= 0x063A)
            || (c >= 0x0641 && c <= 0x064A) || c == 0x0621;
    });
    if (plain) {
        return word.toLower();
    }
    QString out;
    for (const QChar ch : word.normalized(QString::NormalizationForm_KD)) {
        if (ch.isLetter() && ch.category() != QChar::Mark_NonSpacing && ch.unicode() != kTatweel) {
            out += ch.toCaseFolded();
        }
    }
    return out;
}

// The words of a text as written (letters and marks), before any folding.
QStringList rawWords(const QString& text)
{
    QStringList words;
    QString current;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.isMark() || ch.unicode() == kTatweel) {
            current += ch;
        } else if (!current.isEmpty()) {
            words << std::exchange(current, QString());
        }
    }
    if (!current.isEmpty()) {
        words << current;
    }
    return words;
}

bool isArabic(QChar c)
{
    return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
}

bool hasDigit(const QString& word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// A skeleton being built, with the vowel letters heard between its consonants. A
// consonant equal to the one before counts once (Mohammed, مُحَمَّد).
class SoundsBuilder
{
public:
    void consonant(QChar key)
    {
        if (m_sounds.skeleton.isEmpty() || m_sounds.skeleton.back() != key) {
            m_sounds.skeleton += key;
            m_sounds.gaps << QString();
        }
    }
    void vowel(QChar letter) { m_sounds.gaps.last() += letter; }
    NameSounds take() { return std::move(m_sounds); }

private:
    NameSounds m_sounds { QString(), { QString() }, false };
};

// Arabic letters to the consonant class they share with Latin spellings (docs/search.md).
// Vowels, ain, hamza, taa marbuta and a final haa are no consonant: they are kept as the
// vowels of the gap they stand in. Sounds Latin writes with two letters get a letter the single-letter
// rules never produce (c for ch, q for kh, v for gh), and keys stay lower-case, as the FTS
// tokenizer would fold them anyway.
NameSounds arabicSounds(const QString& letters)
{
    static const QHash<char16_t, char16_t> table {
        { u'ب', u'b' }, { u'پ', u'b' }, { u'ت', u't' }, { u'ث', u't' }, { u'ط', u't' }, { u'ج', u'j' },
        { u'ح', u'h' }, { u'ه', u'h' }, { u'خ', u'q' }, { u'د', u'd' }, { u'ذ', u'd' }, { u'ض', u'd' },
        { u'ر', u'r' }, { u'ز', u'z' }, { u'ظ', u'z' }, { u'س', u's' }, { u'ص', u's' }, { u'ش', u'c' },
        { u'غ', u'v' }, { u'ف', u'f' }, { u'ڤ', u'f' }, { u'ق', u'k' }, { u'ك', u'k' }, { u'ڭ', u'k' },
        { u'گ', u'k' }, { u'ل', u'l' }, { u'م', u'm' }, { u'ن', u'n' },
    };
    SoundsBuilder sounds;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const char16_t c = letters.at(i).unicode();
        const bool finalHaa = c == kHaa && i + 1 == letters.size();
        // A final haa is heard as a vowel, as Latin's final h (Abdellah), or is a taa
        // marbuta typed without its dots.
        if (const char16_t mapped = finalHaa ? 0 : table.value(c, 0)) {
            sounds.consonant(QChar(mapped));
        } else {
            sounds.vowel(letters.at(i));
        }
    }
    NameSounds out = sounds.take();
    out.arabic = true;
    return out;
}

// Latin spellings: sounds written with two letters first, then single letters; vowels,
// with y and w (ي and و are vowels on the Arabic side too), are no consonant.
NameSounds latinSounds(const QString& letters)
{
    static const std::pair<const char*, char> digraphs[] = {
        { "ch", 'c' }, { "sh", 'c' }, { "kh", 'q' }, { "gh", 'v' }, { "dj", 'j' },
        { "th", 't' }, { "ph", 'f' }, { "dh", 'd' }, { "ck", 'k' },
    };
    static const QString vowels = QStringLiteral("aeiouyw");
    SoundsBuilder sounds;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const auto matches = [&](const char* pair) {
            return i + 1 < letters.size() && letters.at(i) == QLatin1Char(pair[0])
                && letters.at(i + 1) == QLatin1Char(pair[1]);
        };
        if (const auto* digraph = std::find_if(std::begin(digraphs), std::end(digraphs),
                                               [&](const auto& d) { return matches(d.first); });
            digraph != std::end(digraphs)) {
            sounds.consonant(QLatin1Char(digraph->second));
            ++i;
            // A doubled second letter belongs to the same sound (Oudghhiri, Ikhhlas).
            while (i + 1 < letters.size() && letters.at(i + 1) == QLatin1Char(digraph->first[1])) {
                ++i;
            }
            continue;
        }
        const char c = letters.at(i).toLatin1();
        if (c == 'h' && i + 1 == letters.size() && i > 0 && vowels.contains(letters.at(i - 1))) {
            continue; // final h after a vowel: Abdellah, Fatimah
        }
        switch (c) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
        case 'y':
        case 'w':
            sounds.vowel(QLatin1Char(c));
            break;
        case 'c':
            sounds.consonant(QLatin1Char('s'));
            break;
        case 'q':
        case 'g':
            sounds.consonant(QLatin1Char('k'));
            break;
        case 'p':
            sounds.consonant(QLatin1Char('b'));
            break;
        case 'v':
            sounds.consonant(QLatin1Char('f'));
            break;
        case 'x':
            sounds.consonant(QLatin1Char('k'));
            sounds.consonant(QLatin1Char('s'));
            break;
        default:
            if (c >= 'a' && c <= 'z') {
                sounds.consonant(QLatin1Char(c));
            }
        }
    }
    return sounds.take();
}

QString collapseDoubles(const QString& skeleton)
{
    QString out;
    for (const QChar c : skeleton) {
        if (out.isEmpty() || out.back() != c) {
            out += c;
        }
    }
    return out;
}

// The keys of one word: its skeleton, without the article (الحسن: "hsn" and "lhsn"), and
// with a final taa marbuta, or a haa that may be one, read as t (نجاة: "nj" and "njt").
QStringList wordKeys(const QString& word)
{
    const QString letters = baseLetters(word);
    if (letters.isEmpty() || hasDigit(word)) {
        return {};
    }
    if (!isArabic(letters.front())) {
        return { latinSounds(letters).skeleton };
    }
    QStringList variants { letters };
    static const QString article = QStringLiteral("ال");
    if (letters.size() > 3 && letters.startsWith(article)) {
        variants << letters.mid(2);
    }
    QStringList keys;
    for (const QString& variant : std::as_const(variants)) {
        const QString skeleton = arabicSounds(variant).skeleton;
        keys << skeleton;
        // A final haa is often a taa marbuta typed without its dots (آيه for آية).
        if (variant.back().unicode() == kTaaMarbuta || variant.back().unicode() == kHaa) {
            keys << collapseDoubles(skeleton + QLatin1Char('t'));
        }
    }
    return keys;
}

} // namespace

NameSounds nameSounds(const QString& word)
{
    const QString letters = baseLetters(word);
    if (letters.isEmpty() || hasDigit(word)) {
        return {};
    }
    return isArabic(letters.front()) ? arabicSounds(letters) : latinSounds(letters);
}

QString nameSkeleton(const QString& word)
{
    const QStringList keys = wordKeys(word);
    return keys.isEmpty() ? QString() : keys.first();
}

QStringList skeletonKeys(const QString& text)
{
    QStringList keys;
    QStringList previous;
    for (const QString& word : rawWords(text)) {
        const QStringList current = wordKeys(word);
        keys << current;
        // Compound names written as one Latin word: عبد الله ~ Abdellah, بن علي ~ Benali.
        for (const QString& first : std::as_const(previous)) {
            for (const QString& second : current) {
                keys << collapseDoubles(first + second);
            }
        }
        previous = current;
    }
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys;
}

} // namespace riaya
