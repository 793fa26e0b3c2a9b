#include "FieldErrors.h"

#include "MessageLabel.h"

#include <QAbstractItemView>
#include <QMetaMethod>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <algorithm>

namespace riaya {
namespace {

// Carries the edits of one field to a function; a child of the context, so it ends with it.
class EditRelay : public QObject
{
    Q_OBJECT

public:
    EditRelay(const std::function<void()>& edited, QObject* context)
        : QObject(context)
        , m_edited(edited)
    { }

public slots:
    void relay() { m_edited(); }

private:
    std::function<void()> m_edited;
};

void connectEdits(QWidget* field, EditRelay* relay)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(field)) {
        QObject::connect(plain, &QPlainTextEdit::textChanged, relay, &EditRelay::relay);
        return;
    }
    if (auto* rich = qobject_cast<QTextEdit*>(field)) {
        QObject::connect(rich, &QTextEdit::textChanged, relay, &EditRelay::relay);
        return;
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(field); view && view->model()) {
        QAbstractItemModel* model = view->model();
        QObject::connect(model, &QAbstractItemModel::dataChanged, relay, &EditRelay::relay);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, relay, &EditRelay::relay);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, relay, &EditRelay::relay);
        return;
    }
    const QMetaProperty user = field->metaObject()->userProperty();
    if (user.isValid() && user.hasNotifySignal()) {
        const int slot = relay->metaObject()->indexOfSlot("relay()");
        QObject::connect(field, user.notifySignal(), relay, relay->metaObject()->method(slot));
        return;
    }
    // A field made of several editors (a date with its calendar button): each of them.
    for (QWidget* part : field->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        connectEdits(part, relay);
    }
}

} // namespace

void onFieldEdited(QWidget* field, QObject* context, const std::function<void()>& edited)
{
    connectEdits(field, new EditRelay(edited, context));
}

FieldErrors::FieldErrors(MessageLabel* summary, QObject* parent)
    : QObject(parent)
    , m_summary(summary)
{ }

void FieldErrors::addField(const QString& column, QWidget* editor, MessageLabel* label)
{
    m_fields.insert(column, { editor, label });
    m_order << column;
    if (label) {
        label->hide();
    }
    onFieldEdited(editor, this, [this, column] { fieldEdited(column); });
}

QList<FieldIssue> FieldErrors::show(const Error& error)
{
    return show(error.issues, error.message);
}

QList<FieldIssue> FieldErrors::show(const QList<FieldIssue>& issues, const QString& general)
{
    m_issues.clear();
    m_unplaced.clear();
    for (const FieldIssue& issue : issues) {
        (m_fields.contains(issue.field) ? m_issues : m_unplaced) << issue;
    }
    // The general message says what failed ("Nothing was saved"); with no issue at a field it
    // is all there is to read.
    m_general = general;
    render();
    const QStringList fields = fieldsWithErrors();
    if (!fields.isEmpty()) {
        m_fields.value(fields.first()).editor->setFocus(Qt::OtherFocusReason);
    }
    return m_unplaced;
}

void FieldErrors::showFieldError(const QString& column, const QString& message)
{
    show({ { column, message } });
}

void FieldErrors::clear()
{
    m_issues.clear();
    m_unplaced.clear();
    m_general.clear();
    render();
}

QStringList FieldErrors::fieldsWithErrors() const
{
    QStringList fields;
    for (const QString& column : m_order) {
        if (std::any_of(m_issues.cbegin(), m_issues.cend(),
                        [&column](const FieldIssue& issue) { return issue.field == column; })) {
            fields << column;
        }
    }
    return fields;
}

void FieldErrors::fieldEdited(const QString& column)
{
    const qsizetype before = m_issues.size();
    m_issues.removeIf([&column](const FieldIssue& issue) { return issue.field == column; });
    if (m_issues.size() == before) {
        return;
    }
    if (m_issues.isEmpty()) {
        // What was refused has been corrected: the refusal's own words go with it.
        m_unplaced.clear();
        m_general.clear();
    }
    render();
    if (m_issues.isEmpty()) {
        emit corrected();
    }
}

void FieldErrors::render()
{
    QStringList summary;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it->label) {
            continue;
        }
        QStringList own;
        for (const FieldIssue& issue : std::as_const(m_issues)) {
            if (issue.field == it.key()) {
                own << issue.message;
            }
        }
        it->label->setVisible(!own.isEmpty());
        if (own.isEmpty()) {
            it->label->clear();
        } else {
            it->label->showError(own.join(QLatin1Char('\n')));
        }
    }
    for (const QString& column : m_order) {
        if (m_fields.value(column).label) {
            continue;
        }
        for (const FieldIssue& issue : std::as_const(m_issues)) {
            if (issue.field == column) {
                summary << issue.message;
            }
        }
    }
    for (const FieldIssue& issue : std::as_const(m_unplaced)) {
        summary << issue.message;
    }
    if (summary.isEmpty() || m_fields.isEmpty() || m_issues.isEmpty()) {
        summary.prepend(m_general);
    }
    summary.removeAll(QString());
    summary.removeDuplicates();
    if (!m_summary) {
        return;
    }
    if (summary.isEmpty()) {
        m_summary->clear();
    } else {
        m_summary->showError(summary.join(QLatin1Char('\n')));
    }
}

} // namespace riaya

#include "FieldErrors.moc"
