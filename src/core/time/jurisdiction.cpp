#include "core/time/jurisdiction.h"

namespace casereview {

std::optional<Jurisdiction> ParseJurisdiction(std::string_view text) {
  for (const Jurisdiction jurisdiction : kAllJurisdictions) {
    if (JurisdictionName(jurisdiction) == text) return jurisdiction;
  }
  return std::nullopt;
}

std::string_view JurisdictionName(Jurisdiction jurisdiction) {
  switch (jurisdiction) {
    case Jurisdiction::kEnglandWales:
      return "england_wales";
    case Jurisdiction::kScotland:
      return "scotland";
    case Jurisdiction::kNorthernIreland:
      return "northern_ireland";
  }
  return "england_wales";
}

}  // namespace casereview
