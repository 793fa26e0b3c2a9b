#pragma once

#include <QWidget>

class QTableWidget;

namespace riaya {

class Database;

// A child's placements in families, in the resident's file: family, dates, outcome, reason.
class PlacementHistoryTab : public QWidget
{
    Q_OBJECT

public:
    PlacementHistoryTab(Database& db, QWidget* parent = nullptr);
    void setResident(const QString& residentId);
    int rowCount() const;

private:
    Database& m_db;
    QTableWidget* m_table;
};

} // namespace riaya
