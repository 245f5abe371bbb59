// The people in a case: protected identifiers (real names, aliases, dates of
// birth, addresses, schools or settings) kept so that anything published can
// be checked and anonymised. Readable only by callers whose access to the
// review allows it (ReviewAccess::may_read_people); reads and additions are
// audited with counts only: no identifier ever reaches a log or audit detail.
// Blocking (database): call from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "core/time/civil_date.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct CasePerson {
  std::int64_t id = 0;
  std::string real_name;
  std::vector<std::string> aliases;
  std::optional<CivilDate> date_of_birth;
  std::string relationship;     // to the subject: "subject", "mother", "stepfather", ...
  std::string published_label;  // what published text says instead: "Child T", "Mother"
  std::vector<std::string> addresses;
  std::vector<std::string> settings;  // schools, nurseries, other settings
};

class CasePeople {
 public:
  CasePeople(db::ConnectionPool& database, const Clock& clock)
      : database_(database), clock_(clock) {}

  Result<std::vector<CasePerson>> List(const Principal& principal, std::int64_t review_id,
                                       const Actor& actor);
  // Adds a person (the id is ignored). kInvalid names date_of_birth when it is
  // in the future; kConflict when the published label is already used.
  Result<CasePerson> Add(const Principal& principal, std::int64_t review_id,
                         const CasePerson& person, const Actor& actor);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
};

}  // namespace casereview::app
