// The three UK jurisdictions that keep their own bank holidays.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace casereview {

// England and Wales share one set of bank holidays (Banking and Financial
// Dealings Act 1971, sch. 1 para. 1); Scotland (para. 2) and Northern Ireland
// (para. 3) each have their own.
enum class Jurisdiction { kEnglandWales, kScotland, kNorthernIreland };

inline constexpr std::array<Jurisdiction, 3> kAllJurisdictions = {
    Jurisdiction::kEnglandWales, Jurisdiction::kScotland, Jurisdiction::kNorthernIreland};

// "england_wales" | "scotland" | "northern_ireland" (exact, lower case); nullopt otherwise.
std::optional<Jurisdiction> ParseJurisdiction(std::string_view text);

// The text form ParseJurisdiction accepts.
std::string_view JurisdictionName(Jurisdiction jurisdiction);

}  // namespace casereview
