#include "ScreenFit.h"

#include <QScreen>
#include <QWidget>

namespace riaya {

void resizeToFit(QWidget* window, QSize preferred)
{
    QSize room = kUsualRoom;
    if (const QScreen* screen = window->screen()) {
        // The title bar and frame are drawn outside the widget's own size.
        room = room.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    }
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room)));
}

} // namespace riaya
