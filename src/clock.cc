#include <cognito_fake/clock.h>

namespace cognito_fake {
namespace {

std::int64_t ToNanos(Timestamp time) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

}  // namespace

Timestamp FakeClock::DefaultStart() {
  // 2024-01-01T00:00:00Z.
  return Timestamp(std::chrono::duration_cast<Timestamp::duration>(std::chrono::seconds(1704067200)));
}

FakeClock::FakeClock(Timestamp start) : nanos_since_epoch_(ToNanos(start)) {}

Timestamp FakeClock::Now() const {
  return Timestamp(std::chrono::duration_cast<Timestamp::duration>(
      std::chrono::nanoseconds(nanos_since_epoch_.load(std::memory_order_acquire))));
}

void FakeClock::Advance(std::chrono::nanoseconds duration) {
  if (duration.count() < 0) return;
  nanos_since_epoch_.fetch_add(duration.count(), std::memory_order_acq_rel);
}

void FakeClock::Set(Timestamp time) { nanos_since_epoch_.store(ToNanos(time), std::memory_order_release); }

}  // namespace cognito_fake
