#include "CellValues.h"

#include "text/TextFolding.h"

#include <QRegularExpression>
#include <QSet>

namespace riaya {
namespace {

// Characters a name never needs: tatweel (a stretch of the line, not a letter), the Arabic
// diacritics (harakat, shadda, sukun, superscript alef), direction marks and zero-width
// characters copied from other programs along with the name.
bool isDroppedFromName(QChar ch)
{
    const char16_t c = ch.unicode();
    return c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x200B || c == 0x200C
        || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x200E || c == 0x200F || c == 0x061C
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

enum class Script
{
    Neither,
    Arabic,
    Latin
};

Script scriptOf(const QString& word)
{
    int arabic = 0;
    int latin = 0;
    for (const QChar ch : word) {
        if (ch.script() == QChar::Script_Arabic && ch.isLetter()) {
            ++arabic;
        } else if (ch.script() == QChar::Script_Latin && ch.isLetter()) {
            ++latin;
        }
    }
    if (arabic == 0 && latin == 0) {
        return Script::Neither;
    }
    return arabic >= latin ? Script::Arabic : Script::Latin;
}

bool isAnyOf(const QString& folded, const QSet<QString>& words)
{
    return words.contains(folded);
}

} // namespace

QString cellSex(const QString& text)
{
    // Folded: hamza off (أنثى -> انثي), accents off (garçon -> garcon), lower case.
    const QString folded = foldForSearch(text);
    static const QSet<QString> female { QStringLiteral("انثي"),     QStringLiteral("ا"),
                                        QStringLiteral("اناث"),     QStringLiteral("بنت"),
                                        QStringLiteral("f"),        QStringLiteral("female"),
                                        QStringLiteral("girl"),     QStringLiteral("fille"),
                                        QStringLiteral("femme"),    QStringLiteral("feminin"),
                                        QStringLiteral("feminine"), QStringLiteral("woman") };
    static const QSet<QString> male { QStringLiteral("ذكر"),      QStringLiteral("ذ"),
                                      QStringLiteral("ذكور"),     QStringLiteral("ولد"),
                                      QStringLiteral("m"),        QStringLiteral("male"),
                                      QStringLiteral("boy"),      QStringLiteral("h"),
                                      QStringLiteral("homme"),    QStringLiteral("garcon"),
                                      QStringLiteral("masculin"), QStringLiteral("masculine"),
                                      QStringLiteral("man") };
    if (isAnyOf(folded, female)) {
        return QStringLiteral("F");
    }
    return isAnyOf(folded, male) ? QStringLiteral("M") : QString();
}

QString cellName(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar ch : text) {
        if (isDroppedFromName(ch)) {
            continue;
        }
        if (ch.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += ch;
    }
    return out;
}

std::pair<QString, QString> splitScripts(const QString& text)
{
    QStringList arabic;
    QStringList latin;
    Script previous = Script::Neither;
    QStringList leading; // words in neither script before the first word in one
    for (const QString& word : cellName(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Script script = scriptOf(word);
        if (script == Script::Neither) {
            if (previous == Script::Neither) {
                leading << word;
                continue;
            }
            script = previous;
        }
        QStringList& part = script == Script::Arabic ? arabic : latin;
        if (previous == Script::Neither) {
            part << leading;
            leading.clear();
        }
        part << word;
        previous = script;
    }
    if (!leading.isEmpty()) {
        return { QString(), leading.join(QLatin1Char(' ')) }; // no letters at all: left as it was
    }
    return { arabic.join(QLatin1Char(' ')), latin.join(QLatin1Char(' ')) };
}

std::optional<int> cellInteger(const QString& text)
{
    QString latin;
    for (const QChar ch : text.trimmed()) {
        if (ch.category() == QChar::Number_DecimalDigit) {
            latin += QChar(u'0' + ch.digitValue());
        } else if (ch == QChar(0x066B)) { // Arabic decimal separator
            latin += QLatin1Char('.');
        } else if (ch == QChar(0x2212)) { // minus sign
            latin += QLatin1Char('-');
        } else {
            latin += ch;
        }
    }
    static const QRegularExpression whole(QStringLiteral("^([+-]?[0-9]+)(?:[.,]0+)?$"));
    const QRegularExpressionMatch match = whole.match(latin);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = match.captured(1).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<bool> cellYesNo(const QString& text)
{
    const QString folded = foldForSearch(text);
    static const QSet<QString> yes { QStringLiteral("نعم"), QStringLiteral("oui"),  QStringLiteral("yes"),
                                     QStringLiteral("y"),   QStringLiteral("vrai"), QStringLiteral("true"),
                                     QStringLiteral("1"),   QStringLiteral("x") };
    static const QSet<QString> no { QStringLiteral("لا"), QStringLiteral("non"),  QStringLiteral("no"),
                                    QStringLiteral("n"),  QStringLiteral("faux"), QStringLiteral("false"),
                                    QStringLiteral("0") };
    if (isAnyOf(folded, yes)) {
        return true;
    }
    if (isAnyOf(folded, no)) {
        return false;
    }
    return std::nullopt;
}

} // namespace riaya
