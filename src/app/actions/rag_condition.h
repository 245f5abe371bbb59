// The RAG rule (core/records/rag.h's bands) as a SQL condition, so that a
// filter or a count over many actions agrees with ComputeRag on every one:
// both are made from RagBands, and tests/unit/app/actions/rag_condition_test
// checks them against each other across the thresholds' boundaries.
#pragma once

#include <string>
#include <vector>

#include "core/records/rag.h"
#include "core/time/civil_date.h"
#include "db/database.h"

namespace casereview::app {

// The condition selecting the actions aliased `a` (columns status, due_on)
// that are `rag` on `today`; appends its parameters to `params`, numbering
// them from params.size() + 1.
std::string RagCondition(Rag rag, CivilDate today, const RagThresholds& thresholds,
                         std::vector<db::Value>& params);

}  // namespace casereview::app
