// The partnership's agencies (police, health, children's social care, ...):
// who refers, who is involved in a case, who owns actions.
// Blocking (database): call from the worker pool.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "core/records/case_records.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct Agency {
  std::int64_t id = 0;
  std::string name;
  AgencyKind kind = AgencyKind::kOther;
};

class Agencies {
 public:
  Agencies(db::ConnectionPool& database, const Clock& clock) : database_(database), clock_(clock) {}

  // The caller's partnership's agencies, by name.
  Result<std::vector<Agency>> List(const Principal& principal);
  // kConflict naming `name` when the partnership has an agency of that name.
  Result<Agency> Add(const Principal& principal, const std::string& name, AgencyKind kind,
                     const Actor& actor);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
};

}  // namespace casereview::app
