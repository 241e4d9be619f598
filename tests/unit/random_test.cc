#include "internal/random.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace cognito_fake {
namespace internal {
namespace {

TEST(Random, IsSplitMix64) {
  Random random(0);
  EXPECT_EQ(random.Next(), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(random.Next(), 0x6e789e6aa1b965f4ULL);
}

TEST(Random, TheSameSeedGivesTheSameSequenceAndAnotherSeedDoesNot) {
  Random a(42), b(42), c(43);
  for (int i = 0; i < 100; ++i) {
    const std::uint64_t value = a.Next();
    EXPECT_EQ(value, b.Next());
    EXPECT_NE(value, c.Next());
  }
}

TEST(Random, SavedStateReproducesTheContinuation) {
  Random a(7);
  a.Next();
  Random b(0);
  b.set_state(a.state());
  EXPECT_EQ(a.Digits(6), b.Digits(6));
  EXPECT_EQ(a.Uuid4(), b.Uuid4());
}

TEST(Random, UniformStaysInRangeAndReachesEveryValue) {
  Random random(1);
  std::set<std::uint64_t> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::uint64_t value = random.Uniform(7);
    ASSERT_LT(value, 7u);
    seen.insert(value);
  }
  EXPECT_EQ(seen.size(), 7u);
}

TEST(Random, DigitsAreDecimalAndMayStartWithZero) {
  Random random(3);
  bool leading_zero = false;
  for (int i = 0; i < 200; ++i) {
    const std::string code = random.Digits(6);
    ASSERT_TRUE(std::regex_match(code, std::regex("[0-9]{6}"))) << code;
    leading_zero = leading_zero || code[0] == '0';
  }
  EXPECT_TRUE(leading_zero);
}

TEST(Random, DigitsDrawsExactlyWhatFromAlphabetOfTheTenDigitsDraws) {
  // Digits is FromAlphabet("0123456789", n) made cheaper: the same codes
  // from the same state, and the generator left in the same place.
  for (std::uint64_t seed : {0ull, 1ull, 42ull, 0x9e3779b97f4a7c15ull}) {
    Random digits(seed);
    Random alphabet(seed);
    for (int count : {0, 1, 6, 8, 6, 40}) {
      EXPECT_EQ(digits.Digits(count), alphabet.FromAlphabet("0123456789", count))
          << seed << " " << count;
      EXPECT_EQ(digits.state(), alphabet.state()) << seed << " " << count;
    }
  }
}

TEST(Random, FromAlphabetUsesOnlyTheAlphabet) {
  Random random(4);
  const std::string text = random.FromAlphabet("xyz", 300);
  EXPECT_EQ(text.size(), 300u);
  EXPECT_EQ(text.find_first_not_of("xyz"), std::string::npos);
  EXPECT_NE(text.find('x'), std::string::npos);
  EXPECT_NE(text.find('z'), std::string::npos);
}

TEST(Random, Uuid4HasTheVersionAndVariantBits) {
  Random random(5);
  const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string id = random.Uuid4();
    EXPECT_TRUE(std::regex_match(id, uuid)) << id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(Random, Uuid4SpellsTheNextTwoWordsWithTheVersionAndVariantBitsSet) {
  // Seed 0's words are 0xe220a8397b1dcdaf and 0x6e789e6aa1b965f4
  // (IsSplitMix64): the version nibble becomes 4, the variant bits 10.
  Random random(0);
  EXPECT_EQ(random.Uuid4(), "e220a839-7b1d-4daf-ae78-9e6aa1b965f4");
}

TEST(Random, BytesAreTheLittleEndianBytesOfTheNextWordsCutToSize) {
  Random random(0);
  EXPECT_EQ(random.Bytes(10), std::string("\xaf\xcd\x1d\x7b\x39\xa8\x20\xe2\xf4\x65", 10));
  Random whole(0);
  whole.Bytes(10);
  EXPECT_EQ(whole.state(), random.state()) << "two words drawn";
  EXPECT_EQ(Random(3).Bytes(0), "");
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
