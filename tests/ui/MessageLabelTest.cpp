#include "widgets/MessageLabel.h"

#include "QtCatch.h"

using namespace riaya;

TEST_CASE("a message label shows each kind of message in its own tone, selectable and wrapped")
{
    MessageLabel label;
    CHECK(label.wordWrap());
    CHECK(label.tone() == MessageLabel::Tone::Plain);
    CHECK(label.text().isEmpty());

    label.showError(QStringLiteral("Nothing was saved."));
    CHECK(label.text() == QStringLiteral("Nothing was saved."));
    CHECK(label.tone() == MessageLabel::Tone::Error);
    CHECK(label.styleSheet().contains(errorColour().name()));
    CHECK(label.textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    label.showSuccess(QStringLiteral("Saved."));
    CHECK(label.tone() == MessageLabel::Tone::Success);
    CHECK_FALSE(label.styleSheet().contains(errorColour().name()));

    label.showInfo(QStringLiteral("3 of 60 places taken."));
    CHECK(label.tone() == MessageLabel::Tone::Plain);
    CHECK(label.styleSheet().isEmpty());

    label.showHint(QStringLiteral("Keys: 1 compliant"));
    CHECK(label.tone() == MessageLabel::Tone::Hint);
    CHECK_FALSE(label.textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    label.showAlarm(QStringLiteral("THE AUDIT LOG IS BROKEN"));
    CHECK(label.tone() == MessageLabel::Tone::Alarm);
    CHECK(label.textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    label.clear();
    CHECK(label.text().isEmpty());
    CHECK(label.tone() == MessageLabel::Tone::Plain);
    CHECK(label.styleSheet().isEmpty());
}
