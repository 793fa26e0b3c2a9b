#pragma once

#include "UnsavedChanges.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QPushButton;

namespace riaya {

// The base of every dialog that edits records. Closing it in any way (Esc, its Close or
// Cancel button, the cross of its title bar, the main window quitting) asks Save, Discard or
// Cancel when something typed is not saved; Save runs the editor's own save and closes the
// dialog as accepted when it succeeds. It opens with the cursor in its first field.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorDialog(QWidget* parent = nullptr);

    UnsavedChanges* unsavedChanges() const { return m_unsaved; }
    bool hasUnsavedChanges() const;
    // Final: a dialog that closed without asking would lose what was typed.
    void reject() final;

protected:
    // The field the cursor starts in; by default the first field of the focus chain.
    void setFirstField(QWidget* field) { m_firstField = field; }
    // In a dialog of several forms, Enter in a field of `area` presses that form's `save`
    // (nothing, when null: ending a placement is not done by a stray Enter), and Enter
    // outside every area does nothing. Enter in a multi-line text stays a new line.
    void setEnterSaves(QWidget* area, QPushButton* save);
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    UnsavedChanges* m_unsaved;
    QWidget* m_firstField = nullptr;
    QList<QPair<QPointer<QWidget>, QPointer<QPushButton>>> m_enterSaves;
    bool m_focused = false;
};

// Sets the Tab order to the order of `widgets` (the visual order of a form; Qt mirrors it
// right to left in Arabic).
void chainTabOrder(const QList<QWidget*>& widgets);

} // namespace riaya
