#include "ButtonKeys.h"

#include "common/Bidi.h"

#include <QAbstractButton>

namespace riaya {

void setButtonTextAndKeys(QAbstractButton* button, const QString& text, const QKeySequence& keys)
{
    const QString shown = keys.toString(QKeySequence::NativeText);
    button->setText(text + QLatin1Char(' ') + isolateLtr(QLatin1Char('(') + shown + QLatin1Char(')')));
    button->setShortcut(keys);
    button->setToolTip(isolateLtr(shown));
}

} // namespace riaya
