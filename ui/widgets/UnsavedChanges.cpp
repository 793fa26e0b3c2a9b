#include "UnsavedChanges.h"

#include "common/Bidi.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>

namespace riaya {
namespace {

// Each field keeps its saved value as a property, so that a guard never holds a pointer to a
// field that is gone, and a field belongs to the one guard that watches it.
constexpr char kSavedValue[] = "_riaya_savedValue";

bool isEditableTable(const QTableWidget* table)
{
    return table->editTriggers() != QAbstractItemView::NoEditTriggers;
}

QVariant valueOf(const QWidget* field)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(field)) {
        return line->text();
    }
    if (const auto* combo = qobject_cast<const QComboBox*>(field)) {
        // The data, not the label: a change of language relabels the choices.
        if (combo->isEditable()) {
            return combo->currentText();
        }
        const QVariant data = combo->currentData();
        return data.isValid() ? data : QVariant(combo->currentIndex());
    }
    if (const auto* date = qobject_cast<const QDateTimeEdit*>(field)) {
        return date->dateTime();
    }
    if (const auto* spin = qobject_cast<const QSpinBox*>(field)) {
        return spin->value();
    }
    if (const auto* spin = qobject_cast<const QDoubleSpinBox*>(field)) {
        return spin->value();
    }
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(field)) {
        return spin->text();
    }
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(field)) {
        return text->toPlainText();
    }
    if (const auto* text = qobject_cast<const QTextEdit*>(field)) {
        return text->toPlainText();
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(field)) {
        return button->isChecked();
    }
    if (const auto* list = qobject_cast<const QListWidget*>(field)) {
        // The ticks of a list are input (documents received, residents concerned); a list
        // without them shows what was found (possible duplicates, children matching a search).
        QStringList items;
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem* item = list->item(row);
            if (!(item->flags() & Qt::ItemIsUserCheckable)) {
                continue;
            }
            items << QStringLiteral("%1|%2|%3")
                         .arg(int(item->checkState()))
                         .arg(item->data(Qt::UserRole).toString(), item->text());
        }
        return items;
    }
    if (const auto* table = qobject_cast<const QTableWidget*>(field)) {
        QStringList cells { QString::number(table->rowCount()) };
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem* item = table->item(row, column);
                cells << (item ? QString::number(int(item->checkState())) + item->text() : QString());
            }
        }
        return cells;
    }
    return {};
}

// An item view not watched as a whole is left alone: what is inside it is its own machinery
// (the editor of a cell, the list of a choice).
bool isOpaque(const QWidget* widget)
{
    return qobject_cast<const QAbstractItemView*>(widget) != nullptr;
}

// Brings the tabs and pages holding `widget` forward, so the question or the error is seen.
void reveal(QWidget* widget)
{
    for (QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        auto* stack = qobject_cast<QStackedWidget*>(w->parentWidget());
        if (!stack) {
            continue;
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget())) {
            tabs->setCurrentWidget(w);
        } else {
            stack->setCurrentWidget(w);
        }
    }
    if (QWidget* window = widget->window(); window->isVisible()) {
        window->raise();
        window->activateWindow();
    }
}

} // namespace

UnsavedChanges::UnsavedChanges(QWidget* editor)
    : QObject(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("unsavedChanges"));
    editor->installEventFilter(this);
}

bool UnsavedChanges::isField(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
        return !line->isReadOnly();
    }
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget)) {
        return !text->isReadOnly();
    }
    if (const auto* text = qobject_cast<const QTextEdit*>(widget)) {
        return !text->isReadOnly();
    }
    if (const auto* table = qobject_cast<const QTableWidget*>(widget)) {
        return isEditableTable(table);
    }
    return qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QCheckBox*>(widget) || qobject_cast<const QRadioButton*>(widget)
        || qobject_cast<const QListWidget*>(widget);
}

QList<QWidget*> UnsavedChanges::fieldsUnder(QWidget* root) const
{
    QList<QWidget*> fields;
    if (!root) {
        return fields;
    }
    if (isField(root)) {
        return { root };
    }
    const std::function<void(QWidget*)> walk = [&](QWidget* parent) {
        for (QObject* object : parent->children()) {
            auto* child = qobject_cast<QWidget*>(object);
            if (!child || child->isWindow()) {
                continue; // a dialog opened from this one is an editor of its own
            }
            if (const UnsavedChanges* other = of(child); other && other != this) {
                continue; // an editor inside this one answers for its own fields
            }
            if (isField(child)) {
                fields << child;
            } else if (!isOpaque(child)) {
                walk(child);
            }
        }
    };
    walk(root);
    return fields;
}

bool UnsavedChanges::Part::hasChanges(const UnsavedChanges& guard) const
{
    return unsaved ? unsaved() : guard.changedUnder(fields);
}

void UnsavedChanges::addFields(QWidget* fields, std::function<bool()> save)
{
    m_parts.append({ fields, {}, std::move(save) });
}

void UnsavedChanges::addCondition(std::function<bool()> unsaved, std::function<bool()> save)
{
    m_parts.append({ nullptr, std::move(unsaved), std::move(save) });
}

void UnsavedChanges::markSaved(QWidget* fields)
{
    for (QWidget* field : fieldsUnder(fields ? fields : m_editor)) {
        field->setProperty(kSavedValue, valueOf(field));
    }
}

bool UnsavedChanges::changedUnder(QWidget* fields) const
{
    const QList<QWidget*> watched = fieldsUnder(fields);
    return std::any_of(watched.cbegin(), watched.cend(), [](const QWidget* field) {
        const QVariant saved = field->property(kSavedValue);
        return saved.isValid() && saved != valueOf(field);
    });
}

bool UnsavedChanges::hasUnsavedChanges() const
{
    const bool own = std::any_of(m_parts.cbegin(), m_parts.cend(),
                                 [this](const Part& part) { return part.hasChanges(*this); });
    const QList<UnsavedChanges*> inner = nested();
    return own || std::any_of(inner.cbegin(), inner.cend(), [](const UnsavedChanges* guard) {
               return guard->hasUnsavedChanges();
           });
}

bool UnsavedChanges::saveChanges()
{
    for (const Part& part : std::as_const(m_parts)) {
        if (!part.hasChanges(*this)) {
            continue;
        }
        reveal(part.fields ? part.fields.data() : m_editor);
        if (!part.save()) {
            return false;
        }
        if (part.fields) {
            markSaved(part.fields);
        }
    }
    for (UnsavedChanges* inner : nested()) {
        if (inner->hasUnsavedChanges() && !inner->saveChanges()) {
            return false;
        }
    }
    return true;
}

UnsavedChanges::Choice UnsavedChanges::confirmClose(const QString& informative)
{
    if (!hasUnsavedChanges()) {
        return Choice::NothingToSave;
    }
    reveal(m_editor);
    const QString subject = m_subject ? m_subject() : m_editor->window()->windowTitle();
    QMessageBox question(QMessageBox::Question, tr("Unsaved changes"),
                         tr("The changes to “%1” are not saved.").arg(isolate(subject)),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_editor->window());
    question.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    question.setInformativeText(informative.isEmpty() ? tr("Save them before closing?") : informative);
    // Said plainly: Qt's own word for Discard reads "refuse" in Arabic.
    question.button(QMessageBox::Discard)->setText(tr("&Discard the changes"));
    question.setDefaultButton(QMessageBox::Save);
    question.setEscapeButton(QMessageBox::Cancel);
    switch (question.exec()) {
    case QMessageBox::Save:
        return saveChanges() ? Choice::Saved : Choice::Cancelled;
    case QMessageBox::Discard:
        return Choice::Discarded;
    default:
        return Choice::Cancelled;
    }
}

UnsavedChanges* UnsavedChanges::of(const QWidget* editor)
{
    return editor ? editor->findChild<UnsavedChanges*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

UnsavedChanges* UnsavedChanges::enclosing() const
{
    for (const QWidget* w = m_editor; w && !w->isWindow(); w = w->parentWidget()) {
        if (UnsavedChanges* outer = of(w->parentWidget())) {
            return outer;
        }
    }
    return nullptr;
}

QList<UnsavedChanges*> UnsavedChanges::nested() const
{
    QList<UnsavedChanges*> inner;
    for (UnsavedChanges* guard : m_editor->findChildren<UnsavedChanges*>()) {
        if (guard != this && guard->enclosing() == this) {
            inner << guard;
        }
    }
    return inner;
}

QList<UnsavedChanges*> UnsavedChanges::outermostIn(const QWidget* root)
{
    QList<UnsavedChanges*> outermost;
    const QList<UnsavedChanges*> all = root->findChildren<UnsavedChanges*>();
    // findChildren lists a widget before what it holds: read backwards, the dialogs opened from
    // an editor come before it.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!(*it)->enclosing()) {
            outermost << *it;
        }
    }
    return outermost;
}

bool UnsavedChanges::eventFilter(QObject* watched, QEvent* event)
{
    // What the editor shows when it first appears is what was loaded: the saved values.
    if (watched == m_editor && event->type() == QEvent::Show && !m_shownOnce) {
        m_shownOnce = true;
        for (QWidget* field : fieldsUnder(m_editor)) {
            if (!field->property(kSavedValue).isValid()) {
                field->setProperty(kSavedValue, valueOf(field));
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace riaya
