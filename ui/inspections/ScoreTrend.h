#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace riaya {

// An institution's total scores over time, one point a finalized inspection.
class ScoreTrend : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreTrend(QWidget* parent = nullptr);
    void setPoints(const QList<std::pair<QDate, double>>& points); // oldest first

    QSize sizeHint() const override { return { 480, 160 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<std::pair<QDate, double>> m_points;
};

} // namespace riaya
