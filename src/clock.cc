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

}  // namespace

Timestamp FakeClock::DefaultStart() {
  // 2024-01-01T00:00:00Z.
  return Timestamp(
      std::chrono::duration_cast<Timestamp::duration>(std::chrono::seconds(1704067200)));
}

FakeClock::FakeClock(Timestamp start) : nanos_since_epoch_(ToNanos(start)) {}

Timestamp FakeClock::Now() const {
  return Timestamp(std::chrono::duration_cast<Timestamp::duration>(
      std::chrono::nanoseconds(nanos_since_epoch_.load(std::memory_order_acquire))));
}

Timestamp FakeClock::Latest() {
  return Timestamp(
      std::chrono::duration_cast<Timestamp::duration>(std::chrono::nanoseconds(kLatestNanos)));
}

void FakeClock::Advance(std::chrono::nanoseconds duration) {
  if (duration.count() <= 0) return;
  std::int64_t now = nanos_since_epoch_.load(std::memory_order_acquire);
  std::int64_t next;
  do {
    // Compared before adding: the sum itself could overflow.
    next = duration.count() >= kLatestNanos - now ? kLatestNanos : now + duration.count();
  } while (!nanos_since_epoch_.compare_exchange_weak(now, next, std::memory_order_acq_rel));
}

void FakeClock::Set(Timestamp time) {
  nanos_since_epoch_.store(ToNanos(time), std::memory_order_release);
}

}  // namespace cognito_fake
