#include "ResidentTableModel.h"

#include "common/DateDisplay.h"
#include "db/Database.h"

#include <QLocale>

namespace riaya {

ResidentTableModel::ResidentTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void ResidentTableModel::setQuery(const ResidentQuery& query)
{
    m_query = query;
    reload();
}

void ResidentTableModel::reload()
{
    if (!m_query.text.trimmed().isEmpty()) {
        loadSearch();
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_capped = false;
    Result<int> total = ResidentStore(m_db).count(m_query);
    m_total = total ? *total : 0;
    endResetModel();
    if (!total) {
        emit loadFailed(total.error().message);
    }
    emit totalCountChanged(m_total);
    if (canFetchMore({})) {
        fetchMore({});
    }
}

void ResidentTableModel::loadSearch()
{
    ResidentQuery query = m_query;
    query.limit = SearchLimit + 1;
    Result<QList<Resident>> found = ResidentStore(m_db).search(query);
    beginResetModel();
    m_rows = found ? *found : QList<Resident>();
    m_capped = m_rows.size() > SearchLimit;
    if (m_capped) {
        m_rows.removeLast();
    }
    if (m_sortedByUser) {
        sortLoadedRows();
    }
    m_total = static_cast<int>(m_rows.size());
    endResetModel();
    if (!found) {
        emit loadFailed(found.error().message);
    }
    emit totalCountChanged(m_total);
}

void ResidentTableModel::sortLoadedRows()
{
    const auto key = [this](const Resident& r) -> QString {
        switch (m_sortColumn) {
        case BirthDate:
            return r.birthDate.toString(Qt::ISODate);
        case Status:
            return r.status;
        case SchoolLevel:
            return r.schoolLevel;
        default:
            return r.lastName + QLatin1Char('\t') + r.firstName;
        }
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Resident& a, const Resident& b) {
        return m_query.descending ? key(b) < key(a) : key(a) < key(b);
    });
}

QString ResidentTableModel::residentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void ResidentTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int ResidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Resident& r = m_rows.at(index.row());
    if (role == IdRole) {
        return r.id;
    }
    // The day itself, for a list exported to a spreadsheet (the shown text may carry the Hijri date).
    if (role == Qt::EditRole && index.column() == BirthDate) {
        return r.birthDate;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case LastName:
        return r.lastName;
    case FirstName:
        return r.firstName;
    case LatinName:
        return QStringLiteral("%1 %2").arg(r.firstNameLatin, r.lastNameLatin).trimmed();
    case Sex:
        return r.sex == QLatin1String("F") ? tr("Female") : tr("Male");
    case BirthDate:
        return displayDate(r.birthDate);
    case Status:
        return residentStatusLabel(r.status, r.sex);
    case SchoolLevel:
        return schoolLevelLabel(r.schoolLevel);
    case MassarCode:
        return r.massarCode;
    default:
        return {};
    }
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LastName:
        return tr("Family name");
    case FirstName:
        return tr("First name");
    case LatinName:
        return tr("Name in Latin script");
    case Sex:
        return tr("Sex");
    case BirthDate:
        return tr("Birth date");
    case Status:
        return tr("Status");
    case SchoolLevel:
        return tr("School level");
    case MassarCode:
        return tr("Massar code");
    default:
        return {};
    }
}

bool ResidentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ResidentTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        fetchRows(PageSize);
    }
}

void ResidentTableModel::fetchAll()
{
    if (canFetchMore({})) {
        fetchRows(m_total - static_cast<int>(m_rows.size()));
    }
}

void ResidentTableModel::fetchRows(int limit)
{
    ResidentQuery page = m_query;
    page.offset = static_cast<int>(m_rows.size());
    page.limit = limit;
    Result<QList<Resident>> rows = ResidentStore(m_db).list(page);
    if (!rows) {
        m_total = static_cast<int>(m_rows.size()); // stop asking for more; the view keeps what it has
        emit loadFailed(rows.error().message);
        return;
    }
    if (rows->isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
    m_rows.append(*rows);
    endInsertRows();
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    static const ResidentQuery::Sort sorts[] = {
        ResidentQuery::Sort::Name,        ResidentQuery::Sort::Name,      ResidentQuery::Sort::Name,
        ResidentQuery::Sort::Name,        ResidentQuery::Sort::BirthDate, ResidentQuery::Sort::Status,
        ResidentQuery::Sort::SchoolLevel, ResidentQuery::Sort::Name,
    };
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_query.sort = sorts[column];
    m_query.descending = order == Qt::DescendingOrder;
    m_sortColumn = column;
    m_sortedByUser = true;
    reload();
}

} // namespace riaya
