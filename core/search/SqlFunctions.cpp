#include "SqlFunctions.h"

#include "TextFolding.h"
#include "common/Logging.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace riaya {
namespace {

void foldFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    QStringList parts;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            continue;
        }
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        parts << foldForSearch(QString::fromUtf8(text, sqlite3_value_bytes(argv[i])));
    }
    parts.removeAll(QString());
    const QByteArray folded = parts.join(QLatin1Char(' ')).toUtf8();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerSearchFunctions(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qCWarning(lcSearch) << "the SQL driver does not expose a SQLite handle";
        return false;
    }
    auto* sqlite = *static_cast<sqlite3* const*>(handle.data());
    const int rc = sqlite3_create_function_v2(sqlite, "riaya_fold", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              nullptr, foldFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcSearch) << "cannot register riaya_fold:" << sqlite3_errstr(rc);
        return false;
    }
    return true;
}

} // namespace riaya
