#pragma once

#include "inspections/Inspection.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace riaya {

class Database;
class ScoreTrend;

// The institution history tab: an institution's finalized scores over time and the
// corrective actions it still has open.
class InstitutionHistoryTab : public QWidget
{
    Q_OBJECT

public:
    explicit InstitutionHistoryTab(Database& db, QWidget* parent = nullptr);
    // inspections: the institution's, newest first, as the inspections tab lists them.
    void refresh(const QString& institutionId, const QList<Inspection>& inspections);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    QLabel* m_note;
    ScoreTrend* m_trend;
    QTableWidget* m_openActions;
};

} // namespace riaya
