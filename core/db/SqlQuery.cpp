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
    if (!m_query.exec()) {
        qCWarning(lcDb) << "query failed:" << m_query.lastError().text() << "in" << m_sql;
        return false;
    }
    return true;
}

QVariantMap SqlQuery::row() const
{
    const QSqlRecord record = m_query.record();
    QVariantMap map;
    for (int i = 0; i < record.count(); ++i) {
        map.insert(record.fieldName(i), m_query.value(i));
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
