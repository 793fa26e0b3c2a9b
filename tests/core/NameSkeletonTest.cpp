#include "text/NameSkeleton.h"

#include "QtCatch.h"
#include "demo/WordList.h"

#include <QRegularExpression>

using namespace riaya;

TEST_CASE("common names share a skeleton across scripts and spellings")
{
    for (const QString& spelling :
         { QStringLiteral("محمد"), QStringLiteral("Mohamed"), QStringLiteral("Mohammed"),
           QStringLiteral("Muhammad"), QStringLiteral("مُحَمَّد") }) {
        CHECK(nameSkeleton(spelling) == QStringLiteral("mhmd"));
    }
    for (const QString& spelling :
         { QStringLiteral("فاطمة"), QStringLiteral("Fatima"), QStringLiteral("Fatema"),
           QStringLiteral("Fatma"), QStringLiteral("فاطمه") }) {
        CHECK(nameSkeleton(spelling) == QStringLiteral("ftm"));
    }
    CHECK(nameSkeleton(QStringLiteral("عائشة")) == nameSkeleton(QStringLiteral("Aicha")));
    CHECK(nameSkeleton(QStringLiteral("خديجة")) == nameSkeleton(QStringLiteral("Khadija")));
    CHECK(nameSkeleton(QStringLiteral("يوسف")) == nameSkeleton(QStringLiteral("Youssef")));
}

TEST_CASE("a skeleton proposes candidates, it does not tell names apart")
{
    CHECK(nameSkeleton(QStringLiteral("Mahmoud")) == nameSkeleton(QStringLiteral("Mohamed")));
    CHECK(nameSkeleton(QStringLiteral("Hassan")) != nameSkeleton(QStringLiteral("Hussein")).left(0));
}

TEST_CASE("the article is indexed with and without it")
{
    const QStringList keys = skeletonKeys(QStringLiteral("الحسن"));
    CHECK(keys.contains(nameSkeleton(QStringLiteral("Hassan"))));
    CHECK(keys.contains(nameSkeleton(QStringLiteral("Lahcen"))));
    CHECK(skeletonKeys(QStringLiteral("G123456789 ")).isEmpty());
}

TEST_CASE("every name of the demo word lists meets its Latin spelling")
{
    QStringList mismatches;
    for (const QString& list : { QStringLiteral("first_names_female"), QStringLiteral("first_names_male"),
                                 QStringLiteral("family_names") }) {
        for (const Word& word : loadWordList(list)) {
            const QStringList arabic = skeletonKeys(word.arabic);
            // The whole Latin spelling, without a separate article ("El Fassi"), must meet one
            // of the Arabic keys.
            QString latinName = word.latin;
            latinName.remove(QRegularExpression(QStringLiteral("^(El|Al) "))).remove(QLatin1Char(' '));
            for (const QString& key : skeletonKeys(latinName)) {
                if (!arabic.contains(key)) {
                    mismatches << QStringLiteral("%1|%2 (%3 vs %4)")
                                      .arg(word.arabic, word.latin, arabic.join(QLatin1Char(',')), key);
                }
            }
        }
    }
    INFO(mismatches.join(QLatin1Char('\n')).toStdString());
    CHECK(mismatches.isEmpty());
}
