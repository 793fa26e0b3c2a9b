#include "Presence.h"

#include <QCoreApplication>

namespace riaya {

const QStringList& presenceStates()
{
    static const QStringList states { QStringLiteral("present"), QStringLiteral("absent"),
                                      QStringLiteral("leave"), QStringLiteral("sick") };
    return states;
}

QString presenceStateLabel(const QString& state)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("PresenceState", "Present"),
        QT_TRANSLATE_NOOP("PresenceState", "Absent without leave"),
        QT_TRANSLATE_NOOP("PresenceState", "Away with leave"),
        QT_TRANSLATE_NOOP("PresenceState", "Sick"),
    };
    const auto index = presenceStates().indexOf(state);
    return index < 0 ? state : QCoreApplication::translate("PresenceState", labels[index]);
}

} // namespace riaya
