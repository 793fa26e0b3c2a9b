#pragma once

#include "common/Result.h"

#include <QDate>

namespace riaya {

struct Family;

// A family's own fields (see common/Validation.h for the convention): a family name, a head
// of family, members with a name, a relationship and a possible birth year, a capacity of 1
// to 10, preferred ages in order up to kMaxChildAge, a known income band and documents, a
// phone that is one.
QList<FieldIssue> validateFamily(const Family& family, const QDate& today = QDate::currentDate());

constexpr int kMaxChildAge = 18;
constexpr int kMaxFamilyText = 4000; // an address, a home study's notes

} // namespace riaya
