#pragma once

#include <QString>

namespace riaya {

// The FTS5 query for text typed in a search box: every typed word must start a folded
// word of the resident (names, identifiers) or, for words of names, a consonant skeleton
// (so "Mohamed" finds محمد). Words are quoted, so FTS syntax typed by a user is inert.
// An empty result means there is nothing to search for.
QString residentMatchExpression(const QString& text);

// bm25 weights for the two columns: a match as typed outranks a cross-script one.
inline constexpr const char* kResidentRank = "bm25(resident_search, 10.0, 1.0)";

} // namespace riaya
