#include "OptionNames.h"

namespace riaya {

const QHash<QString, QString>& familyOptionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("family_name"), QStringLiteral("name") },
        { QStringLiteral("members"), QStringLiteral("head/--member") },
        { QStringLiteral("preferred_age_min"), QStringLiteral("ages") },
        { QStringLiteral("preferred_sex"), QStringLiteral("sex") },
        { QStringLiteral("income_band"), QStringLiteral("income") },
        { QStringLiteral("documents"), QStringLiteral("document") },
        { QStringLiteral("state"), QStringLiteral("to") },
        { QStringLiteral("on_date"), QStringLiteral("date") },
        { QStringLiteral("approval_number"), QStringLiteral("approval-number") },
        { QStringLiteral("approval_renewal_on"), QStringLiteral("renewal") },
        { QStringLiteral("done_on"), QStringLiteral("date") },
        { QStringLiteral("social_worker"), QStringLiteral("social-worker") },
        { QStringLiteral("resident_id"), QStringLiteral("resident") },
        { QStringLiteral("family_id"), QStringLiteral("family") },
        { QStringLiteral("started_on"), QStringLiteral("date") },
        { QStringLiteral("legal_basis"), QStringLiteral("legal-basis") },
        { QStringLiteral("legal_reference"), QStringLiteral("reference") },
        { QStringLiteral("review_on"), QStringLiteral("review") },
        { QStringLiteral("visit_plan"), QStringLiteral("visits-every") },
        { QStringLiteral("ended_on"), QStringLiteral("date") },
        { QStringLiteral("end_reason"), QStringLiteral("reason") },
        { QStringLiteral("institution_id"), QStringLiteral("institution") },
        { QStringLiteral("visited_on"), QStringLiteral("date") },
    };
    return names;
}

const QHash<QString, QString>& inspectionOptionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("institution_id"), QStringLiteral("institution") },
        { QStringLiteral("template_id"), QStringLiteral("template") },
        { QStringLiteral("visited_on"), QStringLiteral("date") },
        { QStringLiteral("follows_up"), QStringLiteral("follows-up") },
        { QStringLiteral("correction_reason"), QStringLiteral("reason") },
        { QStringLiteral("inspection_id"), QStringLiteral("inspection") },
        { QStringLiteral("finding_id"), QStringLiteral("finding") },
        { QStringLiteral("due_on"), QStringLiteral("due") },
        { QStringLiteral("verified_in"), QStringLiteral("verified-in") },
        { QStringLiteral("state_note"), QStringLiteral("note") },
        { QStringLiteral("state_changed_on"), QStringLiteral("date") },
    };
    return names;
}

const QHash<QString, QString>& presenceOptionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("resident_id"), QStringLiteral("resident") },
        { QStringLiteral("institution_id"), QStringLiteral("institution") }
    };
    return names;
}

const QHash<QString, QString>& schoolResultOptionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("resident_id"), QStringLiteral("resident") },
        { QStringLiteral("school_year"), QStringLiteral("year") },
        { QStringLiteral("institution_id"), QStringLiteral("institution") }
    };
    return names;
}

const QHash<QString, QString>& incidentOptionNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("occurred_on"), QStringLiteral("date") },
        { QStringLiteral("action_taken"), QStringLiteral("action") },
        { QStringLiteral("resident_ids"), QStringLiteral("resident") },
        { QStringLiteral("institution_id"), QStringLiteral("institution") },
        { QStringLiteral("void_reason"), QStringLiteral("reason") }
    };
    return names;
}

} // namespace riaya
