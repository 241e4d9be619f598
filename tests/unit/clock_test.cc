// FakeClock: moves only when told, and never off the end of a Timestamp.

#include <cognito_fake/clock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <limits>

namespace cognito_fake {
namespace {

TEST(FakeClock, StartsAtTheDefaultAndMovesOnlyWhenTold) {
  FakeClock clock;
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart());
  clock.Advance(std::chrono::seconds(90));
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart() + std::chrono::seconds(90));
  clock.Advance(std::chrono::seconds(-5));
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart() + std::chrono::seconds(90))
      << "never backwards by Advance";
  clock.Set(FakeClock::DefaultStart());
  EXPECT_EQ(clock.Now(), FakeClock::DefaultStart()) << "Set goes backwards too";
}

TEST(FakeClock, StopsAtTheLatestTimeInsteadOfOverflowing) {
  EXPECT_EQ(std::chrono::duration_cast<std::chrono::seconds>(FakeClock::Latest().time_since_epoch())
                .count(),
            7258118400)
      << "2200-01-01T00:00:00Z";
  FakeClock clock;
  clock.Advance(std::chrono::nanoseconds(std::numeric_limits<std::int64_t>::max()));
  EXPECT_EQ(clock.Now(), FakeClock::Latest());
  clock.Advance(std::chrono::hours(1));
  EXPECT_EQ(clock.Now(), FakeClock::Latest());
  // Ten years (the longest refresh-token validity) still fit past it.
  EXPECT_GT(clock.Now() + std::chrono::hours(24 * 3660), clock.Now());
  FakeClock late(Timestamp::max());
  EXPECT_EQ(late.Now(), FakeClock::Latest());
  late.Set(FakeClock::DefaultStart());
  late.Set(Timestamp::max());
  EXPECT_EQ(late.Now(), FakeClock::Latest());
}

}  // namespace
}  // namespace cognito_fake
