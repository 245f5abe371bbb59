#include "http/routes/audit_routes.h"

#include "app/audit/audit.h"
#include "http/json/json_null.h"
#include "http/json/json_response.h"
#include "http/json/problem.h"
#include "http/routes/list_query.h"

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

Result<json> ListPage(db::ConnectionPool& database, const Request& request) {
  auto query = ListQuery::Read(request.target());
  if (!query) return Failure(query);
  app::AuditFilter filter;
  filter.target_type = query->Text("target_type");
  filter.target_id = query->Text("target_id");
  filter.actor = query->Text("actor");
  filter.from = query->Text("from");
  filter.to = query->Text("to");
  const auto after = query->Cursor("after", "next_after", WholeNumber);
  const int limit = query->Limit(50, app::kMaxAuditPage);
  if (auto checked = query->Check("the audit query is not valid"); !checked) {
    return Failure(checked);
  }
  auto connection = database.Acquire();
  if (!connection) return std::unexpected(connection.error());
  auto page = app::ListAudit(**connection, filter, after, limit);
  if (!page) return std::unexpected(page.error());
  json events = json::array();
  for (const auto& record : page->events) events.push_back(RecordJson(record));
  return json{{"events", std::move(events)}, {"next_after", OrNull(page->next_after)}};
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
