#pragma once
#include <QDate>
#include <QString>
#include <optional>
#include <utility>
namespace riaya {
std::optional<QDate> cellDate(const QString& text, const QDate& today, bool date1904 = false);
QString cellSex(const QString&);
QString cellSchoolLevel(const QString&);
QString cellName(const QString&);
std::pair<QString, QString> splitScripts(const QString&);
std::optional<int> cellInteger(const QString&);
std::optional<bool> cellYesNo(const QString&);
} // namespace riaya
