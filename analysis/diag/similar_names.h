// "Did you mean": the candidate rustc would suggest for a mistyped name.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace sluice {

// As rustc's find_best_match_for_name: a candidate equal to `name` but for
// case; else the first with the smallest edit distance (transpositions count
// one) within a third of `name`'s length, at least 1. None when nothing is close.
std::optional<std::string_view> best_match_for_name(std::string_view name, std::span<const std::string_view> candidates);
// As rustc's find_best_match_for_name_with_substrings (method names): a
// candidate that contains `name`, or nearly, counts as close.
std::optional<std::string_view> best_match_with_substrings(std::string_view name,
                                                           std::span<const std::string_view> candidates);

}  // namespace sluice
