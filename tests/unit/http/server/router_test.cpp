#include "http/server/router.h"

#include <gtest/gtest.h>

namespace casereview::http {
namespace {

Response Answer(const RequestContext&) { return Response{Status::ok, 11}; }

Route MakeRoute(Method method, std::string pattern) {
  return Route{method, std::move(pattern), Capability::kPublic, Execution::kInline, Answer};
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(router_.Add(MakeRoute(Method::get, "/api/version")));
    ASSERT_TRUE(router_.Add(MakeRoute(Method::get, "/api/reviews/{id}")));
    ASSERT_TRUE(router_.Add(MakeRoute(Method::put, "/api/reviews/{id}")));
    ASSERT_TRUE(router_.Add(MakeRoute(Method::get, "/api/reviews/{id}/actions/{action}")));
  }
  Router router_;
};

TEST_F(RouterTest, MatchesLiteralPath) {
  auto match = router_.Match(Method::get, "/api/version");
  ASSERT_TRUE(std::holds_alternative<RouteMatch>(match));
  EXPECT_EQ(std::get<RouteMatch>(match).route->pattern, "/api/version");
}

TEST_F(RouterTest, CapturesPlaceholdersPercentDecoded) {
  auto match = router_.Match(Method::get, "/api/reviews/R%2012/actions/7");
  ASSERT_TRUE(std::holds_alternative<RouteMatch>(match));
  const auto& params = std::get<RouteMatch>(match).params;
  EXPECT_EQ(params.Get("id"), "R 12");
  EXPECT_EQ(params.Get("action"), "7");
  EXPECT_FALSE(params.Get("missing").has_value());
}

TEST_F(RouterTest, ChoosesRouteByMethod) {
  auto match = router_.Match(Method::put, "/api/reviews/3");
  ASSERT_TRUE(std::holds_alternative<RouteMatch>(match));
  EXPECT_EQ(std::get<RouteMatch>(match).route->method, Method::put);
}

TEST_F(RouterTest, HeadIsAnsweredByGet) {
  auto match = router_.Match(Method::head, "/api/version");
  ASSERT_TRUE(std::holds_alternative<RouteMatch>(match));
  EXPECT_EQ(std::get<RouteMatch>(match).route->method, Method::get);
}

TEST_F(RouterTest, WrongMethodListsTheAllowedOnes) {
  auto match = router_.Match(Method::delete_, "/api/reviews/3");
  ASSERT_TRUE(std::holds_alternative<MethodMismatch>(match));
  EXPECT_EQ(AllowHeader(std::get<MethodMismatch>(match).allow), "GET, HEAD, PUT");
}

TEST_F(RouterTest, UnknownPathsMatchNothing) {
  for (const char* path :
       {"/api/versions", "/api/version/", "/api/reviews", "/api/reviews//actions/1",
        "/api/reviews/%zz", "/", "/api/reviews/1/actions"}) {
    EXPECT_TRUE(std::holds_alternative<NoRoute>(router_.Match(Method::get, path))) << path;
  }
}

TEST(RouterRegistration, RefusesDuplicateAndMalformedRoutes) {
  Router router;
  ASSERT_TRUE(router.Add(MakeRoute(Method::get, "/api/a/{id}")));
  auto duplicate = router.Add(MakeRoute(Method::get, "/api/a/{id}"));
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
  for (const char* pattern : {"api/a", "/api//a", "/api/{id", "/api/x{id}", "/api/{}"}) {
    auto added = router.Add(MakeRoute(Method::get, pattern));
    ASSERT_FALSE(added) << pattern;
    EXPECT_EQ(added.error().code, ErrorCode::kInvalid) << pattern;
  }
  auto no_handler =
      router.Add(Route{Method::get, "/api/b", Capability::kPublic, Execution::kInline, {}});
  EXPECT_FALSE(no_handler);
}

}  // namespace
}  // namespace casereview::http
