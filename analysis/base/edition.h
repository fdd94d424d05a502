// Rust editions. Shared by the lexer (edition-dependent keywords), the
// parser and the workspace loader (Cargo.toml's `edition`).
#pragma once

#include <cstdint>
#include <string_view>

namespace sluice {

enum class Edition : uint8_t { E2015, E2018, E2021, E2024 };

// "2015" -> E2015 etc.; false for anything else.
inline bool parse_edition(std::string_view text, Edition& out) {
  if (text == "2015") out = Edition::E2015;
  else if (text == "2018") out = Edition::E2018;
  else if (text == "2021") out = Edition::E2021;
  else if (text == "2024") out = Edition::E2024;
  else return false;
  return true;
}

inline std::string_view edition_name(Edition edition) {
  switch (edition) {
    case Edition::E2015: return "2015";
    case Edition::E2018: return "2018";
    case Edition::E2021: return "2021";
    case Edition::E2024: return "2024";
  }
  return "2021";
}

}  // namespace sluice
