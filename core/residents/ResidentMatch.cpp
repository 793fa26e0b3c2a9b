#include "ResidentMatch.h"

#include "text/NameSkeleton.h"
#include "text/TextFolding.h"

#include <QStringList>

namespace riaya {

QString residentMatchExpression(const QString& text, MatchScope scope)
{
    QStringList words = searchWords(text);
    // A Latin article ("El Idrissi") is written into the Arabic word (الإدريسي); alone it
    // would match nothing, so it is left out unless it is all that was typed.
    static const QStringList articles { QStringLiteral("el"), QStringLiteral("al"), QStringLiteral("l") };
    if (words.size() > 1) {
        words.removeIf([](const QString& word) { return articles.contains(word); });
    }
    QStringList terms;
    for (const QString& word : std::as_const(words)) {
        const bool identifier = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        const QString skeleton = identifier ? QString() : nameSkeleton(word);
        // A one-consonant prefix would match a large share of all names, so a skeleton that
        // short (Ali: "l") must match a whole skeleton.
        if (scope == MatchScope::WholeWords) {
            terms << QStringLiteral("tokens : \"%1\"").arg(word);
        } else if (skeleton.isEmpty() || scope == MatchScope::AsTyped) {
            terms << QStringLiteral("tokens : \"%1\"*").arg(word);
        } else {
            terms << QStringLiteral("(tokens : \"%1\"* OR skeletons : \"%2\"%3)")
                         .arg(word, skeleton, skeleton.size() >= 2 ? QStringLiteral("*") : QString());
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace riaya
