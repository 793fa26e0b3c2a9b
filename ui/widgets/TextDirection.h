#pragma once

#include <QString>
#include <optional>

class QApplication;
class QWidget;

namespace riaya {

// The direction of a text by its first strong letter (as the Unicode bidi algorithm's P2
// finds it, isolated runs skipped): right to left for Arabic, left to right for Latin, none
// for a text without letters (digits, punctuation, nothing yet).
std::optional<Qt::LayoutDirection> textDirection(const QString& text);

// Keeps a free-text editor (QLineEdit, QPlainTextEdit, QTextEdit) aligned and ordered by the
// direction of what is typed in it, as the user types: Arabic starts on the right even in a
// French window, a French sentence keeps its final period at its end in an Arabic one. An
// empty editor follows the window. Anything else is left as it is.
void followTextDirection(QWidget* editor);

// Applies followTextDirection to every editor of the application as it is first shown, so no
// dialog can forget it; spin boxes, date fields and combo boxes keep the window's direction.
void followTextDirectionEverywhere(QApplication& app);

} // namespace riaya
