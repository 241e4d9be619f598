#include <cognito_fake/clock.h>

namespace cognito_fake {
namespace {

constexpr std::int64_t kLatestNanos = 7258118400LL * 1000000000LL;  // 2200-01-01T00:00:00Z

// Clamped before it is converted: a Timestamp may count a coarser unit
// (libc++'s system_clock counts microseconds), whose far end overflows
// nanoseconds.
std::int64_t ToNanos(Timestamp time) {
  if (time >= FakeClock::Latest()) return kLatestNanos;
  return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

Timestamp FromNanos(std::int64_t nanos) {
  return Timestamp(
      std::chrono::duration_cast<Timestamp::duration>(std::chrono::nanoseconds(nanos)));
}

std::int64_t SystemNanos() { return ToNanos(std::chrono::system_clock::now()); }

}  // namespace

Timestamp FakeClock::DefaultStart() {
  // 2024-01-01T00:00:00Z.
  return Timestamp(
      std::chrono::duration_cast<Timestamp::duration>(std::chrono::seconds(1704067200)));
}

FakeClock::FakeClock(Timestamp start) : FakeClock(start, ClockMode::kStandingStill) {}

FakeClock::FakeClock(Timestamp start, ClockMode mode)
    : mode_(mode),
      nanos_(mode == ClockMode::kStandingStill ? ToNanos(start) : ToNanos(start) - SystemNanos()) {}

Timestamp FakeClock::Now() const {
  const std::int64_t nanos = nanos_.load(std::memory_order_acquire);
  if (mode_ == ClockMode::kStandingStill) return FromNanos(nanos);
  const std::int64_t system = SystemNanos();
  // Compared before adding: the sum itself could overflow.
  return FromNanos(nanos >= kLatestNanos - system ? kLatestNanos : system + nanos);
}

Timestamp FakeClock::Latest() { return FromNanos(kLatestNanos); }

void FakeClock::Advance(std::chrono::nanoseconds duration) {
  if (duration.count() <= 0) return;
  std::int64_t now = nanos_.load(std::memory_order_acquire);
  std::int64_t next;
  do {
    next = duration.count() >= kLatestNanos - now ? kLatestNanos : now + duration.count();
  } while (!nanos_.compare_exchange_weak(now, next, std::memory_order_acq_rel));
}

void FakeClock::Set(Timestamp time) {
  const std::int64_t nanos = ToNanos(time);
  nanos_.store(mode_ == ClockMode::kStandingStill ? nanos : nanos - SystemNanos(),
               std::memory_order_release);
}

}  // namespace cognito_fake
