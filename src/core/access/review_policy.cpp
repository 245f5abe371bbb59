#include "core/access/review_policy.h"

#include <algorithm>

namespace casereview {
namespace {

bool Has(std::span<const Role> roles, Role role) {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

}  // namespace

bool SeesEveryReview(std::span<const Role> roles) { return Has(roles, Role::kAdmin); }

bool SeesAllUnrestricted(std::span<const Role> roles) {
  return SeesEveryReview(roles) || Has(roles, Role::kCoordinator) ||
         Has(roles, Role::kPanelMember) || Has(roles, Role::kPartner);
}

std::optional<std::int64_t> ConfinedAgency(std::span<const Role> roles,
                                           std::optional<std::int64_t> agency_id) {
  if (SeesAllUnrestricted(roles) || !Has(roles, Role::kAgencyLead)) return std::nullopt;
  return agency_id.value_or(0);
}

ReviewRights RightsOnReview(std::span<const Role> roles, bool assigned) {
  const bool broad = SeesAllUnrestricted(roles);
  const bool runs_reviews = SeesEveryReview(roles) || Has(roles, Role::kCoordinator);
  const bool reviewer_only = !broad && Has(roles, Role::kReviewer);
  ReviewRights rights;
  // An agency lead's view is a summary whatever they are assigned to; only an
  // assigned reviewer sees a review in full without a broad role.
  rights.summary_only = !broad && !(Has(roles, Role::kReviewer) && assigned);
  rights.may_edit = AnyRoleHolds(roles, Capability::kEditReview) && (runs_reviews || assigned);
  rights.may_read_people = AnyRoleHolds(roles, Capability::kReadPeopleInCase) &&
                           (runs_reviews || (reviewer_only && assigned));
  return rights;
}

bool ManagesReviewMembers(std::span<const Role> roles) {
  return Has(roles, Role::kAdmin) || Has(roles, Role::kCoordinator);
}

bool KeepsSightOfRestrictedReviews(std::span<const Role> roles) { return !SeesEveryReview(roles); }

bool MayReportProgress(std::span<const Role> roles, std::optional<std::int64_t> caller_agency,
                       std::int64_t action_agency) {
  if (!AnyRoleHolds(roles, Capability::kUpdateAgencyActions)) return false;
  if (Has(roles, Role::kAdmin) || Has(roles, Role::kCoordinator)) return true;
  return Has(roles, Role::kAgencyLead) && caller_agency && *caller_agency == action_agency;
}

}  // namespace casereview
