// The quality assurance of a review against the 18 SCIE/NSPCC quality markers
// (core/records/quality_markers.h): one rating and evidence note per marker.
// Blocking (database): call from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/identity/principal.h"
#include "app/platform/clock.h"
#include "core/error.h"
#include "core/records/quality_markers.h"
#include "db/connection_pool.h"

namespace casereview::app {

struct MarkerRating {
  int marker = 0;                       // 1..18
  std::optional<QualityRating> rating;  // nullopt: not rated yet
  std::string evidence;
  std::optional<std::int64_t> rated_by;
  std::string rated_at;
};

class QualityRatings {
 public:
  QualityRatings(db::ConnectionPool& database, const Clock& clock)
      : database_(database), clock_(clock) {}

  // All 18 markers, in order, rated or not. Needs full access to the review.
  Result<std::vector<MarkerRating>> List(const Principal& principal, const Actor& actor,
                                         std::int64_t review_id);
  // Rates one marker (replacing an earlier rating). kNotFound for a marker
  // outside 1..18; kInvalid when the evidence is over 5,000 characters or a
  // rating other than not_applicable comes without evidence.
  Result<MarkerRating> Rate(const Principal& principal, std::int64_t review_id, int marker,
                            QualityRating rating, const std::string& evidence, const Actor& actor);

 private:
  db::ConnectionPool& database_;
  const Clock& clock_;
};

}  // namespace casereview::app
