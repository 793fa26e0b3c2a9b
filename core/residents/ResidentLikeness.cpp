#include "ResidentLikeness.h"

#include "text/JaroWinkler.h"
#include "text/NameSkeleton.h"
#include "text/TextFolding.h"

#include <QRegularExpression>
#include <algorithm>

namespace riaya {
namespace {

// The weights of docs/search.md, section 4.
constexpr double kFirstWeight = 0.30;
constexpr double kFamilyWeight = 0.35;
constexpr double kBirthWeight = 0.25;
constexpr double kFatherWeight = 0.10;
constexpr double kBirthTypo = 0.7; // one digit wrong, or day and month swapped
constexpr double kNameDisagreementCap = 0.70; // below every threshold
constexpr double kSameMotherKeeps = 0.8; // of the distance to 1
constexpr double kOtherMotherKeeps = 0.7; // of the likeness
constexpr double kSameIdentifierKeeps = 0.3; // of the distance to 1
constexpr double kOtherIdentifierKeeps = 0.5; // of the likeness

bool isArabicLetter(QChar c)
{
    return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF;
}

// What compound names share and what does not tell them apart, set aside when both names
// have it: عبد الغني and عبد الحميد differ by غني and حميد, not by a shared "عبد ال"; أيت علي and
// أيت باها by علي and باها.
const QStringList& compoundElements()
{
    static const QStringList elements { QStringLiteral("عبد"), QStringLiteral("دين"), QStringLiteral("ابو"),
                                        QStringLiteral("بن"),  QStringLiteral("ايت"), QStringLiteral("اولاد"),
                                        QStringLiteral("abd"), QStringLiteral("din"), QStringLiteral("abu"),
                                        QStringLiteral("bin"), QStringLiteral("ait"), QStringLiteral("uld"),
                                        QStringLiteral("ulad") };
    return elements;
}

// A letter typed twice counts once: the shadda is how Arabic doubles a letter (بنّاني, not
// بنناني), and Latin spellings double or not at will (Bennani ~ Benani).
QString withoutDoubles(const QString& word)
{
    QString once;
    for (const QChar c : word) {
        if (once.isEmpty() || once.back() != c) {
            once += c;
        }
    }
    return once;
}

// A name's words in Arabic script, folded, without the article (الـ), compounds split
// (عبدالغني: "عبد" "غني"), doubled letters once.
QStringList arabicWords(const QString& folded)
{
    static const QString abd = QStringLiteral("عبد");
    static const QString article = QStringLiteral("ال");
    QStringList words;
    for (const QString& word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString rest = word;
        if (rest.size() > abd.size() + 1 && rest.startsWith(abd)) {
            words << abd;
            rest = rest.mid(abd.size());
        }
        if (rest.size() > 3 && rest.startsWith(article)) {
            rest = rest.mid(article.size());
        }
        words << withoutDoubles(rest);
    }
    return words;
}

// A Latin spelling with the variations of transliteration taken off, vowels kept: doubled
// letters once, y as i, o as u, sh as ch, q as k, dj as j, and e as `e` says: French spelling
// writes e for both i (Fatema ~ Fatima) and a (Mejjati ~ Majjati), so names are compared both
// ways. Consonants are not merged as skeletons merge them: Kaddouri and Guedira stay apart.
QString latinSpelling(const QString& word, QChar e)
{
    QString out = word;
    out.replace(QStringLiteral("sh"), QStringLiteral("ch"))
        .replace(QStringLiteral("dj"), QStringLiteral("j"))
        .replace(QStringLiteral("ph"), QStringLiteral("f"));
    for (QChar& c : out) {
        switch (c.unicode()) {
        case u'e':
            c = e;
            break;
        case u'y':
            c = QLatin1Char('i');
            break;
        case u'o':
            c = QLatin1Char('u');
            break;
        case u'q':
            c = QLatin1Char('k');
            break;
        default:
            break;
        }
    }
    return withoutDoubles(out);
}

// The same for Latin script: no article (El), compounds split (Abdelghani: "abd" "ghani";
// Noureddine: "nur" "din").
QStringList latinWords(const QString& folded, QChar e)
{
    static const QStringList articles { QStringLiteral("il"), QStringLiteral("al"), QStringLiteral("l") };
    static const QRegularExpression abd(QStringLiteral("^abd(?:il|al|ul|u|i|a)?(.{2,})$"));
    static const QRegularExpression din(QStringLiteral("^(.{2,}?)[ai]?d[ai]n[ai]?$"));
    QStringList words;
    for (const QString& typed : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString word = latinSpelling(typed, e);
        if (articles.contains(word)) {
            continue;
        }
        QString rest = word;
        if (const QRegularExpressionMatch m = abd.match(rest); m.hasMatch()) {
            words << QStringLiteral("abd");
            rest = m.captured(1);
        }
        if (const QRegularExpressionMatch m = din.match(rest); m.hasMatch()) {
            words << m.captured(1) << QStringLiteral("din");
            continue;
        }
        words << rest;
    }
    return words;
}

// One name (first or family) as compared: its words in each script the file has, and their
// consonant skeletons for comparing across scripts.
struct NameWords
{
    QStringList arabic;
    QStringList latin; // e read as i
    QStringList latinA; // e read as a
    QStringList skeleton;
};

NameWords wordsOf(const QString& field, const QString& latinField)
{
    NameWords words;
    for (const QString& text : { field, latinField }) {
        const QString folded = foldForSearch(text);
        if (folded.isEmpty()) {
            continue;
        }
        if (isArabicLetter(folded.front())) {
            if (words.arabic.isEmpty()) {
                words.arabic = arabicWords(folded);
            }
        } else if (words.latin.isEmpty()) {
            words.latin = latinWords(folded, QLatin1Char('i'));
            words.latinA = latinWords(folded, QLatin1Char('a'));
        }
    }
    for (const QString& word : words.arabic.isEmpty() ? words.latin : words.arabic) {
        if (const QString skeleton = nameSkeleton(word); !skeleton.isEmpty()) {
            words.skeleton << skeleton;
        }
    }
    return words;
}

// Jaro-Winkler of two names given as words, on what tells them apart: the compound elements
// both have are set aside while each keeps a word, and words in either order (a compound given name typed the
// other way round) count alike. Spaces do not count (بن علي ~ بنعلي).
double wordsLikeness(QStringList a, QStringList b, const QStringList& elements = compoundElements())
{
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    QStringList restA = a;
    QStringList restB = b;
    for (const QString& element : elements) {
        if (restA.contains(element) && restB.contains(element)) {
            restA.removeOne(element);
            restB.removeOne(element);
        }
    }
    if (!restA.isEmpty() && !restB.isEmpty()) {
        a = restA;
        b = restB;
    }
    double best = jaroWinkler(a.join(QString()), b.join(QString()));
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return std::max(best, jaroWinkler(a.join(QString()), b.join(QString())));
}

// In the script both files share (the best of the two when they share both); by skeleton
// only when they share none: a skeleton proposes, it is too coarse to weigh an Arabic name
// against an Arabic name (كديرة and القدوري share "kdr").
double nameSimilarity(const NameWords& a, const NameWords& b)
{
    const bool arabic = !a.arabic.isEmpty() && !b.arabic.isEmpty();
    const bool latin = !a.latin.isEmpty() && !b.latin.isEmpty();
    if (!arabic && !latin) {
        static const QStringList skeletonElements = [] {
            QStringList keys;
            for (const QString& element : compoundElements()) {
                keys << nameSkeleton(element);
            }
            keys.removeDuplicates();
            return keys;
        }();
        return wordsLikeness(a.skeleton, b.skeleton, skeletonElements);
    }
    return std::max(arabic ? wordsLikeness(a.arabic, b.arabic) : 0.0,
                    latin ? std::max(wordsLikeness(a.latin, b.latin), wordsLikeness(a.latinA, b.latinA))
                          : 0.0);
}

// Jaro-Winkler to agreement: from 0.95 a name is the same but for a spelling mistake; at
// 0.75 and below it is another name (unrelated names of a few letters score 0.5 to 0.75).
double agreementOf(double similarity)
{
    return std::clamp((similarity - 0.75) / 0.20, 0.0, 1.0);
}

Agreement nameAgreement(double agreement)
{
    return agreement >= 0.9 ? Agreement::Same : agreement > 0.4 ? Agreement::Close : Agreement::Different;
}

// A birth date typed twice: equal, one digit wrong (2012-03-15, 2012-03-16) or day and month
// swapped (2012-03-05, 2012-05-03) is a typing mistake; any other date is another child's.
Agreement birthAgreement(const QDate& a, const QDate& b)
{
    if (a == b) {
        return Agreement::Same;
    }
    const QString x = a.toString(Qt::ISODate);
    const QString y = b.toString(Qt::ISODate);
    int differing = 0;
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
        differing += x.at(i) != y.at(i) ? 1 : 0;
    }
    const bool swapped = a.year() == b.year() && a.month() == b.day() && a.day() == b.month();
    return differing == 1 || swapped ? Agreement::Close : Agreement::Different;
}

// Identifiers compared as stored (upper case, no spaces); one character apart is a typing
// mistake, which neither proves nor disproves anything.
Agreement identifierAgreement(const QString& a, const QString& b)
{
    const QString x = a.simplified().remove(QLatin1Char(' ')).toUpper();
    const QString y = b.simplified().remove(QLatin1Char(' ')).toUpper();
    if (x == y) {
        return Agreement::Same;
    }
    if (x.size() == y.size()) {
        int differing = 0;
        for (qsizetype i = 0; i < x.size(); ++i) {
            differing += x.at(i) != y.at(i) ? 1 : 0;
        }
        return differing == 1 ? Agreement::Close : Agreement::Different;
    }
    return Agreement::Different;
}

} // namespace

double nameLikeness(const QString& aArabicField, const QString& aLatinField, const QString& bArabicField,
                    const QString& bLatinField)
{
    return nameSimilarity(wordsOf(aArabicField, aLatinField), wordsOf(bArabicField, bLatinField));
}

Likeness residentLikeness(const Resident& a, const Resident& b)
{
    Likeness result;
    const NameWords aFirst = wordsOf(a.firstName, a.firstNameLatin);
    const NameWords aFamily = wordsOf(a.lastName, a.lastNameLatin);
    const NameWords bFirst = wordsOf(b.firstName, b.firstNameLatin);
    const NameWords bFamily = wordsOf(b.lastName, b.lastNameLatin);
    double first = agreementOf(nameSimilarity(aFirst, bFirst));
    double family = agreementOf(nameSimilarity(aFamily, bFamily));
    // A first name typed as the family name and the other way round.
    const double firstAsFamily = agreementOf(nameSimilarity(aFirst, bFamily));
    const double familyAsFirst = agreementOf(nameSimilarity(aFamily, bFirst));
    if (kFirstWeight * firstAsFamily + kFamilyWeight * familyAsFirst
        > kFirstWeight * first + kFamilyWeight * family + 0.3) {
        first = firstAsFamily;
        family = familyAsFirst;
        result.namesSwapped = true;
    }
    result.evidence << Evidence { LikenessField::FirstName, nameAgreement(first) }
                    << Evidence { LikenessField::FamilyName, nameAgreement(family) };

    double weighed = kFirstWeight * first + kFamilyWeight * family;
    double weights = kFirstWeight + kFamilyWeight;
    if (a.birthDate.isValid() && b.birthDate.isValid()) {
        const Agreement birth = birthAgreement(a.birthDate, b.birthDate);
        weighed += kBirthWeight
            * (birth == Agreement::Same        ? 1.0
                   : birth == Agreement::Close ? kBirthTypo
                                               : 0.0);
        weights += kBirthWeight;
        result.evidence << Evidence { LikenessField::BirthDate, birth };
    }
    if (!a.fatherName.trimmed().isEmpty() && !b.fatherName.trimmed().isEmpty()) {
        const double father = agreementOf(nameLikeness(a.fatherName, {}, b.fatherName, {}));
        weighed += kFatherWeight * father;
        weights += kFatherWeight;
        result.evidence << Evidence { LikenessField::Father, nameAgreement(father) };
    }
    double score = weighed / weights;

    if (!a.motherName.trimmed().isEmpty() && !b.motherName.trimmed().isEmpty()) {
        const Agreement mother = nameAgreement(agreementOf(nameLikeness(a.motherName, {}, b.motherName, {})));
        if (mother == Agreement::Same) {
            score = 1 - (1 - score) * kSameMotherKeeps;
        } else if (mother == Agreement::Different) {
            score *= kOtherMotherKeeps;
        }
        result.evidence << Evidence { LikenessField::Mother, mother };
    }
    // Brothers, sisters and twins share the family name, the parents, even the birth date:
    // another first name (or family name) is another child, whatever else agrees.
    if (first < 0.5 || family < 0.5) {
        score = std::min(score, kNameDisagreementCap);
    }
    // Identifiers last: the same Massar code or national number is the strongest sign of one
    // child, another one the strongest sign of two.
    const std::pair<LikenessField, std::pair<QString, QString>> identifiers[] = {
        { LikenessField::MassarCode, { a.massarCode, b.massarCode } },
        { LikenessField::NationalId, { a.nationalId, b.nationalId } },
    };
    for (const auto& [field, values] : identifiers) {
        if (values.first.trimmed().isEmpty() || values.second.trimmed().isEmpty()) {
            continue;
        }
        const Agreement agreement = identifierAgreement(values.first, values.second);
        if (agreement == Agreement::Same) {
            score = 1 - (1 - score) * kSameIdentifierKeeps;
        } else if (agreement == Agreement::Different) {
            score *= kOtherIdentifierKeeps;
        }
        result.evidence << Evidence { field, agreement };
    }
    result.score = std::clamp(score, 0.0, 1.0);
    return result;
}

} // namespace riaya
