// The demo takes "today" from its clock, so that a demo loaded on any day has
// the same shape: a review at every stage, actions of every RAG rating, and
// deadlines both overdue and due soon on "Your work". Loaded here at awkward
// instants (a leap day, late at night in summer time, Christmas, both sides of
// the clocks going forward, the turn of a year) with an injected clock.
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <string>

#include "app/actions/action_plans.h"
#include "app/demo/demo.h"
#include "app/identity/users.h"
#include "app/platform/blob_store.h"
#include "app/platform/data_directory.h"
#include "app/platform/london_time.h"
#include "app/reviews/reviews.h"
#include "core/time/instant.h"
#include "support/fake_clock.h"
#include "support/temp_dir.h"

namespace casereview::testing {
namespace {

class DemoShapeTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    const auto start = ParseInstant(GetParam());
    ASSERT_TRUE(start) << GetParam();
    clock_.Set(*start);
    auto database = app::OpenMigratedDatabase(dir_.path() / "data", 2, clock_);
    ASSERT_TRUE(database) << database.error().message;
    database_ = std::move(*database);
    app::BlobStore blobs(dir_.path() / "data" / "blobs");
    auto loaded = app::LoadDemo(*database_.pool, clock_, blobs, app::PasswordCost::Minimum(), {});
    ASSERT_TRUE(loaded) << loaded.error().message;
  }

  // The coordinator as a signed-in principal: they see every unrestricted review.
  app::Principal Coordinator() {
    app::Users users(*database_.pool, clock_, app::PasswordCost::Minimum());
    auto user = users.FindByEmail("coordinator@northmoor.example");
    EXPECT_TRUE(user) << user.error().message;
    app::Principal principal;
    if (!user) return principal;
    principal.user_id = user->id;
    principal.partnership_id = user->partnership_id;
    principal.email = user->email;
    principal.roles = user->roles;
    return principal;
  }

  TempDir dir_;
  FakeClock clock_;
  app::MigratedDatabase database_;
};

TEST_P(DemoShapeTest, HasEveryStageEveryRagAndDeadlinesOnBothSidesOfToday) {
  const app::Principal coordinator = Coordinator();
  app::Reviews reviews(*database_.pool, clock_);
  auto stages = reviews.CountByStage(coordinator);
  ASSERT_TRUE(stages) << stages.error().message;
  for (const app::StageCount& stage : *stages) {
    EXPECT_GT(stage.count, 0) << "no review at stage " << kStages.Name(stage.stage);
  }

  app::ActionPlans plans(*database_.pool, clock_);
  auto rag = plans.CountByRag(coordinator);
  ASSERT_TRUE(rag) << rag.error().message;
  EXPECT_GT(rag->red, 0);
  EXPECT_GT(rag->amber, 0);
  EXPECT_GT(rag->green, 0);

  // "Your work" lists what is overdue or due in the next 30 days.
  auto deadlines = reviews.Deadlines(coordinator, 30, std::nullopt, app::kMaxDeadlinePage,
                                     app::Actor::Of(coordinator, "192.0.2.1"));
  ASSERT_TRUE(deadlines) << deadlines.error().message;
  const CivilDate today = app::TodayInLondon(clock_);
  int overdue = 0;
  int ahead = 0;
  for (const app::Deadline& deadline : deadlines->items) {
    if (deadline.state == MilestoneState::kOverdue) {
      ++overdue;
      EXPECT_LT(deadline.due, today) << deadline.pseudonym << " " << deadline.title;
    }
    if (deadline.due >= today) ++ahead;
  }
  EXPECT_GT(overdue, 0) << "no overdue deadline";
  EXPECT_GT(ahead, 0) << "no deadline due in the next 30 days";
}

INSTANTIATE_TEST_SUITE_P(AtAwkwardInstants, DemoShapeTest,
                         ::testing::Values("2028-02-29T12:00:00.000Z", "2027-07-14T23:30:00.000Z",
                                           "2026-12-25T09:00:00.000Z", "2027-03-28T00:30:00.000Z",
                                           "2027-03-28T01:30:00.000Z", "2026-12-31T23:59:59.000Z",
                                           "2030-01-01T00:00:00.000Z"),
                         [](const ::testing::TestParamInfo<const char*>& instant) {
                           std::string name;
                           for (const char* c = instant.param; *c != '\0' && *c != '.'; ++c) {
                             if (std::isdigit(static_cast<unsigned char>(*c))) name += *c;
                           }
                           return "At" + name;
                         });

}  // namespace
}  // namespace casereview::testing
