#include "SqlFunctions.h"

#include "NameSkeleton.h"
#include "TextFolding.h"
#include "common/Logging.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace riaya {
namespace {

// Applies a text function to every non-null argument and returns the results joined by spaces.
template<QString (*transform)(const QString&)>
void joinedFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    QStringList parts;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            continue;
        }
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        parts << transform(QString::fromUtf8(text, sqlite3_value_bytes(argv[i])));
    }
    parts.removeAll(QString());
    const QByteArray joined = parts.join(QLatin1Char(' ')).toUtf8();
    sqlite3_result_text(context, joined.constData(), static_cast<int>(joined.size()), SQLITE_TRANSIENT);
}

QString skeletonsOf(const QString& text)
{
    return skeletonKeys(text).join(QLatin1Char(' '));
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
    const std::pair<const char*, void (*)(sqlite3_context*, int, sqlite3_value**)> functions[] = {
        { "riaya_fold", joinedFunction<foldForSearch> },
        { "riaya_skeletons", joinedFunction<skeletonsOf> },
    };
    for (const auto& [name, function] : functions) {
        const int rc = sqlite3_create_function_v2(sqlite, name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                                  nullptr, function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            qCWarning(lcSearch) << "cannot register" << name << sqlite3_errstr(rc);
            return false;
        }
    }
    return true;
}

} // namespace riaya
