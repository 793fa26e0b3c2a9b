#include "text/VowelFit.h"

#include "QtCatch.h"

using namespace riaya;

namespace {

int fit(const QString& typed, const QString& stored)
{
    return vowelFit(nameSounds(typed), nameSounds(stored));
}

struct Case
{
    const char* typed;
    const char* wanted; // the name the spelling is of
    const char* other; // a name of the same skeleton it is not
};

} // namespace

// The table of docs/search.md, "Ranking": the typed spelling fits the name it spells better
// than the other name of the same skeleton, whichever script is typed and stored.
TEST_CASE("typed vowels fit the name they spell better than another of the same skeleton")
{
    const Case cases[] = {
        { "Mohamed", "محمد", "محمود" },     { "Mohammed", "محمد", "محمود" },
        { "Muhammad", "محمد", "محمود" },    { "Mahmoud", "محمود", "محمد" },
        { "Mahmud", "محمود", "محمد" },      { "Hussein", "حسين", "حسن" },
        { "Houcine", "حسين", "حسن" },       { "Hassan", "حسن", "حسين" },
        { "Said", "سعيد", "سعد" },          { "Saad", "سعد", "سعيد" },
        { "Jamal", "جمال", "جميل" },        { "Jamil", "جميل", "جمال" },
        { "Farida", "فريدة", "فريد" },      { "Farid", "فريد", "فريدة" },
        { "Karim", "كريم", "كرم" },         { "محمد", "Mohamed", "Mahmoud" },
        { "محمود", "Mahmoud", "Mohamed" },  { "حسين", "Hussein", "Hassan" },
        { "حسن", "Hassan", "Hussein" },     { "سعيد", "Said", "Saad" },
        { "جميل", "Jamil", "Jamal" },       { "محمد", "محمد", "محمود" },
        { "محمود", "محمود", "محمد" },       { "Mohamed", "Mohammed", "Mahmoud" },
        { "Mahmoud", "Mahmud", "Mohamed" },
    };
    for (const Case& c : cases) {
        const QString typed = QString::fromUtf8(c.typed);
        const QString wanted = QString::fromUtf8(c.wanted);
        const QString other = QString::fromUtf8(c.other);
        INFO(typed.toStdString() << " for " << wanted.toStdString() << " rather than "
                                 << other.toStdString());
        REQUIRE(nameSkeleton(typed) == nameSkeleton(wanted));
        REQUIRE(nameSkeleton(wanted) == nameSkeleton(other));
        CHECK(fit(typed, wanted) > fit(typed, other));
    }
}

TEST_CASE("a spelling still being typed is ranked by what is typed so far")
{
    // "Mahm": nothing typed after the m yet, so the و of محمود is not held against it.
    CHECK(fit(QStringLiteral("Mahm"), QStringLiteral("محمود"))
          == fit(QStringLiteral("Mahm"), QStringLiteral("محمد")));
    // "Mahmou": the ou is typed, and محمد has no long vowel there.
    CHECK(fit(QStringLiteral("Mahmou"), QStringLiteral("محمود"))
          > fit(QStringLiteral("Mahmou"), QStringLiteral("محمد")));
    CHECK(fit(QStringLiteral("Moham"), QStringLiteral("محمد"))
          > fit(QStringLiteral("Moham"), QStringLiteral("Mahmoud")));
}

TEST_CASE("names that do not line up, or are not names, fit nothing")
{
    CHECK(fit(QStringLiteral("Fatima"), QStringLiteral("محمد")) == 0);
    CHECK(fit(QString(), QStringLiteral("محمد")) == 0);
    CHECK(fit(QStringLiteral("J130045678"), QStringLiteral("J130045678")) == 0);
    CHECK_FALSE(
        bestVowelFit(nameSounds(QStringLiteral("Fatima")), storedNameSounds(QStringLiteral("محمد العلوي"))));
}

TEST_CASE("the article of a stored Arabic name is set aside when the typed name has none")
{
    const QList<NameSounds> stored = storedNameSounds(QStringLiteral("الحسين"));
    const QList<NameSounds> other = storedNameSounds(QStringLiteral("الحسن"));
    const NameSounds typed = nameSounds(QStringLiteral("Houssine"));
    REQUIRE(bestVowelFit(typed, stored));
    CHECK(*bestVowelFit(typed, stored) > *bestVowelFit(typed, other));
}
