// ReviewChanges: the family and practitioner involvement logs.
#include <fmt/format.h>

#include "app/platform/london_time.h"
#include "app/reviews/review_changes.h"
#include "app/reviews/review_steps.h"
#include "core/access/review_policy.h"

namespace casereview::app {

using db::Value;

Result<ReviewDetail> ReviewChanges::AddFamilyEntry(const Principal& principal,
                                                   std::int64_t review_id,
                                                   const NewFamilyEntry& entry,
                                                   const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        if (entry.on > LondonDate(now)) {
          return Invalid("the family involvement entry is not valid", "on_date",
                         "cannot be in the future");
        }
        const std::string at = FormatInstant(now);
        auto inserted = tx.Execute(
            "INSERT INTO family_involvement (review_id, family_member, event, on_date, note, "
            "recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {Value(review_id), Value(entry.family_member),
             Value(std::string(kFamilyEvents.Name(entry.event))), Value(FormatCivilDate(entry.on)),
             Value(entry.note), Value(principal.user_id), Value(at)});
        if (!inserted) return Failure(inserted);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        change.Record("review.family_involvement_added", "review", std::to_string(review_id),
                      {{"event", std::string(kFamilyEvents.Name(entry.event))}});
        return {};
      });
}

Result<ReviewDetail> ReviewChanges::AddPractitionerEntry(const Principal& principal,
                                                         std::int64_t review_id,
                                                         const NewPractitionerEntry& entry,
                                                         const Actor& actor) {
  return RunChange(
      database_, clock_, principal, actor, review_id, ChangeRight::kEdit,
      [&](ReviewChange& change) -> Result<void> {
        db::Connection& tx = change.tx;
        const Instant now = change.now;
        const std::string at = FormatInstant(now);
        auto inserted = tx.Execute(
            "INSERT INTO practitioner_event (review_id, kind, held_on, attendees, note, "
            "recorded_by, "
            "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {Value(review_id), Value(std::string(kPractitionerEventKinds.Name(entry.kind))),
             Value(FormatCivilDate(entry.held_on)), Value(std::int64_t{entry.attendees}),
             Value(entry.note), Value(principal.user_id), Value(at)});
        if (!inserted) return Failure(inserted);
        if (auto touched = Touch(tx, review_id, at); !touched) return touched;
        change.Record("review.practitioner_event_added", "review", std::to_string(review_id),
                      {{"kind", std::string(kPractitionerEventKinds.Name(entry.kind))}});
        return {};
      });
}

}  // namespace casereview::app
