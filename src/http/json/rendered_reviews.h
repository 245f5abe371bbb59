// Reviews as rendered JSON, kept so that reading a review again costs one
// query (the caller's access and the review's version) instead of eight and a
// rendering. An entry is keyed by everything the rendering depends on: the
// review's version (bumped by every change of the review or its parts shown
// in the detail), the caller's view of it (summary only, may edit, may read
// people) and the UK day (milestone states and days paused). Thread-safe;
// at most `capacity` entries, the least recently used dropped first.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "app/reviews/case_access.h"
#include "core/time/civil_date.h"

namespace casereview::http {

class RenderedReviews {
 public:
  explicit RenderedReviews(std::size_t capacity) : capacity_(capacity) {}

  // The key of review `access.review_id` at `access.version`, as `access` sees it, on `today`.
  static std::string Key(const app::ReviewAccess& access, CivilDate today);

  // The rendering stored under `key`, or null.
  std::shared_ptr<const std::string> Find(const std::string& key);
  void Store(const std::string& key, std::shared_ptr<const std::string> body);

 private:
  using Entries = std::list<std::pair<std::string, std::shared_ptr<const std::string>>>;

  std::size_t capacity_;
  std::mutex mutex_;
  Entries entries_;  // most recently used first
  std::unordered_map<std::string, Entries::iterator> index_;
};

}  // namespace casereview::http
