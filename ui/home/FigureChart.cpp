#include "FigureChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGuiApplication>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace riaya {

FigureChart::FigureChart(const FigureSeries& series, QWidget* parent)
    : QChartView(parent)
    , m_series(series)
    , m_rightToLeft(QGuiApplication::layoutDirection() == Qt::RightToLeft)
{
    setObjectName(QStringLiteral("figureChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 230);
    auto* chart = new QChart;
    chart->setTitle(series.title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    QStringList categories;
    QList<double> values;
    for (int place = 0; place < series.categories.size(); ++place) {
        const int index = categoryAt(place);
        categories.append(series.categories.at(index));
        values.append(series.values.at(index) * (series.percent ? 100 : 1));
    }
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto* yAxis = new QValueAxis;
    const double top = values.isEmpty() ? 1 : *std::max_element(values.cbegin(), values.cend());
    yAxis->setRange(0, series.percent ? 100 : std::max(1.0, std::ceil(top * 1.1)));
    yAxis->setLabelFormat(series.percent ? QStringLiteral("%d %") : QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, m_rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    if (series.line) {
        auto* line = new QLineSeries;
        for (int place = 0; place < values.size(); ++place) {
            line->append(place, values.at(place));
        }
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        connect(line, &QLineSeries::clicked, this,
                [this](const QPointF& point) { choose(qRound(point.x())); });
    } else {
        auto* set = new QBarSet(series.title);
        for (const double value : std::as_const(values)) {
            set->append(value);
        }
        auto* bars = new QBarSeries;
        bars->append(set);
        chart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
        connect(set, &QBarSet::clicked, this, &FigureChart::choose);
    }
    // The view comes with a chart of its own, which setChart hands back rather than deletes.
    QChart* unused = this->chart();
    setChart(chart);
    delete unused;
    setAccessibleName(series.title);
}

int FigureChart::categoryAt(int place) const
{
    return m_rightToLeft ? int(m_series.categories.size()) - 1 - place : place;
}

void FigureChart::choose(int place)
{
    if (place < 0 || place >= m_series.queries.size()) {
        return;
    }
    emit listWanted(m_series.queries.at(categoryAt(place)));
}

} // namespace riaya
