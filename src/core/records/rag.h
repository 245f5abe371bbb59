// The red/amber/green status of an action, computed from its status and dates,
// never stored. Thresholds are the partnership's (partnership_setting); the
// defaults are common practice in local action-plan templates (DOMAIN.md 8, [R]).
#pragma once

#include <array>

#include "core/enum_names.h"
#include "core/records/case_records.h"
#include "core/time/civil_date.h"

namespace casereview {

enum class Rag { kRed, kAmber, kGreen };

inline constexpr EnumNames<Rag, 3> kRags{{{
    {Rag::kRed, "red"},
    {Rag::kAmber, "amber"},
    {Rag::kGreen, "green"},
}}};

struct RagThresholds {
  int red_days = 14;    // not started and due within this many days: red
  int amber_days = 30;  // in progress and due within this many days: amber
};

// The rule as data, so that one rule serves both one action (ComputeRag) and
// a query over many (app/actions/rag_condition.h): an action of `status` due
// at most `days_ahead` days after today (-1: overdue) is `rag`. The first band
// that matches wins; an action no band matches is green.
struct RagBand {
  ActionStatus status;
  int days_ahead;
  Rag rag;
};

// red: open (not started or in progress) and overdue, or not started and due
// within red_days; amber: in progress and due within amber_days; green
// otherwise (completed and cancelled actions are green).
std::array<RagBand, 3> RagBands(const RagThresholds& thresholds);

// The band rule applied to one action.
Rag ComputeRag(ActionStatus status, CivilDate due, CivilDate today,
               const RagThresholds& thresholds);

// Days from `from` to `to` (negative when `to` is earlier).
int DaysBetween(CivilDate from, CivilDate to);

}  // namespace casereview
