#include "SearchField.h"

#include "common/Bidi.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QShortcut>
#include <QTableView>
#include <QTimer>

namespace riaya {
namespace {
// Long enough to skip the keystrokes of a word typed in one go, short enough to feel immediate.
constexpr int kSearchDelayMs = 120;
} // namespace

SearchField::SearchField(QWidget* parent)
    : QLineEdit(parent)
    , m_delay(new QTimer(this))
{
    setClearButtonEnabled(true);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(this, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] { emit searched(text()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        emit searched(text());
    });
    // A shortcut of the window, active while the field is shown: each list's screen (or tab)
    // has one search field, so Find goes to the one in view.
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
    retranslate();
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_delay->stop();
        emit searched(QString());
        return; // an empty field lets Esc through, to the dialog that closes on it
    }
    if (event->key() == Qt::Key_Down && m_results && m_results->model()) {
        QAbstractItemModel* model = m_results->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (auto* table = qobject_cast<QTableView*>(m_results); table && table->isRowHidden(row)) {
                continue;
            }
            m_results->setCurrentIndex(model->index(row, 0));
            m_results->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QLineEdit::changeEvent(event);
}

void SearchField::retranslate()
{
    // Isolated, "Ctrl+F" keeps its order inside a right-to-left sentence.
    setToolTip(tr("Search (%1)")
                   .arg(isolateLtr(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText))));
}

} // namespace riaya
