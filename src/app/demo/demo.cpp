#include "app/demo/demo.h"

#include <fmt/format.h>

#include <array>

#include "app/demo/demo_review.h"
#include "app/identity/users.h"
#include "app/platform/london_time.h"
#include "app/reviews/agencies.h"
#include "app/reviews/case_people.h"
#include "app/reviews/quality_ratings.h"

namespace casereview::app {
namespace {

struct DemoAgency {
  const char* name;
  AgencyKind kind;
};

constexpr std::array<DemoAgency, 9> kAgencies = {{
    {"Northmoor Children's Social Care (fictional)", AgencyKind::kChildrensSocialCare},
    {"Northmoor Police (fictional)", AgencyKind::kPolice},
    {"Northmoor Integrated Care Board (fictional)", AgencyKind::kHealthCommissioner},
    {"Northmoor General Hospital NHS Trust (fictional)", AgencyKind::kHealthProvider},
    {"Northmoor Schools Safeguarding Service (fictional)", AgencyKind::kEducation},
    {"Northmoor Early Years Service (fictional)", AgencyKind::kEarlyYears},
    {"Northmoor Probation Delivery Unit (fictional)", AgencyKind::kProbation},
    {"Northmoor Homes (fictional)", AgencyKind::kHousing},
    {"Northmoor Families Together (fictional)", AgencyKind::kVoluntary},
}};

constexpr int kMaxGeneratedReviews = 100000;
constexpr int kMaxRecommendations = 100;
constexpr int kMaxActionsPerRecommendation = 50;

Principal PrincipalOf(const UserSummary& user) {
  Principal principal;
  principal.user_id = user.id;
  principal.partnership_id = user.partnership_id;
  principal.agency_id = user.agency_id;
  principal.email = user.email;
  principal.display_name = user.display_name;
  principal.roles = user.roles;
  return principal;
}

// Creates a user with a random password (no change required) and notes it in the report.
Result<UserSummary> AddUser(Users& users, DemoReport& report, std::int64_t partnership_id,
                            std::string email, std::string name, Role role,
                            std::optional<std::int64_t> agency_id, std::string label) {
  NewUser user{std::move(email), std::move(name), {role},
               agency_id,        partnership_id,  GenerateOneTimePassword()};
  auto created = users.Create(user, Actor::System());
  if (!created) return Failure(created);
  report.users.push_back(DemoUser{std::move(label), created->user.email, *user.password});
  return created->user;
}

// The showcase: every stage, every RAG state, a restricted review, a paused one,
// one closed after monitoring and one closed with a decision not to review.
std::vector<ReviewPlan> ShowcasePlans() {
  std::vector<ReviewPlan> plans;
  const auto add = [&plans](std::string pseudonym, int age, int aware_days_ago, Stage stage) {
    ReviewPlan plan;
    plan.pseudonym = std::move(pseudonym);
    plan.age_years = age;
    plan.aware_days_ago = aware_days_ago;
    plan.stage = stage;
    plan.reviewer = static_cast<int>(plans.size());
    plans.push_back(plan);
    return &plans.back();
  };
  add("Child A", 4, 3, Stage::kReferral);
  add("Baby C", 0, 25, Stage::kRapidReview)->outcome = Outcome::kDied;
  add("Child D", 9, 40, Stage::kDecision);
  add("Child E", 6, 60, Stage::kCommissioning);
  add("Young Person F", 16, 95, Stage::kInformationGathering);
  add("Child G", 11, 130, Stage::kAnalysis)->restricted = true;
  add("Child H", 3, 170, Stage::kDrafting);
  for (auto [name, age, days, stage, recommendations, actions] :
       {std::tuple{"Child J", 8, 210, Stage::kQualityAssurance, 3, 2},
        std::tuple{"Child K", 13, 250, Stage::kSignOff, 3, 2},
        std::tuple{"Child L", 5, 300, Stage::kPublication, 4, 2},
        std::tuple{"Child M", 10, 400, Stage::kMonitoring, 4, 3},
        std::tuple{"Child N", 14, 540, Stage::kClosed, 2, 2}}) {
    ReviewPlan* plan = add(name, age, days, stage);
    plan->recommendations = recommendations;
    plan->actions_per_recommendation = actions;
    plan->progress_per_action = 2;
  }
  plans.back().mix = ActionMix::kAllDone;
  add("Child P", 12, 70, Stage::kClosed)->decision = DecisionOutcome::kNoReview;
  ReviewPlan* paused = add("Baby Q", 1, 120, Stage::kPaused);
  paused->outcome = Outcome::kDied;
  return plans;
}

Result<void> AddPeople(CasePeople& people, const DemoContext& context, std::int64_t review_id) {
  const std::array<CasePerson, 2> persons = {{
      {0,
       "Maisie Example (fictional)",
       {"Maisie E. (fictional)"},
       AddDays(context.today, -3 * 365),
       "subject",
       "Child H",
       {"1 Example Row, Northmoor (fictional)"},
       {"Little Acorns Example Nursery (fictional)"}},
      {0,
       "Dana Example (fictional)",
       {},
       AddDays(context.today, -29 * 365),
       "mother",
       "Mother",
       {"1 Example Row, Northmoor (fictional)"},
       {}},
  }};
  for (const CasePerson& person : persons) {
    auto added = people.Add(context.coordinator, review_id, person, context.actor);
    if (!added) return Failure(added);
  }
  return {};
}

Result<void> RateQuality(QualityRatings& ratings, const DemoContext& context,
                         std::int64_t review_id) {
  constexpr std::array<QualityRating, 4> kCycle = {
      QualityRating::kMet, QualityRating::kMet, QualityRating::kPartlyMet, QualityRating::kNotMet};
  for (int marker = 1; marker <= 18; ++marker) {
    const QualityRating rating =
        marker == 18 ? QualityRating::kNotApplicable : kCycle[marker % kCycle.size()];
    auto rated =
        ratings.Rate(context.coordinator, review_id, marker, rating,
                     fmt::format("Fictional evidence for marker {}", marker), context.actor);
    if (!rated) return Failure(rated);
  }
  return {};
}

ReviewPlan GeneratedPlan(int n, const DemoScale& scale) {
  // Every stage a review can hold open actions at, in turn.
  constexpr int kOpenStages = static_cast<int>(Stage::kMonitoring) + 1;
  ReviewPlan plan;
  plan.pseudonym = fmt::format("Generated Child {:05} (fictional)", n + 1);
  plan.age_years = n % 17;
  // As in a partnership that keeps up: the later the stage, the longer ago the
  // partnership became aware (spread over a window per stage).
  constexpr std::array<std::pair<int, int>, kOpenStages> kAwareDaysAgo = {{{2, 10},
                                                                           {8, 20},
                                                                           {20, 40},
                                                                           {40, 70},
                                                                           {70, 130},
                                                                           {120, 170},
                                                                           {160, 220},
                                                                           {200, 260},
                                                                           {240, 290},
                                                                           {280, 330},
                                                                           {330, 700}}};
  plan.stage = static_cast<Stage>(n % kOpenStages);
  const auto [first, last] = kAwareDaysAgo[static_cast<std::size_t>(n % kOpenStages)];
  plan.aware_days_ago = first + (n * 37) % (last - first + 1);
  plan.restricted = n % 25 == 0;
  plan.reviewer = n;
  plan.recommendations = scale.recommendations_per_review;
  plan.actions_per_recommendation = scale.actions_per_recommendation;
  plan.progress_per_action = 2;
  plan.documents_once = true;
  return plan;
}

Result<void> CheckScale(const DemoScale& scale) {
  if (scale.reviews < 0 || scale.reviews > kMaxGeneratedReviews) {
    return Fail(ErrorCode::kInvalid, "--reviews must be 0..100000");
  }
  if (scale.recommendations_per_review < 0 ||
      scale.recommendations_per_review > kMaxRecommendations) {
    return Fail(ErrorCode::kInvalid, "--recommendations-per-review must be 0..100");
  }
  if (scale.actions_per_recommendation < 0 ||
      scale.actions_per_recommendation > kMaxActionsPerRecommendation) {
    return Fail(ErrorCode::kInvalid, "--actions-per-recommendation must be 0..50");
  }
  return {};
}

}  // namespace

Result<DemoReport> LoadDemo(db::ConnectionPool& database, const Clock& clock, BlobStore& blobs,
                            const PasswordCost& cost, const DemoScale& scale) {
  if (auto checked = CheckScale(scale); !checked) return Failure(checked);
  Users users(database, clock, cost);
  auto partnership = users.CreateFirstPartnership(kDemoPartnershipName, "england");
  if (!partnership) return Failure(partnership);
  if (!*partnership) {
    return Fail(ErrorCode::kConflict,
                "the data directory already holds a partnership: the demo loads only into a new "
                "data directory");
  }
  DemoReport report;
  report.partnership_id = **partnership;
  const std::int64_t id = report.partnership_id;

  auto admin = AddUser(users, report, id, "admin@northmoor.example",
                       "Demo Administrator (fictional)", Role::kAdmin, {}, "admin");
  if (!admin) return Failure(admin);
  auto totp = users.EnrolTotp(admin->id, Actor::System());
  if (!totp) return Failure(totp);
  report.admin_totp_uri = *totp;

  Agencies agencies(database, clock);
  std::map<AgencyKind, std::int64_t> agency_ids;
  for (const DemoAgency& agency : kAgencies) {
    auto added = agencies.Add(PrincipalOf(*admin), agency.name, agency.kind, Actor::System());
    if (!added) return Failure(added);
    agency_ids[agency.kind] = added->id;
  }
  report.agencies = static_cast<int>(kAgencies.size());

  auto coordinator = AddUser(users, report, id, "coordinator@northmoor.example",
                             "Demo Coordinator (fictional)", Role::kCoordinator, {}, "coordinator");
  if (!coordinator) return Failure(coordinator);
  std::vector<std::int64_t> reviewers;
  std::optional<UserSummary> partner;
  for (const auto& [email, name, role, agency, label] :
       {std::tuple{"panel.member@northmoor.example", "Demo Panel Member (fictional)",
                   Role::kPanelMember, std::optional<AgencyKind>{}, "panel_member"},
        std::tuple{"partner@northmoor.example", "Demo Partner Lead (fictional)", Role::kPartner,
                   std::optional<AgencyKind>{}, "partner"},
        std::tuple{"reviewer.one@northmoor.example", "Demo Reviewer One (fictional)",
                   Role::kReviewer, std::optional<AgencyKind>{}, "reviewer"},
        std::tuple{"reviewer.two@northmoor.example", "Demo Reviewer Two (fictional)",
                   Role::kReviewer, std::optional<AgencyKind>{}, "reviewer"},
        std::tuple{"police.lead@northmoor.example", "Demo Police Lead (fictional)",
                   Role::kAgencyLead, std::optional{AgencyKind::kPolice}, "agency_lead (police)"},
        std::tuple{"health.lead@northmoor.example", "Demo Health Lead (fictional)",
                   Role::kAgencyLead, std::optional{AgencyKind::kHealthCommissioner},
                   "agency_lead (health)"}}) {
    std::optional<std::int64_t> agency_id;
    if (agency) agency_id = agency_ids.at(*agency);
    auto user = AddUser(users, report, id, email, name, role, agency_id, label);
    if (!user) return Failure(user);
    if (role == Role::kReviewer) reviewers.push_back(user->id);
    if (role == Role::kPartner) partner = *user;
  }

  const std::size_t max_document_bytes = 1 << 20;
  Referrals referrals(database, clock);
  ReviewChanges changes(database, clock);
  ActionPlans plans(database, clock);
  Documents documents(database, clock, blobs, max_document_bytes);
  DemoContext context{referrals,
                      changes,
                      plans,
                      documents,
                      PrincipalOf(*coordinator),
                      PrincipalOf(*partner),
                      Actor::System(),
                      TodayInLondon(clock),
                      agency_ids,
                      reviewers,
                      0};

  CasePeople people(database, clock);
  QualityRatings ratings(database, clock);
  for (const ReviewPlan& plan : ShowcasePlans()) {
    auto review = BuildReview(context, plan);
    if (!review) return Failure(review);
    ++report.reviews;
    if (plan.pseudonym == "Child H") {
      if (auto added = AddPeople(people, context, *review); !added) return Failure(added);
    }
    if (plan.stage == Stage::kQualityAssurance) {
      if (auto rated = RateQuality(ratings, context, *review); !rated) return Failure(rated);
    }
  }
  for (int n = 0; n < scale.reviews; ++n) {
    auto review = BuildReview(context, GeneratedPlan(n, scale));
    if (!review) return Failure(review);
    ++report.reviews;
  }
  report.actions = context.actions_added;
  return report;
}

}  // namespace casereview::app
