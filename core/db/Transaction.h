#pragma once

#include <QSqlDatabase>
#include <QString>

namespace riaya {

// A savepoint that rolls back unless commit() succeeded, so an early return never leaves
// half a change. Savepoints nest, so an operation can run alone or inside a larger batch.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

    // How many rollbacks this process has done: lets a cache of database state (such as
    // the audit log's head) know when what it remembers may have been undone.
    static quint64 rollbackCount();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

} // namespace riaya
