// Reviews as rendered JSON, kept so that reading a review again costs one
// query (the caller's access and the review's version) instead of eight and a
// rendering. An entry is keyed by everything the rendering depends on: the
// review's version (bumped by every change of the review or its parts shown
// in the detail), the caller's view of it (summary only, may edit, may read
// people) and the UK day (milestone states and days paused). Thread-safe;
// at most `capacity` entries, the least recently used dropped first.
//
// A second store keeps list pages the same way (the review list, the
// actions page) under PageKey: the page's own key, which names the caller's
// view, the query and the day, and the change generation it was read at
// (app/platform/change_generation.h), so that a page is rendered once per change.
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
  // The key of a list page (`list`: "reviews", "actions") read as `key` at `generation`.
  static std::string PageKey(std::string_view list, const std::string& key,
                             std::int64_t generation);

  // The body kept under `key`, or render() -> std::string kept under it first.
  template <typename Render>
  std::shared_ptr<const std::string> FindOrRender(const std::string& key, Render&& render) {
    if (auto body = Find(key)) return body;
    auto body = std::make_shared<const std::string>(render());
    Store(key, body);
    return body;
  }

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
