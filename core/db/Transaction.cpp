#include "Transaction.h"

#include "SqlQuery.h"

#include <atomic>

namespace riaya {
namespace {
std::atomic<quint64> g_savepointCounter { 0 };
std::atomic<quint64> g_rollbackCounter { 0 };
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("riaya_%1").arg(++g_savepointCounter))
{
    m_active = SqlQuery::execute(m_db, QStringLiteral("SAVEPOINT ") + m_name);
}

Transaction::~Transaction()
{
    if (m_active) {
        ++g_rollbackCounter;
        SqlQuery::execute(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
        SqlQuery::execute(m_db, QStringLiteral("RELEASE ") + m_name);
    }
}

quint64 Transaction::rollbackCount()
{
    return g_rollbackCounter;
}

bool Transaction::commit()
{
    if (!m_active || !SqlQuery::execute(m_db, QStringLiteral("RELEASE ") + m_name)) {
        return false;
    }
    m_active = false;
    return true;
}

} // namespace riaya
