#include "InstitutionRoster.h"

#include "RowValues.h"
#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "institutions/InstitutionValidation.h"
#include "security/Access.h"
#include "text/TextFolding.h"

namespace riaya {
namespace {

QStringList identityKeys(const Institution& i)
{
    QStringList keys;
    if (!i.licenceNumber.isEmpty()) {
        keys.append(QStringLiteral("licence:") + foldForSearch(i.licenceNumber));
    }
    for (const QString& name : { i.name, i.nameLatin }) {
        if (const QString folded = foldForSearch(name); !folded.isEmpty()) {
            keys.append(QStringLiteral("name:") + folded);
        }
    }
    return keys;
}

} // namespace

InstitutionRoster::InstitutionRoster(Database& db, const ColumnMapping& mapping, const QDate& today)
    : m_db(db)
    , m_mapping(mapping)
    , m_today(today)
{ }

Status InstitutionRoster::prepare()
{
    if (!m_db.site().isMinistry) {
        return Error::refused(
            tr("The list of institutions is kept by the ministry; a house proposes changes to "
               "its own institution (Requests screen, or riaya-cli institutions propose)."));
    }
    if (Status allowed = Access::require(m_db, Permission::ManageInstitutions); !allowed) {
        return allowed;
    }
    const Result<QList<Institution>> institutions = InstitutionStore(m_db).list();
    if (!institutions) {
        return institutions.error();
    }
    for (const Institution& institution : *institutions) {
        for (const QString& key : identityKeys(institution)) {
            m_existing.insert(key, institution.id);
        }
    }
    return {};
}

QList<RowVerdict> InstitutionRoster::take(const SheetRow& row)
{
    RowValues values(m_mapping, row, m_today);
    Institution i;
    i.name = values.name(QStringLiteral("name"));
    i.nameLatin = values.name(QStringLiteral("name_latin"));
    if (const QString kind = values.institutionKind(QStringLiteral("kind")); !kind.isEmpty()) {
        i.kind = kind;
    }
    i.residentsSex = values.sex(QStringLiteral("residents_sex"));
    i.capacity = values.integer(QStringLiteral("capacity")).value_or(0);
    i.region = values.text(QStringLiteral("region"));
    i.province = values.text(QStringLiteral("province"));
    i.licenceNumber = values.text(QStringLiteral("licence_number"));
    i.licenceExpiresOn = values.date(QStringLiteral("licence_expires_on"));
    for (const FieldIssue& issue : validateInstitution(i)) {
        if (!values.hasProblemWith(issue.field)) {
            values.addProblem(ProblemKind::InvalidValue, issue.field, issue.message);
        }
    }

    RowVerdict verdict;
    verdict.rows = { row.number };
    verdict.cells = { row.cells };
    verdict.record = i.toFields();
    verdict.name = i.name;
    verdict.problems = values.problems();
    if (!verdict.problems.isEmpty()) {
        verdict.outcome = RowOutcome::Reject;
        return { verdict };
    }
    const QStringList keys = identityKeys(i);
    for (const QString& key : keys) {
        if (const auto earlier = m_inFile.constFind(key); earlier != m_inFile.constEnd()) {
            verdict.outcome = RowOutcome::Reject;
            verdict.problems.append(
                { row.number, ProblemKind::DuplicateInFile, QString(), QString(),
                  tr("The same institution as row %1 (%2).").arg(earlier.value()).arg(i.name) });
            return { verdict };
        }
    }
    for (const QString& key : keys) {
        m_inFile.insert(key, row.number);
    }
    for (const QString& key : keys) {
        if (const QString id = m_existing.value(key); !id.isEmpty()) {
            compareWithStored(verdict, id);
            break;
        }
    }
    return { verdict };
}

void InstitutionRoster::compareWithStored(RowVerdict& verdict, const QString& id)
{
    const Result<Institution> stored = InstitutionStore(m_db).get(id);
    if (!stored) {
        verdict.outcome = RowOutcome::Reject;
        verdict.problems.append(
            { verdict.rows.value(0), ProblemKind::NotSaved, QString(), QString(), stored.error().message });
        return;
    }
    // A type the file does not give is the default, not a value the file says.
    QVariantMap given = verdict.record;
    if (m_mapping.columnOf(QStringLiteral("kind")) < 0) {
        given.remove(QStringLiteral("kind"));
    }
    settleWithStored(verdict, id, stored->toFields(), given);
}

Status InstitutionRoster::write(const RowVerdict& verdict, const QString&)
{
    Institution institution = Institution::fromFields(verdict.record);
    if (verdict.outcome == RowOutcome::Update) {
        return InstitutionStore(m_db).update(institution);
    }
    const Result<QString> id = InstitutionStore(m_db).create(institution);
    if (!id) {
        return id.error();
    }
    institution.id = *id;
    for (const QString& key : identityKeys(institution)) {
        m_existing.insert(key, *id);
    }
    return {};
}

} // namespace riaya
