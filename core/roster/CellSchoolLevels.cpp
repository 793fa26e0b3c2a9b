#include "CellValues.h"
#include "text/TextFolding.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

// School levels as Moroccan schools and families write them. Text is folded first
// (text/TextFolding: hamza, taa marbuta, alef maqsura, diacritics, tatweel, accents, case,
// Arabic-Indic digits), so "الأولى إعدادي" is read as "الاولي اعدادي" and "1ère année" as
// "1ere annee"; then the Arabic article is taken off, known phrases become one word, and the
// words left must be an ordinal and a cycle (or a level on their own), nothing else.
namespace riaya {
namespace {

// Several words that name one thing, in the folded spelling, longest first.
const QList<std::pair<QStringList, QString>>& phrases()
{
    static const QList<std::pair<QStringList, QString>> list {
        { { QStringLiteral("not"), QStringLiteral("in"), QStringLiteral("school") }, QStringLiteral("none") },
        { { QStringLiteral("غير"), QStringLiteral("متمدرس") }, QStringLiteral("none") },
        { { QStringLiteral("غير"), QStringLiteral("متمدرسه") }, QStringLiteral("none") },
        { { QStringLiteral("غير"), QStringLiteral("ممدرس") }, QStringLiteral("none") },
        { { QStringLiteral("non"), QStringLiteral("scolarise") }, QStringLiteral("none") },
        { { QStringLiteral("non"), QStringLiteral("scolarisee") }, QStringLiteral("none") },
        { { QStringLiteral("tronc"), QStringLiteral("commun") }, QStringLiteral("tc") },
        { { QStringLiteral("جذع"), QStringLiteral("مشترك") }, QStringLiteral("tc") },
        { { QStringLiteral("common"), QStringLiteral("core") }, QStringLiteral("tc") },
        { { QStringLiteral("formation"), QStringLiteral("professionnelle") }, QStringLiteral("voc") },
        { { QStringLiteral("تكوين"), QStringLiteral("مهني") }, QStringLiteral("voc") },
        { { QStringLiteral("vocational"), QStringLiteral("training") }, QStringLiteral("voc") },
        { { QStringLiteral("lower"), QStringLiteral("secondary") }, QStringLiteral("college") },
        { { QStringLiteral("ثانوي"), QStringLiteral("اعدادي") }, QStringLiteral("college") },
        { { QStringLiteral("upper"), QStringLiteral("secondary") }, QStringLiteral("bac") },
        { { QStringLiteral("ثانوي"), QStringLiteral("تاهيلي") }, QStringLiteral("bac") },
    };
    return list;
}

// One word for a cycle of school, in the folded spelling without the article.
QString cycleOf(const QString& word)
{
    static const QHash<QString, QString> cycles {
        { QStringLiteral("ابتدايي"), QStringLiteral("primary") },
        { QStringLiteral("primaire"), QStringLiteral("primary") },
        { QStringLiteral("primary"), QStringLiteral("primary") },
        { QStringLiteral("ap"), QStringLiteral("primary") },
        { QStringLiteral("اعدادي"), QStringLiteral("college") },
        { QStringLiteral("college"), QStringLiteral("college") },
        { QStringLiteral("collegial"), QStringLiteral("college") },
        { QStringLiteral("ac"), QStringLiteral("college") },
        { QStringLiteral("باكالوريا"), QStringLiteral("bac") },
        { QStringLiteral("بكالوريا"), QStringLiteral("bac") },
        { QStringLiteral("bac"), QStringLiteral("bac") },
        { QStringLiteral("baccalaureat"), QStringLiteral("bac") },
        { QStringLiteral("bachelor"), QStringLiteral("bac") },
        { QStringLiteral("tc"), QStringLiteral("tc") },
        { QStringLiteral("voc"), QStringLiteral("voc") },
        { QStringLiteral("none"), QStringLiteral("none") },
    };
    return cycles.value(word);
}

int ordinalOf(const QString& word)
{
    static const QHash<QString, int> ordinals {
        { QStringLiteral("اولي"), 1 },      { QStringLiteral("اول"), 1 },
        { QStringLiteral("ثانيه"), 2 },     { QStringLiteral("ثاني"), 2 },
        { QStringLiteral("ثالثه"), 3 },     { QStringLiteral("ثالث"), 3 },
        { QStringLiteral("رابعه"), 4 },     { QStringLiteral("رابع"), 4 },
        { QStringLiteral("خامسه"), 5 },     { QStringLiteral("خامس"), 5 },
        { QStringLiteral("سادسه"), 6 },     { QStringLiteral("سادس"), 6 },
        { QStringLiteral("premiere"), 1 },  { QStringLiteral("premier"), 1 },
        { QStringLiteral("deuxieme"), 2 },  { QStringLiteral("seconde"), 2 },
        { QStringLiteral("second"), 2 },    { QStringLiteral("troisieme"), 3 },
        { QStringLiteral("quatrieme"), 4 }, { QStringLiteral("cinquieme"), 5 },
        { QStringLiteral("sixieme"), 6 },   { QStringLiteral("first"), 1 },
        { QStringLiteral("third"), 3 },     { QStringLiteral("fourth"), 4 },
        { QStringLiteral("fifth"), 5 },     { QStringLiteral("sixth"), 6 },
    };
    // 1, 1er, 1ere, 1re, 2e, 2eme, 2nd, 2de...
    static const QRegularExpression numbered(QStringLiteral("^([1-6])(er|ere|re|e|eme|em|nd|de)?$"));
    const QRegularExpressionMatch match = numbered.match(word);
    return match.hasMatch() ? match.captured(1).toInt() : ordinals.value(word, 0);
}

// Words that say nothing about the level: "année", "السنة", "year", "du", "de"...
bool isFiller(const QString& word)
{
    static const QSet<QString> fillers {
        QStringLiteral("annee"),
        QStringLiteral("an"),
        QStringLiteral("de"),
        QStringLiteral("du"),
        QStringLiteral("d"),
        QStringLiteral("la"),
        QStringLiteral("le"),
        QStringLiteral("l"),
        QStringLiteral("en"),
        QStringLiteral("cycle"),
        QStringLiteral("niveau"),
        QStringLiteral("classe"),
        QStringLiteral("year"),
        QStringLiteral("grade"),
        QStringLiteral("سنه"),
        QStringLiteral("من"),
        QStringLiteral("تعليم"),
        QStringLiteral("سلك"),
        QStringLiteral("قسم"),
        QStringLiteral("ثانوي"),
        QStringLiteral("secondaire"),
        QStringLiteral("secondary"),
        QStringLiteral("enseignement"),
    };
    return fillers.contains(word);
}

// The streams of the baccalaureate and the common core, which do not change the level.
bool isStream(const QString& word)
{
    static const QSet<QString> streams {
        QStringLiteral("sm"),         QStringLiteral("pc"),        QStringLiteral("svt"),
        QStringLiteral("se"),         QStringLiteral("sh"),        QStringLiteral("eco"),
        QStringLiteral("lettres"),    QStringLiteral("sciences"),  QStringLiteral("science"),
        QStringLiteral("math"),       QStringLiteral("maths"),     QStringLiteral("scientifique"),
        QStringLiteral("litteraire"), QStringLiteral("technique"), QStringLiteral("علوم"),
        QStringLiteral("علمي"),       QStringLiteral("تجريبيه"),   QStringLiteral("رياضيه"),
        QStringLiteral("اداب"),       QStringLiteral("ادبي"),      QStringLiteral("انسانيه"),
        QStringLiteral("تقني"),
    };
    return streams.contains(word);
}

// The folded words, without the Arabic article, "1AP" split into "1" "ap", phrases joined.
QStringList levelWords(const QString& text)
{
    static const QRegularExpression compact(QStringLiteral("^([1-6])(er|ere|re|e|eme)?(ap|ac|bac)$"));
    QStringList words;
    for (QString word : searchWords(text)) {
        if (word.startsWith(QStringLiteral("ال")) && word.size() > 3) {
            word = word.mid(2);
        }
        const QRegularExpressionMatch match = compact.match(word);
        if (match.hasMatch()) {
            words << match.captured(1) << match.captured(3);
        } else {
            words << word;
        }
    }
    for (const auto& [phrase, replacement] : phrases()) {
        for (qsizetype i = 0; i + phrase.size() <= words.size(); ++i) {
            if (words.mid(i, phrase.size()) == phrase) {
                words.replace(i, replacement);
                words.remove(i + 1, phrase.size() - 1);
            }
        }
    }
    return words;
}

QString levelFrom(const QString& cycle, int ordinal)
{
    if (cycle == QLatin1String("primary") && ordinal >= 1 && ordinal <= 6) {
        return QStringLiteral("P%1").arg(ordinal);
    }
    if (cycle == QLatin1String("college") && ordinal >= 1 && ordinal <= 3) {
        return QStringLiteral("S%1").arg(ordinal);
    }
    if (cycle == QLatin1String("bac") && ordinal >= 1 && ordinal <= 2) {
        return QStringLiteral("S%1").arg(4 + ordinal);
    }
    if (ordinal == 0) {
        static const QHash<QString, QString> alone { { QStringLiteral("tc"), QStringLiteral("S4") },
                                                     { QStringLiteral("voc"), QStringLiteral("VOC") },
                                                     { QStringLiteral("none"), QStringLiteral("NONE") } };
        return alone.value(cycle);
    }
    return {};
}

} // namespace

QString cellSchoolLevel(const QString& text)
{
    const QStringList words = levelWords(text);
    if (words.size() == 1) {
        // The codes themselves, and the French names of the primary years (CP, CE1 ... CM2).
        static const QRegularExpression code(QStringLiteral("^([ps])([1-6])$"));
        const QRegularExpressionMatch match = code.match(words.first());
        if (match.hasMatch()) {
            return match.captured(0).toUpper();
        }
        static const QHash<QString, QString> french { { QStringLiteral("cp"), QStringLiteral("P1") },
                                                      { QStringLiteral("ce1"), QStringLiteral("P2") },
                                                      { QStringLiteral("ce2"), QStringLiteral("P3") },
                                                      { QStringLiteral("cm1"), QStringLiteral("P4") },
                                                      { QStringLiteral("cm2"), QStringLiteral("P5") } };
        if (french.contains(words.first())) {
            return french.value(words.first());
        }
    }
    QString cycle;
    int ordinal = 0;
    bool primaryLevel = false; // "المستوى الأول": the primary years are called levels
    bool stream = false;
    for (const QString& word : words) {
        const QString wordCycle = cycleOf(word);
        const int wordOrdinal = ordinalOf(word);
        if (!wordCycle.isEmpty()) {
            // "Upper secondary, common core": the common core is the first year of the upper cycle.
            if (!cycle.isEmpty() && cycle != wordCycle
                && !(QSet<QString> { cycle, wordCycle }
                     == QSet<QString> { QStringLiteral("bac"), QStringLiteral("tc") })) {
                return {};
            }
            if (cycle.isEmpty() || wordCycle == QLatin1String("tc")) {
                cycle = wordCycle;
            }
        } else if (wordOrdinal > 0) {
            if (ordinal > 0 && ordinal != wordOrdinal) {
                return {};
            }
            ordinal = wordOrdinal;
        } else if (word == QStringLiteral("مستوي")) {
            primaryLevel = true;
        } else if (isStream(word)) {
            stream = true;
        } else if (!isFiller(word)) {
            return {};
        }
    }
    if (cycle.isEmpty() && primaryLevel) {
        cycle = QStringLiteral("primary");
    }
    if (stream && cycle != QLatin1String("bac") && cycle != QLatin1String("tc")) {
        return {};
    }
    return levelFrom(cycle, ordinal);
}

} // namespace riaya
