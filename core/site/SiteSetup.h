#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace riaya {

class Database;

struct SiteSettings
{
    QString name;
    bool ministry = false;
    // A site that is an institution gets its institution record at setup.
    bool withInstitution = true;
    QString institutionKind = QStringLiteral("student_house");
    QString residentsSex; // "F" girls, "M" boys, empty both (Institution::residentsSex)
    int capacity = 60;
    QString region;
};

// Gives a new database its identity: the site row, and for a house its institution.
class SiteSetup
{
    Q_DECLARE_TR_FUNCTIONS(SiteSetup)

public:
    static Status initialise(Database& db, const SiteSettings& settings);
};

} // namespace riaya
