#include "Presence.h"

#include "common/Labels.h"

#include <QCoreApplication>

namespace riaya {

const QStringList& presenceStates()
{
    static const QStringList states { QStringLiteral("present"), QStringLiteral("absent"),
                                      QStringLiteral("leave"), QStringLiteral("sick") };
    return states;
}

QString presenceStateLabel(const QString& state, const QString& sex)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("PresenceState", "Present"),
        QT_TRANSLATE_NOOP("PresenceState", "Absent without leave"),
        QT_TRANSLATE_NOOP("PresenceState", "Away with leave"),
        QT_TRANSLATE_NOOP("PresenceState", "Sick"),
    };
    static const SexedLabel female[] = {
        QT_TRANSLATE_NOOP3("PresenceState", "Present", "female"),
        QT_TRANSLATE_NOOP3("PresenceState", "Absent without leave", "female"),
        QT_TRANSLATE_NOOP3("PresenceState", "Away with leave", "female"),
        QT_TRANSLATE_NOOP3("PresenceState", "Sick", "female"),
    };
    static const SexedLabel male[] = {
        QT_TRANSLATE_NOOP3("PresenceState", "Present", "male"),
        QT_TRANSLATE_NOOP3("PresenceState", "Absent without leave", "male"),
        QT_TRANSLATE_NOOP3("PresenceState", "Away with leave", "male"),
        QT_TRANSLATE_NOOP3("PresenceState", "Sick", "male"),
    };
    const auto index = presenceStates().indexOf(state);
    return index < 0 ? state : sexedLabel("PresenceState", labels[index], female[index], male[index], sex);
}

} // namespace riaya
