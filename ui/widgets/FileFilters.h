#pragma once

#include <QString>
#include <QStringList>

namespace riaya {

// The filters of a file dialog ("Riaya bundles (*.bundle);;All files (*)") with each pattern
// list isolated left to right, so an Arabic dialog shows "(*.bundle)" and not "(bundle.*)".
// The LEFT-TO-RIGHT ISOLATE goes just before the opening parenthesis and is closed by the end
// of the line: the dialog still finds the patterns between the parentheses at the end.
inline QString isolatedFilters(const QString& filters)
{
    QStringList isolated;
    for (const QString& filter : filters.split(QStringLiteral(";;"))) {
        const qsizetype open = filter.lastIndexOf(QLatin1Char('('));
        isolated << (open < 0 || !filter.endsWith(QLatin1Char(')'))
                         ? filter
                         : filter.left(open) + QChar(0x2066) + filter.mid(open));
    }
    return isolated.join(QStringLiteral(";;"));
}

} // namespace riaya
