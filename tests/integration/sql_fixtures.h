// Fixtures written straight in SQL, for tests of records that have no API to
// create them with (a review without its referral's journey) and for reading
// back what a test cannot see over HTTP.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "integration/in_process_server.h"

namespace casereview::testing {

inline std::int64_t InsertReturningId(InProcessServer& server, std::string_view sql,
                                      std::initializer_list<db::Value> params) {
  auto connection = server.database().Acquire();
  EXPECT_TRUE(connection);
  auto rows = (*connection)->Query(sql, params);
  EXPECT_TRUE(rows) << (rows ? "" : rows.error().message);
  return rows && !rows->empty() ? rows->front().Int(0).value_or(0) : 0;
}

inline void Execute(InProcessServer& server, std::string_view sql,
                    std::initializer_list<db::Value> params) {
  auto connection = server.database().Acquire();
  ASSERT_TRUE(connection);
  auto done = (*connection)->Execute(sql, params);
  ASSERT_TRUE(done) << done.error().message;
}

inline std::int64_t Count(InProcessServer& server, std::string_view sql,
                          std::initializer_list<db::Value> params = {}) {
  auto connection = server.database().Acquire();
  EXPECT_TRUE(connection);
  auto rows = (*connection)->Query(sql, params);
  EXPECT_TRUE(rows);
  return rows && !rows->empty() ? rows->front().Int(0).value_or(0) : -1;
}

// A fictional review in drafting, with its referral; `agency_id` (when set) is involved.
inline std::int64_t InsertReview(InProcessServer& server,
                                 std::optional<std::int64_t> agency_id = {}) {
  const db::Value partnership(server.first_run().partnership_id);
  const std::int64_t referral = InsertReturningId(
      server,
      "INSERT INTO referral (partnership_id, referrer_name, received_on, summary, created_at, "
      "updated_at) VALUES ($1, 'Fictional Referrer', '2026-01-05', 'A fictional incident.', "
      "'2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z') RETURNING id",
      {partnership});
  const std::int64_t review = InsertReturningId(
      server,
      "INSERT INTO review (partnership_id, referral_id, pseudonym, nation, subject, stage, "
      "aware_on, created_at, updated_at) VALUES ($1, $2, 'Child Q (fictional)', 'england', "
      "'child', 'drafting', '2026-01-05', '2026-01-05T09:00:00.000Z', "
      "'2026-01-05T09:00:00.000Z') RETURNING id",
      {partnership, db::Value(referral)});
  if (agency_id) {
    Execute(server, "INSERT INTO review_agency (review_id, agency_id) VALUES ($1, $2)",
            {db::Value(review), db::Value(*agency_id)});
  }
  return review;
}

}  // namespace casereview::testing
