// A clock tests set and advance by hand. Thread-safe, so that a server's
// worker threads may read it while the test moves it.
#pragma once

#include <atomic>
#include <chrono>

#include "app/platform/clock.h"

namespace casereview::testing {

class FakeClock final : public app::Clock {
 public:
  explicit FakeClock(Instant start = Instant{std::chrono::sys_days{std::chrono::year{2026} /
                                                                   std::chrono::March / 2}} +
                                     std::chrono::hours{9})
      : now_(start.time_since_epoch().count()) {}
  Instant Now() const override { return Instant{Instant::duration{now_.load()}}; }
  void Advance(std::chrono::milliseconds by) { now_ += by.count(); }
  void Set(Instant to) { now_ = to.time_since_epoch().count(); }

 private:
  std::atomic<Instant::rep> now_;
};

}  // namespace casereview::testing
