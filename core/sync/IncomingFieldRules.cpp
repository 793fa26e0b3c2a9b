#include "IncomingFieldRules.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "domain/Incident.h"
#include "domain/Institution.h"
#include "domain/Resident.h"
#include "domain/SchoolResult.h"
#include "domain/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace riaya {
namespace {

constexpr int kMaxIdLength = 64;
constexpr int kMaxNameLength = 200;
constexpr int kMaxTextLength = 10000;
constexpr int kMaxJsonLength = 2 * 1024 * 1024; // a standards document is the largest

bool isIdColumn(const QString& column)
{
    static const QSet<QString> ids { QStringLiteral("id"),          QStringLiteral("origin_site"),
                                     QStringLiteral("root_id"),     QStringLiteral("follows_up"),
                                     QStringLiteral("supersedes"),  QStringLiteral("merged_into"),
                                     QStringLiteral("verified_in"), QStringLiteral("site_id") };
    return ids.contains(column) || column.endsWith(QLatin1String("_id"));
}

bool isDateColumn(const QString& column)
{
    return column.endsWith(QLatin1String("_on")) || column == QLatin1String("birth_date")
        || column == QLatin1String("day") || column == QLatin1String("state_since");
}

bool isTimeColumn(const QString& column)
{
    return column.endsWith(QLatin1String("_at"));
}

bool isJsonColumn(const QString& column)
{
    static const QSet<QString> json { QStringLiteral("title"),       QStringLiteral("content"),
                                      QStringLiteral("answers"),     QStringLiteral("findings"),
                                      QStringLiteral("members"),     QStringLiteral("documents"),
                                      QStringLiteral("figures"),     QStringLiteral("visit_plan"),
                                      QStringLiteral("resident_ids") };
    return json.contains(column);
}

bool isNameColumn(const QString& column)
{
    static const QSet<QString> names { QStringLiteral("updated_by"),  QStringLiteral("decided_by"),
                                       QStringLiteral("approved_by"), QStringLiteral("inspector"),
                                       QStringLiteral("responsible"), QStringLiteral("social_worker"),
                                       QStringLiteral("username"),    QStringLiteral("kind"),
                                       QStringLiteral("state"),       QStringLiteral("code") };
    return names.contains(column) || column.contains(QLatin1String("name"));
}

bool isTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
        || QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

const QHash<QString, IncomingFieldRules::Type>& IncomingFieldRules::types(const QString& table)
{
    auto it = m_types.find(table);
    if (it != m_types.end()) {
        return *it;
    }
    QHash<QString, Type> columns;
    // Table names come from the fixed list of synced tables.
    SqlQuery info(m_db.connection(),
                  QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table));
    if (info.exec()) {
        while (info.next()) {
            const QString type = info.value(1).toString().toUpper();
            columns.insert(info.value(0).toString(),
                           type == QLatin1String("INTEGER")    ? Type::Integer
                               : type == QLatin1String("REAL") ? Type::Real
                                                               : Type::Text);
        }
    }
    return *m_types.insert(table, columns);
}

QList<FieldIssue> IncomingFieldRules::check(const QString& table, const QVariantMap& row)
{
    QList<FieldIssue> issues;
    const QHash<QString, Type>& columns = types(table);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QString& column = it.key();
        const QVariant& value = it.value();
        if (!columns.contains(column)) {
            issues.append({ column, tr("This version of Riaya keeps no such field.") });
            continue;
        }
        if (value.isNull()) {
            continue; // the schema says which fields are required
        }
        const Type type = columns.value(column);
        const QMetaType::Type held = static_cast<QMetaType::Type>(value.typeId());
        const bool number = held == QMetaType::Double || held == QMetaType::LongLong || held == QMetaType::Int
            || held == QMetaType::ULongLong || held == QMetaType::Bool;
        if (type == Type::Integer) {
            const double d = value.toDouble();
            if (!number || d != std::floor(d)) {
                issues.append({ column, tr("A whole number is expected.") });
            }
            continue;
        }
        if (type == Type::Real) {
            if (!number || !std::isfinite(value.toDouble())) {
                issues.append({ column, tr("A number is expected.") });
            }
            continue;
        }
        if (held != QMetaType::QString) {
            issues.append({ column, tr("Text is expected.") });
            continue;
        }
        const QString text = value.toString();
        if (isIdColumn(column)) {
            if (text.size() > kMaxIdLength || (!text.isEmpty() && !idPattern.match(text).hasMatch())) {
                issues.append({ column,
                                tr("An identifier has at most %n letters, digits and dashes.", nullptr,
                                   kMaxIdLength) });
            }
        } else if (isDateColumn(column)) {
            if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid()) {
                issues.append({ column, tr("A date is expected (YYYY-MM-DD).") });
            }
        } else if (isTimeColumn(column)) {
            if (!text.isEmpty() && !isTime(text)) {
                issues.append({ column, tr("A date and time is expected (ISO 8601).") });
            }
        } else if (column == QLatin1String("month")) {
            if (!QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate).isValid()) {
                issues.append({ column, tr("A month is expected (YYYY-MM).") });
            }
        } else if (isJsonColumn(column)) {
            QJsonParseError error;
            if (text.size() > kMaxJsonLength
                || (QJsonDocument::fromJson(text.toUtf8(), &error),
                    error.error != QJsonParseError::NoError)) {
                issues.append({ column, tr("Structured content (JSON) of at most 2 MiB is expected.") });
            }
        } else if (text.size() > (isNameColumn(column) ? kMaxNameLength : kMaxTextLength)) {
            issues.append({ column,
                            tr("At most %n characters.", nullptr,
                               isNameColumn(column) ? kMaxNameLength : kMaxTextLength) });
        }
    }
    if (!issues.isEmpty()) {
        return issues;
    }
    // The domain's own rules, as for a record typed here. A tombstone keeps its last values.
    if (table == QLatin1String("residents")) {
        issues = validateResident(Resident::fromFields(row));
    } else if (table == QLatin1String("institutions")) {
        issues = validateInstitution(Institution::fromFields(row));
    } else if (table == QLatin1String("school_results")) {
        issues = validateSchoolResult(SchoolResult::fromFields(row));
    } else if (table == QLatin1String("incidents")) {
        issues = validateIncident(Incident::fromFields(row));
    }
    return issues;
}

} // namespace riaya
