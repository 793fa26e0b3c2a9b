#pragma once

#include "text/NameSkeleton.h"

#include <QStringList>

namespace riaya {

// How well the vowels typed fit a resident's spellings of the same skeleton, for ordering
// the matches found in another script or spelling (docs/search.md, "Ranking"; text/VowelFit:
// "Mohamed" puts محمد before محمود, "Mahmoud" the reverse). Higher fits better.
class ResidentRanking
{
public:
    explicit ResidentRanking(const QString& typed);

    // The names as stored: first, last, their Latin spellings, the father's name.
    int vowelFit(const QStringList& names) const;

private:
    QList<NameSounds> m_typed;
};

} // namespace riaya
