#include "BidiStyle.h"

#include "TextDirection.h"
#include "common/Bidi.h"

#include <QApplication>
#include <QStyleOption>

namespace riaya {
namespace {

bool isolatedAlready(const QString& text)
{
    return !text.isEmpty() && (text.front() == QChar(0x2066) || text.front() == QChar(0x2068));
}

} // namespace

QString isolatedMenuText(const QString& text)
{
    const qsizetype tab = text.indexOf(QLatin1Char('\t'));
    if (tab < 0 || isolatedAlready(text.mid(tab + 1))) {
        return text;
    }
    return text.left(tab + 1) + isolateLtr(text.mid(tab + 1));
}

void installBidiRules(QApplication& app)
{
    QApplication::setStyle(new BidiStyle); // over the platform's own style
    followTextDirectionEverywhere(app);
}

void BidiStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                            const QWidget* widget) const
{
    if (element == CE_ItemViewItem) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option);
            item && !item->text.isEmpty() && !isolatedAlready(item->text)) {
            QStyleOptionViewItem isolated(*item);
            isolated.text = isolate(item->text);
            QProxyStyle::drawControl(element, &isolated, painter, widget);
            return;
        }
    } else if (element == CE_MenuItem) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option)) {
            QStyleOptionMenuItem isolated(*item);
            isolated.text = isolatedMenuText(item->text);
            QProxyStyle::drawControl(element, &isolated, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace riaya
