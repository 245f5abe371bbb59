// The role table in src/core/access/access.cpp and the one in docs/security.md must
// say the same thing, capability by capability and role by role.
#include "core/access/access.h"

#include <gtest/gtest.h>

#include <map>

#include "support/markdown_table.h"

namespace casereview {
namespace {

// The role table of docs/security.md, by capability name.
std::map<std::string, std::vector<std::string>> DocumentedTable() {
  std::map<std::string, std::vector<std::string>> rows;
  for (auto& cells : testing::MarkdownTable(CASEREVIEW_SECURITY_DOC, "| capability |")) {
    if (!cells.empty())
      rows[cells.front()] = std::vector<std::string>(cells.begin() + 1, cells.end());
  }
  return rows;
}

TEST(AccessPolicy, DocumentedTableMatchesTheCode) {
  const auto table = DocumentedTable();
  ASSERT_FALSE(table.empty()) << "no role table found in " << CASEREVIEW_SECURITY_DOC;
  for (const Capability capability : kAllCapabilities) {
    if (!NeedsSession(capability)) continue;
    const std::string name(CapabilityName(capability));
    const auto row = table.find(name);
    ASSERT_NE(row, table.end()) << name << " is missing from docs/security.md";
    ASSERT_EQ(row->second.size(), std::size(kAllRoles)) << name;
    for (std::size_t i = 0; i < std::size(kAllRoles); ++i) {
      const bool documented = row->second[i].starts_with("yes");
      EXPECT_EQ(documented, RoleHolds(kAllRoles[i], capability))
          << name << " for " << RoleName(kAllRoles[i]);
    }
  }
  EXPECT_EQ(table.size(), std::size(kAllCapabilities) - 2)
      << "the table lists an unknown capability";
}

TEST(AccessPolicy, NamesRoundTrip) {
  for (const Role role : kAllRoles) EXPECT_EQ(ParseRole(RoleName(role)), role);
  EXPECT_FALSE(ParseRole("superuser").has_value());
  EXPECT_FALSE(ParseRole("").has_value());
}

TEST(AccessPolicy, OnlyAdminsManageUsersAndReadTheAudit) {
  for (const Role role : kAllRoles) {
    EXPECT_EQ(RoleHolds(role, Capability::kManageUsers), role == Role::kAdmin);
    EXPECT_EQ(RoleHolds(role, Capability::kReadAudit), role == Role::kAdmin);
  }
}

TEST(AccessPolicy, NoRolesHoldNothingThatNeedsASession) {
  for (const Capability capability : kAllCapabilities) {
    EXPECT_EQ(AnyRoleHolds({}, capability), !NeedsSession(capability))
        << CapabilityName(capability);
  }
  const Role several[] = {Role::kPartner, Role::kPanelMember};
  EXPECT_TRUE(AnyRoleHolds(several, Capability::kSignOff));
  EXPECT_TRUE(AnyRoleHolds(several, Capability::kQualityAssure));
  EXPECT_FALSE(AnyRoleHolds(several, Capability::kCreateReferral));
}

}  // namespace
}  // namespace casereview
