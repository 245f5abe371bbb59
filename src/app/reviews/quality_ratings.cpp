#include "app/reviews/quality_ratings.h"

#include <fmt/format.h>

#include "app/audit/audit_trail.h"
#include "app/reviews/case_access.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

Result<std::vector<MarkerRating>> LoadRatings(db::Connection& tx, std::int64_t review_id) {
  std::vector<MarkerRating> ratings;
  for (const auto& marker : kQualityMarkers) ratings.push_back({marker.number, {}, "", {}, ""});
  struct Stored {
    std::int64_t marker;
    MarkerRating rating;
  };
  auto stored = db::QueryAll(tx,
                             "SELECT marker, rating, evidence, rated_by, rated_at "
                             "FROM quality_rating WHERE review_id = $1",
                             {Value(review_id)}, [](db::RowReader& row) {
                               Stored read{row.Int("marker"), {}};
                               read.rating.rating = row.Enum("rating", kQualityRatings);
                               read.rating.evidence = row.Text("evidence");
                               read.rating.rated_by = row.OptionalInt("rated_by");
                               read.rating.rated_at = row.Text("rated_at");
                               return read;
                             });
  if (!stored) return Failure(stored);
  for (auto& [marker, rating] : *stored) {
    // The table's CHECK keeps markers within 1 to 18; another is a damaged row.
    if (marker < 1 || marker > static_cast<std::int64_t>(ratings.size())) {
      return Fail(ErrorCode::kInternal,
                  fmt::format("quality_rating: marker {} is unknown", marker));
    }
    rating.marker = static_cast<int>(marker);
    ratings[static_cast<std::size_t>(marker - 1)] = std::move(rating);
  }
  return ratings;
}

}  // namespace

Result<std::vector<MarkerRating>> QualityRatings::List(const Principal& principal,
                                                       const Actor& actor, std::int64_t review_id) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  auto access = AccessReviewInFull(**connection, principal, review_id);
  if (!access) return Failure(access);
  auto ratings = LoadRatings(**connection, review_id);
  if (!ratings) return ratings;
  if (auto audited =
          RecordRestrictedRead(**connection, *access, actor, clock_.Now(), "quality_markers");
      !audited) {
    return Failure(audited);
  }
  return ratings;
}

Result<MarkerRating> QualityRatings::Rate(const Principal& principal, std::int64_t review_id,
                                          int marker, QualityRating rating,
                                          const std::string& evidence, const Actor& actor) {
  if (marker < 1 || marker > static_cast<int>(kQualityMarkers.size())) {
    return Fail(ErrorCode::kNotFound, "there is no such quality marker: they are numbered 1 to 18");
  }
  if (evidence.size() > 5000) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the rating is not valid",
                                 {{"evidence", "must be at most 5000 characters"}}});
  }
  if (evidence.empty() && rating != QualityRating::kNotApplicable) {
    return std::unexpected(Error{ErrorCode::kInvalid,
                                 "the rating is not valid",
                                 {{"evidence", "say what the rating rests on"}}});
  }
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<MarkerRating> {
    auto access = AccessReviewInFull(tx, principal, review_id);
    if (!access) return Failure(access);
    if (auto open = CheckOpen(*access); !open) return Failure(open);
    const std::string name(kQualityRatings.Name(rating));
    auto stored = tx.Execute(
        "INSERT INTO quality_rating (review_id, marker, rating, evidence, rated_by, rated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (review_id, marker) DO UPDATE SET "
        "rating = excluded.rating, evidence = excluded.evidence, rated_by = excluded.rated_by, "
        "rated_at = excluded.rated_at",
        {Value(review_id), Value(std::int64_t{marker}), Value(name), Value(evidence),
         Value(principal.user_id), Value(FormatInstant(now))});
    if (!stored) return Failure(stored);
    if (auto audited = RecordEvent(tx, actor, "quality.rated", "review", std::to_string(review_id),
                                   now, {{"marker", std::to_string(marker)}, {"rating", name}});
        !audited) {
      return Failure(audited);
    }
    auto ratings = LoadRatings(tx, review_id);
    if (!ratings) return Failure(ratings);
    return (*ratings)[static_cast<std::size_t>(marker - 1)];
  });
}

}  // namespace casereview::app
