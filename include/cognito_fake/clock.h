#ifndef COGNITO_FAKE_CLOCK_H_
#define COGNITO_FAKE_CLOCK_H_

/// @file
/// `FakeClock`: the per-fake clock that code expiry, token lifetimes,
/// lockouts and rate windows are measured on. Tests move it; it never moves
/// by itself.

#include <cognito_fake/types.h>

#include <atomic>
#include <chrono>
#include <cstdint>

namespace cognito_fake {

/// A clock that only moves when told to. Thread-safe.
class FakeClock {
 public:
  /// 2024-01-01T00:00:00Z: where every fake's clock starts unless told
  /// otherwise, so timestamps in tests are reproducible.
  static Timestamp DefaultStart();

  /// 2200-01-01T00:00:00Z: the clock never reads later than this; moving
  /// or setting it past stops it here. A Timestamp ends in 2262, and every
  /// expiry the fake computes from the clock (ten years at the most) must
  /// still fit.
  static Timestamp Latest();

  /// A clock reading `start` (at most Latest()).
  explicit FakeClock(Timestamp start = DefaultStart());
  FakeClock(const FakeClock&) = delete;
  FakeClock& operator=(const FakeClock&) = delete;

  /// The current time.
  Timestamp Now() const;
  /// Moves the clock forward by `duration`, stopping at Latest(); a
  /// negative duration does nothing.
  void Advance(std::chrono::nanoseconds duration);
  /// Sets the clock to `time` (at most Latest()), forward or backward.
  void Set(Timestamp time);

 private:
  std::atomic<std::int64_t> nanos_since_epoch_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_CLOCK_H_
