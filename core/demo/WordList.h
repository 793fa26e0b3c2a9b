#pragma once

#include <QList>
#include <QString>

namespace riaya {

// One entry of a demo word list: the Arabic spelling and its usual Latin spelling.
struct Word
{
    QString arabic;
    QString latin;
};

// Reads a list shipped in resources/demo (lines "arabic|latin", # for comments).
QList<Word> loadWordList(const QString& name);

} // namespace riaya
