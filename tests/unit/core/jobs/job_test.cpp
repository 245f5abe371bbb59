#include "core/jobs/job.h"

#include <gtest/gtest.h>

namespace casereview {
namespace {

TEST(JobPayload, ReadsBackWhatItWrites) {
  const JobPayload payload{{"review_id", 3}, {"document_version_id", 12}};
  const std::string text = FormatJobPayload(payload);
  EXPECT_EQ(text, "document_version_id=12;review_id=3");
  EXPECT_EQ(ParseJobPayload(text), payload);
  EXPECT_EQ(ParseJobPayload(""), JobPayload{});
}

TEST(JobPayload, RefusesAnythingButNamedIds) {
  for (const std::string_view bad :
       {"review_id", "review_id=", "review_id=0", "review_id=-3", "review_id=07", "review_id=3x",
        "Review=3", "1review=3", "review id=3", "review_id=3;", "review_id=3;review_id=4",
        "name=Alice", "review_id=99999999999999999999", "a=1;b=2;c=3;d=4;e=5;f=6;g=7;h=8;i=9"}) {
    EXPECT_FALSE(ParseJobPayload(bad)) << bad;
  }
}

TEST(JobKind, IsDottedLowerCaseWords) {
  EXPECT_TRUE(IsJobKind("document.extract_text"));
  EXPECT_TRUE(IsJobKind("reminder"));
  const std::string too_long = "x." + std::string(59, 'y');
  for (const std::string_view bad :
       {std::string_view(""), std::string_view(".document"), std::string_view("document."),
        std::string_view("document..text"), std::string_view("Document.text"),
        std::string_view("document.1text"), std::string_view("document text"),
        std::string_view(too_long)}) {
    EXPECT_FALSE(IsJobKind(bad)) << bad;
  }
}

TEST(RetryDelay, DoublesFromThirtySecondsToAtMostSixHours) {
  using std::chrono::seconds;
  EXPECT_EQ(RetryDelay(1), seconds(30));
  EXPECT_EQ(RetryDelay(2), seconds(60));
  EXPECT_EQ(RetryDelay(3), seconds(120));
  EXPECT_EQ(RetryDelay(10), seconds(15360));
  EXPECT_EQ(RetryDelay(11), seconds(21600));
  EXPECT_EQ(RetryDelay(1000), seconds(21600));
  for (int attempts = 1; attempts < 40; ++attempts) {
    EXPECT_LE(RetryDelay(attempts), RetryDelay(attempts + 1));
  }
}

}  // namespace
}  // namespace casereview
