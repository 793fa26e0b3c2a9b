#pragma once

#include "residents/Resident.h"

#include <QList>

namespace riaya {

// What two files of a child are compared on, and how each compared: the clerk is shown
// the reasons with the score, so a likeness can be checked rather than believed.
enum class LikenessField
{
    FirstName,
    FamilyName,
    BirthDate,
    Father,
    Mother,
    MassarCode,
    NationalId
};

enum class Agreement
{
    Same, // equal, or equal but for the spelling mistakes people make
    Close, // one typing mistake apart (a digit of a date or of a code), or a near spelling
    Different
};

struct Evidence
{
    LikenessField field;
    Agreement agreement;
};

struct Likeness
{
    double score = 0; // 0..1
    QList<Evidence> evidence; // only what both files have
    bool namesSwapped = false; // the first and family names were typed in each other's field
};

// How likely two residents are one child, and why (the weights and their reasons are in
// docs/search.md, section 4). Names are compared in their own script when both files have
// it, by consonant skeleton only across scripts; a different family name or first name caps
// the likeness below any threshold; a different Massar code, national identifier or mother
// pulls it down sharply, a shared identifier pulls it up.
Likeness residentLikeness(const Resident& a, const Resident& b);

// Name similarity from 0 to 1 of two names of one kind (first names, family names), each
// given in whichever scripts its file holds.
double nameLikeness(const QString& aArabicField, const QString& aLatinField, const QString& bArabicField,
                    const QString& bLatinField);

} // namespace riaya
