#include "TextDirection.h"

#include "DateField.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <algorithm>

namespace riaya {
namespace {

const char* const kFollowing = "riayaFollowsTextDirection";

void apply(QWidget* editor, const QString& text)
{
    const std::optional<Qt::LayoutDirection> direction = textDirection(text);
    if (!direction) {
        if (editor->testAttribute(Qt::WA_SetLayoutDirection)) {
            editor->unsetLayoutDirection(); // the window's again
        }
    } else if (editor->layoutDirection() != *direction || !editor->testAttribute(Qt::WA_SetLayoutDirection)) {
        editor->setLayoutDirection(*direction);
    }
}

// The document's own option decides how a text editor lays out its paragraphs.
void applyToDocument(QTextDocument* document, Qt::LayoutDirection direction)
{
    QTextOption option = document->defaultTextOption();
    const Qt::Alignment alignment
        = Qt::AlignAbsolute | (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    if (option.textDirection() != direction || option.alignment() != alignment) {
        option.setTextDirection(direction);
        option.setAlignment(alignment);
        document->setDefaultTextOption(option);
    }
}

template<typename Editor> void followDocument(Editor* editor)
{
    const auto update = [editor] {
        apply(editor, editor->toPlainText());
        applyToDocument(editor->document(), editor->layoutDirection());
    };
    QObject::connect(editor, &Editor::textChanged, editor, update);
    update();
}

bool isFreeTextEditor(const QWidget* widget)
{
    if (qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)) {
        return true;
    }
    if (!qobject_cast<const QLineEdit*>(widget)) {
        return false;
    }
    // The line edit inside a spin box, a date field or a combo box belongs to that widget.
    const QWidget* parent = widget->parentWidget();
    return !qobject_cast<const QAbstractSpinBox*>(parent) && !qobject_cast<const QComboBox*>(parent)
        && !qobject_cast<const DateField*>(parent);
}

class DirectionFollower : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!watched->isWidgetType()) {
            return false;
        }
        auto* widget = static_cast<QWidget*>(watched);
        if (event->type() == QEvent::Polish && isFreeTextEditor(widget)) {
            followTextDirection(widget);
        } else if (event->type() == QEvent::LayoutDirectionChange && widget->property(kFollowing).toBool()) {
            // An empty editor follows the window into its new direction.
            if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
                applyToDocument(plain->document(), plain->layoutDirection());
            } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
                applyToDocument(rich->document(), rich->layoutDirection());
            }
        }
        return false;
    }
};

} // namespace

std::optional<Qt::LayoutDirection> textDirection(const QString& text)
{
    int isolated = 0;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
            ++isolated;
            break;
        case QChar::DirPDI:
            isolated = std::max(0, isolated - 1);
            break;
        case QChar::DirL:
            if (isolated == 0) {
                return Qt::LeftToRight;
            }
            break;
        case QChar::DirR:
        case QChar::DirAL:
            if (isolated == 0) {
                return Qt::RightToLeft;
            }
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

void followTextDirection(QWidget* editor)
{
    if (!editor || editor->property(kFollowing).toBool()) {
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        editor->setProperty(kFollowing, true);
        QObject::connect(line, &QLineEdit::textChanged, line,
                         [line](const QString& text) { apply(line, text); });
        apply(line, line->text());
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        editor->setProperty(kFollowing, true);
        followDocument(plain);
    } else if (auto* rich = qobject_cast<QTextEdit*>(editor)) {
        editor->setProperty(kFollowing, true);
        followDocument(rich);
    }
}

void followTextDirectionEverywhere(QApplication& app)
{
    app.installEventFilter(new DirectionFollower(&app));
}

} // namespace riaya
