#include "search/xapian/xapian_index.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace casereview::search {
namespace {

class XapianIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = XapianIndex::Open(dir_.path() / "search");
    ASSERT_TRUE(opened) << opened.error().message;
    index_ = std::move(*opened);
    ASSERT_TRUE(index_->Put({"report:1", "Child A (fictional)",
                             "Agencies did not share information about neglect at home."}));
    ASSERT_TRUE(index_->Put({"report:2", "Adult B (fictional)",
                             "Self-neglect and hoarding; the GP was not invited to meetings."}));
    ASSERT_TRUE(index_->Put({"report:3", "Neglect: Child C (fictional)",
                             "Missed health appointments were not followed up."}));
  }
  std::vector<std::string> Keys(std::string_view query) {
    auto hits = index_->Search(query, 10);
    EXPECT_TRUE(hits) << (hits ? "" : hits.error().message);
    std::vector<std::string> keys;
    if (hits) {
      for (const auto& hit : *hits) keys.push_back(hit.key);
    }
    return keys;
  }
  testing::TempDir dir_;
  std::unique_ptr<XapianIndex> index_;
};

TEST_F(XapianIndexTest, FindsStemmedWordsWithTheTitleWeightedFirst) {
  const auto keys = Keys("neglected");
  ASSERT_EQ(keys.size(), 3u);
  EXPECT_EQ(keys.front(), "report:3") << "the word in its title";
  EXPECT_EQ(Keys("\"share information\""), std::vector<std::string>{"report:1"});
  EXPECT_EQ(Keys("neglect NOT hoarding").size(), 2u);
  EXPECT_EQ(Keys("title:neglect"), std::vector<std::string>{"report:3"});
  auto hits = index_->Search("appointments", 10);
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].title, "Neglect: Child C (fictional)");
  EXPECT_NE((*hits)[0].snippet.find("appointments"), std::string::npos);
}

TEST_F(XapianIndexTest, PutReplacesAndRemoveForgetsAndBothLastAcrossReopening) {
  ASSERT_TRUE(index_->Put({"report:1", "Child A (fictional)", "Housing and debt."}));
  ASSERT_TRUE(index_->Remove("report:2"));
  ASSERT_TRUE(index_->Remove("report:99"));
  index_.reset();  // the writer's lock is released
  auto reopened = XapianIndex::Open(dir_.path() / "search");
  ASSERT_TRUE(reopened);
  index_ = std::move(*reopened);
  EXPECT_EQ(Keys("housing"), std::vector<std::string>{"report:1"});
  EXPECT_EQ(Keys("neglect"), std::vector<std::string>{"report:3"});
}

TEST_F(XapianIndexTest, ASecondWriterIsRefusedAndHostileQueriesAreOnlyWords) {
  auto second = XapianIndex::Open(dir_.path() / "search");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kUnavailable);
  for (const std::string_view hostile : {"<script>", "AND OR NOT (", "\"unclosed", "title:"}) {
    auto hits = index_->Search(hostile, 10);
    if (!hits) {
      EXPECT_EQ(hits.error().code, ErrorCode::kInvalid) << hostile;
      ASSERT_EQ(hits.error().fields.size(), 1u);
      EXPECT_EQ(hits.error().fields[0].field, "q");
    }
  }
  // A snippet is the stored text as it is: whoever shows it escapes it.
  ASSERT_TRUE(index_->Put({"report:4", "D", "a <b>bold</b> claim"}));
  auto raw = index_->Search("claim", 10);
  ASSERT_TRUE(raw);
  ASSERT_EQ(raw->size(), 1u);
  EXPECT_NE((*raw)[0].snippet.find("<b>bold</b>"), std::string::npos) << (*raw)[0].snippet;
}

}  // namespace
}  // namespace casereview::search
