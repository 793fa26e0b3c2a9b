#include "EditorDialog.h"

#include "UnsavedChanges.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QShowEvent>

namespace riaya {

EditorDialog::EditorDialog(QWidget* parent)
    : QDialog(parent)
    , m_unsaved(new UnsavedChanges(this))
{ }

bool EditorDialog::hasUnsavedChanges() const
{
    return m_unsaved->hasUnsavedChanges();
}

void EditorDialog::reject()
{
    switch (m_unsaved->confirmClose()) {
    case UnsavedChanges::Choice::Cancelled:
        return;
    case UnsavedChanges::Choice::Saved:
        done(Accepted); // something was written: the caller shows it
        return;
    case UnsavedChanges::Choice::NothingToSave:
    case UnsavedChanges::Choice::Discarded:
        QDialog::reject();
        return;
    }
}

void EditorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_focused || event->spontaneous()) {
        return;
    }
    m_focused = true;
    QWidget* first = m_firstField;
    for (QWidget* w = nextInFocusChain(); !first && w && w != this; w = w->nextInFocusChain()) {
        if (UnsavedChanges::isField(w) && w->isVisibleTo(this) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            first = w;
        }
    }
    if (first) {
        first->setFocus(Qt::TabFocusReason);
    }
}

void EditorDialog::setEnterSaves(QWidget* area, QPushButton* save)
{
    m_enterSaves.append({ area, save });
    if (save) {
        save->setAutoDefault(false); // pressed by Enter in its own form only
    }
}

void EditorDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget* focused = focusWidget();
    if (enter && !m_enterSaves.isEmpty() && !event->modifiers() && !qobject_cast<QPushButton*>(focused)) {
        for (const auto& [area, save] : std::as_const(m_enterSaves)) {
            if (area && focused && (area == focused || area->isAncestorOf(focused))) {
                if (save && save->isEnabled() && save->isVisible()) {
                    save->click();
                }
                break;
            }
        }
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void chainTabOrder(const QList<QWidget*>& widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i) {
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
    }
}

} // namespace riaya
