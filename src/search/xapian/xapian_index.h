// The search index on Xapian: one database in a folder of the data directory
// (DATA_DIR/search), written by this process alone (Xapian's lock refuses a
// second writer: kUnavailable). Thread-safe: one mutex guards the database,
// each Put and Remove commits before it returns.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>

#include "search/search_index.h"

namespace casereview::search {

class XapianIndex final : public SearchIndex {
 public:
  // Opens (creating when absent) the index at `folder`.
  static Result<std::unique_ptr<XapianIndex>> Open(const std::filesystem::path& folder);
  ~XapianIndex() override;

  Result<void> Put(const IndexedText& text) override;
  Result<void> Remove(std::string_view key) override;
  Result<std::vector<SearchHit>> Search(std::string_view query, std::size_t limit) const override;

 private:
  struct State;
  explicit XapianIndex(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
  mutable std::mutex mutex_;
};

}  // namespace casereview::search
