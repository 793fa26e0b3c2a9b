#pragma once

#include <QLabel>

class QAbstractItemView;

namespace riaya {

// What an empty list says instead of an empty grid: a sentence centred over the list naming
// the next step ("No residents yet. Register the first one with New resident (Ctrl+N).").
// It covers the view's rows (the headers stay), lets clicks through, and shows itself
// whenever the view has no row to show: none in its model, or all of them hidden by a search.
class EmptyState : public QLabel
{
    Q_OBJECT

public:
    // Becomes part of the view, watching the model it has now; the text is set (and
    // translated) by the screen that owns it.
    explicit EmptyState(QAbstractItemView* view);

    // The empty state of a view, if it has one.
    static EmptyState* of(QAbstractItemView* view);
    // Shows or hides it by the rows the view shows now; called by itself when the model
    // changes, and by whoever hides rows (showMatchingRows).
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchModel();

    QAbstractItemView* m_view;
};

} // namespace riaya
