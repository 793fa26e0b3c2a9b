#include "text/TextFolding.h"

#include "QtCatch.h"

using namespace riaya;

TEST_CASE("Arabic spellings fold together")
{
    // hamza forms of alef, alef wasla
    CHECK(foldForSearch(QStringLiteral("أحمد")) == foldForSearch(QStringLiteral("احمد")));
    CHECK(foldForSearch(QStringLiteral("إبراهيم")) == foldForSearch(QStringLiteral("ابراهيم")));
    CHECK(foldForSearch(QStringLiteral("آمنة")) == foldForSearch(QStringLiteral("امنه")));
    CHECK(foldForSearch(QStringLiteral("ٱلله")) == foldForSearch(QStringLiteral("الله")));
    // taa marbuta and haa, alef maqsura and yaa, hamza on waw and yaa
    CHECK(foldForSearch(QStringLiteral("فاطمة")) == foldForSearch(QStringLiteral("فاطمه")));
    CHECK(foldForSearch(QStringLiteral("مصطفى")) == foldForSearch(QStringLiteral("مصطفي")));
    CHECK(foldForSearch(QStringLiteral("مؤمن")) == foldForSearch(QStringLiteral("مومن")));
    CHECK(foldForSearch(QStringLiteral("وئام")) == foldForSearch(QStringLiteral("ويام")));
    // diacritics and tatweel vanish instead of splitting the word
    CHECK(foldForSearch(QStringLiteral("مُحَمَّد")) == QStringLiteral("محمد"));
    CHECK(foldForSearch(QStringLiteral("محـــمد")) == QStringLiteral("محمد"));
}

TEST_CASE("Latin is case- and accent-blind, digits of either script are the same")
{
    CHECK(foldForSearch(QStringLiteral("Zoé ÉLODIE")) == QStringLiteral("zoe elodie"));
    CHECK(foldForSearch(QStringLiteral("G١٢٣٤٥٦٧٨٩")) == QStringLiteral("g123456789"));
    CHECK(foldForSearch(QStringLiteral("۱۲۳")) == QStringLiteral("123"));
}

TEST_CASE("punctuation separates words and nothing else survives")
{
    CHECK(foldForSearch(QStringLiteral("  Ait-Ali, (Fatima)  ")) == QStringLiteral("ait ali fatima"));
    CHECK(searchWords(QStringLiteral("\"*)( -:^")).isEmpty()); // FTS5 syntax never reaches the index
    CHECK(searchWords(QStringLiteral("x OR y"))
          == QStringList { QStringLiteral("x"), QStringLiteral("or"), QStringLiteral("y") });
    CHECK(foldForSearch(QString()).isEmpty());
}

TEST_CASE("a list on screen is searched by every typed word, folded, anywhere in its text")
{
    const QString row = QStringLiteral("بثينة القدوري — Ecole Ibn Khaldoun, ٢٠١٢");
    CHECK(containsSearchWords(row, searchWords(QStringLiteral("قدوري"))));
    CHECK(containsSearchWords(row, searchWords(QStringLiteral("بثينه القدوري"))));
    CHECK(containsSearchWords(row, searchWords(QStringLiteral("école 2012"))));
    CHECK(containsSearchWords(row, searchWords(QStringLiteral("  "))));
    CHECK_FALSE(containsSearchWords(row, searchWords(QStringLiteral("بثينة كديرة"))));
    CHECK_FALSE(containsSearchWords(row, searchWords(QStringLiteral("lycee"))));
}
