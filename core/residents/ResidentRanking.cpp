#include "ResidentRanking.h"

#include "text/TextFolding.h"
#include "text/VowelFit.h"

namespace riaya {

ResidentRanking::ResidentRanking(const QString& typed)
{
    for (const QString& word : searchWords(typed)) {
        if (NameSounds sounds = nameSounds(word); !sounds.skeleton.isEmpty()) {
            m_typed << std::move(sounds);
        }
    }
}

int ResidentRanking::vowelFit(const QStringList& names) const
{
    if (m_typed.isEmpty()) {
        return 0;
    }
    const QList<NameSounds> stored = storedNameSounds(names.join(QLatin1Char(' ')));
    int fit = 0;
    for (const NameSounds& typed : m_typed) {
        fit += bestVowelFit(typed, stored).value_or(0);
    }
    return fit;
}

} // namespace riaya
