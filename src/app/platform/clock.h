// The time port: use cases ask a Clock, never the system, so tests can set time.
#pragma once

#include <chrono>

#include "core/time/instant.h"

namespace casereview::app {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
};

// The real clock. Thread-safe.
class SystemClock final : public Clock {
 public:
  Instant Now() const override {
    return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
  }
};

}  // namespace casereview::app
