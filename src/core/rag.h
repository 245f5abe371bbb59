// The red/amber/green status of an action, computed from its status and dates,
// never stored. Thresholds are the partnership's (partnership_setting); the
// defaults are common practice in local action-plan templates (DOMAIN.md 8, [R]).
#pragma once

#include "core/case_records.h"
#include "core/civil_date.h"
#include "core/enum_names.h"

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

// red: open (not started or in progress) and overdue, or not started and due
// within red_days; amber: in progress and due within amber_days; green
// otherwise (completed and cancelled actions are green).
Rag ComputeRag(ActionStatus status, CivilDate due, CivilDate today,
               const RagThresholds& thresholds);

// Days from `from` to `to` (negative when `to` is earlier).
int DaysBetween(CivilDate from, CivilDate to);

}  // namespace casereview
