#include <cognito_fake/clock.h>

namespace cognito_fake {
namespace {

constexpr std::int64_t kLatestNanos = 7258118400LL * 1000000000LL;  // 2200-01-01T00:00:00Z

std::int64_t ToNanos(Timestamp time) {
  const std::int64_t nanos =
      std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
  return nanos < kLatestNanos ? nanos : kLatestNanos;
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
