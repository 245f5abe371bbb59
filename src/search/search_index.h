// The search index port: the library of published reviews (issue 15) finds
// reports by their words. What goes in is only what is already public (a
// published report's title and text); the index is rebuilt from the database,
// never the other way round. The interface lives here, beside its Xapian
// adapter, so that app (above) uses it and search depends on core alone.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace casereview::search {

struct IndexedText {
  std::string key;    // the record's own name, unique in the index: "report:12"
  std::string title;  // weighted above the text
  std::string text;
};

struct SearchHit {
  std::string key;
  std::string title;
  std::string snippet;  // a few words around the match, as stored: escape it to show it
};

class SearchIndex {
 public:
  virtual ~SearchIndex() = default;
  // Adds `text`, or replaces what `key` held; stored once this returns.
  virtual Result<void> Put(const IndexedText& text) = 0;
  // Removes `key`; nothing when absent.
  virtual Result<void> Remove(std::string_view key) = 0;
  // The best `limit` matches of `query` (words, "quoted phrases", AND, OR,
  // NOT; English stemming), best first. kInvalid for a query that cannot be
  // read, naming the field "q".
  virtual Result<std::vector<SearchHit>> Search(std::string_view query,
                                                std::size_t limit) const = 0;
};

}  // namespace casereview::search
