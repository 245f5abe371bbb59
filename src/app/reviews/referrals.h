// Referrals: the facts of an incident as the partnership heard them, and the
// case record (review) each one opens at the referral stage. On creation the
// statutory assessment (core/statutory/assessment.h) is computed and kept with the facts;
// changing the facts assesses them again and keeps every earlier assessment.
// Blocking (database): call from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "core/statutory/incident.h"
#include "core/time/civil_date.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct NewReferral {
  Incident incident;                                // validated (ValidateIncident)
  std::string pseudonym;                            // what the case is called: "Child T"
  std::optional<std::int64_t> referring_agency_id;  // an agency of the caller's partnership
  std::string referrer_name;                        // the referring person's role or name
  CivilDate received_on;
  std::string summary;  // narrative; may hold personal data
  bool restricted = false;
};

// One assessment of the facts, as it was computed.
struct AssessmentEntry {
  std::int64_t id = 0;
  std::string assessed_at;
  std::optional<std::int64_t> assessed_by;
  std::string facts_json;       // the incident, app::IncidentToJson
  std::string assessment_json;  // the assessment, app::AssessmentToJson
};

struct Referral {
  std::int64_t id = 0;
  std::int64_t review_id = 0;
  std::optional<std::int64_t> referring_agency_id;
  std::string referrer_name;
  CivilDate received_on;
  std::string summary;
  std::string created_at;
  std::string updated_at;
  std::int64_t version = 1;
  std::vector<AssessmentEntry> assessments;  // newest first; the first is current
};

class Referrals {
 public:
  Referrals(db::ConnectionPool& database, const Clock& clock)
      : database_(database), clock_(clock) {}

  // Creates the referral, assesses it and opens its review at the referral
  // stage (the caller is assigned to a restricted one). kInvalid names the
  // field (pseudonym, referrer_name, summary, received_on, referring_agency_id).
  Result<Referral> Create(const Principal& principal, const NewReferral& referral,
                          const Actor& actor);

  // The referral, if the caller may read its review in full; kNotFound otherwise.
  Result<Referral> Get(const Principal& principal, std::int64_t referral_id, const Actor& actor);

  // Replaces the facts (expected_version: the referral's ETag), assesses them
  // again and keeps the earlier assessment; the review's due dates follow the
  // new assessment. kPreconditionFailed when the referral changed meanwhile.
  Result<Referral> Reassess(const Principal& principal, std::int64_t referral_id,
                            const Incident& incident, std::int64_t expected_version,
                            const Actor& actor);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
};

}  // namespace casereview::app
