// A text extractor for tests: answers what the test sets, and counts calls.
#pragma once

#include <atomic>

#include "app/documents/text_extractor.h"

namespace casereview::testing {

class FakeTextExtractor final : public app::TextExtractor {
 public:
  Result<std::optional<std::string>> Extract(MediaType,
                                             const std::filesystem::path&) const override {
    ++calls;
    return answer;
  }
  Result<std::optional<std::string>> answer = std::optional<std::string>("fictional text");
  mutable std::atomic<int> calls = 0;
};

}  // namespace casereview::testing
