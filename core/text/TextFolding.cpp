#include "TextFolding.h"

#include <algorithm>

namespace riaya {
namespace {

constexpr char16_t kTatweel = 0x0640;

char16_t foldLetter(char16_t c)
{
    switch (c) {
    case 0x0671: // alef wasla; the other alef forms decompose to alef + a mark under NFKD
        return 0x0627;
    case 0x0629: // taa marbuta
        return 0x0647;
    case 0x0649: // alef maqsura
    case 0x06CC: // Farsi yeh, common in text typed on Persian keyboards
        return 0x064A;
    case 0x06A9: // keheh
        return 0x0643;
    default:
        return c;
    }
}

} // namespace

QString foldForSearch(const QString& text)
{
    // NFKD splits أ إ آ ؤ ئ into their base letter plus a hamza or madda mark, presentation
    // forms into plain letters, and Latin accented letters into letter plus accent.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing || ch.unicode() == kTatweel) {
            continue;
        }
        QChar folded;
        if (ch.isDigit()) {
            folded = QChar(u'0' + ch.digitValue());
        } else if (ch.isLetter()) {
            folded = QChar(foldLetter(ch.toCaseFolded().unicode()));
        } else {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += folded;
    }
    return out;
}

QStringList searchWords(const QString& text)
{
    return foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsSearchWords(const QString& text, const QStringList& words)
{
    if (words.isEmpty()) {
        return true;
    }
    const QString folded = foldForSearch(text);
    return std::all_of(words.cbegin(), words.cend(),
                       [&folded](const QString& word) { return folded.contains(word); });
}

} // namespace riaya
