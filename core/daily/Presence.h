#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace riaya {

// One resident's mark for one day on an institution's presence sheet.
struct PresenceMark
{
    QString residentId;
    QString residentName; // first and last name, filled in by reads; ignored when saving
    QDate day; // filled in by reads; saveSheet uses the sheet's day
    QString state; // one of presenceStates(), or empty when nothing is recorded yet
    QString note;
    QString residentSex; // "F" or "M", filled in by reads, for labels that agree with it
};

// How a month's marks of an institution divide between the states, for the monthly report.
struct PresenceRate
{
    int present = 0;
    int absent = 0;
    int leave = 0;
    int sick = 0;

    int total() const { return present + absent + leave + sick; }
    // Present marks over all marks, from 0 to 1; 0 when there are no marks.
    double rate() const { return total() == 0 ? 0.0 : static_cast<double>(present) / total(); }
};

// The states of a presence mark, as stored: present, absent, leave (away with permission), sick.
const QStringList& presenceStates();
// A state in the user's language.
// A state in the user's language, agreeing with the resident's sex ("F", "M") when given.
QString presenceStateLabel(const QString& state, const QString& sex = QString());

// The longest note a mark may carry.
constexpr int kMaxPresenceNoteLength = 500;

} // namespace riaya
