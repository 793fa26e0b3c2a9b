#pragma once

#include "reports/Dashboard.h"

#include <QChartView>

namespace riaya {

// A chart of a home page: bars for a value per category, a line for a value per month, read
// right to left in Arabic (the first category at the right, the values' axis on the right).
// A click on a bar or a point asks for the list behind it.
class FigureChart : public QChartView
{
    Q_OBJECT

public:
    FigureChart(const FigureSeries& series, QWidget* parent = nullptr);

    const FigureSeries& series() const { return m_series; }
    // The category drawn at a place (0 the leftmost), as the series lists them.
    int categoryAt(int place) const;

signals:
    void listWanted(const FigureQuery& query);

private:
    void choose(int place);

    FigureSeries m_series;
    bool m_rightToLeft;
};

} // namespace riaya
