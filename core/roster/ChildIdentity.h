#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace riaya {

struct Resident;

// What makes a row of a roster the same child as another row or a registered file: the same
// Massar code or national identity card, or, for a file that has neither or gives another
// one nowhere, the same names (folded, in either script) and birth date. Two rows with the
// same names and birth date but different Massar codes are two children.
struct ChildIdentity
{
    QString massarCode;
    QString nationalId;
    QStringList nameKeys;

    static ChildIdentity of(const Resident& resident);
    bool contradicts(const ChildIdentity& other) const;
};

// Children by identity, each with a value (a resident's id, the row that had it first).
class IdentityIndex
{
public:
    void add(const ChildIdentity& identity, const QString& value);
    // The value of the child this identity is; empty when none.
    QString find(const ChildIdentity& identity) const;

private:
    struct Entry
    {
        QString value;
        QString massarCode;
        QString nationalId;
    };
    QHash<QString, QString> m_byIdentifier; // "massar:..." or "cin:..." -> value
    QHash<QString, Entry> m_byNames;
};

} // namespace riaya
