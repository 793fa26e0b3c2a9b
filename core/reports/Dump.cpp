#include "Dump.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace riaya {
namespace {
// Secrets stay on the site; everything else is the record as stored.
const QStringList kOmittedColumns { QStringLiteral("password_hash") };
} // namespace

Status Dump::write(Database& db, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QStringList tables = syncedTables();
    tables.sort();
    file.write("{\n");
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QString& table = tables.at(t);
        file.write(QStringLiteral("\"%1\": [").arg(table).toUtf8());
        // Table names come from the fixed list of synced tables, never from input.
        SqlQuery query(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        if (!query.exec()) {
            return Error::internal(tr("Cannot read %1: %2").arg(table, query.errorText()));
        }
        bool first = true;
        while (query.next()) {
            QVariantMap row = query.row();
            for (const QString& omitted : kOmittedColumns) {
                row.remove(omitted);
            }
            file.write(first ? "\n" : ",\n");
            file.write(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
            first = false;
        }
        file.write(t + 1 < tables.size() ? "\n],\n" : "\n]\n");
    }
    file.write("}\n");
    if (!file.commit()) {
        return Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace riaya
