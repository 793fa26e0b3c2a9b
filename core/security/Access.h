#pragma once

#include "common/Result.h"
#include "db/Actor.h"

#include <QCoreApplication>
#include <QStringList>

namespace riaya {

class Database;

// What a person may do (issue 5's permissions table). Each role grants a fixed set; a person
// holding several roles may do what any of them may. Core checks these itself, whatever calls
// it: the window only hides what is refused anyway.
enum class Permission
{
    ReadResidents, // the residents' files, stays, presence and school results
    EditResidents, // register, edit, admit, exit, transfer
    ReadHealthNotes,
    RecordPresence,
    RecordSchoolResults,
    ReadIncidents,
    RecordIncidents,
    CloseMonth,
    ExportBundles,
    ImportBundles, // at the ministry: the sites' bundles
    ImportReferenceData, // at a site: the ministry's answers
    ReviewImports, // conflicts and probable duplicates
    ManageInstitutions,
    ReadInspections, // inspections, their reports and corrective actions
    ConductInspections, // score, find, finalize, raise and follow actions
    ReportActionProgress, // at an inspected house: the progress of its corrective actions
    ManageTemplates, // the standards documents, at the ministry
    ReadFamilies, // foster families, placements, visits and their figures
    ManageFamilies, // register and decide on families, place children, record visits
    ManageKeys, // keys, profiles, enrolment, revocation
    ManageUsers,
    ReadAudit,
    Backup,
    Restore,
};

// The roles, as stored in users.roles (comma-separated) and named on the command line.
const QStringList& allRoles();
QString roleLabel(const QString& role);
// The roles that grant a permission, for messages ("… is for supervisors and staff").
QStringList rolesGranting(Permission permission);
bool rolesAllow(const QStringList& roles, Permission permission);

class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    // Refused, saying who may, when the actor of the database may not.
    static Status require(Database& db, Permission permission);
    static bool allows(Database& db, Permission permission);
};

} // namespace riaya
