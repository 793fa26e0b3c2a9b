#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace riaya {

// What an editor holds that is not saved yet, and the question asked before it would be lost.
// An editor names its parts, each with the action that saves it: the fields under a widget
// (every line, text, choice, number, date, tick and editable table below it is watched, and
// the value a field had when the editor was first shown, loaded or saved is its saved value),
// or a condition of its own (marks kept in a list, answers kept in a record). An editor inside
// another (the results tab in a resident's file) has its own guard, which the outer one
// includes. Dialogs get it from EditorDialog; pages own one and the main window asks it before
// quitting.
class UnsavedChanges : public QObject
{
    Q_OBJECT

public:
    enum class Choice
    {
        NothingToSave,
        Saved,
        Discarded,
        Cancelled
    };

    explicit UnsavedChanges(QWidget* editor);

    QWidget* editor() const { return m_editor; }
    // A part saved by one action: the fields under `fields`.
    void addFields(QWidget* fields, std::function<bool()> save);
    // A part whose changes the editor knows itself.
    void addCondition(std::function<bool()> unsaved, std::function<bool()> save);
    // What the question names ("Daily presence of 01/12/2026"); the window title by default.
    void setSubject(std::function<QString()> subject) { m_subject = std::move(subject); }

    // The values shown now under `fields` (the whole editor by default) are the saved ones.
    void markSaved(QWidget* fields = nullptr);
    // Whether a field under `fields` differs from its saved value.
    bool changedUnder(QWidget* fields) const;
    // Any part, or an editor inside this one, with changes.
    bool hasUnsavedChanges() const;
    // Saves every part with changes, then the editors inside this one; stops at the first that
    // refuses, showing it (its tab is brought forward).
    bool saveChanges();
    // Save, Discard or Cancel, asked only when something is unsaved. Saved and Discarded (and
    // NothingToSave) let the editor close. `question` replaces "Save them before closing?" when
    // the editor is not closing but showing something else (another day's sheet).
    Choice confirmClose(const QString& question = QString());

    // The guard an editor owns, if any.
    static UnsavedChanges* of(const QWidget* editor);
    // The guards under `root` that no other guard of the same window includes, innermost
    // windows first: what the main window asks before quitting.
    static QList<UnsavedChanges*> outermostIn(const QWidget* root);
    // Whether `widget` is a field the guard watches.
    static bool isField(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Part
    {
        QPointer<QWidget> fields;
        std::function<bool()> unsaved;
        std::function<bool()> save;
        bool hasChanges(const UnsavedChanges& guard) const;
    };
    QList<UnsavedChanges*> nested() const;
    UnsavedChanges* enclosing() const;
    QList<QWidget*> fieldsUnder(QWidget* root) const;

    QWidget* m_editor;
    QList<Part> m_parts;
    std::function<QString()> m_subject;
    bool m_shownOnce = false;
};

} // namespace riaya
