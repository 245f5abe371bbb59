#include "http/json/rendered_reviews.h"

#include <fmt/format.h>

namespace casereview::http {

std::string RenderedReviews::Key(const app::ReviewAccess& access, CivilDate today) {
  return fmt::format("{}/{}/{}{}{}/{}", access.review_id, access.version,
                     access.summary_only ? 's' : 'f', access.may_edit ? 'e' : '-',
                     access.may_read_people ? 'p' : '-', FormatCivilDate(today));
}

std::string RenderedReviews::PageKey(std::string_view list, const std::string& key,
                                     std::int64_t generation) {
  return fmt::format("{}@{}@{}", list, generation, key);
}

std::shared_ptr<const std::string> RenderedReviews::Find(const std::string& key) {
  std::lock_guard lock(mutex_);
  const auto found = index_.find(key);
  if (found == index_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, found->second);
  return found->second->second;
}

void RenderedReviews::Store(const std::string& key, std::shared_ptr<const std::string> body) {
  if (capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  if (const auto found = index_.find(key); found != index_.end()) {
    found->second->second = std::move(body);
    entries_.splice(entries_.begin(), entries_, found->second);
    return;
  }
  entries_.emplace_front(key, std::move(body));
  index_.emplace(key, entries_.begin());
  if (entries_.size() > capacity_) {
    index_.erase(entries_.back().first);
    entries_.pop_back();
  }
}

}  // namespace casereview::http
