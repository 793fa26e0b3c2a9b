#pragma once

#include <QObject>

class QHeaderView;

namespace riaya {

// Keeps every column of a table at least as wide as its title, whenever the titles change
// (a language switch, a new model): widths chosen for English titles clip Arabic and French
// ones. Narrower columns still widen the view; the person may widen any column further.
class ReadableHeader : public QObject
{
    Q_OBJECT

public:
    static void keep(QHeaderView* header);
    // Keeps every header of the application readable, from the moment each is first shown:
    // no table can be forgotten. Called once by the main window; calling again does nothing.
    static void keepAll();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ReadableHeader(QHeaderView* header);
    void widenLater();
    void widen();

    QHeaderView* m_header;
    bool m_pending = false;
};

} // namespace riaya
