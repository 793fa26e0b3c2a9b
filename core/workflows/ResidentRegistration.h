#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace riaya {

class Database;
struct Resident;

// Where and when a newly registered resident comes in.
struct Admission
{
    QString institutionId;
    QDate on;
    QString reason;
};

// Registering a child: the file and, when given, the admission, saved together or not at
// all, so no file is left without the stay it was typed with. The window's new-resident
// dialog and `riaya-cli residents add` both come here.
class ResidentRegistration
{
    Q_DECLARE_TR_FUNCTIONS(ResidentRegistration)

public:
    explicit ResidentRegistration(Database& db);

    // The new resident's id.
    Result<QString> registerResident(const Resident& resident, const std::optional<Admission>& admission);

private:
    Database& m_db;
};

} // namespace riaya
