// The fictional demo partnership: "Northmoor Safeguarding Children
// Partnership (fictional)", its agencies, a user for every role and about a
// dozen reviews across every stage, all made through the use cases so that
// every guard rail and audit event is real. With a scale, it also generates a
// large partnership for load tests through the same code. Nothing in it is
// about a real person. Blocking (database, disk, password hashing).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/identity/passwords.h"
#include "app/platform/blob_store.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "db/connection_pool.h"

namespace casereview::app {

inline constexpr std::string_view kDemoPartnershipName =
    "Northmoor Safeguarding Children Partnership (fictional)";

// Generated reviews beyond the showcase, each with recommendations, actions
// and two progress updates per action. reviews 0: the showcase only.
struct DemoScale {
  int reviews = 0;
  int recommendations_per_review = 10;
  int actions_per_recommendation = 3;
};

struct DemoUser {
  std::string role;  // "agency_lead (police)" for agency leads
  std::string email;
  std::string password;  // chosen at random; shown once, stored only as a hash
};

struct DemoReport {
  std::int64_t partnership_id = 0;
  std::vector<DemoUser> users;
  std::string admin_totp_uri;  // the administrator's second factor, shown once
  int agencies = 0;
  int reviews = 0;
  std::int64_t actions = 0;
};

// Loads the demo into a migrated database, dates relative to today by
// `clock`. kConflict, having written nothing, when the database already
// holds a partnership; kInvalid when a scale figure is negative or too large.
Result<DemoReport> LoadDemo(db::ConnectionPool& database, const Clock& clock, BlobStore& blobs,
                            const PasswordCost& cost, const DemoScale& scale);

}  // namespace casereview::app
