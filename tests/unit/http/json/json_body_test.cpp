// Reading JSON bodies strictly (issue 12, finding 13): what parsers disagree
// on is refused, and every refusal names what is wrong.
#include "http/json/json_body.h"

#include <gtest/gtest.h>

namespace casereview::http {
namespace {

std::string FieldOf(const Result<nlohmann::json>& parsed) {
  return parsed || parsed.error().fields.empty() ? "" : parsed.error().fields.front().field;
}

TEST(JsonBody, AMemberGivenTwiceIsRefusedByName) {
  const auto twice = ParseJsonText(R"({"pseudonym": "Child A", "pseudonym": "Child B"})");
  ASSERT_FALSE(twice);
  EXPECT_EQ(FieldOf(twice), "pseudonym");
  const auto nested = ParseJsonText(R"({"facts": {"age_years": 2, "age_years": 3}})");
  EXPECT_EQ(FieldOf(nested), "age_years");
  EXPECT_TRUE(ParseJsonText(R"({"a": {"b": 1}, "c": {"b": 2}, "b": 3})"))
      << "the same name in different objects is no duplicate";
  EXPECT_TRUE(ParseJsonText(R"([{"a": 1}, {"a": 2}])"));
}

TEST(JsonBody, ANumberTooLargeToReadNamesItsMember) {
  const auto huge = ParseJsonText(R"({"number": 1e309})");
  ASSERT_FALSE(huge);
  EXPECT_EQ(FieldOf(huge), "number");
}

TEST(JsonBody, TextThatIsNotJsonSaysWhereAndNeverEchoesIt) {
  const auto broken = ParseJsonText(R"({"secret": "hunter2)");
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.error().message.find("not valid JSON"), std::string::npos);
  EXPECT_EQ(broken.error().message.find("hunter2"), std::string::npos);
}

TEST(JsonBody, OnlyApplicationJsonIsJson) {
  EXPECT_TRUE(IsJsonMediaType("application/json"));
  EXPECT_TRUE(IsJsonMediaType("application/json; charset=utf-8"));
  EXPECT_TRUE(IsJsonMediaType("Application/JSON"));
  EXPECT_FALSE(IsJsonMediaType("application/jsonx"));
  EXPECT_FALSE(IsJsonMediaType("application/json-patch+json"));
  EXPECT_FALSE(IsJsonMediaType("text/plain"));
  EXPECT_FALSE(IsJsonMediaType(""));
}

TEST(JsonBody, AChangeWithNoMembersIsRefused) {
  const nlohmann::json empty = nlohmann::json::object();
  JsonFields fields(empty, {"pseudonym"});
  fields.RequireAny();
  const auto checked = fields.Check("the review is not valid");
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().fields.front().field, "body");
}

}  // namespace
}  // namespace casereview::http
