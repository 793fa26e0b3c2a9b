#include "FamilyRoster.h"

#include "RowValues.h"
#include "families/FamilyStore.h"
#include "families/FamilyValidation.h"
#include "security/Access.h"
#include "text/TextFolding.h"

namespace riaya {
namespace {

QString digits(const QString& text)
{
    QString only;
    for (const QChar c : text) {
        if (c.isDigit()) {
            only.append(QChar(u'0' + c.digitValue()));
        }
    }
    return only;
}

QString identityKey(const Family& family)
{
    return foldForSearch(family.familyName) + QLatin1Char('|') + digits(family.phone);
}

QVariantMap recordOf(const Family& family)
{
    QVariantMap record = family.toFields();
    record.insert(QStringLiteral("id"), family.id);
    return record;
}

} // namespace

FamilyRoster::FamilyRoster(Database& db, const ColumnMapping& mapping, const QDate& today)
    : m_db(db)
    , m_mapping(mapping)
    , m_today(today)
{ }

Status FamilyRoster::prepare()
{
    if (Status allowed = Access::require(m_db, Permission::ManageFamilies); !allowed) {
        return allowed;
    }
    const Result<QList<Family>> families = FamilyStore(m_db).search(QString(), QString(), 1'000'000);
    if (!families) {
        return families.error();
    }
    for (const Family& family : *families) {
        m_existing.insert(identityKey(family), family.id);
    }
    return {};
}

QString FamilyRoster::familyKey(const Family& family, const QString& reference) const
{
    if (!reference.isEmpty()) {
        return QStringLiteral("ref:") + foldForSearch(reference);
    }
    return QStringLiteral("family:") + identityKey(family) + QLatin1Char('|') + foldForSearch(family.address);
}

QList<RowVerdict> FamilyRoster::take(const SheetRow& row)
{
    RowValues values(m_mapping, row, m_today);
    const QString reference = values.text(QStringLiteral("family_ref"));
    const bool continues
        = reference.isEmpty() && values.isEmpty(QStringLiteral("family_name")) && !m_pending.isEmpty();

    Family family;
    if (!continues) {
        family.familyName = values.name(QStringLiteral("family_name"));
        family.familyNameLatin = values.name(QStringLiteral("family_name_latin"));
        family.address = values.text(QStringLiteral("address"));
        family.region = values.text(QStringLiteral("region"));
        family.province = values.text(QStringLiteral("province"));
        family.phone = values.text(QStringLiteral("phone"));
        family.occupation = values.text(QStringLiteral("occupation"));
        family.capacity = values.integer(QStringLiteral("capacity")).value_or(1);
    }
    FamilyMember member;
    member.name = values.name(QStringLiteral("member_name"));
    member.relationship = values.text(QStringLiteral("member_relationship"));
    member.birthYear = values.integer(QStringLiteral("member_birth_year")).value_or(0);
    member.head = values.yesNo(QStringLiteral("member_head")).value_or(false);

    Pending* pending = nullptr;
    if (continues) {
        pending = &m_pending.last();
    } else {
        const QString key = familyKey(family, reference);
        if (const auto it = m_pendingIndex.constFind(key); it != m_pendingIndex.constEnd()) {
            pending = &m_pending[it.value()];
        } else {
            m_pendingIndex.insert(key, static_cast<int>(m_pending.size()));
            m_pending.append({ {}, family });
            pending = &m_pending.last();
        }
    }
    pending->verdict.rows.append(row.number);
    pending->verdict.cells.append(row.cells);
    pending->verdict.problems.append(values.problems());
    pending->family.members.append(member);
    return {};
}

QList<RowVerdict> FamilyRoster::finish()
{
    QList<RowVerdict> verdicts;
    verdicts.reserve(m_pending.size());
    for (Pending& pending : m_pending) {
        verdicts.append(judge(std::move(pending)));
    }
    m_pending.clear();
    m_pendingIndex.clear();
    return verdicts;
}

RowVerdict FamilyRoster::judge(Pending pending)
{
    Family& family = pending.family;
    RowVerdict& verdict = pending.verdict;
    // A household without a head named: its first member leads it, as registers list them.
    if (std::none_of(family.members.cbegin(), family.members.cend(),
                     [](const FamilyMember& m) { return m.head; })) {
        family.members.first().head = true;
    }
    verdict.name = family.familyName;
    if (verdict.problems.isEmpty()) {
        for (const FieldIssue& issue : validateFamily(family, m_today)) {
            verdict.problems.append(
                { verdict.rows.first(), ProblemKind::InvalidValue, issue.field, QString(), issue.message });
        }
    }
    if (!verdict.problems.isEmpty()) {
        verdict.outcome = RowOutcome::Reject;
        verdict.record = recordOf(family);
        return verdict;
    }
    const QString id = m_existing.value(identityKey(family));
    if (id.isEmpty()) {
        verdict.record = recordOf(family);
        return verdict;
    }
    const Result<Family> stored = FamilyStore(m_db).get(id);
    if (!stored) {
        verdict.outcome = RowOutcome::Reject;
        verdict.problems.append(
            { verdict.rows.first(), ProblemKind::NotSaved, QString(), QString(), stored.error().message });
        return verdict;
    }
    // What the file adds: details it gives that differ, members the family does not list yet
    // (the family's heads stay as decided).
    Family withMembers = *stored;
    for (FamilyMember member : family.members) {
        const bool known
            = std::any_of(stored->members.cbegin(), stored->members.cend(), [&](const FamilyMember& m) {
                  return foldForSearch(m.name) == foldForSearch(member.name);
              });
        if (!known) {
            member.head = false;
            withMembers.members.append(member);
        }
    }
    QVariantMap given = family.toFields();
    given.insert(QStringLiteral("members"), withMembers.toFields().value(QStringLiteral("members")));
    settleWithStored(verdict, id, recordOf(*stored), given,
                     { QStringLiteral("family_name_latin"), QStringLiteral("address"),
                       QStringLiteral("region"), QStringLiteral("province"), QStringLiteral("occupation"),
                       QStringLiteral("members") });
    return verdict;
}

Status FamilyRoster::write(const RowVerdict& verdict, const QString& source)
{
    Family family = Family::fromFields(verdict.record);
    family.id = verdict.record.value(QStringLiteral("id")).toString();
    if (verdict.outcome == RowOutcome::Update) {
        return FamilyStore(m_db).update(family);
    }
    const Result<QString> id = FamilyStore(m_db).add(family, m_today, tr("Imported from %1").arg(source));
    if (!id) {
        return id.error();
    }
    m_existing.insert(identityKey(family), *id);
    return {};
}

} // namespace riaya
