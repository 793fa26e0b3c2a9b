#include "QtCatch.h"
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "demo/WordList.h"
#include "residents/DuplicateFinder.h"
#include "residents/ResidentStore.h"

#include <QMap>
#include <cstdio>
#include <random>

// Precision and recall of the duplicate check on a labelled set (docs/search.md, section 5):
// true pairs are demo children typed again with the mistakes people make, false pairs are
// namesakes and brothers and sisters. Each probe is looked for in the demo database as an
// import would, and every candidate it gets is counted as right or wrong.

using namespace riaya;

namespace {

riaya::SiteSettings ministry()
{
    riaya::SiteSettings settings;
    settings.name = QStringLiteral("الوزارة");
    settings.ministry = true;
    return settings;
}

// The mistakes of a second typing, each a function of the file and the dice.
class Retyping
{
public:
    explicit Retyping(quint64 seed)
        : m_engine(seed)
    { }

    quint64 below(quint64 n) { return m_engine() % n; }
    bool chance(int percent) { return below(100) < static_cast<quint64>(percent); }
    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(static_cast<qsizetype>(below(static_cast<quint64>(list.size()))));
    }

    // أحمد ~ احمد, ادريس ~ إدريس: the hamza on an alef dropped, or added to a bare one.
    static bool hamza(QString& name)
    {
        static const QString withHamza = QStringLiteral("أإآ");
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (withHamza.contains(name.at(i))) {
                name[i] = QChar(u'ا');
                return true;
            }
        }
        if (name.startsWith(QChar(u'ا'))) {
            name[0] = QChar(u'أ');
            return true;
        }
        return false;
    }
    // فاطمة ~ فاطمه, and back.
    static bool taMarbuta(QString& name)
    {
        if (name.endsWith(QChar(u'ة'))) {
            name.back() = QChar(u'ه');
            return true;
        }
        if (name.endsWith(QChar(u'ه'))) {
            name.back() = QChar(u'ة');
            return true;
        }
        return false;
    }
    // مصطفى ~ مصطفي, and back.
    static bool alifMaqsura(QString& name)
    {
        if (name.endsWith(QChar(u'ى'))) {
            name.back() = QChar(u'ي');
            return true;
        }
        if (name.endsWith(QChar(u'ي'))) {
            name.back() = QChar(u'ى');
            return true;
        }
        return false;
    }
    // بناني ~ بنناني, Bennani ~ Benani: a letter doubled, or a doubled one written once.
    bool doubled(QString& name)
    {
        for (qsizetype i = 1; i < name.size(); ++i) {
            if (name.at(i) == name.at(i - 1) && name.at(i).isLetter()) {
                name.remove(i, 1);
                return true;
            }
        }
        if (name.size() < 3) {
            return false;
        }
        const qsizetype at = 1 + static_cast<qsizetype>(below(static_cast<quint64>(name.size() - 2)));
        if (!name.at(at).isLetter()) {
            return false;
        }
        name.insert(at, name.at(at));
        return true;
    }
    // The other usual Latin spellings: Youssef ~ Yousef ~ Yusuf, Chaimae ~ Shaimae...
    bool latinVariant(QString& name)
    {
        static const QList<std::pair<QString, QString>> swaps {
            { QStringLiteral("ou"), QStringLiteral("u") }, { QStringLiteral("e"), QStringLiteral("a") },
            { QStringLiteral("i"), QStringLiteral("e") },  { QStringLiteral("ch"), QStringLiteral("sh") },
            { QStringLiteral("k"), QStringLiteral("q") },  { QStringLiteral("a"), QStringLiteral("e") },
            { QStringLiteral("ss"), QStringLiteral("s") }, { QStringLiteral("mm"), QStringLiteral("m") },
            { QStringLiteral("dj"), QStringLiteral("j") }, { QStringLiteral("y"), QStringLiteral("i") },
        };
        for (int attempt = 0; attempt < 6; ++attempt) {
            const auto& [from, to] = pick(swaps);
            const qsizetype at = name.indexOf(from, 1);
            // k for q, never inside kh, which is another letter (خ).
            if (at > 0 && !(from == QLatin1String("k") && name.mid(at + 1, 1) == QLatin1String("h"))) {
                name.replace(at, from.size(), to);
                return true;
            }
        }
        return doubled(name);
    }
    // One digit of the day, the month or the year's last wrong, the date still a date.
    QDate birthDigit(const QDate& date)
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            QString iso = date.toString(Qt::ISODate);
            static const int positions[] = { 3, 5, 6, 8, 9 };
            const int at = positions[below(5)];
            const int digit = iso.at(at).digitValue();
            // The year's last digit one key off (2012 ~ 2013), the others any digit.
            const int other = at == 3 ? (digit == 9 || (digit > 0 && chance(50)) ? digit - 1 : digit + 1)
                                      : static_cast<int>(below(10));
            if (other == digit) {
                continue;
            }
            iso[at] = QChar(u'0' + other);
            const QDate typed = QDate::fromString(iso, Qt::ISODate);
            if (typed.isValid() && typed < QDate::currentDate()) {
                return typed;
            }
        }
        return date.addDays(1);
    }

    QString massar() { return QString(QChar(u'A' + static_cast<int>(below(26)))) + digits(9); }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i) {
            out += QChar(u'0' + static_cast<int>(below(10)));
        }
        return out;
    }

private:
    std::mt19937_64 m_engine;
};

enum class Mistake
{
    Hamza,
    TaMarbuta,
    AlifMaqsura,
    Doubled,
    SwappedNames,
    LatinOnly,
    LatinVariant,
    BirthDigit,
    Count
};

const char* mistakeName(Mistake m)
{
    static const char* names[] = { "hamza",         "ta marbuta",     "alif maqsura",  "doubled letter",
                                   "swapped names", "typed in Latin", "Latin variant", "birth date digit" };
    return names[static_cast<int>(m)];
}

// Applies a mistake to a copy of the child; false when it does not apply to these names.
bool retype(Resident& r, Mistake m, Retyping& dice)
{
    QString& name = dice.chance(50) ? r.firstName : r.lastName;
    switch (m) {
    case Mistake::Hamza:
        return Retyping::hamza(name) || Retyping::hamza(r.firstName) || Retyping::hamza(r.lastName);
    case Mistake::TaMarbuta:
        return Retyping::taMarbuta(r.firstName) || Retyping::taMarbuta(r.lastName);
    case Mistake::AlifMaqsura:
        return Retyping::alifMaqsura(r.firstName) || Retyping::alifMaqsura(r.lastName);
    case Mistake::Doubled:
        return dice.doubled(name);
    case Mistake::SwappedNames:
        std::swap(r.firstName, r.lastName);
        std::swap(r.firstNameLatin, r.lastNameLatin);
        return true;
    case Mistake::LatinOnly: // a house that types in Latin letters only, in its own spelling
        r.firstName = r.firstNameLatin;
        r.lastName = r.lastNameLatin;
        r.firstNameLatin.clear();
        r.lastNameLatin.clear();
        r.fatherName.clear(); // the Arabic spelling of the parents is not known there
        r.motherName.clear();
        dice.latinVariant(dice.chance(50) ? r.firstName : r.lastName);
        return true;
    case Mistake::LatinVariant:
        return dice.latinVariant(dice.chance(50) ? r.firstNameLatin : r.lastNameLatin);
    case Mistake::BirthDigit:
        r.birthDate = dice.birthDigit(r.birthDate);
        return true;
    case Mistake::Count:
        break;
    }
    return false;
}

struct Probe
{
    Resident record;
    QString sameChildAs; // empty for a false pair
    QString kind;
};

struct Tally
{
    int truePairs = 0;
    int found = 0; // true pairs proposed
    int wrong = 0; // candidates that are another child
    double precision() const { return found + wrong == 0 ? 1.0 : double(found) / (found + wrong); }
    double recall() const { return truePairs == 0 ? 1.0 : double(found) / truePairs; }
};

} // namespace

TEST_CASE("the duplicate check is measured on re-typed children and namesakes")
{
    TempDatabase t(ministry());
    DemoSettings settings;
    settings.residents = 600;
    settings.institutions = 4;
    settings.seed = 14;
    settings.presenceDays = 0;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    const Result<QList<Resident>> children = ResidentStore(t.db()).list({ .limit = 1000 });
    REQUIRE(children.ok());
    REQUIRE(children->size() == 600);

    const QList<Word> girls = loadWordList(QStringLiteral("first_names_female"));
    const QList<Word> boys = loadWordList(QStringLiteral("first_names_male"));
    Retyping dice(20261201);
    QList<Probe> probes;
    for (const Resident& child : *children) {
        // A true pair: the child typed again at another house, with one or two mistakes and
        // some details left out there.
        Resident again = child;
        again.id.clear();
        QStringList made;
        const int mistakes = dice.chance(50) ? 1 : dice.chance(70) ? 2 : 3;
        while (made.size() < mistakes) {
            const auto m = static_cast<Mistake>(dice.below(static_cast<quint64>(Mistake::Count)));
            if (!made.contains(QLatin1String(mistakeName(m))) && retype(again, m, dice)) {
                made << QLatin1String(mistakeName(m));
            }
        }
        if (dice.chance(40)) {
            again.motherName.clear();
        } else if (dice.chance(40)) { // the parents' names are typed again too
            Retyping::hamza(again.motherName) || Retyping::taMarbuta(again.motherName)
                || dice.doubled(again.motherName);
            Retyping::hamza(again.fatherName) || dice.doubled(again.fatherName);
        }
        if (dice.chance(30)) {
            again.fatherName.clear();
        }
        if (dice.chance(50)) {
            again.massarCode.clear();
            again.nationalId.clear();
        }
        probes.append({ again, child.id, made.join(QStringLiteral(" + ")) });

        // A false pair: a namesake (same first and family names in both scripts) who differs in
        // at least one of birth date, mother and identifiers, or a brother or sister.
        Resident other = child;
        other.id.clear();
        if (dice.chance(65)) {
            int differs = 1 + static_cast<int>(dice.below(7)); // a non-empty subset of three
            if (differs == 4 && child.massarCode.isEmpty() && child.nationalId.isEmpty()) {
                differs |= 1 + static_cast<int>(dice.below(2)); // no codes to differ by
            }
            if (differs & 1) { // another date, not a typing slip of this one
                QDate born = child.birthDate;
                while (born == child.birthDate || std::abs(born.daysTo(child.birthDate)) < 32
                       || born.toString(Qt::ISODate).left(7) == child.birthDate.toString(Qt::ISODate).left(7)
                       || born.day() == child.birthDate.day()) {
                    born = child.birthDate.addDays(static_cast<int>(dice.below(660)) - 330);
                }
                other.birthDate = born;
            }
            if (differs & 2) {
                QString mother = child.motherName;
                while (mother == child.motherName) {
                    mother = dice.pick(girls).arabic;
                }
                other.motherName = mother;
            }
            // Another child never has the same codes: the namesake's own, or none on file.
            const bool codes = (differs & 4) != 0;
            other.massarCode = codes && !child.massarCode.isEmpty() ? dice.massar() : QString();
            other.nationalId = codes && !child.nationalId.isEmpty() ? dice.massar().left(7) : QString();
            QString father; // another father's name, or none on file
            if (dice.chance(50)) {
                do {
                    father = dice.pick(boys).arabic;
                } while (father == child.fatherName);
            }
            other.fatherName = father;
            probes.append({ other, {}, QStringLiteral("namesake") });
        } else {
            const QList<Word>& names = child.sex == QLatin1String("F") ? girls : boys;
            Word first = dice.pick(names);
            while (first.arabic == child.firstName) {
                first = dice.pick(names);
            }
            other.firstName = first.arabic;
            other.firstNameLatin = first.latin;
            const bool twin = dice.chance(30);
            other.birthDate = twin ? child.birthDate : child.birthDate.addDays(dice.chance(50) ? -300 : 300);
            // Half of them with their own Massar code on file, half with none: the names alone
            // must tell them apart.
            other.massarCode = child.massarCode.isEmpty() || dice.chance(50) ? QString() : dice.massar();
            other.nationalId.clear();
            probes.append({ other, {}, twin ? QStringLiteral("twin") : QStringLiteral("sibling") });
        }
    }

    DuplicateFinder finder(t.db());
    QMap<double, Tally> byThreshold;
    QMap<QString, int> missed; // at the queue's threshold, by mistake
    QMap<QString, int> wrongBy; // at the queue's threshold, by kind of false probe
    for (const double threshold : { DuplicateFinder::kThreshold, DuplicateFinder::kCrossSiteThreshold }) {
        Tally& tally = byThreshold[threshold];
        for (const Probe& probe : std::as_const(probes)) {
            const Result<QList<DuplicateCandidate>> candidates
                = finder.candidatesFor(probe.record, 5, {}, threshold);
            REQUIRE(candidates.ok());
            bool found = false;
            for (const DuplicateCandidate& c : *candidates) {
                if (c.resident.id == probe.sameChildAs) {
                    found = true;
                } else {
                    ++tally.wrong;
                    if (qEnvironmentVariableIsSet("RIAYA_DUPLICATE_DETAILS")
                        && threshold == DuplicateFinder::kCrossSiteThreshold) {
                        const Resident& o = c.resident;
                        std::printf("WRONG %s: %s %s %s f=%s m=%s %s | %s %s %s f=%s m=%s %s -> %.3f\n",
                                    qPrintable(probe.kind), qPrintable(probe.record.firstName),
                                    qPrintable(probe.record.lastName),
                                    qPrintable(probe.record.birthDate.toString(Qt::ISODate)),
                                    qPrintable(probe.record.fatherName), qPrintable(probe.record.motherName),
                                    qPrintable(probe.record.massarCode), qPrintable(o.firstName),
                                    qPrintable(o.lastName), qPrintable(o.birthDate.toString(Qt::ISODate)),
                                    qPrintable(o.fatherName), qPrintable(o.motherName),
                                    qPrintable(o.massarCode), c.score);
                    }
                    if (threshold == DuplicateFinder::kCrossSiteThreshold) {
                        ++wrongBy[probe.sameChildAs.isEmpty() ? probe.kind : QStringLiteral("other child")];
                    }
                }
            }
            if (!probe.sameChildAs.isEmpty()) {
                ++tally.truePairs;
                tally.found += found ? 1 : 0;
                if (!found && threshold == DuplicateFinder::kCrossSiteThreshold) {
                    ++missed[probe.kind];
                    if (qEnvironmentVariableIsSet("RIAYA_DUPLICATE_DETAILS")) {
                        const Resident orig = *ResidentStore(t.db()).get(probe.sameChildAs);
                        std::printf(
                            "MISSED %s: %s %s %s %s | %s %s %s %s -> %.3f\n", qPrintable(probe.kind),
                            qPrintable(probe.record.firstName), qPrintable(probe.record.lastName),
                            qPrintable(probe.record.birthDate.toString(Qt::ISODate)),
                            qPrintable(probe.record.fatherName), qPrintable(orig.firstName),
                            qPrintable(orig.lastName), qPrintable(orig.birthDate.toString(Qt::ISODate)),
                            qPrintable(orig.fatherName), DuplicateFinder::similarity(probe.record, orig));
                    }
                }
            }
        }
    }

    const Tally& queue = byThreshold[DuplicateFinder::kCrossSiteThreshold];
    const Tally& warning = byThreshold[DuplicateFinder::kThreshold];
    std::printf("duplicate check on %lld probes (%d true pairs) against %lld demo children\n",
                static_cast<long long>(probes.size()), queue.truePairs,
                static_cast<long long>(children->size()));
    for (auto it = byThreshold.cbegin(); it != byThreshold.cend(); ++it) {
        std::printf(
            "  threshold %.2f: %d of %d true pairs found, %d wrong candidates: precision %.3f, recall %.3f\n",
            it.key(), it->found, it->truePairs, it->wrong, it->precision(), it->recall());
    }
    for (auto it = missed.cbegin(); it != missed.cend(); ++it) {
        std::printf("  missed at %.2f: %s: %d\n", DuplicateFinder::kCrossSiteThreshold, qPrintable(it.key()),
                    *it);
    }
    for (auto it = wrongBy.cbegin(); it != wrongBy.cend(); ++it) {
        std::printf("  wrong at %.2f: %s: %d\n", DuplicateFinder::kCrossSiteThreshold, qPrintable(it.key()),
                    *it);
    }
    std::fflush(stdout);

    // Floors a little under the figures measured (docs/search.md): a change to the score that
    // lowers them fails here.
    CHECK(queue.precision() >= 0.98);
    CHECK(queue.recall() >= 0.95);
    CHECK(warning.precision() >= 0.95);
    CHECK(warning.recall() >= 0.97);
}
