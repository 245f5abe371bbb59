#include "core/access/access.h"

#include <algorithm>

namespace casereview {

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kCoordinator:
      return "coordinator";
    case Role::kPanelMember:
      return "panel_member";
    case Role::kPartner:
      return "partner";
    case Role::kReviewer:
      return "reviewer";
    case Role::kAgencyLead:
      return "agency_lead";
  }
  return "";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (const Role role : kAllRoles) {
    if (RoleName(role) == name) return role;
  }
  return std::nullopt;
}

std::string_view CapabilityName(Capability capability) {
  switch (capability) {
    case Capability::kUndeclared:
      return "undeclared";
    case Capability::kPublic:
      return "public";
    case Capability::kOptionalSession:
      return "optional_session";
    case Capability::kOwnAccount:
      return "own_account";
    case Capability::kUseDecisionSupport:
      return "use_decision_support";
    case Capability::kReadReviews:
      return "read_reviews";
    case Capability::kCreateReferral:
      return "create_referral";
    case Capability::kEditReview:
      return "edit_review";
    case Capability::kRecordDecision:
      return "record_decision";
    case Capability::kQualityAssure:
      return "quality_assure";
    case Capability::kSignOff:
      return "sign_off";
    case Capability::kReadPeopleInCase:
      return "read_people_in_case";
    case Capability::kUpdateAgencyActions:
      return "update_agency_actions";
    case Capability::kManageAgencies:
      return "manage_agencies";
    case Capability::kManageUsers:
      return "manage_users";
    case Capability::kReadAudit:
      return "read_audit";
    case Capability::kManageJobs:
      return "manage_jobs";
  }
  return "";
}

bool NeedsSession(Capability capability) {
  return capability != Capability::kPublic && capability != Capability::kOptionalSession;
}

bool RoleHolds(Role role, Capability capability) {
  using C = Capability;
  switch (capability) {
    case C::kUndeclared:
      return false;
    case C::kPublic:
    case C::kOptionalSession:
    case C::kOwnAccount:
    case C::kUseDecisionSupport:
    case C::kReadReviews:
      return true;  // reviewers and agency leads are narrowed record by record in src/app
    case C::kCreateReferral:
      return role == Role::kAdmin || role == Role::kCoordinator;
    case C::kEditReview:
      return role == Role::kAdmin || role == Role::kCoordinator || role == Role::kReviewer;
    case C::kRecordDecision:
      return role == Role::kAdmin || role == Role::kCoordinator || role == Role::kPanelMember;
    case C::kQualityAssure:
      return role == Role::kAdmin || role == Role::kPanelMember;
    case C::kSignOff:
      return role == Role::kAdmin || role == Role::kPartner;
    case C::kReadPeopleInCase:
      return role == Role::kAdmin || role == Role::kCoordinator || role == Role::kReviewer;
    case C::kUpdateAgencyActions:
      return role == Role::kAdmin || role == Role::kCoordinator || role == Role::kAgencyLead;
    case C::kManageAgencies:
    case C::kManageUsers:
    case C::kReadAudit:
    case C::kManageJobs:
      return role == Role::kAdmin;
  }
  return false;
}

bool AnyRoleHolds(std::span<const Role> roles, Capability capability) {
  if (!NeedsSession(capability)) return true;
  return std::any_of(roles.begin(), roles.end(),
                     [capability](Role role) { return RoleHolds(role, capability); });
}

}  // namespace casereview
