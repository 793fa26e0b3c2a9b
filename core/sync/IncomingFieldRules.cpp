#include "IncomingFieldRules.h"

#include "daily/DailyValidation.h"
#include "daily/Incident.h"
#include "daily/SchoolResult.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/Institution.h"
#include "institutions/InstitutionValidation.h"
#include "residents/Resident.h"
#include "residents/ResidentValidation.h"

#include <QDate>
#include <QJsonDocument>
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
                                       QStringLiteral("state"),       QStringLiteral("code"),
                                       QStringLiteral("voided_by") };
    return names.contains(column) || column.contains(QLatin1String("name"));
}

// Digits at [from, from + count) of text, as a number, or -1.
int digits(const QString& text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// YYYY-MM-DD, a real day: by hand, since QDate::fromString costs more than the whole write.
bool isDate(const QString& text)
{
    return text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-'
        && QDate::isValid(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
}

// A date, or YYYY-MM-DDTHH:MM:SS with optional fraction and zone, as Riaya writes them.
bool isTime(const QString& text)
{
    if (text.size() == 10) {
        return isDate(text);
    }
    if (text.size() < 19 || text.size() > 35 || !isDate(text.left(10)) || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':') {
        return false;
    }
    const int h = digits(text, 11, 2), m = digits(text, 14, 2), sec = digits(text, 17, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) {
        return false;
    }
    for (int i = 19; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || c == u'.' || c == u'Z' || c == u'+' || c == u'-' || c == u':')) {
            return false;
        }
    }
    return true;
}

bool isId(const QString& text)
{
    if (text.size() > kMaxIdLength) {
        return false;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
              || u == u'_' || u == u'.' || u == u':')) {
            return false;
        }
    }
    return true;
}

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

} // namespace

const QHash<QString, IncomingFieldRules::Kind>& IncomingFieldRules::kinds(const QString& table)
{
    auto it = m_kinds.find(table);
    if (it != m_kinds.end()) {
        return *it;
    }
    QHash<QString, Kind> columns;
    // Table names come from the fixed list of synced tables.
    SqlQuery info(m_db.connection(),
                  QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table));
    if (info.exec()) {
        while (info.next()) {
            const QString column = info.value(0).toString();
            const QString type = info.value(1).toString().toUpper();
            columns.insert(column,
                           type == QLatin1String("INTEGER")       ? Kind::Integer
                               : type == QLatin1String("REAL")    ? Kind::Real
                               : isIdColumn(column)               ? Kind::Id
                               : isDateColumn(column)             ? Kind::Date
                               : isTimeColumn(column)             ? Kind::Time
                               : column == QLatin1String("month") ? Kind::Month
                               : isJsonColumn(column)             ? Kind::Json
                               : isNameColumn(column)             ? Kind::Name
                                                                  : Kind::Text);
        }
    }
    return *m_kinds.insert(table, columns);
}

QList<FieldIssue> IncomingFieldRules::check(const QString& table, const QVariantMap& row)
{
    QList<FieldIssue> issues;
    const QHash<QString, Kind>& columns = kinds(table);
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QString& column = it.key();
        const QVariant& value = it.value();
        const auto kind = columns.constFind(column);
        if (kind == columns.cend()) {
            issues.append({ column, tr("This version of Riaya keeps no such field.") });
            continue;
        }
        if (value.isNull()) {
            continue; // the schema says which fields are required
        }
        if (*kind == Kind::Integer) {
            const double d = value.toDouble();
            if (!isNumber(value) || d != std::floor(d)) {
                issues.append({ column, tr("A whole number is expected.") });
            }
            continue;
        }
        if (*kind == Kind::Real) {
            if (!isNumber(value) || !std::isfinite(value.toDouble())) {
                issues.append({ column, tr("A number is expected.") });
            }
            continue;
        }
        if (value.typeId() != QMetaType::QString) {
            issues.append({ column, tr("Text is expected.") });
            continue;
        }
        const QString text = value.toString();
        switch (*kind) {
        case Kind::Id:
            if (!isId(text)) {
                issues.append({ column,
                                tr("An identifier has at most %n letters, digits and dashes.", nullptr,
                                   kMaxIdLength) });
            }
            break;
        case Kind::Date:
            if (!text.isEmpty() && !isDate(text)) {
                issues.append({ column, tr("A date is expected (YYYY-MM-DD).") });
            }
            break;
        case Kind::Time:
            if (!text.isEmpty() && !isTime(text)) {
                issues.append({ column, tr("A date and time is expected (ISO 8601).") });
            }
            break;
        case Kind::Month:
            if (!isDate(text + QStringLiteral("-01"))) {
                issues.append({ column, tr("A month is expected (YYYY-MM).") });
            }
            break;
        case Kind::Json: {
            QJsonParseError error;
            if (text.size() > kMaxJsonLength
                || (QJsonDocument::fromJson(text.toUtf8(), &error),
                    error.error != QJsonParseError::NoError)) {
                issues.append({ column, tr("Structured content (JSON) of at most 2 MiB is expected.") });
            }
            break;
        }
        case Kind::Name:
        case Kind::Text: {
            const int limit = *kind == Kind::Name ? kMaxNameLength : kMaxTextLength;
            if (text.size() > limit) {
                issues.append({ column, tr("At most %n characters.", nullptr, limit) });
            }
            break;
        }
        case Kind::Integer:
        case Kind::Real:
            break;
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
