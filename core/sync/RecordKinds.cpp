#include "RecordKinds.h"

#include "daily/Incident.h"
#include "daily/Presence.h"
#include "daily/SchoolResult.h"
#include "families/Family.h"
#include "families/Placement.h"
#include "inspections/CorrectiveAction.h"
#include "institutions/Institution.h"
#include "residents/Resident.h"
#include "security/Access.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace riaya {
namespace {

// One name per table of syncedTables() (db/Migrations.cpp), in its order. The context is the
// one the names had in the window, so the catalogues keep their translations.
struct RecordKind
{
    const char* table;
    const char* name;
};

constexpr RecordKind kKinds[] = {
    { "institutions", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Institutions") },
    { "users", QT_TRANSLATE_NOOP("riaya::RecordKinds", "User accounts") },
    { "requests", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Requests between sites") },
    { "grants", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Access granted to other sites") },
    { "residents", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Residents") },
    { "stays", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Stays") },
    { "presence", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Presence marks") },
    { "school_results", QT_TRANSLATE_NOOP("riaya::RecordKinds", "School results") },
    { "incidents", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Incidents") },
    { "month_reports", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Approved months") },
    { "revocations", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Revoked keys") },
    { "inspection_templates", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Standards documents") },
    { "inspections", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Inspections") },
    { "corrective_actions", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Corrective actions") },
    { "families", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Foster families") },
    { "family_events", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Family decisions") },
    { "home_studies", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Home studies") },
    { "placements", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Placements") },
    { "placement_visits", QT_TRANSLATE_NOOP("riaya::RecordKinds", "Placement visits") },
};

const RecordKind* find(const QString& table)
{
    for (const RecordKind& kind : kKinds) {
        if (table == QLatin1String(kind.table)) {
            return &kind;
        }
    }
    return nullptr;
}

bool is(const QString& text, const char* expected)
{
    return text == QLatin1String(expected);
}

QString sexLabel(const QString& sex)
{
    return is(sex, "F") ? QCoreApplication::translate("riaya::RecordKinds", "Female")
        : is(sex, "M")  ? QCoreApplication::translate("riaya::RecordKinds", "Male")
                        : sex;
}

// The roles of an account are stored as a JSON list: each is named.
QString rolesLabel(const QString& roles)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(roles.toUtf8());
    if (!parsed.isArray()) {
        return roles;
    }
    QStringList names;
    for (const QJsonValue& role : parsed.array()) {
        names << roleLabel(role.toString());
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString recordValueLabel(const QString& table, const QString& column, const QString& value)
{
    if (value.isEmpty()) {
        return value;
    }
    if (is(column, "deleted") || is(column, "disabled")) {
        return is(value, "1") || is(value, "true") ? QCoreApplication::translate("riaya::RecordKinds", "yes")
            : is(value, "0") || is(value, "false") ? QCoreApplication::translate("riaya::RecordKinds", "no")
                                                   : value;
    }
    if (is(column, "sex") || is(column, "preferred_sex")) {
        return sexLabel(value);
    }
    if (is(table, "institutions") && is(column, "residents_sex")) {
        // The words the setup offers for whom a house receives.
        return is(value, "F") ? QCoreApplication::translate("riaya::SetupWizard", "Girls only")
            : is(value, "M")  ? QCoreApplication::translate("riaya::SetupWizard", "Boys only")
                              : value;
    }
    if (is(table, "residents")) {
        return is(column, "status")      ? residentStatusLabel(value)
            : is(column, "school_level") ? schoolLevelLabel(value)
                                         : value;
    }
    if (is(table, "stays") && is(column, "exit_kind")) {
        // The texts the resident's file shows for the end of a stay.
        return is(value, "left")
            ? QCoreApplication::translate("riaya::ResidentFileDialog", "left", "how a stay ended")
            : is(value, "transferred")
            ? QCoreApplication::translate("riaya::ResidentFileDialog", "transferred", "how a stay ended")
            : is(value, "placed")
            ? QCoreApplication::translate("riaya::ResidentFileDialog", "placed in a family")
            : value;
    }
    if (is(table, "presence") && is(column, "state")) {
        return presenceStateLabel(value);
    }
    if (is(table, "school_results") && is(column, "decision")) {
        return schoolDecisionLabel(value);
    }
    if (is(table, "incidents") && is(column, "kind")) {
        return incidentKindLabel(value);
    }
    if (is(table, "institutions") && is(column, "kind")) {
        return institutionKindLabel(value);
    }
    if (is(table, "inspections") && is(column, "state")) {
        return is(value, "final")
            ? QCoreApplication::translate("riaya::InspectionsPage", "finalized", "state of an inspection")
            : is(value, "draft")
            ? QCoreApplication::translate("riaya::InspectionsPage", "draft", "state of an inspection")
            : value;
    }
    if (is(table, "corrective_actions") && is(column, "state")) {
        return actionStateLabel(value);
    }
    if ((is(table, "families") || is(table, "family_events")) && is(column, "state")) {
        return familyStateLabel(value);
    }
    if (is(table, "families") && is(column, "income_band")) {
        return incomeBandLabel(value);
    }
    if (is(table, "home_studies") && is(column, "recommendation")) {
        return recommendationLabel(value);
    }
    if (is(table, "placements")) {
        return is(column, "legal_basis") ? legalBasisLabel(value)
            : is(column, "outcome")      ? placementOutcomeLabel(value)
                                         : value;
    }
    if (is(table, "placement_visits") && is(column, "wellbeing")) {
        return wellbeingLabel(value);
    }
    if (is(table, "users") && is(column, "roles")) {
        return rolesLabel(value);
    }
    return value;
}

QString recordKindName(const QString& table)
{
    const RecordKind* kind = find(table);
    return kind ? QCoreApplication::translate("riaya::RecordKinds", kind->name) : table;
}

QString recordKindSourceName(const QString& table)
{
    const RecordKind* kind = find(table);
    return kind ? QString::fromLatin1(kind->name) : QString();
}

} // namespace riaya
