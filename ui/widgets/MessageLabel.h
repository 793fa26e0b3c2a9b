#pragma once

#include <QColor>
#include <QLabel>

namespace riaya {

// The colour of what went wrong or is late, in messages and in the rows of tables.
QColor errorColour();

// The line under a screen or a form that says what happened: an error in red, a success in
// green, a plain status, or a hint in grey. Word-wrapped; a message (not a hint) is selectable, so
// that it can be copied into a report to the ministry. Its text reads as a QLabel's.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Plain, // a status: what was done
        Success, // saved, finalized, intact
        Error, // refused or failed: what to fix
        Urgent, // an error that must not be missed (an overdue visit, a failed backup), in bold
        Alarm, // the history of changes is broken: bold and larger
        Hint, // guidance beside a form, in grey
    };

    explicit MessageLabel(QWidget* parent = nullptr);

    void showMessage(const QString& text, Tone tone);
    void showInfo(const QString& text) { showMessage(text, Tone::Plain); }
    void showSuccess(const QString& text) { showMessage(text, Tone::Success); }
    void showError(const QString& text) { showMessage(text, Tone::Error); }
    void showUrgent(const QString& text) { showMessage(text, Tone::Urgent); }
    void showAlarm(const QString& text) { showMessage(text, Tone::Alarm); }
    void showHint(const QString& text) { showMessage(text, Tone::Hint); }
    // No text, and the plain tone again.
    void clear();

    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Plain;
};

} // namespace riaya
