#pragma once

#include <QLineEdit>

class QAbstractItemView;
class QTimer;

namespace riaya {

// The search field of a list: a clear button; Find (Ctrl+F) puts the cursor in it from
// anywhere on its screen; Esc empties it; Down moves to the list it searches. searched()
// follows the typing after a short pause, or at once on Enter.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget* parent = nullptr);

    // The list that Down moves to (its first shown row becomes current).
    void setResultsView(QAbstractItemView* view) { m_results = view; }

signals:
    void searched(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTimer* m_delay;
    QAbstractItemView* m_results = nullptr;
};

} // namespace riaya
