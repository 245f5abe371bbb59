#include "http/json/problem.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace casereview::http {
namespace {

TEST(Problem, EachErrorCodeHasItsStatus) {
  EXPECT_EQ(StatusFor(ErrorCode::kInvalid), Status::bad_request);
  EXPECT_EQ(StatusFor(ErrorCode::kUnauthenticated), Status::unauthorized);
  EXPECT_EQ(StatusFor(ErrorCode::kForbidden), Status::forbidden);
  EXPECT_EQ(StatusFor(ErrorCode::kNotFound), Status::not_found);
  EXPECT_EQ(StatusFor(ErrorCode::kMethodNotAllowed), Status::method_not_allowed);
  EXPECT_EQ(StatusFor(ErrorCode::kConflict), Status::conflict);
  EXPECT_EQ(StatusFor(ErrorCode::kPreconditionFailed), Status::precondition_failed);
  EXPECT_EQ(StatusFor(ErrorCode::kPreconditionRequired), Status::precondition_required);
  EXPECT_EQ(StatusFor(ErrorCode::kTooLarge), Status::payload_too_large);
  EXPECT_EQ(StatusFor(ErrorCode::kTooManyRequests), Status::too_many_requests);
  EXPECT_EQ(StatusFor(ErrorCode::kUnavailable), Status::service_unavailable);
  EXPECT_EQ(StatusFor(ErrorCode::kInternal), Status::internal_server_error);
}

TEST(Problem, BodyFollowsRfc9457) {
  const Response response =
      ProblemResponse(Error{ErrorCode::kNotFound, "no review with that number", {}}, 11, true);
  EXPECT_EQ(response.result(), Status::not_found);
  EXPECT_EQ(response[beast_http::field::content_type], "application/problem+json");
  EXPECT_TRUE(response.keep_alive());
  const auto body = nlohmann::json::parse(response.body());
  EXPECT_EQ(body["type"], "urn:casereview:problem:not_found");
  EXPECT_EQ(body["title"], "Not Found");
  EXPECT_EQ(body["status"], 404);
  EXPECT_EQ(body["detail"], "no review with that number");
  EXPECT_FALSE(body.contains("errors"));
  EXPECT_EQ(response[beast_http::field::content_length], std::to_string(response.body().size()));
}

TEST(Problem, FieldErrorsAreListed) {
  Error error{ErrorCode::kInvalid,
              "the incident is not valid",
              {{"incident_date", "2026-02-30 is not a date"}, {"nation", "is required"}}};
  const auto body = nlohmann::json::parse(ProblemResponse(error, 11, false).body());
  ASSERT_EQ(body["errors"].size(), 2u);
  EXPECT_EQ(body["errors"][0]["field"], "incident_date");
  EXPECT_EQ(body["errors"][1]["message"], "is required");
}

TEST(Problem, InvalidUtf8InADetailNeverBreaksTheJson) {
  const Response response =
      ProblemResponse(Error{ErrorCode::kInvalid, std::string("bad \xff byte"), {}}, 11, false);
  EXPECT_TRUE(nlohmann::json::accept(response.body()));
}

// Issue 12, finding 10: a database constraint failure came back to the
// client with the SQL statement in its message.
TEST(Problem, ABugsMessageIsNeverSent) {
  const auto response =
      ProblemResponse(Error{ErrorCode::kInternal,
                            "database: CHECK constraint failed: length(reason) > 0 (UPDATE review "
                            "SET pause_reason...)",
                            {}},
                      11, true);
  EXPECT_EQ(response.result(), Status::internal_server_error);
  EXPECT_EQ(response.body().find("CHECK"), std::string::npos) << response.body();
  EXPECT_EQ(response.body().find("UPDATE"), std::string::npos) << response.body();
  EXPECT_NE(response.body().find("nothing was changed"), std::string::npos) << response.body();
}

}  // namespace
}  // namespace casereview::http
