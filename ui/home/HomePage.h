#pragma once

#include "reports/Dashboard.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace riaya {

class Database;
class FigureChart;
class FigureTile;
class MessageLabel;

// The first screen after sign-in. A house sees its own day and month: residents against
// places, presence and the days not marked, movements, school success, incidents, corrective
// actions, the month's close and the last backup. The ministry sees the national picture,
// filtered by month, region, province, type and institution, with its charts. Every figure and
// every bar opens the list behind it.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Database& db, QWidget* parent = nullptr);

    // Reads the figures again (after an import, an edit, a filter).
    void refresh();
    bool isMinistry() const { return m_ministry; }
    FigureFilter filter() const;
    QList<FigureTile*> tiles() const { return m_tiles; }
    QList<FigureChart*> charts() const { return m_charts; }
    // Opens the list behind a figure; the dialog is returned for tests, owned by the page.
    QDialog* openList(const FigureQuery& query);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters();
    void fillFilterChoices();
    void retranslate();

    Database& m_db;
    bool m_ministry;
    QLabel* m_title;
    QComboBox* m_month = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_province = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_institution = nullptr;
    QWidget* m_filters = nullptr;
    MessageLabel* m_message;
    QGridLayout* m_tileGrid;
    QGridLayout* m_chartGrid;
    QList<FigureTile*> m_tiles;
    QList<FigureChart*> m_charts;
};

} // namespace riaya
