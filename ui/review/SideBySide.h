#pragma once

#include <QVariantMap>

class QTableWidget;

namespace riaya {

// Fills a three-column table (field, left, right) with two versions of a record, one row per
// field either has, the rows that differ in bold on a tinted background so the eye goes to
// them. Bookkeeping fields (stamps) are left out.
void showSideBySide(QTableWidget* table, const QString& entity, const QVariantMap& left,
                    const QVariantMap& right);

class Database;

// A site as people know it: its name when it is trusted here, else its id.
QString siteDisplayName(Database& db, const QString& siteId);

// A stored value of a resident's field as people read it: codes as words (sex, school level,
// status), dates in the user's format; other values as stored.
QString residentValueLabel(const QString& column, const QString& stored);

// A field of a synced record in the user's language (the column name when there is none).
QString recordFieldLabel(const QString& entity, const QString& column);

} // namespace riaya
