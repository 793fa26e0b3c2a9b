#include "VowelFit.h"

#include <algorithm>
#include <climits>

namespace riaya {
namespace {

enum : unsigned
{
    A = 1,
    I = 2,
    U = 4
};

// What one gap says of the vowel heard there.
struct Reading
{
    unsigned vowels = 0; // the long-vowel classes it may stand for
    bool certain = true; // Arabic script, or two Latin letters: long when vowels are written
    bool soft = false; // ain or a hamza seat, which Latin writes as any vowel or none
};

Reading arabicReading(const QString& gap, bool first)
{
    Reading r;
    for (const QChar c : gap) {
        switch (c.unicode()) {
        case u'ا':
            // A word's first alef carries a hamza and a short vowel (أحمد, إدريس).
            if (first) {
                r.soft = true;
            } else {
                r.vowels |= A;
            }
            break;
        case u'ى':
        case u'ة':
        case u'ه': // only ever a final one here: a taa marbuta without its dots
            r.vowels |= A;
            break;
        case u'و':
            r.vowels |= U;
            break;
        case u'ي':
            r.vowels |= I;
            break;
        default:
            r.soft = true; // ع, ء
        }
    }
    return r;
}

Reading latinReading(const QString& gap)
{
    Reading r;
    for (const QChar c : gap) {
        switch (c.toLatin1()) {
        case 'a':
            r.vowels |= A;
            break;
        case 'e':
            r.vowels |= A | I; // Mohamed's short e, Lahcen's, Driss's long i as in Idriss
            break;
        case 'i':
        case 'y':
            r.vowels |= I;
            break;
        default:
            r.vowels |= U; // o, u, w
        }
    }
    // One Latin vowel may be short (Mohamed) or long (Fatima's a); two write a long one.
    r.certain = gap.size() != 1;
    return r;
}

Reading readingOf(const NameSounds& sounds, qsizetype gap)
{
    return sounds.arabic ? arabicReading(sounds.gaps.at(gap), gap == 0) : latinReading(sounds.gaps.at(gap));
}

int gapFit(const Reading& x, const Reading& y)
{
    if (x.vowels == 0 && y.vowels == 0) {
        return 0;
    }
    if (x.vowels == 0 || y.vowels == 0) {
        const Reading& empty = x.vowels == 0 ? x : y;
        const Reading& written = x.vowels == 0 ? y : x;
        return empty.soft || !written.certain ? 0 : -2;
    }
    if (x.vowels & y.vowels) {
        return int(x.certain) + int(y.certain); // Mahmoud ~ محمود 2, Mahmud ~ محمود 1
    }
    // Saad against سعيد: the Latin vowels may be the ain's, so a conflict weighs less.
    return x.soft || y.soft ? -1 : -2;
}

} // namespace

int vowelFit(const NameSounds& typed, const NameSounds& stored)
{
    const qsizetype consonants = typed.skeleton.size();
    if (consonants == 0 || !stored.skeleton.startsWith(typed.skeleton)) {
        return 0;
    }
    const bool stillTyping = consonants < stored.skeleton.size();
    int fit = 0;
    for (qsizetype gap = 0; gap <= consonants; ++gap) {
        if (gap == consonants && stillTyping && typed.gaps.at(gap).isEmpty()) {
            break;
        }
        fit += gapFit(readingOf(typed, gap), readingOf(stored, gap));
    }
    return fit;
}

std::optional<int> bestVowelFit(const NameSounds& typed, const QList<NameSounds>& storedWords)
{
    std::optional<int> best;
    for (const NameSounds& stored : storedWords) {
        if (!typed.skeleton.isEmpty() && stored.skeleton.startsWith(typed.skeleton)) {
            best = std::max(best.value_or(INT_MIN), vowelFit(typed, stored));
        }
    }
    return best;
}

QList<NameSounds> storedNameSounds(const QString& text)
{
    static const QString article = QStringLiteral("ال");
    QList<NameSounds> out;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty()) {
            return;
        }
        out << nameSounds(word);
        if (word.size() > 3 && word.startsWith(article)) {
            out << nameSounds(word.mid(2));
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace riaya
