#pragma once

#include <QKeySequence>
#include <QString>

class QAbstractButton;

namespace riaya {

// Names a button and gives it its keys, shown after the name as "(Ctrl+S)" isolated left to
// right: inside an Arabic label a bare "(Ctrl+S)" is reordered and its last bracket lost.
// Call it again after a language switch (setText clears a button's shortcut).
void setButtonTextAndKeys(QAbstractButton* button, const QString& text, const QKeySequence& keys);

} // namespace riaya
