// Reads that many users repeat (the work summary, the first page of a list)
// are costly on a large partnership and change only when the records do.
// The change generation (migrations/sqlite/0007_change_generation.sql) is a
// number the database bumps, by trigger, in every transaction that changes
// reviews, their members or agencies, actions or the partnership's settings;
// a value computed from those tables is valid for exactly one generation.
// Reading the generation is one indexed row, so a cached read costs that and
// a lookup. Keys must carry everything else the value depends on: the
// caller (visibility is per user), the query, and the UK day for anything
// computed against "today".
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/error.h"
#include "db/database.h"

namespace casereview::app {

Result<std::int64_t> ReadChangeGeneration(db::Connection& connection);

// Values of one generation by key, at most `capacity` of them: a value of
// another generation is never returned, and storing one of a newer
// generation drops the older ones. Thread-safe.
template <typename Value>
class GenerationCache {
 public:
  explicit GenerationCache(std::size_t capacity = 4096) : capacity_(capacity) {}

  std::optional<Value> Find(const std::string& key, std::int64_t generation) const {
    std::lock_guard lock(mutex_);
    if (generation != generation_) return std::nullopt;
    auto found = values_.find(key);
    if (found == values_.end()) return std::nullopt;
    return found->second;
  }

  void Store(std::string key, std::int64_t generation, Value value) {
    std::lock_guard lock(mutex_);
    if (generation < generation_) return;  // computed before a change another request saw
    if (generation > generation_ || values_.size() >= capacity_) {
      values_.clear();
      generation_ = generation;
    }
    values_.insert_or_assign(std::move(key), std::move(value));
  }

 private:
  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::int64_t generation_ = -1;
  std::unordered_map<std::string, Value> values_;
};

}  // namespace casereview::app
