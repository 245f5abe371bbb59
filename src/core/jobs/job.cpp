#include "core/jobs/job.h"

#include <algorithm>
#include <charconv>

namespace casereview {
namespace {

constexpr std::size_t kMaxPayloadEntries = 8;
constexpr std::size_t kMaxNameLength = 40;
constexpr std::size_t kMaxKindLength = 60;

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsName(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameLength || !IsLower(name.front())) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return IsLower(c) || IsDigit(c) || c == '_'; });
}

}  // namespace

std::string FormatJobPayload(const JobPayload& payload) {
  std::string text;
  for (const auto& [name, id] : payload) {
    if (!text.empty()) text += ';';
    text += name;
    text += '=';
    text += std::to_string(id);
  }
  return text;
}

std::optional<JobPayload> ParseJobPayload(std::string_view text) {
  JobPayload payload;
  while (!text.empty()) {
    const auto end = text.find(';');
    const std::string_view entry = text.substr(0, end);
    const auto equals = entry.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    const std::string_view name = entry.substr(0, equals);
    const std::string_view digits = entry.substr(equals + 1);
    std::int64_t id = 0;
    const auto [rest, error] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (!IsName(name) || digits.empty() || !IsDigit(digits.front()) || digits.front() == '0' ||
        error != std::errc{} || rest != digits.data() + digits.size() || id <= 0) {
      return std::nullopt;
    }
    if (!payload.emplace(std::string(name), id).second) return std::nullopt;
    if (payload.size() > kMaxPayloadEntries) return std::nullopt;
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
    if (text.empty()) return std::nullopt;  // a trailing ';'
  }
  return payload;
}

bool IsJobKind(std::string_view kind) {
  if (kind.empty() || kind.size() > kMaxKindLength) return false;
  bool word_start = true;
  for (const char c : kind) {
    if (c == '.') {
      if (word_start) return false;
      word_start = true;
      continue;
    }
    if (word_start ? !IsLower(c) : !(IsLower(c) || IsDigit(c) || c == '_')) return false;
    word_start = false;
  }
  return !word_start;
}

std::chrono::seconds RetryDelay(int attempts) {
  constexpr std::chrono::seconds kFirst{30};
  constexpr std::chrono::seconds kLongest = std::chrono::hours(6);
  std::chrono::seconds delay = kFirst;
  for (int i = 1; i < attempts && delay < kLongest; ++i) delay *= 2;
  return std::min(delay, kLongest);
}

}  // namespace casereview
