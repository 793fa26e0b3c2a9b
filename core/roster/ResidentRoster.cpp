#include "ResidentRoster.h"

#include "RowValues.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "residents/DuplicateCandidates.h"
#include "residents/DuplicateFinder.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentValidation.h"
#include "security/Access.h"
#include "text/TextFolding.h"
#include "workflows/ResidentRegistration.h"

namespace riaya {
namespace {

const QString kInstitution = QStringLiteral("institution_id");
const QString kAdmittedOn = QStringLiteral("admitted_on");

} // namespace

ResidentRoster::ResidentRoster(Database& db, const ColumnMapping& mapping, const QDate& today)
    : m_db(db)
    , m_mapping(mapping)
    , m_today(today)
{ }

ResidentRoster::~ResidentRoster() = default;

Status ResidentRoster::prepare()
{
    if (Status allowed = Access::require(m_db, Permission::EditResidents); !allowed) {
        return allowed;
    }
    const Result<QList<Institution>> institutions = InstitutionStore(m_db).list();
    if (!institutions) {
        return institutions.error();
    }
    InstitutionStore store(m_db);
    for (const Institution& institution : *institutions) {
        m_institutions.add(institution.id, institution.name, institution.nameLatin);
        m_places.insert(institution.id,
                        { institution.name, institution.capacity - store.presentCount(institution.id) });
    }
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("SELECT id, first_name, last_name, first_name_latin, last_name_latin, birth_date,"
                       " national_id, massar_code FROM residents"
                       " WHERE deleted = 0 AND merged_into IS NULL"));
    if (!query.exec()) {
        return Error::internal(
            tr("The residents already registered could not be read: %1").arg(query.errorText()));
    }
    while (query.next()) {
        Resident r;
        r.firstName = query.value(1).toString();
        r.lastName = query.value(2).toString();
        r.firstNameLatin = query.value(3).toString();
        r.lastNameLatin = query.value(4).toString();
        r.birthDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        r.nationalId = query.value(6).toString();
        r.massarCode = query.value(7).toString();
        m_existing.add(ChildIdentity::of(r), query.value(0).toString());
        ++m_registeredBefore;
    }
    m_finder = std::make_unique<DuplicateFinder>(m_db);
    return {};
}

QList<RowVerdict> ResidentRoster::take(const SheetRow& row)
{
    RowValues values(m_mapping, row, m_today, &m_institutions);
    Resident r;
    values.splitNames(QStringLiteral("first_name"), QStringLiteral("first_name_latin"), r.firstName,
                      r.firstNameLatin);
    values.splitNames(QStringLiteral("last_name"), QStringLiteral("last_name_latin"), r.lastName,
                      r.lastNameLatin);
    r.sex = values.sex(QStringLiteral("sex"));
    r.birthDate = values.date(QStringLiteral("birth_date"));
    r.birthPlace = values.text(QStringLiteral("birth_place"));
    r.fatherName = values.name(QStringLiteral("father_name"));
    r.motherName = values.name(QStringLiteral("mother_name"));
    r.nationalId = values.text(QStringLiteral("national_id")).remove(QLatin1Char(' '));
    r.massarCode = values.text(QStringLiteral("massar_code")).remove(QLatin1Char(' '));
    r.guardianName = values.name(QStringLiteral("guardian_name"));
    r.guardianRelation = values.text(QStringLiteral("guardian_relation"));
    r.guardianPhone = values.text(QStringLiteral("guardian_phone"));
    r.origin = values.text(QStringLiteral("origin"));
    r.schoolName = values.text(QStringLiteral("school_name"));
    r.schoolLevel = values.schoolLevel(QStringLiteral("school_level"));
    r.healthNotes = values.text(QStringLiteral("health_notes"));

    QString institution = values.institution(QStringLiteral("institution"));
    if (institution.isEmpty() && values.isEmpty(QStringLiteral("institution"))) {
        institution = m_db.site().institutionId;
    }
    QDate admittedOn = values.date(kAdmittedOn);
    if (!admittedOn.isValid() && values.isEmpty(kAdmittedOn)) {
        admittedOn = m_today;
    }

    // The record's own checks, for what the cells did not already say is wrong.
    for (const FieldIssue& issue : validateResident(r, m_today)) {
        if (!values.hasProblemWith(issue.field)) {
            values.addProblem(ProblemKind::InvalidValue, issue.field, issue.message);
        }
    }

    RowVerdict verdict;
    verdict.rows = { row.number };
    verdict.cells = { row.cells };
    verdict.record = r.toFields();
    verdict.name = r.displayName();
    if (!institution.isEmpty()) {
        verdict.record.insert(kInstitution, institution);
        verdict.record.insert(kAdmittedOn, admittedOn.toString(Qt::ISODate));
    }
    verdict.problems = values.problems();
    if (!verdict.problems.isEmpty()) {
        verdict.outcome = RowOutcome::Reject;
        return { verdict };
    }

    const ChildIdentity identity = ChildIdentity::of(r);
    if (const QString earlier = m_inFile.find(identity); !earlier.isEmpty()) {
        verdict.outcome = RowOutcome::Reject;
        verdict.problems.append({ row.number, ProblemKind::DuplicateInFile, QString(), QString(),
                                  tr("The same child as row %1 (%2).").arg(earlier, r.displayName()) });
        return { verdict };
    }
    m_inFile.add(identity, QString::number(row.number));
    if (const QString id = m_existing.find(identity); !id.isEmpty()) {
        compareWithStored(verdict, id);
        return { verdict };
    }
    // A new child takes a place: the dry run says so before the admission would be refused.
    if (!institution.isEmpty()) {
        Places& places = m_places[institution];
        if (places.left <= 0) {
            verdict.outcome = RowOutcome::Reject;
            verdict.problems.append(
                { row.number, ProblemKind::InvalidValue, QStringLiteral("institution"), QString(),
                  tr("%1 has no place left for this child: the rows above fill it.").arg(places.name) });
            return { verdict };
        }
        --places.left;
    }
    if (const Result<QList<DuplicateCandidate>> candidates = m_finder->candidatesFor(r); candidates) {
        for (const DuplicateCandidate& candidate : *candidates) {
            verdict.likely.append(
                { candidate.resident.id, candidate.resident.displayName(), candidate.score });
        }
    }
    return { verdict };
}

// A child already registered: what the file says that the file in the database does not.
void ResidentRoster::compareWithStored(RowVerdict& verdict, const QString& id)
{
    const Result<Resident> stored = ResidentStore(m_db).get(id);
    if (!stored) {
        verdict.outcome = RowOutcome::Reject;
        verdict.problems.append(
            { verdict.rows.value(0), ProblemKind::NotSaved, QString(), QString(), stored.error().message });
        return;
    }
    settleWithStored(verdict, id, stored->toFields(), Resident::fromFields(verdict.record).toFields());
}

Status ResidentRoster::write(const RowVerdict& verdict, const QString& source)
{
    const Resident resident = Resident::fromFields(verdict.record);
    if (verdict.outcome == RowOutcome::Update) {
        return ResidentStore(m_db).update(resident);
    }
    std::optional<Admission> admission;
    if (const QString institution = verdict.record.value(kInstitution).toString(); !institution.isEmpty()) {
        admission = Admission { institution,
                                QDate::fromString(verdict.record.value(kAdmittedOn).toString(), Qt::ISODate),
                                tr("Imported from %1").arg(source) };
    }
    const Result<QString> id = ResidentRegistration(m_db).registerResident(resident, admission);
    if (!id) {
        return id.error();
    }
    m_existing.add(ChildIdentity::of(resident), *id);
    m_registeredHere.insert(*id);
    // Probably a child already registered: a person decides, as for two sites' files.
    if (!verdict.likely.isEmpty()) {
        if (!m_candidates) {
            m_candidates = std::make_unique<DuplicateCandidates>(m_db);
        }
        for (const LikelyMatch& match : verdict.likely) {
            if (const Result<bool> queued = m_candidates->queue(*id, match.id, match.score, source);
                !queued) {
                return queued.error();
            }
        }
    }
    return {};
}

} // namespace riaya
