#include "http/routes/audit_routes.h"

#include <charconv>

#include "app/audit/audit.h"
#include "http/json/json_response.h"
#include "http/json/problem.h"
#include "http/server/url.h"

namespace casereview::http {
namespace {

using nlohmann::json;

json RecordJson(const app::AuditRecord& record) {
  return {{"seq", record.seq},
          {"at", record.at},
          {"actor", record.actor},
          {"action", record.action},
          {"target_type", record.target_type},
          {"target_id", record.target_id},
          {"client_address", record.client_address},
          {"detail", record.detail},
          {"hash", record.hash}};
}

std::optional<std::int64_t> WholeNumber(const std::string& text) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

Result<json> ListPage(db::ConnectionPool& database, const Request& request) {
  const auto parameters = QueryParameters(request.target());
  if (!parameters) return Fail(ErrorCode::kInvalid, "the query string is not well-formed");
  app::AuditFilter filter;
  std::optional<std::int64_t> after;
  int limit = 50;
  std::vector<FieldError> errors;
  for (const auto& [name, value] : *parameters) {
    if (name == "target_type") {
      filter.target_type = value;
    } else if (name == "target_id") {
      filter.target_id = value;
    } else if (name == "actor") {
      filter.actor = value;
    } else if (name == "from") {
      filter.from = value;
    } else if (name == "to") {
      filter.to = value;
    } else if (name == "after") {
      after = WholeNumber(value);
      if (!after) errors.push_back({"after", "must be the next_after of the previous page"});
    } else if (name == "limit") {
      const auto number = WholeNumber(value);
      if (!number || *number < 1 || *number > app::kMaxAuditPage) {
        errors.push_back({"limit", "must be a whole number from 1 to 200"});
      } else {
        limit = static_cast<int>(*number);
      }
    } else {
      errors.push_back({name, "is not a known filter"});
    }
  }
  if (!errors.empty()) {
    return std::unexpected(Error{ErrorCode::kInvalid, "the audit query is not valid", errors});
  }
  auto connection = database.Acquire();
  if (!connection) return std::unexpected(connection.error());
  auto page = app::ListAudit(**connection, filter, after, limit);
  if (!page) return std::unexpected(page.error());
  json events = json::array();
  for (const auto& record : page->events) events.push_back(RecordJson(record));
  return json{{"events", std::move(events)},
              {"next_after", page->next_after ? json(*page->next_after) : json(nullptr)}};
}

}  // namespace

Result<void> AddAuditRoutes(Router& router, db::ConnectionPool& database) {
  return router.Add(Route{Method::get, "/api/audit", Capability::kReadAudit, Execution::kWorkerPool,
                          [&database](const RequestContext& context) {
                            auto page = ListPage(database, context.request);
                            if (!page) {
                              return ProblemResponse(page.error(), context.request);
                            }
                            return JsonResponse(Status::ok, *page);
                          }});
}

}  // namespace casereview::http
