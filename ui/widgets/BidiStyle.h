#pragma once

#include <QProxyStyle>

class QApplication;

namespace riaya {

// The application's style with the two bidi rules every screen needs, kept in one place so
// no list or menu can miss them:
// - the text of each cell of a list, table or tree is isolated (FIRST STRONG ISOLATE), so a
//   Latin sentence in an Arabic table keeps its final period at its end and an Arabic name
//   in a French one its own order (a plain-text QLabel needs nothing: it takes the direction of
//   its text, which a test checks);
// - the shortcut of a menu entry is isolated left to right ("Ctrl+," stays "Ctrl+," in an
//   Arabic menu instead of "+,Ctrl"), as key names are written.
class BidiStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
};

// Gives the application BidiStyle and editors that follow their text's direction
// (followTextDirectionEverywhere): what the window and the UI tests start with.
void installBidiRules(QApplication& app);

// A menu entry's text as BidiStyle draws it: "label\tshortcut" with the shortcut isolated
// left to right; a text without a shortcut as it is.
QString isolatedMenuText(const QString& text);

} // namespace riaya
