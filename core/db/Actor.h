#pragma once

#include <QStringList>

namespace riaya {

// Who is working: the person signed in, or the local operator of a database that has no
// user accounts yet (made by `riaya-cli init` for scripts), who may do everything.
struct Actor
{
    QString username; // "local" for the local operator
    QStringList roles;
    bool localOperator = true;
};

} // namespace riaya
