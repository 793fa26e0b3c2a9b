#pragma once

#include <QString>

namespace riaya {

// The FTS5 query for text typed in a search box: every typed word must start a folded
// word of the resident (names, identifiers) or, for words of names, a consonant skeleton
// (so "Mohamed" finds محمد). Words are quoted, so FTS syntax typed by a user is inert.
// An empty result means there is nothing to search for. AsTyped leaves skeletons out;
// WholeWords also asks every typed word to be a whole folded word ("Ali", not Alia).
enum class MatchScope
{
    WholeWords,
    AsTyped,
    AnySpelling
};
QString residentMatchExpression(const QString& text, MatchScope scope = MatchScope::AnySpelling);

} // namespace riaya
