// Who may do what: the roles of a partnership's users and the capabilities each
// role holds. This is the route-level policy; record-level rules (restricted
// reviews, an agency lead's own agency, a reviewer's own reviews) live with the
// use cases in src/app. docs/security.md holds the same table, and a test keeps
// the two identical.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace casereview {

enum class Role {
  kAdmin,        // business-unit manager: users, agencies, everything
  kCoordinator,  // runs reviews day to day
  kPanelMember,  // case review group member: reads, decides, quality-assures
  kPartner,      // safeguarding partner lead: reads, signs off
  kReviewer,     // independent reviewer: only the reviews assigned to them
  kAgencyLead,   // agency safeguarding lead: only what concerns their agency
};

inline constexpr Role kAllRoles[] = {Role::kAdmin,   Role::kCoordinator, Role::kPanelMember,
                                     Role::kPartner, Role::kReviewer,    Role::kAgencyLead};

std::string_view RoleName(Role role);  // "admin", "coordinator", ...
std::optional<Role> ParseRole(std::string_view name);

// What a route requires. The first three need no role: they describe how much of
// a session the route reads. The rest are held through roles (RoleHolds).
enum class Capability {
  kUndeclared,           // a value-initialised Capability: the router refuses it
  kPublic,               // anyone; no session is read
  kOptionalSession,      // anyone; the session is read when there is one
  kOwnAccount,           // any signed-in user, even one who must still change a one-time password
  kUseDecisionSupport,   // the statutory assessment
  kReadReviews,          // read reviews (reviewers: assigned only; agency leads: summary of theirs)
  kCreateReferral,       // create referrals and reviews
  kEditReview,           // change a review's details, stage, terms of reference, people
  kRecordDecision,       // record a decision on a referral
  kQualityAssure,        // rate the quality markers
  kSignOff,              // sign off a review for publication
  kReadPeopleInCase,     // see protected identifiers (real names, dates of birth, addresses)
  kUpdateAgencyActions,  // add progress to actions (agency leads: their agency's only)
  kManageAgencies,       // add and change the partnership's agencies
  kManageUsers,          // add, disable and reset users
  kReadAudit,            // read the audit trail
  kManageJobs,           // see the background jobs and retry a failed one
};

inline constexpr Capability kAllCapabilities[] = {
    Capability::kPublic,           Capability::kOptionalSession,
    Capability::kOwnAccount,       Capability::kUseDecisionSupport,
    Capability::kReadReviews,      Capability::kCreateReferral,
    Capability::kEditReview,       Capability::kRecordDecision,
    Capability::kQualityAssure,    Capability::kSignOff,
    Capability::kReadPeopleInCase, Capability::kUpdateAgencyActions,
    Capability::kManageAgencies,   Capability::kManageUsers,
    Capability::kReadAudit,        Capability::kManageJobs};

std::string_view CapabilityName(Capability capability);  // "public", "manage_users", ...

// True when the capability needs a signed-in user (everything but kPublic and
// kOptionalSession).
bool NeedsSession(Capability capability);

// The role table: whether a role holds a capability that needs one.
bool RoleHolds(Role role, Capability capability);

// Whether any of `roles` holds the capability (or it needs no role).
bool AnyRoleHolds(std::span<const Role> roles, Capability capability);

}  // namespace casereview
