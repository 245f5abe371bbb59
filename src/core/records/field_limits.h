// How long each kind of text a person enters may be, and how many items a
// list may hold: one table for the API (which refuses more with a 400 naming
// the field), docs/api/openapi.yaml (whose maxLength and maxItems say the
// same, checked by OpenApiTest.FieldLimitsAreThoseOfTheCode), the web app's
// forms (maxLength, generated from the yaml) and the importers to come.
// Lengths are in bytes of UTF-8 once any line breaks are normalised.
#pragma once

#include <cstddef>
#include <cstdint>

namespace casereview::limits {

// ---- texts ----
inline constexpr std::size_t kPseudonym = 100;   // the name a review is known by, never a real one
inline constexpr std::size_t kLabel = 100;       // a theme, a relationship, a family member
inline constexpr std::size_t kName = 200;        // a person, an agency, an owner, a document title
inline constexpr std::size_t kNote = 2000;       // a reason, a sign-off note, an override
inline constexpr std::size_t kEntry = 5000;      // an action, its progress, evidence, a log entry
inline constexpr std::size_t kLongText = 20000;  // a summary, a rationale, a finding
inline constexpr std::size_t kAddress = 500;
inline constexpr std::size_t kLineOfEnquiry = 1000;

// ---- lists ----
inline constexpr std::size_t kListItems = 20;  // themes, aliases, addresses, settings
inline constexpr std::size_t kLinesOfEnquiry = 30;
inline constexpr std::size_t kReviewAgencies = 50;

// ---- numbers ----
inline constexpr std::int64_t kRagDays = 365;
// A recommendation's number: far above any review's count, far below overflow.
inline constexpr std::int64_t kRecommendationNumber = 999;
inline constexpr std::int64_t kAttendees = 1000;

}  // namespace casereview::limits
