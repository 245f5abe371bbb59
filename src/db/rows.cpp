#include "db/rows.h"

#include <fmt/format.h>

namespace casereview::db {

const Value* RowReader::Column(std::string_view column) {
  if (failed_) return nullptr;
  const auto position = row_.Find(column);
  if (!position) {
    failed_ = true;
    error_ =
        Error{ErrorCode::kInternal, fmt::format("database: the row has no column {}", column), {}};
    return nullptr;
  }
  return &row_.at(*position);
}

void RowReader::Wrong(std::string_view column, std::string_view expected) {
  failed_ = true;
  error_ = Error{ErrorCode::kInternal,
                 fmt::format("database: column {} does not hold {}", column, expected),
                 {}};
}

void RowReader::Unparsed(std::string_view column) {
  failed_ = true;
  error_ = Error{ErrorCode::kInternal,
                 fmt::format("database: the value stored in column {} is not one this version "
                             "of casereview knows",
                             column),
                 {}};
}

std::optional<std::int64_t> RowReader::OptionalInt(std::string_view column) {
  const Value* value = Column(column);
  if (value == nullptr || std::holds_alternative<std::nullptr_t>(*value)) return std::nullopt;
  if (const auto* integer = std::get_if<std::int64_t>(value)) return *integer;
  Wrong(column, "a whole number");
  return std::nullopt;
}

std::int64_t RowReader::Int(std::string_view column) {
  const auto value = OptionalInt(column);
  if (!value && !failed_) Wrong(column, "a whole number (it is NULL)");
  return value.value_or(0);
}

std::optional<std::string> RowReader::OptionalText(std::string_view column) {
  const Value* value = Column(column);
  if (value == nullptr || std::holds_alternative<std::nullptr_t>(*value)) return std::nullopt;
  if (const auto* text = std::get_if<std::string>(value)) return *text;
  Wrong(column, "text");
  return std::nullopt;
}

std::string RowReader::Text(std::string_view column) {
  auto value = OptionalText(column);
  if (!value && !failed_) Wrong(column, "text (it is NULL)");
  return value ? std::move(*value) : std::string();
}

bool RowReader::Bool(std::string_view column) {
  const Value* value = Column(column);
  if (value == nullptr) return false;
  if (const auto* flag = std::get_if<bool>(value)) return *flag;
  if (const auto* integer = std::get_if<std::int64_t>(value);
      integer && (*integer == 0 || *integer == 1)) {
    return *integer == 1;
  }
  Wrong(column, "a boolean");
  return false;
}

}  // namespace casereview::db
