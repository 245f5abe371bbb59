#include "app/reviews/agencies.h"

#include "app/audit/audit_trail.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

}  // namespace

Result<std::vector<Agency>> Agencies::List(const Principal& principal) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  return db::QueryAll(
      **connection, "SELECT id, name, kind FROM agency WHERE partnership_id = $1 ORDER BY name",
      {Value(principal.partnership_id)}, [](db::RowReader& row) {
        return Agency{row.Int("id"), row.Text("name"), row.Enum("kind", kAgencyKinds)};
      });
}

Result<Agency> Agencies::Add(const Principal& principal, const std::string& name, AgencyKind kind,
                             const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<Agency> {
    auto taken =
        tx.Query("SELECT 1 FROM agency WHERE partnership_id = $1 AND lower(name) = lower($2)",
                 {Value(principal.partnership_id), Value(name)});
    if (!taken) return Failure(taken);
    if (!taken->empty()) {
      return std::unexpected(Error{ErrorCode::kConflict,
                                   "the partnership already has an agency of that name",
                                   {{"name", "is already used"}}});
    }
    auto inserted = tx.Query(
        "INSERT INTO agency (partnership_id, name, kind, created_at) VALUES ($1, $2, $3, $4) "
        "RETURNING id",
        {Value(principal.partnership_id), Value(name), Value(std::string(kAgencyKinds.Name(kind))),
         Value(FormatInstant(now))});
    if (!inserted) return Failure(inserted);
    const Agency agency{db::RowReader(inserted->front()).Int("id"), name, kind};
    if (auto audited = RecordEvent(tx, actor, "agency.created", "agency", std::to_string(agency.id),
                                   now, {{"kind", std::string(kAgencyKinds.Name(kind))}});
        !audited) {
      return Failure(audited);
    }
    return agency;
  });
}

}  // namespace casereview::app
