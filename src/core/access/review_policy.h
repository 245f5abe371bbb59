// The record-level policy on reviews (docs/security.md, "Record-level
// rules"), as pure rules over a caller's roles: which reviews they see, how
// much of one, and which changes are theirs to make. The route-level table is
// core/access/access.h's; app/reviews/case_access.h applies these rules to
// the records.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "core/access/access.h"

namespace casereview {

// Admins see every review of their partnership, restricted or not.
bool SeesEveryReview(std::span<const Role> roles);

// Coordinators, panel members and partners (and admins) see every unrestricted
// review; everyone sees the reviews they are assigned to.
bool SeesAllUnrestricted(std::span<const Role> roles);

// An agency lead without a broader role sees the unrestricted reviews their
// agency is involved in, as a summary, and only their agency's actions and
// documents: the agency they are confined to, or nullopt for callers who see
// all of what they can see.
std::optional<std::int64_t> ConfinedAgency(std::span<const Role> roles,
                                           std::optional<std::int64_t> agency_id);

// What a caller may do with one review they can see.
struct ReviewRights {
  bool summary_only = false;     // an agency lead's view: no people, only their agency's records
  bool may_edit = false;         // edit_review, and (unless admin or coordinator) assigned
  bool may_read_people = false;  // the protected identifiers of the people in the case
};
ReviewRights RightsOnReview(std::span<const Role> roles, bool assigned);

// Who joins a review, and whether it is restricted, is decided by
// coordinators and admins, never by a member.
bool ManagesReviewMembers(std::span<const Role> roles);

// Whoever restricts a review, or leaves a restricted one, must stay able to
// see it, unless they are an admin (who sees every review anyway).
bool KeepsSightOfRestrictedReviews(std::span<const Role> roles);

// An action's progress is reported by admins and coordinators on any action
// they can see, and by an agency lead on their own agency's.
bool MayReportProgress(std::span<const Role> roles, std::optional<std::int64_t> caller_agency,
                       std::int64_t action_agency);

}  // namespace casereview
