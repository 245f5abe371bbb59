#include "app/reviews/case_people.h"

#include "app/audit/audit_trail.h"
#include "app/platform/london_time.h"
#include "app/platform/text_list.h"
#include "app/reviews/case_access.h"
#include "db/rows.h"

namespace casereview::app {
namespace {

using db::Value;

// The caller's access to the people of the review; kNotFound when they may
// not see the review, kForbidden when they see it but not its people.
Result<void> CheckPeopleAccess(db::Connection& tx, const Principal& principal,
                               std::int64_t review_id) {
  auto access = AccessReview(tx, principal, review_id);
  if (!access) return Failure(access);
  if (!access->may_read_people) {
    return Fail(ErrorCode::kForbidden, "you may not see the people in this case");
  }
  return {};
}

Result<std::vector<CasePerson>> LoadPeople(db::Connection& tx, std::int64_t review_id) {
  return db::QueryAll(
      tx,
      "SELECT id, real_name, aliases, date_of_birth, relationship, published_label, addresses, "
      "settings FROM case_person WHERE review_id = $1 ORDER BY id",
      {Value(review_id)}, [](db::RowReader& row) {
        return CasePerson{row.Int("id"),
                          row.Text("real_name"),
                          TextListFromJson(row.OptionalText("aliases")),
                          row.OptionalParsed("date_of_birth", ParseCivilDate),
                          row.Text("relationship"),
                          row.Text("published_label"),
                          TextListFromJson(row.OptionalText("addresses")),
                          TextListFromJson(row.OptionalText("settings"))};
      });
}

}  // namespace

Result<std::vector<CasePerson>> CasePeople::List(const Principal& principal, std::int64_t review_id,
                                                 const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(
      **connection, [&](db::Connection& tx) -> Result<std::vector<CasePerson>> {
        if (auto allowed = CheckPeopleAccess(tx, principal, review_id); !allowed) {
          return Failure(allowed);
        }
        auto people = LoadPeople(tx, review_id);
        if (!people) return people;
        if (auto audited =
                RecordEvent(tx, actor, "people.read", "review", std::to_string(review_id), now,
                            {{"count", std::to_string(people->size())}});
            !audited) {
          return Failure(audited);
        }
        return people;
      });
}

Result<CasePerson> CasePeople::Add(const Principal& principal, std::int64_t review_id,
                                   const CasePerson& person, const Actor& actor) {
  auto connection = database_.Acquire();
  if (!connection) return Failure(connection);
  const Instant now = clock_.Now();
  return db::InTransaction(**connection, [&](db::Connection& tx) -> Result<CasePerson> {
    if (auto allowed = CheckPeopleAccess(tx, principal, review_id); !allowed) {
      return Failure(allowed);
    }
    auto editable = AccessReviewForEdit(tx, principal, review_id);
    if (!editable) return Failure(editable);
    if (person.date_of_birth && *person.date_of_birth > LondonDate(now)) {
      return std::unexpected(Error{ErrorCode::kInvalid,
                                   "the person is not valid",
                                   {{"date_of_birth", "cannot be in the future"}}});
    }
    auto taken = tx.Query(
        "SELECT 1 FROM case_person WHERE review_id = $1 AND lower(published_label) = lower($2)",
        {Value(review_id), Value(person.published_label)});
    if (!taken) return Failure(taken);
    if (!taken->empty()) {
      return std::unexpected(Error{ErrorCode::kConflict,
                                   "another person in the case already has that label",
                                   {{"published_label", "is already used in this case"}}});
    }
    auto inserted = tx.Query(
        "INSERT INTO case_person (review_id, real_name, aliases, date_of_birth, relationship, "
        "published_label, addresses, settings, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {Value(review_id), Value(person.real_name), Value(TextListToJson(person.aliases)),
         person.date_of_birth ? Value(FormatCivilDate(*person.date_of_birth)) : Value(nullptr),
         Value(person.relationship), Value(person.published_label),
         Value(TextListToJson(person.addresses)), Value(TextListToJson(person.settings)),
         Value(FormatInstant(now))});
    if (!inserted) return Failure(inserted);
    CasePerson added = person;
    added.id = inserted->front().Int(0).value_or(0);
    if (auto audited = RecordEvent(tx, actor, "person.added", "review", std::to_string(review_id),
                                   now, {{"person_id", std::to_string(added.id)}});
        !audited) {
      return Failure(audited);
    }
    return added;
  });
}

}  // namespace casereview::app
