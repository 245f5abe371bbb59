#include "http/json/case_json.h"

#include "core/statutory/incident_names.h"
#include "http/json/json_body.h"

namespace casereview::http {

using nlohmann::json;

namespace {

template <typename Enum, std::size_t N>
json NameOrNull(const std::optional<Enum>& value, const EnumNames<Enum, N>& names) {
  return value ? json(names.Name(*value)) : json(nullptr);
}

json TextOrNull(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}

// A stored JSON document, embedded as JSON (it was written by this server).
json Embedded(const std::string& text) {
  auto parsed = ParseJsonText(text);
  return parsed ? std::move(*parsed) : json(nullptr);
}

}  // namespace

json DateJson(const std::optional<CivilDate>& date) {
  return date ? json(FormatCivilDate(*date)) : json(nullptr);
}

json MilestoneJson(const Milestone& milestone) {
  return {{"id", kMilestoneIds.Name(milestone.id)},
          {"title", milestone.title},
          {"basis", milestone.basis},
          {"due", DateJson(milestone.due)},
          {"done_on", DateJson(milestone.done_on)},
          {"state", kMilestoneStates.Name(milestone.state)}};
}

json ReviewSummaryJson(const app::ReviewSummary& review) {
  json milestones = json::array();
  std::optional<Milestone> next;
  for (const auto& milestone : review.milestones) {
    milestones.push_back(MilestoneJson(milestone));
    if (milestone.done_on || !milestone.due) continue;
    if (!next || *milestone.due < *next->due) next = milestone;
  }
  return {{"id", review.id},
          {"referral_id", review.referral_id},
          {"pseudonym", review.pseudonym},
          {"review_type", NameOrNull(review.review_type, kDecisionOutcomes)},
          {"framework", TextOrNull(review.framework)},
          {"stage", kStages.Name(review.stage)},
          {"paused_from", NameOrNull(review.paused_from, kStages)},
          {"restricted", review.restricted},
          {"nation", kNations.Name(review.nation)},
          {"subject", kSubjects.Name(review.subject)},
          {"milestones", std::move(milestones)},
          {"next_deadline", next ? MilestoneJson(*next) : json(nullptr)},
          {"paused_days", review.paused_days},
          {"updated_at", review.updated_at},
          {"version", review.version}};
}

json ReviewDetailJson(const app::ReviewDetail& review) {
  json body = ReviewSummaryJson(review.summary);
  body["summary_only"] = review.summary_only;
  body["may_edit"] = review.may_edit;
  body["may_read_people"] = review.may_read_people;
  if (review.summary_only) return body;
  body["dates"] = {{"aware_on", FormatCivilDate(review.dates.aware_on)},
                   {"notified_on", DateJson(review.dates.notified_on)},
                   {"rapid_review_completed_on", DateJson(review.dates.rapid_review_completed_on)},
                   {"planned_publication_on", DateJson(review.dates.planned_publication_on)},
                   {"submitted_on", DateJson(review.dates.submitted_on)},
                   {"published_on", DateJson(review.dates.published_on)}};
  body["pause"] = review.pause_reason ? json{{"reason", *review.pause_reason},
                                             {"since", DateJson(review.paused_since)}}
                                      : json(nullptr);
  const auto& terms = review.terms;
  body["terms_of_reference"] = {{"scope_start", DateJson(terms.scope_start)},
                                {"scope_end", DateJson(terms.scope_end)},
                                {"lines_of_enquiry", terms.lines_of_enquiry},
                                {"methodology", terms.methodology},
                                {"parallel_proceedings", terms.parallel_proceedings},
                                {"agreed_on", DateJson(terms.agreed_on)},
                                {"complete", terms.Complete()}};
  json agencies = json::array();
  for (const auto& agency : review.agencies) {
    agencies.push_back(
        {{"id", agency.id}, {"name", agency.name}, {"kind", kAgencyKinds.Name(agency.kind)}});
  }
  body["agencies"] = std::move(agencies);
  json members = json::array();
  for (const auto& member : review.members) {
    members.push_back({{"user_id", member.user_id},
                       {"display_name", member.display_name},
                       {"agency_id", member.agency_id ? json(*member.agency_id) : json(nullptr)},
                       {"role", kMemberRoles.Name(member.role)},
                       {"independence_override", TextOrNull(member.independence_override)},
                       {"assigned_at", member.assigned_at}});
  }
  body["members"] = std::move(members);
  json decisions = json::array();
  for (const auto& decision : review.decisions) {
    decisions.push_back({{"id", decision.id},
                         {"outcome", kDecisionOutcomes.Name(decision.outcome)},
                         {"rationale", decision.rationale},
                         {"decided_by", decision.decided_by},
                         {"decided_on", FormatCivilDate(decision.decided_on)},
                         {"panel_told_on", DateJson(decision.panel_told_on)},
                         {"recorded_at", decision.recorded_at}});
  }
  body["decisions"] = std::move(decisions);
  json history = json::array();
  for (const auto& entry : review.history) {
    history.push_back({{"from", NameOrNull(entry.from, kStages)},
                       {"to", kStages.Name(entry.to)},
                       {"reason", entry.reason},
                       {"by_user_id", entry.by_user_id ? json(*entry.by_user_id) : json(nullptr)},
                       {"at", entry.at}});
  }
  body["stage_history"] = std::move(history);
  body["final_report"] = nullptr;
  if (const auto& report = review.final_report) {
    body["final_report"] = {{"document_id", report->document_id},
                            {"title", report->title},
                            {"version_id", report->version_id},
                            {"version_number", report->version_number},
                            {"file_name", report->file_name}};
  }
  json sign_offs = json::array();
  for (const auto& sign_off : review.sign_offs) {
    sign_offs.push_back({{"id", sign_off.id},
                         {"signed_by", sign_off.signed_by},
                         {"display_name", sign_off.display_name},
                         {"signed_at", sign_off.signed_at},
                         {"note", sign_off.note},
                         {"document_version_id", sign_off.document_version_id},
                         {"of_final_report", sign_off.of_final_report}});
  }
  body["sign_offs"] = std::move(sign_offs);
  json family = json::array();
  for (const auto& entry : review.family) {
    family.push_back({{"id", entry.id},
                      {"family_member", entry.family_member},
                      {"event", kFamilyEvents.Name(entry.event)},
                      {"on_date", FormatCivilDate(entry.on)},
                      {"note", entry.note}});
  }
  body["family_involvement"] = std::move(family);
  json practitioners = json::array();
  for (const auto& entry : review.practitioners) {
    practitioners.push_back({{"id", entry.id},
                             {"kind", kPractitionerEventKinds.Name(entry.kind)},
                             {"held_on", FormatCivilDate(entry.held_on)},
                             {"attendees", entry.attendees},
                             {"note", entry.note}});
  }
  body["practitioner_events"] = std::move(practitioners);
  return body;
}

json ReferralJson(const app::Referral& referral) {
  json assessments = json::array();
  for (const auto& entry : referral.assessments) {
    assessments.push_back(
        {{"id", entry.id},
         {"assessed_at", entry.assessed_at},
         {"assessed_by", entry.assessed_by ? json(*entry.assessed_by) : json(nullptr)},
         {"facts", Embedded(entry.facts_json)},
         {"assessment", Embedded(entry.assessment_json)}});
  }
  json current = assessments.empty() ? json(nullptr) : assessments.front();
  return {{"id", referral.id},
          {"review_id", referral.review_id},
          {"referring_agency_id",
           referral.referring_agency_id ? json(*referral.referring_agency_id) : json(nullptr)},
          {"referrer_name", referral.referrer_name},
          {"received_on", FormatCivilDate(referral.received_on)},
          {"summary", referral.summary},
          {"created_at", referral.created_at},
          {"updated_at", referral.updated_at},
          {"version", referral.version},
          {"facts", current.is_null() ? json(nullptr) : current["facts"]},
          {"assessment", current.is_null() ? json(nullptr) : current["assessment"]},
          {"assessment_history", std::move(assessments)}};
}

json DeadlineJson(const app::Deadline& deadline) {
  return {{"review_id", deadline.review_id},
          {"pseudonym", deadline.pseudonym},
          {"stage", kStages.Name(deadline.stage)},
          {"milestone", MilestoneJson({deadline.milestone, deadline.title, deadline.basis,
                                       deadline.due, std::nullopt, deadline.state})}};
}

json PersonJson(const app::CasePerson& person) {
  return {{"id", person.id},
          {"real_name", person.real_name},
          {"aliases", person.aliases},
          {"date_of_birth", DateJson(person.date_of_birth)},
          {"relationship", person.relationship},
          {"published_label", person.published_label},
          {"addresses", person.addresses},
          {"settings", person.settings}};
}

json MarkerRatingJson(const app::MarkerRating& rating) {
  const QualityMarker& marker = kQualityMarkers.at(static_cast<std::size_t>(rating.marker - 1));
  return {{"marker", rating.marker},
          {"group", marker.group},
          {"title", marker.title},
          {"statement", marker.statement},
          {"rating", NameOrNull(rating.rating, kQualityRatings)},
          {"evidence", rating.evidence},
          {"rated_by", rating.rated_by ? json(*rating.rated_by) : json(nullptr)},
          {"rated_at", rating.rated_at.empty() ? json(nullptr) : json(rating.rated_at)}};
}

json AgencyJson(const app::Agency& agency) {
  return {{"id", agency.id}, {"name", agency.name}, {"kind", kAgencyKinds.Name(agency.kind)}};
}

}  // namespace casereview::http
