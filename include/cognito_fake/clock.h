#ifndef COGNITO_FAKE_CLOCK_H_
#define COGNITO_FAKE_CLOCK_H_

/// @file
/// `FakeClock`: the per-fake clock that code expiry, token lifetimes,
/// lockouts and rate windows are measured on. Tests move it; unless it was
/// made to follow the system time, it never moves by itself.

#include <cognito_fake/types.h>

#include <atomic>
#include <chrono>
#include <cstdint>

namespace cognito_fake {

/// How a FakeClock moves.
enum class ClockMode {
  /// Only when told to (Advance, Set): a test sees the same time however
  /// long it runs.
  kStandingStill,
  /// With the system clock, plus whatever Advance and Set added: the mode
  /// of a server that apps use beside real JWT libraries.
  kFollowingSystemTime,
};

/// A clock that moves when told to, and with the system clock if made so.
/// Thread-safe.
class FakeClock {
 public:
  /// 2024-01-01T00:00:00Z: a fixed time tests pin a clock to when they
  /// compare timestamps with constants.
  static Timestamp DefaultStart();

  /// 2200-01-01T00:00:00Z: the clock never reads later than this; moving
  /// or setting it past stops it here. A Timestamp ends in 2262, and every
  /// expiry the fake computes from the clock (ten years at the most) must
  /// still fit.
  static Timestamp Latest();

  /// A clock reading `start` (at most Latest()), standing still.
  explicit FakeClock(Timestamp start = DefaultStart());
  /// A clock reading `start` (at most Latest()) that moves as `mode` says.
  FakeClock(Timestamp start, ClockMode mode);
  FakeClock(const FakeClock&) = delete;
  FakeClock& operator=(const FakeClock&) = delete;

  /// The current time.
  Timestamp Now() const;
  /// Moves the clock forward by `duration`, stopping at Latest(); a
  /// negative duration does nothing.
  void Advance(std::chrono::nanoseconds duration);
  /// Sets the clock to `time` (at most Latest()), forward or backward.
  void Set(Timestamp time);
  /// How this clock moves.
  ClockMode mode() const { return mode_; }

 private:
  const ClockMode mode_;
  // Standing still: the time, in nanoseconds since the epoch. Following
  // the system time: what is added to the system time.
  std::atomic<std::int64_t> nanos_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_CLOCK_H_
