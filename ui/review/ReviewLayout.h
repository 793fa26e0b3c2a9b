#pragma once

#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QWidget;

namespace riaya {

// The shape both review tabs share: the waiting items on one side (with an optional widget
// above them); on the other an optional explanation, the two versions side by side and the
// decisions; a message underneath.
void layOutReview(QWidget* tab, QListWidget* list, QLabel* explanation, QTableWidget* fields,
                  const QList<QPushButton*>& decisions, QLabel* message, QWidget* aboveList = nullptr);

} // namespace riaya
