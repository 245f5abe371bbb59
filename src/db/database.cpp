#include "db/database.h"

namespace casereview::db {

std::optional<std::int64_t> Row::Int(std::size_t column) const {
  if (const auto* value = std::get_if<std::int64_t>(&columns_.at(column))) return *value;
  return std::nullopt;
}

std::optional<std::string> Row::Text(std::size_t column) const {
  if (const auto* value = std::get_if<std::string>(&columns_.at(column))) return *value;
  return std::nullopt;
}

std::optional<std::size_t> Row::Find(std::string_view name) const {
  if (!names_) return std::nullopt;
  for (std::size_t i = 0; i < names_->size(); ++i) {
    if ((*names_)[i] == name) return i;
  }
  return std::nullopt;
}

bool Row::IsNull(std::size_t column) const {
  return std::holds_alternative<std::nullptr_t>(columns_.at(column));
}

}  // namespace casereview::db
