#include "app/demo/demo_review.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace casereview::app {
namespace {

// A decision of the safeguarding partners, the Panel told the same day.
NewDecision PartnersDecision(DecisionOutcome outcome, std::string rationale, CivilDate on) {
  return NewDecision{outcome, std::move(rationale), "Safeguarding partners", on, on};
}

constexpr std::array<AgencyKind, 6> kActionAgencies = {
    AgencyKind::kPolice,         AgencyKind::kChildrensSocialCare, AgencyKind::kHealthCommissioner,
    AgencyKind::kHealthProvider, AgencyKind::kEducation,           AgencyKind::kHousing};

constexpr std::array<const char*, 6> kThemes = {
    "information sharing", "professional curiosity", "escalation", "hidden adults", "neglect",
    "voice of the child"};

// A review as it is being built: its id and the version its next edit expects.
struct Building {
  std::int64_t id = 0;
  std::int64_t version = 1;
  CivilDate aware_on;
  std::int64_t final_report_version = 0;  // what a partner signs off

  Result<void> Take(const Result<ReviewDetail>& detail) {
    if (!detail) return Failure(detail);
    version = detail->summary.version;
    if (detail->final_report) final_report_version = detail->final_report->version_id;
    return {};
  }
};

CivilDate NotAfter(CivilDate date, CivilDate today) { return std::min(date, today); }

Result<Building> Open(DemoContext& context, const ReviewPlan& plan) {
  NewReferral referral;
  Incident& incident = referral.incident;
  incident.nation = Nation::kEngland;
  incident.subject = plan.subject;
  incident.age_years = plan.age_years;
  incident.aware_date = AddDays(context.today, -plan.aware_days_ago);
  incident.incident_date = AddDays(incident.aware_date, -2);
  if (plan.stage != Stage::kReferral) {
    incident.notification_date = NotAfter(AddDays(incident.aware_date, 3), context.today);
  }
  incident.outcome = plan.outcome;
  incident.abuse_or_neglect = AbuseOrNeglect::kSuspected;
  incident.concern_about_agencies_working_together = true;
  referral.pseudonym = plan.pseudonym;
  referral.referring_agency_id = context.agencies.at(AgencyKind::kChildrensSocialCare);
  referral.referrer_name = "Principal Social Worker (fictional)";
  referral.received_on = incident.aware_date;
  referral.summary = fmt::format(
      "Fictional demo referral: {} came to the attention of the partnership after an incident. "
      "No real person is described.",
      plan.pseudonym);
  referral.restricted = plan.restricted;
  auto created = context.referrals.Create(context.coordinator, referral, context.actor);
  if (!created) return Failure(created);
  return Building{created->review_id, 1, incident.aware_date};
}

Result<void> AddDocument(DemoContext& context, const ReviewPlan& plan, const Building& review,
                         DocumentKind kind, std::string title, bool pdf) {
  auto document = context.documents.CreateDocument(
      context.coordinator, context.actor, NewDocument{review.id, kind, title, std::nullopt, {}});
  if (!document) return Failure(document);
  const std::string line = plan.documents_once
                               ? std::string("Fictional demo document")
                               : fmt::format("{} - {} (fictional demo)", title, plan.pseudonym);
  const std::string bytes =
      pdf ? TinyPdf(line) : line + "\nThis file is part of the fictional demo partnership.\n";
  auto version = context.documents.AddVersion(context.coordinator, context.actor, document->id,
                                              bytes, pdf ? "document.pdf" : "document.txt");
  if (!version) return Failure(version);
  return {};
}

// Status, due date (days from today) and RAG of the n-th action in `mix`.
struct ActionShape {
  ActionStatus status;
  int due_in_days;
};

ActionShape ShapeOf(ActionMix mix, std::int64_t n) {
  static constexpr std::array<ActionShape, 6> kEvery = {{
      {ActionStatus::kNotStarted, -10},  // red: overdue
      {ActionStatus::kInProgress, 20},   // amber: due within 30 days
      {ActionStatus::kInProgress, 90},   // green
      {ActionStatus::kCompleted, -30},   // green: done
      {ActionStatus::kCancelled, 40},    // green: cancelled
      {ActionStatus::kNotStarted, 7},    // red: not started, due within 14 days
  }};
  static constexpr std::array<ActionShape, 2> kDone = {{
      {ActionStatus::kCompleted, -45},
      {ActionStatus::kCancelled, -20},
  }};
  return mix == ActionMix::kAllDone ? kDone[n % kDone.size()] : kEvery[n % kEvery.size()];
}

Result<void> AddAction(DemoContext& context, const ReviewPlan& plan, std::int64_t recommendation,
                       std::int64_t n) {
  const ActionShape shape = ShapeOf(plan.mix, n);
  const AgencyKind agency = kActionAgencies[context.actions_added % kActionAgencies.size()];
  NewAction action;
  action.agency_id = context.agencies.at(agency);
  action.owner = "Safeguarding Lead (fictional)";
  action.description =
      fmt::format("Fictional demo action {}: brief practitioners on the learning", n + 1);
  action.success_measure = "An audit of ten cases shows the learning in practice";
  action.due_on = AddDays(context.today, shape.due_in_days);
  auto added = context.plans.AddAction(context.coordinator, context.actor, recommendation, action);
  if (!added) return Failure(added);
  ++context.actions_added;
  const int updates = plan.progress_per_action;
  for (int update = 0; update < updates; ++update) {
    NewProgress progress;
    const bool finishes =
        shape.status == ActionStatus::kCompleted || shape.status == ActionStatus::kCancelled;
    if (finishes && update + 1 == updates) {
      progress.status = shape.status;
    } else if (shape.status != ActionStatus::kNotStarted && update == 0) {
      progress.status = ActionStatus::kInProgress;
    }
    progress.note =
        progress.status == ActionStatus::kCancelled
            ? "Cancelled: superseded by a partnership-wide action (fictional)"
            : fmt::format("Update {} (fictional): briefing sessions planned and held", update + 1);
    auto logged =
        context.plans.AddProgress(context.coordinator, context.actor, added->id, progress);
    if (!logged) return Failure(logged);
  }
  return {};
}

Result<void> AddPlan(DemoContext& context, const ReviewPlan& plan, const Building& review) {
  for (int r = 0; r < plan.recommendations; ++r) {
    NewRecommendation recommendation;
    const AgencyKind agency = kActionAgencies[r % kActionAgencies.size()];
    recommendation.target =
        r % 3 == 2 ? RecommendationTarget::kPartnership : RecommendationTarget::kAgency;
    if (recommendation.target == RecommendationTarget::kAgency) {
      recommendation.target_agency_id = context.agencies.at(agency);
    }
    recommendation.text =
        fmt::format("Fictional recommendation {}: strengthen {} across the partnership", r + 1,
                    kThemes[r % kThemes.size()]);
    recommendation.themes = {kThemes[r % kThemes.size()]};
    auto added = context.plans.AddRecommendation(context.coordinator, context.actor, review.id,
                                                 recommendation);
    if (!added) return Failure(added);
    for (int a = 0; a < plan.actions_per_recommendation; ++a) {
      if (auto action =
              AddAction(context, plan, added->id, r * plan.actions_per_recommendation + a);
          !action) {
        return action;
      }
    }
  }
  return {};
}

// What a stage's guard rail needs, and what a review has by then, done just
// before the review moves to `stage`.
Result<void> Prepare(DemoContext& context, const ReviewPlan& plan, Building& review, Stage stage) {
  const Principal& who = context.coordinator;
  switch (stage) {
    case Stage::kDecision: {
      ReviewEdit edit;
      edit.rapid_review_completed_on =
          std::optional{NotAfter(AddDays(review.aware_on, 14), context.today)};
      return review.Take(context.changes.Edit(who, review.id, edit, review.version, context.actor));
    }
    case Stage::kCommissioning: {
      const NewDecision decision = PartnersDecision(
          plan.decision,
          "The rapid review found that agencies could have worked together more effectively; "
          "a local review is likely to yield learning (fictional demo rationale).",
          NotAfter(AddDays(review.aware_on, 18), context.today));
      return review.Take(context.changes.Decide(who, review.id, decision, context.actor));
    }
    case Stage::kInformationGathering: {
      TermsOfReference terms;
      terms.scope_start = AddDays(review.aware_on, -365);
      terms.scope_end = review.aware_on;
      terms.lines_of_enquiry = {"How well did agencies share information?",
                                "Was the voice of the child heard?"};
      terms.methodology = "SCIE systems model";
      terms.parallel_proceedings = "None known (fictional)";
      terms.agreed_on = NotAfter(AddDays(review.aware_on, 30), context.today);
      if (auto set = review.Take(
              context.changes.SetTerms(who, review.id, terms, review.version, context.actor));
          !set) {
        return set;
      }
      const std::vector<std::int64_t> involved = {
          context.agencies.at(AgencyKind::kChildrensSocialCare),
          context.agencies.at(AgencyKind::kPolice),
          context.agencies.at(AgencyKind::kHealthCommissioner),
          context.agencies.at(AgencyKind::kEducation)};
      if (auto set = review.Take(
              context.changes.SetAgencies(who, review.id, involved, review.version, context.actor));
          !set) {
        return set;
      }
      const std::int64_t reviewer =
          context.reviewers[static_cast<std::size_t>(plan.reviewer) % context.reviewers.size()];
      if (auto assigned = review.Take(context.changes.Assign(
              who, review.id, NewMember{reviewer, MemberRole::kReviewer, std::nullopt},
              context.actor));
          !assigned) {
        return assigned;
      }
      return review.Take(context.changes.AddFamilyEntry(
          who, review.id,
          NewFamilyEntry{"Mother", FamilyEvent::kInvited,
                         NotAfter(terms.agreed_on.value(), context.today),
                         "Invitation letter sent through the family's social worker (fictional)"},
          context.actor));
    }
    case Stage::kAnalysis:
      return review.Take(context.changes.AddPractitionerEntry(
          who, review.id,
          NewPractitionerEntry{PractitionerEventKind::kLearningEvent,
                               NotAfter(AddDays(review.aware_on, 60), context.today), 14,
                               "Multi-agency learning event (fictional)"},
          context.actor));
    case Stage::kDrafting: {
      NewFinding finding;
      finding.text =
          "Fictional finding: information about a new adult in the household was held by "
          "two agencies but not shared.";
      finding.themes = {"information sharing", "hidden adults"};
      auto added = context.plans.AddFinding(who, context.actor, review.id, finding);
      if (!added) return Failure(added);
      return {};
    }
    case Stage::kQualityAssurance:
      if (auto plan_added = AddPlan(context, plan, review); !plan_added) return plan_added;
      return AddDocument(context, plan, review, DocumentKind::kDraftReport, "Draft report", false);
    case Stage::kSignOff: {
      auto added =
          AddDocument(context, plan, review, DocumentKind::kFinalReport, "Final report", true);
      if (!added) return added;
      ++review.version;  // a final report's version is a change of the review
                         // (app/documents/documents.h)
      return {};
    }
    case Stage::kPublication: {
      if (plan.restricted) {  // the partner signs only what they may see
        if (auto assigned = review.Take(context.changes.Assign(
                who, review.id,
                NewMember{context.partner.user_id, MemberRole::kMember, std::nullopt},
                context.actor));
            !assigned) {
          return assigned;
        }
      }
      if (auto signed_off = review.Take(context.changes.SignOff(
              context.partner, review.id,
              NewSignOff{review.final_report_version,
                         "Signed off on behalf of the safeguarding partners (fictional)."},
              context.actor));
          !signed_off) {
        return signed_off;
      }
      ReviewEdit edit;
      edit.planned_publication_on = std::optional{AddDays(context.today, 21)};
      edit.submitted_on = std::optional{NotAfter(AddDays(review.aware_on, 170), context.today)};
      return review.Take(context.changes.Edit(who, review.id, edit, review.version, context.actor));
    }
    case Stage::kMonitoring: {
      ReviewEdit edit;
      edit.published_on = std::optional{NotAfter(AddDays(review.aware_on, 200), context.today)};
      return review.Take(context.changes.Edit(who, review.id, edit, review.version, context.actor));
    }
    default:
      return {};
  }
}

Result<void> MoveTo(DemoContext& context, Building& review, Stage stage, std::string reason = {}) {
  return review.Take(context.changes.ChangeStage(context.coordinator, review.id,
                                                 StageChange{stage, std::move(reason)},
                                                 review.version, context.actor));
}

}  // namespace

CivilDate AddDays(CivilDate date, int days) {
  return CivilDate{std::chrono::sys_days{date} + std::chrono::days{days}};
}

Result<std::int64_t> BuildReview(DemoContext& context, const ReviewPlan& plan) {
  auto opened = Open(context, plan);
  if (!opened) return Failure(opened);
  Building review = *opened;

  const bool no_review = plan.decision == DecisionOutcome::kNoReview;
  Stage last = plan.stage;
  if (plan.stage == Stage::kPaused) last = Stage::kInformationGathering;
  if (plan.stage == Stage::kClosed) last = no_review ? Stage::kDecision : Stage::kMonitoring;
  for (int s = static_cast<int>(Stage::kRapidReview); s <= static_cast<int>(last); ++s) {
    const auto stage = static_cast<Stage>(s);
    if (auto ready = Prepare(context, plan, review, stage); !ready) return Failure(ready);
    if (auto moved = MoveTo(context, review, stage); !moved) return Failure(moved);
  }
  // Reviews that stop before the plan would be written still get their plan
  // when asked for (the generated partnership gives every review one).
  if (static_cast<int>(last) < static_cast<int>(Stage::kQualityAssurance) &&
      plan.recommendations > 0 && !no_review) {
    if (auto added = AddPlan(context, plan, review); !added) return Failure(added);
  }
  if (plan.stage == Stage::kPaused) {
    if (auto paused = MoveTo(context, review, Stage::kPaused,
                             "Criminal proceedings: the trial is listed (fictional)");
        !paused) {
      return Failure(paused);
    }
  }
  if (plan.stage == Stage::kClosed) {
    if (no_review) {
      const NewDecision decision = PartnersDecision(
          DecisionOutcome::kNoReview,
          "The rapid review found that agencies worked together well and the learning is "
          "already being acted on; no local review (fictional demo rationale).",
          NotAfter(AddDays(review.aware_on, 16), context.today));
      if (auto decided = review.Take(
              context.changes.Decide(context.coordinator, review.id, decision, context.actor));
          !decided) {
        return Failure(decided);
      }
    }
    if (auto closed = MoveTo(context, review, Stage::kClosed); !closed) return Failure(closed);
  }
  return review.id;
}

std::string TinyPdf(std::string_view line) {
  std::string text;
  for (const char c : line) {
    if (c == '(' || c == ')' || c == '\\') text += '\\';
    if (c >= 0x20 && c < 0x7f) text += c;
  }
  const std::string stream = fmt::format("BT /F1 12 Tf 72 720 Td ({}) Tj ET", text);
  constexpr std::string_view kPage =
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      std::string(kPage),
      fmt::format("<< /Length {} >>\nstream\n{}\nendstream", stream.size(), stream),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  const std::size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (const std::size_t offset : offsets) pdf += fmt::format("{:010} 00000 n \n", offset);
  pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n",
                     objects.size() + 1, xref);
  return pdf;
}

}  // namespace casereview::app
