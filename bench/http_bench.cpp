// Per-request costs of the HTTP layer that every API call pays.
#include <benchmark/benchmark.h>

#include "http/json/problem.h"
#include "http/server/router.h"

namespace casereview::http {
namespace {

Router RealisticRouter() {
  Router router;
  const auto answer = [](const RequestContext&) { return Response{Status::ok, 11}; };
  for (const char* resource :
       {"referrals", "reviews", "actions", "documents", "users", "agencies"}) {
    const std::string base = std::string("/api/") + resource;
    (void)router.Add(Route{Method::get, base, Capability::kPublic, Execution::kInline, answer});
    (void)router.Add(Route{Method::post, base, Capability::kPublic, Execution::kInline, answer});
    (void)router.Add(
        Route{Method::get, base + "/{id}", Capability::kPublic, Execution::kInline, answer});
    (void)router.Add(
        Route{Method::put, base + "/{id}", Capability::kPublic, Execution::kInline, answer});
    (void)router.Add(Route{Method::get, base + "/{id}/history", Capability::kPublic,
                           Execution::kInline, answer});
  }
  return router;
}

void BM_RouterMatchLastRoute(benchmark::State& state) {
  const Router router = RealisticRouter();
  for (auto _ : state) {
    auto match = router.Match(Method::get, "/api/agencies/42/history");
    benchmark::DoNotOptimize(match);
  }
}
BENCHMARK(BM_RouterMatchLastRoute);

void BM_ProblemResponse(benchmark::State& state) {
  const Error error{ErrorCode::kNotFound, "there is no API resource at this path", {}};
  for (auto _ : state) {
    auto response = ProblemResponse(error, 11, true);
    benchmark::DoNotOptimize(response);
  }
}
BENCHMARK(BM_ProblemResponse);

}  // namespace
}  // namespace casereview::http
