#include "Access.h"

#include "db/Database.h"

#include <QHash>

namespace riaya {
namespace {

using enum Permission;

const QHash<QString, QList<Permission>>& grants()
{
    static const QHash<QString, QList<Permission>> table {
        { QStringLiteral("staff"),
          { ReadResidents, EditResidents, ReadHealthNotes, RecordPresence, RecordSchoolResults, ReadIncidents,
            RecordIncidents } },
        { QStringLiteral("supervisor"),
          { ReadResidents, EditResidents, ReadHealthNotes, RecordPresence, RecordSchoolResults, ReadIncidents,
            RecordIncidents, CloseMonth, ExportBundles, ImportReferenceData, ReadAudit, Backup,
            ReadInspections, ReportActionProgress, ReadFamilies } },
        { QStringLiteral("inspector"),
          { ReadResidents, ExportBundles, ImportReferenceData, ReadInspections, ConductInspections,
            ReportActionProgress } },
        { QStringLiteral("social_worker"),
          { ReadResidents, ExportBundles, ImportReferenceData, ReadFamilies, ManageFamilies } },
        { QStringLiteral("clerk"),
          { ReadResidents, ImportBundles, ExportBundles, ReviewImports, ManageInstitutions, ReadInspections,
            ManageTemplates, ReadFamilies } },
        { QStringLiteral("administrator"),
          { ReadResidents, ManageUsers, ManageKeys, ManageInstitutions, ImportReferenceData, ReadAudit,
            Backup, Restore, ReadInspections, ManageTemplates } },
    };
    return table;
}

const char* permissionName(Permission permission)
{
    switch (permission) {
    case ReadResidents:
        return QT_TRANSLATE_NOOP("riaya::Access", "reading residents' files");
    case EditResidents:
        return QT_TRANSLATE_NOOP("riaya::Access", "changing residents' files and stays");
    case ReadHealthNotes:
        return QT_TRANSLATE_NOOP("riaya::Access", "reading health notes");
    case RecordPresence:
        return QT_TRANSLATE_NOOP("riaya::Access", "marking presence");
    case RecordSchoolResults:
        return QT_TRANSLATE_NOOP("riaya::Access", "recording school results");
    case ReadIncidents:
        return QT_TRANSLATE_NOOP("riaya::Access", "reading incidents");
    case RecordIncidents:
        return QT_TRANSLATE_NOOP("riaya::Access", "recording incidents");
    case CloseMonth:
        return QT_TRANSLATE_NOOP("riaya::Access", "closing the month");
    case ExportBundles:
        return QT_TRANSLATE_NOOP("riaya::Access", "exporting bundles");
    case ImportBundles:
        return QT_TRANSLATE_NOOP("riaya::Access", "importing bundles");
    case ImportReferenceData:
        return QT_TRANSLATE_NOOP("riaya::Access", "importing the ministry's bundles");
    case ReviewImports:
        return QT_TRANSLATE_NOOP("riaya::Access", "deciding conflicts and duplicates");
    case ManageInstitutions:
        return QT_TRANSLATE_NOOP("riaya::Access", "managing institutions");
    case ReadInspections:
        return QT_TRANSLATE_NOOP("riaya::Access", "reading inspections");
    case ConductInspections:
        return QT_TRANSLATE_NOOP("riaya::Access", "conducting inspections");
    case ReportActionProgress:
        return QT_TRANSLATE_NOOP("riaya::Access", "recording the progress of corrective actions");
    case ManageTemplates:
        return QT_TRANSLATE_NOOP("riaya::Access", "managing the standards documents");
    case ReadFamilies:
        return QT_TRANSLATE_NOOP("riaya::Access", "reading foster families and placements");
    case ManageFamilies:
        return QT_TRANSLATE_NOOP("riaya::Access", "managing foster families and placements");
    case ManageKeys:
        return QT_TRANSLATE_NOOP("riaya::Access", "managing keys and trusted sites");
    case ManageUsers:
        return QT_TRANSLATE_NOOP("riaya::Access", "managing user accounts");
    case ReadAudit:
        return QT_TRANSLATE_NOOP("riaya::Access", "reading the audit log");
    case Backup:
        return QT_TRANSLATE_NOOP("riaya::Access", "making backups");
    case Restore:
        return QT_TRANSLATE_NOOP("riaya::Access", "restoring a backup");
    }
    return "";
}

} // namespace

const QStringList& allRoles()
{
    static const QStringList roles { QStringLiteral("staff"),     QStringLiteral("supervisor"),
                                     QStringLiteral("inspector"), QStringLiteral("social_worker"),
                                     QStringLiteral("clerk"),     QStringLiteral("administrator") };
    return roles;
}

QString roleLabel(const QString& role)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("staff"), QT_TRANSLATE_NOOP("riaya::Access", "staff") },
        { QStringLiteral("supervisor"), QT_TRANSLATE_NOOP("riaya::Access", "supervisor") },
        { QStringLiteral("inspector"), QT_TRANSLATE_NOOP("riaya::Access", "inspector") },
        { QStringLiteral("social_worker"), QT_TRANSLATE_NOOP("riaya::Access", "social worker") },
        { QStringLiteral("clerk"), QT_TRANSLATE_NOOP("riaya::Access", "clerk") },
        { QStringLiteral("administrator"), QT_TRANSLATE_NOOP("riaya::Access", "administrator") },
    };
    const char* label = labels.value(role);
    return label ? Access::tr(label) : role;
}

QStringList rolesGranting(Permission permission)
{
    QStringList roles;
    for (const QString& role : allRoles()) {
        if (grants().value(role).contains(permission)) {
            roles << role;
        }
    }
    return roles;
}

bool rolesAllow(const QStringList& roles, Permission permission)
{
    return std::any_of(roles.cbegin(), roles.cend(),
                       [&](const QString& role) { return grants().value(role).contains(permission); });
}

bool Access::allows(Database& db, Permission permission)
{
    const Actor& actor = db.actor();
    return actor.localOperator || rolesAllow(actor.roles, permission);
}

Status Access::require(Database& db, Permission permission)
{
    if (allows(db, permission)) {
        return {};
    }
    QStringList labels;
    for (const QString& role : rolesGranting(permission)) {
        labels << roleLabel(role);
    }
    if (db.actor().username.isEmpty()) {
        return Error::refused(
            tr("Sign in first: %1 needs an account on this database.").arg(tr(permissionName(permission))));
    }
    return Error::refused(
        tr("%1 may not do this: %2 is for %3.")
            .arg(db.actor().username, tr(permissionName(permission)), labels.join(QStringLiteral(", "))));
}

} // namespace riaya
