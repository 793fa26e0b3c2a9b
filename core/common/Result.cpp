#include "Result.h"

#include <QStringList>

namespace riaya {

QString Error::describe() const
{
    QStringList lines { message };
    for (const FieldIssue& issue : issues) {
        lines << (issue.field.isEmpty() ? issue.message
                                        : QStringLiteral("%1: %2").arg(issue.field, issue.message));
    }
    lines.removeAll(QString());
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

QString Error::whatToFix() const
{
    QStringList lines;
    for (const FieldIssue& issue : issues) {
        lines << issue.message;
    }
    return lines.isEmpty() ? message : lines.join(QLatin1Char('\n'));
}

} // namespace riaya
