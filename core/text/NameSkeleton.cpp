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

// Arabic letters to the consonant class they share with Latin spellings (docs/search.md).
// Vowels, ain, hamza and taa marbuta map to nothing. Sounds Latin writes with two letters
// get a letter the single-letter rules never produce (c for ch, q for kh, v for gh), and
// keys stay lower-case, as the FTS tokenizer would fold them anyway.
QString arabicSkeleton(const QString& letters)
{
    static const QHash<char16_t, char16_t> table {
        { u'ب', u'b' }, { u'پ', u'b' }, { u'ت', u't' }, { u'ث', u't' }, { u'ط', u't' }, { u'ج', u'j' },
        { u'ح', u'h' }, { u'ه', u'h' }, { u'خ', u'q' }, { u'د', u'd' }, { u'ذ', u'd' }, { u'ض', u'd' },
        { u'ر', u'r' }, { u'ز', u'z' }, { u'ظ', u'z' }, { u'س', u's' }, { u'ص', u's' }, { u'ش', u'c' },
        { u'غ', u'v' }, { u'ف', u'f' }, { u'ڤ', u'f' }, { u'ق', u'k' }, { u'ك', u'k' }, { u'ڭ', u'k' },
        { u'گ', u'k' }, { u'ل', u'l' }, { u'م', u'm' }, { u'ن', u'n' },
    };
    QString out;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const char16_t c = letters.at(i).unicode();
        if (c == kHaa && i + 1 == letters.size()) {
            continue; // a final haa is heard as a vowel, as Latin's final h (Abdellah)
        }
        if (const char16_t mapped = table.value(c, 0)) {
            out += QChar(mapped);
        }
    }
    return out;
}

// Latin spellings: sounds written with two letters first, then single letters; vowels,
// with y and w (ي and و are vowels on the Arabic side too), map to nothing.
QString latinSkeleton(const QString& letters)
{
    static const std::pair<const char*, char> digraphs[] = {
        { "ch", 'c' }, { "sh", 'c' }, { "kh", 'q' }, { "gh", 'v' }, { "dj", 'j' },
        { "th", 't' }, { "ph", 'f' }, { "dh", 'd' }, { "ck", 'k' },
    };
    static const QString vowels = QStringLiteral("aeiouyw");
    QString out;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const auto matches = [&](const char* pair) {
            return i + 1 < letters.size() && letters.at(i) == QLatin1Char(pair[0])
                && letters.at(i + 1) == QLatin1Char(pair[1]);
        };
        if (const auto* digraph = std::find_if(std::begin(digraphs), std::end(digraphs),
                                               [&](const auto& d) { return matches(d.first); });
            digraph != std::end(digraphs)) {
            out += QLatin1Char(digraph->second);
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
            break;
        case 'c':
            out += QLatin1Char('s');
            break;
        case 'q':
        case 'g':
            out += QLatin1Char('k');
            break;
        case 'p':
            out += QLatin1Char('b');
            break;
        case 'v':
            out += QLatin1Char('f');
            break;
        case 'x':
            out += QStringLiteral("ks");
            break;
        default:
            if (c >= 'a' && c <= 'z') {
                out += QLatin1Char(c);
            }
        }
    }
    return out;
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
        return { collapseDoubles(latinSkeleton(letters)) };
    }
    QStringList variants { letters };
    static const QString article = QStringLiteral("ال");
    if (letters.size() > 3 && letters.startsWith(article)) {
        variants << letters.mid(2);
    }
    QStringList keys;
    for (const QString& variant : std::as_const(variants)) {
        keys << collapseDoubles(arabicSkeleton(variant));
        // A final haa is often a taa marbuta typed without its dots (آيه for آية).
        if (variant.back().unicode() == kTaaMarbuta || variant.back().unicode() == kHaa) {
            keys << collapseDoubles(arabicSkeleton(variant) + QLatin1Char('t'));
        }
    }
    return keys;
}

} // namespace

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
