#include "WriteScope.h"

#include "Database.h"
#include "SqlQuery.h"
#include "common/JsonValues.h"

#include <QDateTime>

namespace riaya {
namespace {

struct Parent
{
    const char* column;
    const char* table;
};

// The rules, one line per kind of record a site may send (docs/sharing.md has the same table
// for people). `holder`: the column naming the resident whose holder owns the record (empty:
// the record's own origin owns it). `parents`: what a new record (or one moved to another
// parent) is added to; the writer must own each, or hold a grant on it naming this kind.
// `progress`: the fields the site of the record's institution may change on a record it
// does not own.
struct KindRule
{
    const char* holder;
    QList<Parent> parents;
    QStringList progress;
};

const QHash<QString, KindRule>& rules()
{
    static const QHash<QString, KindRule> map {
        { QStringLiteral("residents"), { "id", { { "institution_id", "institutions" } }, {} } },
        { QStringLiteral("stays"),
          { "resident_id", { { "resident_id", "residents" }, { "institution_id", "institutions" } }, {} } },
        { QStringLiteral("presence"),
          { "resident_id", { { "resident_id", "residents" }, { "institution_id", "institutions" } }, {} } },
        { QStringLiteral("school_results"), { "resident_id", { { "resident_id", "residents" } }, {} } },
        { QStringLiteral("incidents"), { "", { { "institution_id", "institutions" } }, {} } },
        { QStringLiteral("month_reports"), { "", { { "institution_id", "institutions" } }, {} } },
        { QStringLiteral("inspections"),
          { "",
            { { "institution_id", "institutions" },
              { "root_id", "inspections" },
              { "supersedes", "inspections" } },
            {} } },
        { QStringLiteral("corrective_actions"),
          { "",
            { { "inspection_id", "inspections" } },
            { QStringLiteral("state"), QStringLiteral("state_note"), QStringLiteral("state_changed_on"),
              QStringLiteral("evidence") } } },
        { QStringLiteral("family_events"), { "", { { "family_id", "families" } }, {} } },
        { QStringLiteral("home_studies"), { "", { { "family_id", "families" } }, {} } },
        { QStringLiteral("placements"),
          { "", { { "resident_id", "residents" }, { "family_id", "families" } }, {} } },
        { QStringLiteral("placement_visits"), { "", { { "placement_id", "placements" } }, {} } },
    };
    return map;
}

const QStringList& stampColumns()
{
    static const QStringList columns { QStringLiteral("version"), QStringLiteral("updated_at"),
                                       QStringLiteral("updated_by") };
    return columns;
}

bool blank(const QVariant& value)
{
    return value.isNull() || !value.isValid() || value.toString().isEmpty();
}

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

// The day a version was stamped, for a grant's end.
QString dayOf(qint64 version)
{
    const qint64 ms = version == WriteScope::kNow ? QDateTime::currentMSecsSinceEpoch() : version >> 16;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

QStringList changedColumns(const QVariantMap& before, const QVariantMap& after)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (stampColumns().contains(it.key())) {
            continue;
        }
        const QVariant old = before.value(it.key());
        const bool same = blank(old) || blank(it.value()) ? blank(old) == blank(it.value())
                                                          : old.toString() == it.value().toString();
        if (!same) {
            changed << it.key();
        }
    }
    return changed;
}

WriteScope::WriteScope(Database& db, QString ministrySite, bool ministryHoldsInstitutions)
    : m_db(db)
    , m_ministry(std::move(ministrySite))
    , m_ministryHoldsInstitutions(ministryHoldsInstitutions && !m_ministry.isEmpty())
{ }

WriteScope::~WriteScope() = default;

SqlQuery& WriteScope::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, std::make_shared<SqlQuery>(m_db.connection(), sql));
    }
    return **it;
}

void WriteScope::forget()
{
    m_holders.clear();
}

Result<QString> WriteScope::holderOf(const QString& residentId, qint64 version)
{
    auto it = m_holders.find(residentId);
    if (it == m_holders.end()) {
        SqlQuery& origin = statement(QStringLiteral("SELECT origin_site FROM residents WHERE id = :id"));
        origin.bind(QStringLiteral(":id"), residentId);
        if (!origin.exec()) {
            return Error::internal(origin.errorText());
        }
        Holders holders;
        holders.origin = origin.next() ? origin.value(0).toString() : QString();
        origin.raw().finish();
        if (holders.origin.isEmpty()) {
            return QString();
        }
        SqlQuery& moves = statement(QStringLiteral(
            "SELECT version, to_site FROM requests WHERE subject_id = :id AND kind = 'transfer'"
            " AND state = 'accepted' AND deleted = 0 ORDER BY version"));
        moves.bind(QStringLiteral(":id"), residentId);
        if (!moves.exec()) {
            return Error::internal(moves.errorText());
        }
        while (moves.next()) {
            holders.transfers.append({ moves.value(0).toLongLong(), moves.value(1).toString() });
        }
        it = m_holders.insert(residentId, holders);
    }
    QString holder = it->origin;
    for (const auto& [at, site] : std::as_const(it->transfers)) {
        if (at <= version) {
            holder = site;
        }
    }
    return holder;
}

Result<QString> WriteScope::siteOfInstitution(const QString& institutionId)
{
    if (const auto it = m_institutionSites.constFind(institutionId); it != m_institutionSites.cend()) {
        return *it;
    }
    SqlQuery& query = statement(QStringLiteral("SELECT origin_site FROM institutions WHERE id = :id"));
    query.bind(QStringLiteral(":id"), institutionId);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    const QString site = query.next() ? query.value(0).toString() : QString();
    query.raw().finish();
    if (!site.isEmpty()) {
        m_institutionSites.insert(institutionId, site); // the site that runs it never changes
    }
    return site;
}

Result<QString> WriteScope::ownerOfParent(const QString& table, const QString& id, qint64 version)
{
    if (table == QLatin1String("residents")) {
        return holderOf(id, version);
    }
    if (table == QLatin1String("institutions")) {
        return siteOfInstitution(id);
    }
    // Table names come from the fixed rules above.
    SqlQuery& query = statement(QStringLiteral("SELECT origin_site FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    const QString owner = query.next() ? query.value(0).toString() : QString();
    query.raw().finish();
    return owner;
}

Result<QString> WriteScope::ownerOf(const QString& table, const QVariantMap& row)
{
    // A site makes its institution at setup; from then on its details are the ministry's,
    // changed at a site's proposal (a site with no ministry yet keeps them).
    if (table == QLatin1String("institutions") && m_ministryHoldsInstitutions) {
        return m_ministry;
    }
    const qint64 version = row.value(QStringLiteral("version")).toLongLong();
    const KindRule rule = rules().value(table);
    if (rule.holder && *rule.holder) {
        const Result<QString> holder = holderOf(text(row, rule.holder), version > 0 ? version : kNow);
        if (!holder) {
            return holder;
        }
        // A new file is held by the site that registers it.
        return holder->isEmpty() && table == QLatin1String("residents") ? text(row, "origin_site") : *holder;
    }
    return text(row, "origin_site");
}

Result<QList<WriteScope::Grant>> WriteScope::grantsTo(const QString& writer, const QString& subjectId,
                                                      qint64 version)
{
    SqlQuery& query = statement(QStringLiteral(
        "SELECT kinds, fields, origin_site, subject_table FROM grants WHERE subject_id = :subject"
        " AND grantee_site = :writer AND deleted = 0 AND (until IS NULL OR until >= :day)"));
    query.bind(QStringLiteral(":subject"), subjectId).bind(QStringLiteral(":writer"), writer);
    query.bind(QStringLiteral(":day"), dayOf(version));
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    QList<std::pair<Grant, std::pair<QString, QString>>> found;
    while (query.next()) {
        found.append({ { textListFromStored(query.value(0).toString()),
                         textListFromStored(query.value(1).toString()) },
                       { query.value(2).toString(), query.value(3).toString() } });
    }
    QList<Grant> grants;
    // A grant counts only when it was made by whoever owns its subject at that time.
    for (const auto& [grant, madeBy] : std::as_const(found)) {
        const Result<QString> owner = madeBy.second == QLatin1String("institutions")
            ? Result<QString>(m_ministry)
            : holderOf(subjectId, version);
        if (!owner) {
            return owner.error();
        }
        if (*owner == madeBy.first) {
            grants.append(grant);
        }
    }
    return grants;
}

Result<WriteScope::Decision> WriteScope::checkParents(const QString& writer, const QString& table,
                                                      const QVariantMap& before, const QVariantMap& after)
{
    const QString id = text(after, "id");
    const qint64 version = after.value(QStringLiteral("version")).toLongLong();
    for (const Parent& parent : rules().value(table).parents) {
        const QString parentId = text(after, parent.column);
        const QLatin1String parentTable(parent.table);
        if (parentId.isEmpty() || (parentId == id && parentTable == table)
            || (!before.isEmpty() && text(before, parent.column) == parentId)) {
            continue; // only what a record is added or moved to
        }
        const Result<QString> owner = ownerOfParent(parentTable, parentId, version > 0 ? version : kNow);
        if (!owner) {
            return owner.error();
        }
        if (owner->isEmpty()) {
            return Decision { Verdict::Refused,
                              tr("The record %1 of %2 belongs to %3 %4, which is not known here; it comes "
                                 "before its own parent or names one that does not exist.")
                                  .arg(id, table, parentTable, parentId) };
        }
        if (*owner == writer) {
            continue;
        }
        const Result<QList<Grant>> grants = grantsTo(writer, parentId, version > 0 ? version : kNow);
        if (!grants) {
            return grants.error();
        }
        if (std::none_of(grants->cbegin(), grants->cend(),
                         [&](const Grant& grant) { return grant.kinds.contains(table); })) {
            return Decision { Verdict::Refused,
                              tr("The record %1 of %2 belongs to %3 %4 of another site (%5), which granted "
                                 "this site nothing of the kind; a site may not add records to what "
                                 "another site owns.")
                                  .arg(id, table, parentTable, parentId, *owner) };
        }
    }
    return Decision {};
}

Result<WriteScope::Decision> WriteScope::checkRequest(const QString& writer, const QVariantMap& before,
                                                      const QVariantMap& after)
{
    const QString id = text(after, "id");
    const QString kind = text(after, "kind");
    auto refused = [&](const QString& rule) {
        return Decision { Verdict::Refused, tr("The request %1 (%2) is refused: %3").arg(id, kind, rule) };
    };
    if (!before.isEmpty()) {
        const QStringList changed = changedColumns(before, after);
        static const QStringList decision { QStringLiteral("state"), QStringLiteral("decided_on"),
                                            QStringLiteral("decided_by"), QStringLiteral("decision_note") };
        if (changed.isEmpty()) {
            return Decision {};
        }
        if (text(before, "state") != QLatin1String("requested")) {
            return refused(tr("it was decided already, and a decision is final."));
        }
        if (std::any_of(changed.cbegin(), changed.cend(),
                        [&](const QString& c) { return !decision.contains(c); })) {
            return refused(tr("only its state and decision may change once it is made."));
        }
        const QString state = text(after, "state");
        if (writer == text(before, "to_site")
            && (state == QLatin1String("accepted") || state == QLatin1String("refused"))) {
            return Decision {};
        }
        if (writer == text(before, "from_site") && state == QLatin1String("cancelled")) {
            return Decision {};
        }
        return refused(tr("only the site it is addressed to decides it, and only the site that made it "
                          "cancels it."));
    }
    if (text(after, "origin_site") != writer || text(after, "from_site") != writer) {
        return refused(tr("a site makes requests in its own name only."));
    }
    if (text(after, "state") != QLatin1String("requested")) {
        return refused(tr("a new request cannot be decided already."));
    }
    const QString subject = text(after, "subject_id");
    const bool aboutResident = text(after, "subject_table") == QLatin1String("residents");
    if (kind == QLatin1String("institution_change")) {
        const Result<QString> site = siteOfInstitution(subject);
        if (!site) {
            return site.error();
        }
        if (site->isEmpty()) {
            return Decision { Verdict::Deferred, {} };
        }
        return aboutResident || *site != writer || text(after, "to_site") != m_ministry
            ? refused(tr("a site proposes changes to its own institution, to the ministry."))
            : Decision {};
    }
    if (!aboutResident) {
        return refused(tr("transfers and access are asked for a child's file."));
    }
    const Result<QString> holder = holderOf(subject);
    if (!holder) {
        return holder.error();
    }
    if (holder->isEmpty()) {
        return Decision { Verdict::Deferred, {} };
    }
    if (kind == QLatin1String("transfer") && *holder != writer) {
        return refused(tr("only the site that holds a child's file (%1) asks to transfer it.").arg(*holder));
    }
    if (kind == QLatin1String("placement_access") && text(after, "to_site") != *holder) {
        return refused(tr("access is asked of the site that holds the child's file (%1).").arg(*holder));
    }
    return Decision {};
}

Result<WriteScope::Decision> WriteScope::checkGrant(const QString& writer, const QVariantMap& after)
{
    const QString id = text(after, "id");
    if (text(after, "subject_table") != QLatin1String("residents")) {
        return Decision {
            Verdict::Refused,
            tr("The grant %1 is refused: only the ministry grants access to an institution.").arg(id)
        };
    }
    const Result<QString> holder = holderOf(text(after, "subject_id"));
    if (!holder) {
        return holder.error();
    }
    if (holder->isEmpty()) {
        return Decision { Verdict::Deferred, {} };
    }
    if (*holder != writer) {
        return Decision { Verdict::Refused,
                          tr("The grant %1 is refused: only the site that holds a child's file (%2) grants "
                             "access to it.")
                              .arg(id, *holder) };
    }
    return Decision {};
}

Result<WriteScope::Decision> WriteScope::check(const QString& writer, const QString& table,
                                               const QVariantMap& before, const QVariantMap& after)
{
    const QString id = text(after, "id");
    if (before.isEmpty() && text(after, "origin_site") != writer) {
        return Decision { Verdict::Refused,
                          tr("The record %1 of %2 belongs to another site (%3); a site makes records in its "
                             "own name only.")
                              .arg(id, table, text(after, "origin_site")) };
    }
    if (table == QLatin1String("requests")) {
        return checkRequest(writer, before, after);
    }
    if (table == QLatin1String("grants")) {
        return checkGrant(writer, after);
    }
    const QStringList changed = before.isEmpty() ? QStringList() : changedColumns(before, after);
    if (!before.isEmpty() && changed.isEmpty()) {
        return Decision {};
    }
    QVariantMap stored = before.isEmpty() ? after : before;
    stored.insert(QStringLiteral("version"), after.value(QStringLiteral("version"))); // owner at this write
    const Result<QString> owner = ownerOf(table, stored);
    if (!owner) {
        return owner.error();
    }
    if (*owner == writer || before.isEmpty()) {
        return checkParents(writer, table, before, after);
    }
    const KindRule rule = rules().value(table);
    const bool progressOnly = !rule.progress.isEmpty()
        && std::all_of(changed.cbegin(), changed.cend(),
                       [&](const QString& c) { return rule.progress.contains(c); });
    if (progressOnly && text(after, "state") != QLatin1String("verified")) {
        const Result<QString> site = siteOfInstitution(text(before, "institution_id"));
        if (!site) {
            return site.error();
        }
        if (*site == writer) {
            return Decision {};
        }
    }
    const QString subject = rule.holder && *rule.holder ? text(before, rule.holder) : QString();
    if (!subject.isEmpty()) {
        const Result<QList<Grant>> grants
            = grantsTo(writer, subject, after.value(QStringLiteral("version")).toLongLong());
        if (!grants) {
            return grants.error();
        }
        const bool granted = std::any_of(grants->cbegin(), grants->cend(), [&](const Grant& grant) {
            return std::all_of(changed.cbegin(), changed.cend(), [&](const QString& c) {
                return grant.fields.contains(table + QLatin1Char('.') + c);
            });
        });
        if (granted) {
            return checkParents(writer, table, before, after);
        }
    }
    if (table == QLatin1String("institutions")) {
        return Decision {
            Verdict::Refused,
            tr("The details of the institution %1 are the ministry's: a site proposes a change, "
               "which the ministry accepts or refuses.")
                .arg(id)
        };
    }
    return Decision { Verdict::Refused,
                      tr("The record %1 of %2 belongs to another site (%3), which granted this site no "
                         "change to %4.")
                          .arg(id, table, *owner, changed.join(QStringLiteral(", "))) };
}

} // namespace riaya
