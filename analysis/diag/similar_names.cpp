#include "analysis/diag/similar_names.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace sluice {

namespace {

// The optimal-string-alignment distance (a transposition counts one), or
// `limit + 1` once past `limit`.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > limit) return limit + 1;
  // A common prefix or suffix changes nothing (and a long name typed with
  // one letter wrong stays linear, not quadratic, in its length).
  while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return std::min(gap, limit + 1);
  // Three rows: a transposition looks two rows back.
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  size_t previous_min = 0;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    size_t row_min = current[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
      row_min = std::min(row_min, current[j]);
    }
    // Past the limit in a whole row (and the one before, which a
    // transposition may still reach back to): it cannot come back.
    if (row_min > limit && previous_min > limit) return limit + 1;
    previous_min = row_min;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], limit + 1);
}

// rustc's edit_distance_with_substrings: the distance, discounted when one
// name is (nearly) part of the other (`is_alpha` in `is_alphabetic`).
std::optional<size_t> substring_distance(std::string_view a, std::string_view b, size_t limit) {
  size_t n = a.size(), m = b.size();
  bool big_gap = n * 2 < m || m * 2 < n;
  size_t gap = n > m ? n - m : m - n;
  if (big_gap && gap > limit) return std::nullopt;  // its score is at least the gap
  size_t distance = edit_distance(a, b, limit + gap);
  if (distance > limit + gap) return std::nullopt;
  size_t score = distance - gap;
  if (score == 0 && gap > 0 && !big_gap) score = 1;  // a substring, not the same word
  else if (!big_gap) score += (gap + 1) / 2;
  else score += gap;
  return score <= limit ? std::optional<size_t>(score) : std::nullopt;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::optional<std::string_view> best_match_with_substrings(std::string_view name,
                                                           std::span<const std::string_view> candidates) {
  for (std::string_view candidate : candidates) {
    if (same_ignoring_case(candidate, name)) return candidate;
  }
  size_t limit = std::max<size_t>(name.size(), 3) / 3;
  std::vector<std::string_view> tied;  // the closest so far, equally close
  for (std::string_view candidate : candidates) {
    std::optional<size_t> score = substring_distance(name, candidate, limit);
    if (!score) continue;
    if (*score == 0) return candidate;
    if (*score < limit) {
      limit = *score;
      tied.clear();
    }
    tied.push_back(candidate);
  }
  // A tie is broken by the plain distance, as rustc does.
  if (tied.size() > 1) {
    size_t best = SIZE_MAX;
    std::string_view chosen;
    for (std::string_view candidate : tied) {
      size_t distance = edit_distance(name, candidate, name.size() + candidate.size());
      if (distance < best) best = distance, chosen = candidate;
    }
    return chosen;
  }
  if (!tied.empty()) return tied.front();
  return std::nullopt;
}

std::optional<std::string_view> best_match_for_name(std::string_view name, std::span<const std::string_view> candidates) {
  for (std::string_view candidate : candidates) {
    if (same_ignoring_case(candidate, name)) return candidate;
  }
  size_t limit = std::max<size_t>(name.size(), 3) / 3;
  std::optional<std::string_view> best;
  for (std::string_view candidate : candidates) {
    size_t distance = edit_distance(name, candidate, limit);
    if (distance > limit) continue;
    if (distance == 0) return candidate;
    best = candidate;
    limit = distance - 1;  // a later candidate must be strictly closer
  }
  return best;
}

}  // namespace sluice
