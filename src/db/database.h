// The storage port: the narrow interface every use case talks to. SQL is written
// once, portably: PostgreSQL-style $1..$N placeholders, RETURNING, ON CONFLICT,
// UTC ISO-8601 text for instants. Adapters (SQLite now) live beside this file.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.h"

namespace casereview::db {

// One SQL value. Text is UTF-8; instants travel as FormatInstant() text. A
// boolean is its own kind, so that an adapter with a real boolean type
// (PostgreSQL) binds and reads one; SQLite stores it as the integer 0 or 1.
using Value = std::variant<std::nullptr_t, bool, std::int64_t, double, std::string>;

// The names of a result's columns, in SELECT order (the alias when one is given).
using ColumnNames = std::shared_ptr<const std::vector<std::string>>;

// One result row; columns in SELECT order, named as the statement names them.
// Accessors return nullopt for NULL or a value of another type, never throw;
// read rows by name through db/rows.h, which treats a missing column or a
// value of the wrong kind as the bug it is.
class Row {
 public:
  explicit Row(std::vector<Value> columns, ColumnNames names = nullptr)
      : columns_(std::move(columns)), names_(std::move(names)) {}

  std::size_t size() const { return columns_.size(); }
  const Value& at(std::size_t column) const { return columns_.at(column); }
  std::optional<std::int64_t> Int(std::size_t column) const;
  std::optional<std::string> Text(std::size_t column) const;
  bool IsNull(std::size_t column) const;
  // The position of the column named `name`; nullopt when there is none.
  std::optional<std::size_t> Find(std::string_view name) const;

 private:
  std::vector<Value> columns_;
  ColumnNames names_;
};

using Rows = std::vector<Row>;
using Params = std::span<const Value>;

// A connection owned by one thread at a time (see ConnectionPool). Statements are
// prepared once per connection and cached by their SQL text. Errors come back as
// kUnavailable (busy, I/O, corrupt) or kConflict (constraint violated); the
// message names the failing statement's first words, never the bound values.
class Connection {
 public:
  virtual ~Connection() = default;

  // Runs one statement; $N parameters are bound by name from params[N-1].
  virtual Result<Rows> Query(std::string_view sql, Params params) = 0;
  // Runs one statement that returns no rows; yields the number of rows changed.
  virtual Result<std::int64_t> Execute(std::string_view sql, Params params) = 0;
  // Runs several ';'-separated statements without parameters (migrations only).
  virtual Result<void> ExecuteScript(std::string_view sql) = 0;

  virtual Result<void> Begin() = 0;
  virtual Result<void> Commit() = 0;
  virtual void Rollback() noexcept = 0;

  Result<Rows> Query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return Query(sql, Params(params.begin(), params.size()));
  }
  Result<std::int64_t> Execute(std::string_view sql, std::initializer_list<Value> params = {}) {
    return Execute(sql, Params(params.begin(), params.size()));
  }
};

// The one transaction helper: runs work(connection) between BEGIN and COMMIT and
// rolls back when work returns an error (or throws), so a failure leaves nothing
// half-written. Nested use is a bug.
template <typename Work>
auto InTransaction(Connection& connection, Work&& work) -> decltype(work(connection)) {
  if (auto begun = connection.Begin(); !begun) return std::unexpected(begun.error());
  try {
    auto result = work(connection);
    if (!result) {
      connection.Rollback();
      return result;
    }
    if (auto committed = connection.Commit(); !committed) {
      connection.Rollback();
      return std::unexpected(committed.error());
    }
    return result;
  } catch (...) {
    connection.Rollback();
    throw;
  }
}

}  // namespace casereview::db
