// A clock tests set and advance by hand.
#pragma once

#include <chrono>

#include "app/clock.h"

namespace casereview::testing {

class FakeClock final : public app::Clock {
 public:
  explicit FakeClock(Instant start = Instant{std::chrono::sys_days{std::chrono::year{2026} /
                                                                   std::chrono::March / 2}} +
                                     std::chrono::hours{9})
      : now_(start) {}
  Instant Now() const override { return now_; }
  void Advance(std::chrono::milliseconds by) { now_ += by; }

 private:
  Instant now_;
};

}  // namespace casereview::testing
