#include "FieldLabels.h"

#include <QCoreApplication>

namespace riaya {
namespace {

struct FieldLabel
{
    const char* table; // nullptr: the column in any table
    const char* column;
    const char* label;
};

// Table-specific labels come first: the first match wins.
constexpr FieldLabel kLabels[] = {
    { "incidents", "kind", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Kind of incident") },
    { "incidents", "voided_at", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Voided at") },
    { "incidents", "voided_by", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Voided by") },
    { "incidents", "void_reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Why it was voided") },
    { "institutions", "kind", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Kind of institution") },
    { "institutions", "capacity", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Places") },
    { "institutions", "residents_sex", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Receives") },
    { "families", "capacity", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Children the family can take") },
    { "families", "state", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Stage of the file") },
    { "family_events", "state", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Stage decided") },
    { "residents", "status", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Status") },
    { "residents", "origin", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Place of origin") },
    { "inspections", "score", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Score") },
    { "inspections", "state", QT_TRANSLATE_NOOP("riaya::FieldLabels", "State of the inspection") },
    { "corrective_actions", "state", QT_TRANSLATE_NOOP("riaya::FieldLabels", "State of the action") },
    { "corrective_actions", "description", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Action to take") },
    { "placement_visits", "school", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Schooling") },
    { "placement_visits", "health", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Health") },
    { "presence", "state", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Presence") },
    { "revocations", "site_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Site") },
    { "users", "roles", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Roles") },
    { "requests", "kind", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Kind of request") },
    { "requests", "state", QT_TRANSLATE_NOOP("riaya::FieldLabels", "State of the request") },
    { "requests", "reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reason") },
    { "grants", "reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reason") },

    // Stamps every synced record carries.
    { nullptr, "id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Record") },
    { nullptr, "origin_site", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Made at") },
    { nullptr, "version", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Version") },
    { nullptr, "updated_at", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Changed at") },
    { nullptr, "updated_by", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Changed by") },
    { nullptr, "deleted", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Removed") },

    // Institutions.
    { nullptr, "name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Name") },
    { nullptr, "name_latin", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Name in Latin letters") },
    { nullptr, "region", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Region") },
    { nullptr, "province", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Province") },
    { nullptr, "licence_number", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Licence number") },
    { nullptr, "licence_expires_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Licence expires on") },

    // Residents.
    { nullptr, "first_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "First name") },
    { nullptr, "last_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Family name") },
    { nullptr, "first_name_latin", QT_TRANSLATE_NOOP("riaya::FieldLabels", "First name in Latin letters") },
    { nullptr, "last_name_latin", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Family name in Latin letters") },
    { nullptr, "father_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Father's name") },
    { nullptr, "mother_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Mother's name") },
    { nullptr, "sex", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Sex") },
    { nullptr, "birth_date", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Birth date") },
    { nullptr, "birth_place", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Place of birth") },
    { nullptr, "national_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "National identity number") },
    { nullptr, "massar_code", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Massar code") },
    { nullptr, "guardian_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Guardian's name") },
    { nullptr, "guardian_relation", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Guardian's relation") },
    { nullptr, "guardian_phone", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Guardian's phone") },
    { nullptr, "school_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "School") },
    { nullptr, "school_level", QT_TRANSLATE_NOOP("riaya::FieldLabels", "School level") },
    { nullptr, "health_notes", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Health notes") },
    { nullptr, "merged_into", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Merged into") },
    { nullptr, "institution_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Institution") },

    // Stays, presence, school results, incidents.
    { nullptr, "resident_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Resident") },
    { nullptr, "admitted_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Admitted on") },
    { nullptr, "admission_reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reason for admission") },
    { nullptr, "exited_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Left on") },
    { nullptr, "exit_kind", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Kind of exit") },
    { nullptr, "exit_reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reason for leaving") },
    { nullptr, "day", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Day") },
    { nullptr, "note", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Note") },
    { nullptr, "school_year", QT_TRANSLATE_NOOP("riaya::FieldLabels", "School year") },
    { nullptr, "term", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Term") },
    { nullptr, "average", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Average") },
    { nullptr, "decision", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Decision") },
    { nullptr, "occurred_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Occurred on") },
    { nullptr, "description", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Description") },
    { nullptr, "action_taken", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Action taken") },
    { nullptr, "reported_to", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reported to") },
    { nullptr, "resident_ids", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Residents concerned") },

    // Accounts, revocations, approved months.
    { nullptr, "username", QT_TRANSLATE_NOOP("riaya::FieldLabels", "User name") },
    { nullptr, "full_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Full name") },
    { nullptr, "password_hash", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Password") },
    { nullptr, "disabled", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Disabled") },
    { nullptr, "sign_key", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Signing key") },
    { nullptr, "reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reason") },
    { nullptr, "revoked_at", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Revoked at") },
    { nullptr, "month", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Month") },
    { nullptr, "figures", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Figures") },
    { nullptr, "approved_by", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Approved by") },
    { nullptr, "approved_at", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Approved at") },

    // Standards documents, inspections, corrective actions.
    { nullptr, "code", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Code") },
    { nullptr, "edition", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Edition") },
    { nullptr, "title", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Title") },
    { nullptr, "content", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Content") },
    { nullptr, "root_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "First version") },
    { nullptr, "template_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Standards document") },
    { nullptr, "visited_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Visited on") },
    { nullptr, "inspector", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Inspector") },
    { nullptr, "state", QT_TRANSLATE_NOOP("riaya::FieldLabels", "State") },
    { nullptr, "answers", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Answers") },
    { nullptr, "findings", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Findings") },
    { nullptr, "follows_up", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Follows up") },
    { nullptr, "supersedes", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Corrects") },
    { nullptr, "correction_reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reason for the correction") },
    { nullptr, "finalized_at", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Finalized at") },
    { nullptr, "score", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Score") },
    { nullptr, "inspection_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Inspection") },
    { nullptr, "finding_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Finding") },
    { nullptr, "responsible", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Responsible") },
    { nullptr, "due_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Due on") },
    { nullptr, "state_note", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Note on the state") },
    { nullptr, "state_changed_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "State changed on") },
    { nullptr, "verified_in", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Verified during") },
    { nullptr, "evidence", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Evidence") },

    // Requests between sites and access granted.
    { nullptr, "subject_table", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Kind of record concerned") },
    { nullptr, "subject_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Record concerned") },
    { nullptr, "from_site", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Asked by") },
    { nullptr, "to_site", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Asked of") },
    { nullptr, "effective_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Takes effect on") },
    { nullptr, "proposed", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Proposed details") },
    { nullptr, "decided_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Decided on") },
    { nullptr, "decided_by", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Decided by") },
    { nullptr, "decision_note", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Note on the decision") },
    { nullptr, "grantee_site", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Granted to") },
    { nullptr, "kinds", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Records it may add") },
    { nullptr, "fields", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Fields it may change") },
    { nullptr, "until", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Until") },
    { nullptr, "request_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Request") },

    // Families, home studies, placements, visits.
    { nullptr, "family_name", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Family name") },
    { nullptr, "family_name_latin", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Family name in Latin letters") },
    { nullptr, "members", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Members") },
    { nullptr, "member_names", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Members' names") },
    { nullptr, "address", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Address") },
    { nullptr, "phone", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Phone") },
    { nullptr, "occupation", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Occupation") },
    { nullptr, "income_band", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Income") },
    { nullptr, "documents", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Documents received") },
    { nullptr, "state_since", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Stage since") },
    { nullptr, "approval_number", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Approval number") },
    { nullptr, "approval_renewal_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Approval to renew on") },
    { nullptr, "capacity", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Capacity") },
    { nullptr, "preferred_age_min", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Youngest age wished") },
    { nullptr, "preferred_age_max", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Oldest age wished") },
    { nullptr, "preferred_sex", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Sex wished") },
    { nullptr, "family_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Family") },
    { nullptr, "on_date", QT_TRANSLATE_NOOP("riaya::FieldLabels", "On") },
    { nullptr, "decided_by", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Decided by") },
    { nullptr, "done_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Done on") },
    { nullptr, "social_worker", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Social worker") },
    { nullptr, "assessment", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Assessment") },
    { nullptr, "recommendation", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Recommendation") },
    { nullptr, "started_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Started on") },
    { nullptr, "legal_basis", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Legal basis") },
    { nullptr, "legal_reference", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Legal reference") },
    { nullptr, "review_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Review on") },
    { nullptr, "visit_plan", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Visit plan") },
    { nullptr, "from_institution_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "From the institution") },
    { nullptr, "ended_on", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Ended on") },
    { nullptr, "outcome", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Outcome") },
    { nullptr, "end_reason", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Reason for the end") },
    { nullptr, "placement_id", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Placement") },
    { nullptr, "wellbeing", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Wellbeing") },
    { nullptr, "concerns", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Concerns") },
    { nullptr, "next_steps", QT_TRANSLATE_NOOP("riaya::FieldLabels", "Next steps") },
};

const FieldLabel* find(const QString& table, const QString& column)
{
    for (const FieldLabel& entry : kLabels) {
        if (column == QLatin1String(entry.column) && (!entry.table || table == QLatin1String(entry.table))) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

QString fieldLabel(const QString& table, const QString& column)
{
    const FieldLabel* entry = find(table, column);
    return entry ? QCoreApplication::translate("riaya::FieldLabels", entry->label) : column;
}

QString fieldSourceLabel(const QString& table, const QString& column)
{
    const FieldLabel* entry = find(table, column);
    return entry ? QString::fromLatin1(entry->label) : QString();
}

QString actorLabel(const QString& actor)
{
    return actor == QLatin1String("local")
        ? QCoreApplication::translate("riaya::FieldLabels", "The operator of this computer")
        : actor;
}

} // namespace riaya
