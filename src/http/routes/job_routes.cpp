#include "http/routes/job_routes.h"

#include "http/json/json_null.h"
#include "http/json/json_response.h"
#include "http/routes/case_http.h"
#include "http/routes/list_query.h"

namespace casereview::http {
namespace {

using nlohmann::json;

constexpr int kDefaultJobPage = 50;
constexpr int kMaxJobPage = 200;

json JobJson(const app::Job& job) {
  return {{"id", job.id},
          {"kind", job.kind},
          {"payload", job.payload},
          {"state", kJobStates.Name(job.state)},
          {"attempts", job.attempts},
          {"max_attempts", job.max_attempts},
          {"run_after", job.run_after},
          {"lease_until", OrNull(job.lease_until)},
          {"last_error", OrNull(job.last_error)},
          {"created_at", job.created_at},
          {"updated_at", job.updated_at}};
}

Result<Response> ListJobs(app::JobQueue& jobs, const RequestContext& context) {
  auto query = ListQuery::Read(context.request.target());
  if (!query) return Failure(query);
  app::JobFilter filter;
  filter.state = query->Choice("state", kJobStates, "must be queued, running, done or failed");
  filter.before_id = query->Cursor("cursor", "next_cursor", WholeNumber);
  filter.limit = query->Limit(kDefaultJobPage, kMaxJobPage);
  if (auto checked = query->Check("the job query is not valid"); !checked) return Failure(checked);
  auto page = jobs.List(*context.principal, filter);
  if (!page) return Failure(page);
  json items = json::array();
  for (const auto& job : page->items) items.push_back(JobJson(job));
  return JsonResponse(
      Status::ok, {{"items", std::move(items)},
                   {"next_cursor",
                    page->next_cursor ? json(std::to_string(*page->next_cursor)) : json(nullptr)}});
}

Result<Response> RetryJob(app::JobQueue& jobs, const RequestContext& context) {
  auto id = PathId(context);
  if (!id) return Failure(id);
  auto retried = jobs.Retry(*context.principal, ActorOf(context), *id);
  if (!retried) return Failure(retried);
  return JsonResponse(Status::ok, JobJson(*retried));
}

}  // namespace

Result<void> AddJobRoutes(Router& router, app::JobQueue& jobs) {
  using Use = Result<Response> (*)(app::JobQueue&, const RequestContext&);
  const struct {
    Method method;
    std::string_view pattern;
    Use use;
  } routes[] = {
      {Method::get, "/api/jobs", ListJobs},
      {Method::post, "/api/jobs/{id}/retry", RetryJob},
  };
  for (const auto& route : routes) {
    auto added = router.Add(Route{
        route.method, std::string(route.pattern), Capability::kManageJobs, Execution::kWorkerPool,
        Answering([&jobs, use = route.use](const RequestContext& context) {
          return use(jobs, context);
        })});
    if (!added) return added;
  }
  return {};
}

}  // namespace casereview::http
