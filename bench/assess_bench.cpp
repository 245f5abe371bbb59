// The statutory assessment is computed on every keystroke of the referral form:
// it must stay in microseconds (goal: one assessment under 5 µs).
#include <benchmark/benchmark.h>

#include "core/statutory/assessment.h"

namespace casereview {
namespace {

using namespace std::chrono;

// A child death with neglect suspected in England under WT2023: the busiest
// path (notification, rapid review, local and national review, child death review).
Incident BusyEnglishCase() {
  Incident incident;
  incident.nation = Nation::kEngland;
  incident.subject = Subject::kChild;
  incident.age_years = 17;
  incident.incident_date = 2026y / March / 2;
  incident.aware_date = 2026y / March / 3;
  incident.outcome = Outcome::kDied;
  incident.abuse_or_neglect = AbuseOrNeglect::kSuspected;
  incident.concern_about_agencies_working_together = true;
  incident.looked_after = true;
  incident.perpetrator_relationship = PerpetratorRelationship::kHouseholdMember;
  return incident;
}

void BM_AssessEnglandChildDeath(benchmark::State& state) {
  const Incident incident = BusyEnglishCase();
  for (auto _ : state) {
    Assessment assessment = Assess(incident);
    benchmark::DoNotOptimize(assessment);
  }
}
BENCHMARK(BM_AssessEnglandChildDeath);

void BM_AssessWalesSusrAdult(benchmark::State& state) {
  Incident incident = BusyEnglishCase();
  incident.nation = Nation::kWales;
  incident.subject = Subject::kAdult;
  incident.age_years = 40;
  incident.care_and_support_needs = true;
  incident.incident_date = incident.aware_date = 2025y / January / 6;
  for (auto _ : state) {
    Assessment assessment = Assess(incident);
    benchmark::DoNotOptimize(assessment);
  }
}
BENCHMARK(BM_AssessWalesSusrAdult);

}  // namespace
}  // namespace casereview
