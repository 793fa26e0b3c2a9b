#pragma once

#include "residents/Resident.h"
#include "residents/ResidentStore.h"

#include <QAbstractTableModel>

namespace riaya {

class Database;

// Residents for a table view, fetched a page at a time as the view scrolls, so a list of
// 100,000 opens at once. Filters and sorting run in SQL.
class ResidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LastName,
        FirstName,
        LatinName,
        Sex,
        BirthDate,
        Status,
        SchoolLevel,
        MassarCode,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;
    // While searching, the best matches up to this many are shown, all loaded at once.
    static constexpr int SearchLimit = 200;

    explicit ResidentTableModel(Database& db, QObject* parent = nullptr);

    // Replaces the filters (search text, status, sex...) and reloads from the first page.
    void setQuery(const ResidentQuery& query);
    const ResidentQuery& query() const { return m_query; }
    // Every resident matching the filters, loaded or not (while searching: those shown).
    int totalCount() const { return m_total; }
    // True when a search found more matches than SearchLimit.
    bool isCapped() const { return m_capped; }
    QString residentId(int row) const;
    void reload();
    // Re-reads translated headers and labels after the language changed.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Loads every row not loaded yet in one query: an export reads the whole list, and a
    // page at a time would read 100,000 rows in 500 queries, each skipping those before.
    Q_INVOKABLE void fetchAll();
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void loadSearch();
    void fetchRows(int limit);
    void sortLoadedRows();

signals:
    void totalCountChanged(int total);
    void loadFailed(const QString& message);

private:
    Database& m_db;
    ResidentQuery m_query;
    QList<Resident> m_rows;
    int m_total = 0;
    bool m_capped = false;
    int m_sortColumn = LastName;
    bool m_sortedByUser = false;
};

} // namespace riaya
