#pragma once

#include <QSize>

class QWidget;

namespace riaya {

// The smallest screen Riaya is used on: a 1280x720 laptop. Every window and dialog must fit
// it (tests/ui/ScreenFitTest.cpp checks their minimum sizes against it).
inline constexpr QSize kSmallestScreen { 1280, 720 };
// What a desktop leaves of a 1366x768 screen, the commonest laptop, once its panel and the
// window's title bar are drawn: no window opens larger than this.
inline constexpr QSize kUsualRoom { 1366 - 16, 768 - 80 };

// Gives a window its preferred size, shrunk to the room the screen it opens on leaves
// (and never larger than kUsualRoom), so its buttons never sit under the screen's edge.
void resizeToFit(QWidget* window, QSize preferred);

} // namespace riaya
