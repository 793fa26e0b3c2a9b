#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace riaya {

// A prepared statement with named bindings that logs every failure with its SQL.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    bool isPrepared() const { return m_prepared; }
    SqlQuery& bind(const QString& name, const QVariant& value);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    // The current row as column name -> value.
    QVariantMap row() const;
    QSqlQuery& raw() { return m_query; }
    QString errorText() const;

    // Runs SQL without parameters, for pragmas and schema statements.
    static bool execute(const QSqlDatabase& db, const QString& sql, QString* error = nullptr);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    mutable QStringList m_columns; // of the current execution, read by row()
};

} // namespace riaya
