#include "MessageLabel.h"

namespace riaya {
namespace {

QString styleOf(MessageLabel::Tone tone)
{
    switch (tone) {
    case MessageLabel::Tone::Plain:
        break;
    case MessageLabel::Tone::Success:
        return QStringLiteral("color: #1b5e20;");
    case MessageLabel::Tone::Error:
        return QStringLiteral("color: #b00020;");
    case MessageLabel::Tone::Urgent:
        return QStringLiteral("color: #b00020; font-weight: bold;");
    case MessageLabel::Tone::Alarm:
        return QStringLiteral("color: #b00020; font-weight: bold; font-size: 14pt;");
    case MessageLabel::Tone::Hint:
        return QStringLiteral("color: #555555;");
    }
    return QString();
}

} // namespace

QColor errorColour()
{
    return QColor(0xb0, 0x00, 0x20);
}

MessageLabel::MessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void MessageLabel::showMessage(const QString& text, Tone tone)
{
    if (tone != m_tone) {
        m_tone = tone;
        setStyleSheet(styleOf(tone));
        // A hint is read, not copied: it stays out of the way of the clicks on the form beside it.
        setTextInteractionFlags(tone == Tone::Hint ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
    }
    setText(text);
}

void MessageLabel::clear()
{
    showMessage(QString(), Tone::Plain);
}

} // namespace riaya
