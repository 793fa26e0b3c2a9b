#include "SqlQuery.h"

#include "common/Logging.h"

#include <QSqlError>
#include <QSqlRecord>

namespace riaya {

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        qCWarning(lcDb) << "prepare failed:" << m_query.lastError().text() << "in" << sql;
    }
}

SqlQuery& SqlQuery::bind(const QString& name, const QVariant& value)
{
    m_query.bindValue(name, value);
    return *this;
}

bool SqlQuery::exec()
{
    if (!m_prepared) {
        return false;
    }
    m_columns.clear();
    if (!m_query.exec()) {
        qCWarning(lcDb) << "query failed:" << m_query.lastError().text() << "in" << m_sql;
        return false;
    }
    return true;
}

QVariantMap SqlQuery::row() const
{
    // QSqlQuery::record() asks the driver for every column's name and type each time: the
    // names are read once per execution (a search reads hundreds of rows per keystroke).
    if (m_columns.isEmpty()) {
        const QSqlRecord record = m_query.record();
        for (int i = 0; i < record.count(); ++i) {
            m_columns << record.fieldName(i);
        }
    }
    QVariantMap map;
    for (int i = 0; i < m_columns.size(); ++i) {
        map.insert(m_columns.at(i), m_query.value(i));
    }
    return map;
}

QString SqlQuery::errorText() const
{
    return m_query.lastError().text();
}

bool SqlQuery::execute(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql)) {
        return true;
    }
    qCWarning(lcDb) << "statement failed:" << query.lastError().text() << "in" << sql;
    if (error) {
        *error = query.lastError().text();
    }
    return false;
}

} // namespace riaya
