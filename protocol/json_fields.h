// Private helpers for the to_json/from_json functions of the LSP types.
// Reading is lenient about absence and strict about types: a missing or null
// optional field is fine, a present field of the wrong type throws
// nlohmann::json::type_error, which the endpoint turns into InvalidParams.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace sluice::protocol {

// A required field: throws out_of_range when absent.
template <class T>
void read_field(const nlohmann::json& object, std::string_view key, T& out) {
  object.at(key).get_to(out);
}

// An optional field; absent or null leaves `out` empty.
template <class T>
void read_optional(const nlohmann::json& object, std::string_view key, std::optional<T>& out) {
  out.reset();
  auto field = object.find(key);
  if (field == object.end() || field->is_null()) return;
  out = field->template get<T>();
}

// A field with a default: absent or null keeps `out` as it is.
template <class T>
void read_or_keep(const nlohmann::json& object, std::string_view key, T& out) {
  auto field = object.find(key);
  if (field == object.end() || field->is_null()) return;
  field->get_to(out);
}

// Writes the field only when it has a value: LSP's "key?:" means absent, not null.
template <class T>
void write_optional(nlohmann::json& object, std::string_view key, const std::optional<T>& value) {
  if (value) object[std::string(key)] = *value;
}

// Objects read from a non-object (including null params) fail with a type error
// that names what was expected.
inline void expect_object(const nlohmann::json& json, const char* type_name) {
  if (!json.is_object()) {
    throw nlohmann::json::type_error::create(
        302, std::string(type_name) + " must be an object, not " + json.type_name(), &json);
  }
}

}  // namespace sluice::protocol
