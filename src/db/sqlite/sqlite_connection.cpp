#include "db/sqlite/sqlite_connection.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace casereview::db {
namespace {

// The first words of a statement, enough to tell which one failed in a log
// without ever carrying a bound value.
std::string StatementLabel(std::string_view sql) {
  constexpr std::size_t kMaxLength = 40;
  std::string label(sql.substr(0, kMaxLength));
  for (char& c : label) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return sql.size() > kMaxLength ? label + "..." : label;
}

std::unexpected<Error> SqliteFailure(sqlite3* handle, int code, std::string_view sql) {
  const int primary = code & 0xff;
  // A constraint the use cases did not check first is a bug (kInternal): its
  // message, which names the statement, goes to the log and not to a client.
  ErrorCode error_code = ErrorCode::kInternal;
  switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_NOMEM:
      error_code = ErrorCode::kUnavailable;
      break;
    default:
      break;
  }
  const char* detail = handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(code);
  // Only kInternal messages (logged, never sent) name the statement.
  if (error_code == ErrorCode::kUnavailable) {
    return Fail(error_code, fmt::format("the database cannot serve now: {}", sqlite3_errstr(code)));
  }
  return Fail(error_code, fmt::format("database: {} ({})", detail, StatementLabel(sql)));
}

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(sqlite3* handle, const SqliteOptions& options)
      : handle_(handle),
        writers_(options.writers),
        patience_(std::chrono::milliseconds(options.busy_timeout_ms)) {}
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  ~SqliteConnection() override {
    LeaveGate();
    for (auto& [sql, prepared] : statements_) sqlite3_finalize(prepared.statement);
    sqlite3_close_v2(handle_);
  }

  Result<Rows> Query(std::string_view sql, Params params) override {
    auto prepared = Prepare(sql, params);
    if (!prepared) return std::unexpected(prepared.error());
    sqlite3_stmt* statement = (*prepared)->statement;
    const ColumnNames& names = (*prepared)->names;
    Rows rows;
    while (true) {
      const int step = sqlite3_step(statement);
      if (step == SQLITE_DONE) break;
      if (step != SQLITE_ROW) {
        auto failure = SqliteFailure(handle_, step, sql);
        sqlite3_reset(statement);
        return failure;
      }
      rows.push_back(ReadRow(statement, names));
    }
    sqlite3_reset(statement);
    return rows;
  }

  Result<std::int64_t> Execute(std::string_view sql, Params params) override {
    auto rows = Query(sql, params);
    if (!rows) return std::unexpected(rows.error());
    return sqlite3_changes64(handle_);
  }

  Result<void> ExecuteScript(std::string_view sql) override {
    const std::string script(sql);
    const int code = sqlite3_exec(handle_, script.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) return SqliteFailure(handle_, code, sql);
    return {};
  }

  Result<void> Begin() override {
    if (writers_ != nullptr && !in_gate_) {
      if (!writers_->Enter(patience_)) {
        return Fail(ErrorCode::kUnavailable,
                    "the database cannot serve now: another change is slow");
      }
      in_gate_ = true;
    }
    auto begun = Simple("BEGIN IMMEDIATE");
    if (!begun) LeaveGate();
    return begun;
  }
  Result<void> Commit() override {
    auto committed = Simple("COMMIT");
    // A failed COMMIT may leave the transaction open; Rollback then leaves the gate.
    if (committed || sqlite3_get_autocommit(handle_) != 0) LeaveGate();
    return committed;
  }
  void Rollback() noexcept override {
    if (sqlite3_get_autocommit(handle_) == 0) (void)Simple("ROLLBACK");
    LeaveGate();
  }

 private:
  void LeaveGate() noexcept {
    if (!in_gate_) return;
    in_gate_ = false;
    writers_->Leave();
  }

  Result<void> Simple(std::string_view sql) {
    auto executed = Execute(sql, Params{});
    if (!executed) return std::unexpected(executed.error());
    return {};
  }

  // A prepared statement and the names of its result columns.
  struct Prepared {
    sqlite3_stmt* statement = nullptr;
    ColumnNames names;
  };

  Result<const Prepared*> Prepare(std::string_view sql, Params params) {
    auto found = statements_.find(std::string(sql));
    if (found == statements_.end()) {
      sqlite3_stmt* created = nullptr;
      const int code = sqlite3_prepare_v3(handle_, sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &created, nullptr);
      if (code != SQLITE_OK) return SqliteFailure(handle_, code, sql);
      auto names = std::make_shared<std::vector<std::string>>();
      for (int i = 0; i < sqlite3_column_count(created); ++i) {
        const char* name = sqlite3_column_name(created, i);
        names->emplace_back(name != nullptr ? name : "");
      }
      found = statements_.emplace(std::string(sql), Prepared{created, std::move(names)}).first;
    }
    sqlite3_stmt* statement = found->second.statement;
    sqlite3_clear_bindings(statement);
    if (static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)) != params.size()) {
      return Fail(
          ErrorCode::kInternal,
          fmt::format("database: {} parameters given for {} placeholders ({})", params.size(),
                      sqlite3_bind_parameter_count(statement), StatementLabel(sql)));
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
      // SQLite numbers $N in order of first appearance, so bind by name.
      const std::string name = fmt::format("${}", i + 1);
      const int index = sqlite3_bind_parameter_index(statement, name.c_str());
      if (index == 0) {
        return Fail(ErrorCode::kInternal, fmt::format("database: placeholder {} missing ({})", name,
                                                      StatementLabel(sql)));
      }
      const int code = Bind(statement, index, params[i]);
      if (code != SQLITE_OK) return SqliteFailure(handle_, code, sql);
    }
    return &found->second;
  }

  static int Bind(sqlite3_stmt* statement, int index, const Value& value) {
    if (const auto* flag = std::get_if<bool>(&value)) {
      return sqlite3_bind_int64(statement, index, *flag ? 1 : 0);
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      return sqlite3_bind_int64(statement, index, *integer);
    }
    if (const auto* real = std::get_if<double>(&value)) {
      return sqlite3_bind_double(statement, index, *real);
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
      return sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    }
    return sqlite3_bind_null(statement, index);
  }

  static Row ReadRow(sqlite3_stmt* statement, const ColumnNames& names) {
    const int count = sqlite3_column_count(statement);
    std::vector<Value> columns;
    columns.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
      switch (sqlite3_column_type(statement, i)) {
        case SQLITE_INTEGER:
          columns.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(statement, i)));
          break;
        case SQLITE_FLOAT:
          columns.emplace_back(sqlite3_column_double(statement, i));
          break;
        case SQLITE_NULL:
          columns.emplace_back(nullptr);
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
          const int size = sqlite3_column_bytes(statement, i);
          columns.emplace_back(std::string(text, static_cast<std::size_t>(size)));
        }
      }
    }
    return Row(std::move(columns), names);
  }

  sqlite3* handle_;
  std::shared_ptr<WriterGate> writers_;
  std::chrono::milliseconds patience_;
  bool in_gate_ = false;
  std::unordered_map<std::string, Prepared> statements_;
};

}  // namespace

Result<std::unique_ptr<Connection>> OpenSqlite(const std::filesystem::path& path,
                                               const SqliteOptions& options) {
  sqlite3* handle = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int code = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  if (code != SQLITE_OK) {
    auto failure = SqliteFailure(handle, code, "open");
    sqlite3_close_v2(handle);
    return failure;
  }
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_busy_timeout(handle, options.busy_timeout_ms);
  auto connection = std::make_unique<SqliteConnection>(handle, options);
  const std::string pragmas =
      "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
  if (auto applied = connection->ExecuteScript(pragmas); !applied) {
    return std::unexpected(applied.error());
  }
  return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace casereview::db
