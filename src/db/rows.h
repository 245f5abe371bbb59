// Reading rows by column name: the one way a use case turns a stored row into
// a record. A column the statement does not have, a value of the wrong kind
// or a stored name that does not parse (an unknown stage, nation or status)
// is a bug or a damaged database, so the whole read fails with kInternal,
// naming the column; it never becomes a silent default.
//
//   auto reviews = db::QueryAll(tx, "SELECT id, stage FROM review WHERE ...", {...},
//                               [](db::RowReader& row) {
//                                 return Review{row.Int("id"), row.Enum("stage", kStages)};
//                               });
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/time/civil_date.h"
#include "db/database.h"

namespace casereview::db {

// One row, read by column name. After a failed read every accessor answers a
// default value and error() says what failed first; QueryAll and QueryOne
// check it, so a reader function never tests it itself.
class RowReader {
 public:
  explicit RowReader(const Row& row) : row_(row) {}

  std::int64_t Int(std::string_view column);
  std::optional<std::int64_t> OptionalInt(std::string_view column);
  std::string Text(std::string_view column);
  std::optional<std::string> OptionalText(std::string_view column);
  // A boolean: the database's own, or SQLite's integer 0 or 1 (any other
  // integer is a failed read, never "true").
  bool Bool(std::string_view column);

  // A stored wire name (core/enum_names.h) read back into its enumeration.
  template <typename Names>
  auto Enum(std::string_view column, const Names& names) {
    using Enum = std::remove_cvref_t<decltype(names.entries()[0].first)>;
    const std::string text = Text(column);
    if (auto parsed = names.Parse(text)) return *parsed;
    if (!failed_) Unparsed(column);
    return Enum{};
  }
  template <typename Names>
  auto OptionalEnum(std::string_view column, const Names& names)
      -> std::optional<std::remove_cvref_t<decltype(names.entries()[0].first)>> {
    const auto text = OptionalText(column);
    if (!text) return std::nullopt;
    if (auto parsed = names.Parse(*text)) return *parsed;
    if (!failed_) Unparsed(column);
    return std::nullopt;
  }
  // A stored value that a domain parser reads (a civil date, an instant):
  // parse(text) -> std::optional<T> or Result<T>.
  template <typename Parse>
  auto Parsed(std::string_view column, Parse&& parse) {
    using T = std::remove_cvref_t<decltype(*parse(std::string_view{}))>;
    const std::string text = Text(column);
    if (auto parsed = parse(std::string_view(text))) return T(*parsed);
    if (!failed_) Unparsed(column);
    return T{};
  }
  template <typename Parse>
  auto OptionalParsed(std::string_view column, Parse&& parse)
      -> std::optional<std::remove_cvref_t<decltype(*parse(std::string_view{}))>> {
    const auto text = OptionalText(column);
    if (!text) return std::nullopt;
    if (auto parsed = parse(std::string_view(*text))) return *parsed;
    if (!failed_) Unparsed(column);
    return std::nullopt;
  }

  bool failed() const { return failed_; }
  const Error& error() const { return error_; }

 private:
  const Value* Column(std::string_view column);
  void Wrong(std::string_view column, std::string_view expected);
  void Unparsed(std::string_view column);

  const Row& row_;
  bool failed_ = false;
  Error error_;
};

// Runs `sql` and reads every row with read(RowReader&) -> T.
template <typename Read>
auto QueryAll(Connection& connection, std::string_view sql, Params params, Read&& read)
    -> Result<std::vector<std::remove_cvref_t<decltype(read(std::declval<RowReader&>()))>>> {
  using T = std::remove_cvref_t<decltype(read(std::declval<RowReader&>()))>;
  auto rows = connection.Query(sql, params);
  if (!rows) return std::unexpected(rows.error());
  std::vector<T> records;
  records.reserve(rows->size());
  for (const Row& row : *rows) {
    RowReader reader(row);
    T record = read(reader);
    if (reader.failed()) return std::unexpected(reader.error());
    records.push_back(std::move(record));
  }
  return records;
}

template <typename Read>
auto QueryAll(Connection& connection, std::string_view sql, std::initializer_list<Value> params,
              Read&& read) {
  return QueryAll(connection, sql, Params(params.begin(), params.size()), std::forward<Read>(read));
}

// As QueryAll, for a statement that gives at most one row: nullopt when none.
template <typename Read>
auto QueryOne(Connection& connection, std::string_view sql, Params params, Read&& read)
    -> Result<std::optional<std::remove_cvref_t<decltype(read(std::declval<RowReader&>()))>>> {
  auto records = QueryAll(connection, sql, params, std::forward<Read>(read));
  if (!records) return std::unexpected(records.error());
  if (records->empty()) return std::nullopt;
  return std::move(records->front());
}

template <typename Read>
auto QueryOne(Connection& connection, std::string_view sql, std::initializer_list<Value> params,
              Read&& read) {
  return QueryOne(connection, sql, Params(params.begin(), params.size()), std::forward<Read>(read));
}

// A nullable SQL value from an optional one.
template <typename T>
Value Nullable(const std::optional<T>& value) {
  return value ? Value(*value) : Value(nullptr);
}

// A nullable civil date, stored in its one text form ("YYYY-MM-DD").
inline Value Nullable(const std::optional<CivilDate>& date) {
  return date ? Value(FormatCivilDate(*date)) : Value(nullptr);
}

}  // namespace casereview::db
