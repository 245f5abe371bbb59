// The wire names of the domain's enumerations: one table per enum, read both
// ways. Names are stable: they are stored in the database and sent over the API.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace casereview {

template <typename Enum, std::size_t N>
class EnumNames {
 public:
  constexpr explicit EnumNames(std::array<std::pair<Enum, std::string_view>, N> entries)
      : entries_(entries) {}

  // The name of `value`; "" for a value missing from the table (a bug).
  constexpr std::string_view Name(Enum value) const {
    for (const auto& [entry, name] : entries_) {
      if (entry == value) return name;
    }
    return {};
  }

  // The value named exactly `name`; nullopt otherwise.
  constexpr std::optional<Enum> Parse(std::string_view name) const {
    for (const auto& [entry, entry_name] : entries_) {
      if (entry_name == name) return entry;
    }
    return std::nullopt;
  }

  constexpr const auto& entries() const { return entries_; }

 private:
  std::array<std::pair<Enum, std::string_view>, N> entries_;
};

}  // namespace casereview
