#include "WordList.h"

#include "common/Logging.h"

#include <QFile>
#include <QTextStream>

namespace riaya {

QList<Word> loadWordList(const QString& name)
{
    QList<Word> words;
    QFile file(QStringLiteral(":/riaya/demo/%1.txt").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcDemo) << "missing demo word list" << name;
        return words;
    }
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        words.append({ line.section(QLatin1Char('|'), 0, 0), line.section(QLatin1Char('|'), 1) });
    }
    return words;
}

} // namespace riaya
