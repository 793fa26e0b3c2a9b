#pragma once

#include "reports/Dashboard.h"

#include <QPushButton>

class QLabel;

namespace riaya {

// One figure of a home page: its number large (or its status in words), its label under it,
// in red when it needs a look. A button: a click, Enter or Space opens the list behind it.
class FigureTile : public QPushButton
{
    Q_OBJECT

public:
    explicit FigureTile(QWidget* parent = nullptr);

    void setFigure(const Figure& figure);
    const Figure& figure() const { return m_figure; }
    // The number as shown: a count, or a share ("80 %") with its parts under the label
    // ("48 of 60").
    QString valueText() const;
    QString detailText() const;

    QSize sizeHint() const override;

private:
    Figure m_figure;
    QLabel* m_value;
    QLabel* m_label;
    QLabel* m_detail;
};

} // namespace riaya
