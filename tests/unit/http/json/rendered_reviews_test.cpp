// The cache of rendered reviews: keyed by all a rendering depends on, bounded.
#include "http/json/rendered_reviews.h"

#include <gtest/gtest.h>

namespace casereview::http {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

const CivilDate kToday{year{2026}, month{11}, day{23}};

app::ReviewAccess Access(std::int64_t id, std::int64_t version) {
  app::ReviewAccess access;
  access.review_id = id;
  access.version = version;
  return access;
}

std::shared_ptr<const std::string> Body(std::string text) {
  return std::make_shared<const std::string>(std::move(text));
}

TEST(RenderedReviews, AKeyChangesWithTheVersionTheViewAndTheDay) {
  const auto base = RenderedReviews::Key(Access(7, 3), kToday);
  EXPECT_NE(base, RenderedReviews::Key(Access(7, 4), kToday));
  EXPECT_NE(base, RenderedReviews::Key(Access(8, 3), kToday));
  auto summary = Access(7, 3);
  summary.summary_only = true;
  EXPECT_NE(base, RenderedReviews::Key(summary, kToday));
  auto people = Access(7, 3);
  people.may_read_people = true;
  EXPECT_NE(base, RenderedReviews::Key(people, kToday));
  auto editor = Access(7, 3);
  editor.may_edit = true;
  EXPECT_NE(base, RenderedReviews::Key(editor, kToday));
  EXPECT_NE(base, RenderedReviews::Key(Access(7, 3), CivilDate{year{2026}, month{11}, day{24}}));
}

TEST(RenderedReviews, KeepsTheMostRecentlyUsedWithinItsCapacity) {
  RenderedReviews rendered(2);
  rendered.Store("a", Body("A"));
  rendered.Store("b", Body("B"));
  ASSERT_NE(rendered.Find("a"), nullptr);  // "a" is now the most recent
  rendered.Store("c", Body("C"));
  EXPECT_EQ(rendered.Find("b"), nullptr);
  EXPECT_EQ(*rendered.Find("a"), "A");
  EXPECT_EQ(*rendered.Find("c"), "C");
  rendered.Store("c", Body("C2"));
  EXPECT_EQ(*rendered.Find("c"), "C2");
  RenderedReviews none(0);
  none.Store("a", Body("A"));
  EXPECT_EQ(none.Find("a"), nullptr);
}

}  // namespace
}  // namespace casereview::http
