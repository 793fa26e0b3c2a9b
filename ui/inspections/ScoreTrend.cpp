#include "ScoreTrend.h"

#include "common/DateDisplay.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace riaya {

ScoreTrend::ScoreTrend(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(140);
}

void ScoreTrend::setPoints(const QList<std::pair<QDate, double>>& points)
{
    m_points = points;
    update();
}

void ScoreTrend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRect plot = rect().adjusted(56, 24, -56, -28); // room for the first and last dates
    painter.setPen(QColor(0xcc, 0xcc, 0xcc));
    for (int level = 0; level <= 100; level += 25) {
        const int y = plot.bottom() - plot.height() * level / 100;
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.drawText(QRect(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                         displayDigits(QString::number(level)));
    }
    if (m_points.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No finalized inspection yet."));
        return;
    }
    // Time runs the way the page reads: right to left in Arabic.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const auto xOf = [&](int index) {
        const int step
            = m_points.size() > 1 ? plot.width() * index / int(m_points.size() - 1) : plot.width() / 2;
        return rtl ? plot.right() - step : plot.left() + step;
    };
    QPainterPath path;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF point(xOf(i), plot.bottom() - plot.height() * m_points.at(i).second / 100.0);
        i == 0 ? path.moveTo(point) : path.lineTo(point);
    }
    painter.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    painter.drawPath(path);
    painter.setBrush(QColor(0x15, 0x65, 0xc0));
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF point(xOf(i), plot.bottom() - plot.height() * m_points.at(i).second / 100.0);
        painter.drawEllipse(point, 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(point.x() - 50, plot.bottom() + 6, 100, 18), Qt::AlignCenter,
                         displayDate(m_points.at(i).first));
        painter.drawText(QRectF(point.x() - 30, point.y() - 22, 60, 16), Qt::AlignCenter,
                         displayDigits(QLocale().toString(m_points.at(i).second, 'f', 0)));
        painter.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    }
}

} // namespace riaya
