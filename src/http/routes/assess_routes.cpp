#include "http/routes/assess_routes.h"

#include "core/statutory/assessment.h"
#include "http/json/assessment_json.h"
#include "http/json/json_body.h"
#include "http/json/json_response.h"
#include "http/json/problem.h"

namespace casereview::http {

Result<void> AddAssessRoutes(Router& router) {
  // Pure computation in microseconds; the worker pool only because the session is read.
  return router.Add(Route{Method::post, "/api/assess", Capability::kUseDecisionSupport,
                          Execution::kWorkerPool, [](const RequestContext& context) {
                            auto body = ReadJsonObject(context.request);
                            if (!body) return ProblemResponse(body.error(), context.request);
                            auto incident = ParseIncident(*body);
                            if (!incident)
                              return ProblemResponse(incident.error(), context.request);
                            return JsonResponse(Status::ok, AssessmentToJson(Assess(*incident)));
                          }});
}

}  // namespace casereview::http
