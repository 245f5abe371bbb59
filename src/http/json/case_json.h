// The JSON form of case records: reviews, referrals, milestones, people,
// quality ratings and agencies. Dates are "YYYY-MM-DD" (null when unset),
// enums their wire names (core/records/case_records.h, core/statutory/review_stage.h).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "app/reviews/agencies.h"
#include "app/reviews/case_people.h"
#include "app/reviews/quality_ratings.h"
#include "app/reviews/referrals.h"
#include "app/reviews/reviews.h"
#include "core/time/civil_date.h"

namespace casereview::http {

nlohmann::json DateJson(const std::optional<CivilDate>& date);
nlohmann::json MilestoneJson(const Milestone& milestone);
nlohmann::json ReviewSummaryJson(const app::ReviewSummary& review);
nlohmann::json ReviewDetailJson(const app::ReviewDetail& review);
nlohmann::json ReferralJson(const app::Referral& referral);
nlohmann::json DeadlineJson(const app::Deadline& deadline);
nlohmann::json PersonJson(const app::CasePerson& person);
nlohmann::json MarkerRatingJson(const app::MarkerRating& rating);
nlohmann::json AgencyJson(const app::Agency& agency);

}  // namespace casereview::http
