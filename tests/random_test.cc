#include "internal/random.h"

#include "internal/crypto.h"

#include <gtest/gtest.h>

#include <cstring>

#include <algorithm>
#include <cstddef>
#include <cstdio>
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
      EXPECT_EQ(digits.Digits(count), alphabet.FromAlphabet("0123456789", count)) << seed << " " << count;
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

TEST(Random, Uuid4SpellsTheNextTwoWordsAsSnprintfWould) {
  // Fixed seeds, then a thousand drawn ones: every digit's nibble takes
  // both sides of 9 in every position.
  std::vector<std::uint64_t> seeds = {0ULL, 1ULL, 0x0123456789abcdefULL, ~0ULL};
  Random seed_source(11);
  for (int i = 0; i < 1000; ++i) seeds.push_back(seed_source.Next());
  for (std::uint64_t seed : seeds) {
    Random words(seed);
    const std::uint64_t high = (words.Next() & 0xffffffffffff0fffULL) | 0x4000ULL;
    const std::uint64_t low = (words.Next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    char expected[37];
    std::snprintf(expected, sizeof expected, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32), static_cast<unsigned long long>((high >> 16) & 0xffff),
                  static_cast<unsigned long long>(high & 0xffff), static_cast<unsigned long long>(low >> 48),
                  static_cast<unsigned long long>(low & 0xffffffffffffULL));
    Random random(seed);
    EXPECT_EQ(random.Uuid4(), expected) << seed;
  }
}

TEST(Random, FillBytesGivesTheBytesOfNextsWordsAndLeavesTheSameStateAtEveryVectorLevel) {
  // Sizes below, at and past the four- and eight-word vector steps, with and
  // without a cut last word, from several seeds (the vector lanes and the
  // scalar rest), at each level this CPU has.
  for (VectorLevel level : {VectorLevel::kNone, VectorLevel::kAvx2, VectorLevel::kAvx512}) {
    for (std::uint64_t seed : {0ULL, 1ULL, 0x0123456789abcdefULL, ~0ULL, 0x9e3779b97f4a7c15ULL}) {
      for (std::size_t size = 0; size <= 300; ++size) {
        Random words(seed);
        std::vector<unsigned char> expected(size);
        for (std::size_t at = 0; at < size; at += 8) {
          const std::uint64_t word = words.Next();
          for (std::size_t i = 0; i < 8 && at + i < size; ++i) {
            expected[at + i] = static_cast<unsigned char>(word >> (8 * i));
          }
        }
        std::vector<unsigned char> filled(size + 8, 0xee);
        Random random(seed);
        random.FillBytesWith(level, filled.data(), size);
        const int level_number = static_cast<int>(level);
        const auto end = filled.begin() + static_cast<std::ptrdiff_t>(size);
        ASSERT_EQ(std::vector<unsigned char>(filled.begin(), end), expected)
            << "level " << level_number << ", seed " << seed << ", size " << size;
        ASSERT_EQ(std::vector<unsigned char>(end, filled.end()), std::vector<unsigned char>(8, 0xee))
            << "nothing past the end, level " << level_number << ", size " << size;
        ASSERT_EQ(random.state(), words.state()) << "level " << level_number << ", seed " << seed << ", size " << size;
      }
    }
  }
  Random a(5);
  Random b(5);
  unsigned char x[100];
  unsigned char y[100];
  a.FillBytes(x, sizeof x);
  b.FillBytesWith(VectorLevel::kNone, y, sizeof y);
  EXPECT_EQ(std::memcmp(x, y, sizeof x), 0) << "FillBytes draws the same as the scalar words";
}

// Base64UrlStream's definition, written out plainly: xorshift128+ in four
// lanes seeded by SplitMix64's first eight words, each output byte's top
// six bits a character. `steps` whole steps.
std::string ReferenceStream(std::uint64_t seed, std::size_t steps) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  Random words(seed);
  std::uint64_t s0[4], s1[4];
  for (std::uint64_t& word : s0) word = words.Next();
  for (std::uint64_t& word : s1) word = words.Next();
  std::string text;
  for (std::size_t step = 0; step < steps; ++step) {
    for (int lane = 0; lane < 4; ++lane) {
      std::uint64_t x = s0[lane];
      const std::uint64_t y = s1[lane];
      s0[lane] = y;
      x ^= x << 23;
      s1[lane] = x ^ y ^ (x >> 17) ^ (y >> 26);
      const std::uint64_t output = s1[lane] + y;
      for (int byte = 0; byte < 8; ++byte) text += kAlphabet[((output >> (8 * byte)) & 0xff) >> 2];
    }
  }
  return text;
}

TEST(Base64UrlStream, WritesTheReferenceTextAndNothingPastItWithAndWithoutVectors) {
  // Counts below, at and past whole steps, part-used steps included; Write
  // uses the widest vectors the CPU has, WriteWith each level up to them.
  for (std::uint64_t seed : {0ULL, 1ULL, 0x0123456789abcdefULL, ~0ULL, 0x9e3779b97f4a7c15ULL}) {
    const std::string reference = ReferenceStream(seed, 40);
    for (std::size_t count = 0; count <= 1250; count += count < 100 ? 1 : 37) {
      const std::string expected = reference.substr(0, count) + std::string(8, '#');
      std::string written(count + 8, '#');
      Base64UrlStream(seed).Write(count, written.data());
      ASSERT_EQ(written, expected) << "seed " << seed << ", count " << count;
      for (VectorLevel level : {VectorLevel::kNone, VectorLevel::kAvx2, VectorLevel::kAvx512}) {
        std::string at_level(count + 8, '#');
        Base64UrlStream(seed).WriteWith(level, count, at_level.data());
        ASSERT_EQ(at_level, expected) << "level " << static_cast<int>(level) << ", seed " << seed << ", count "
                                      << count;
      }
    }
  }
}

TEST(Base64UrlStream, DropsTheRestOfAPartUsedStep) {
  const std::string reference = ReferenceStream(7, 8);
  Base64UrlStream stream(7);
  std::string text(100, '#');
  stream.Write(10, text.data());        // step 0, cut
  stream.Write(64, text.data() + 10);   // steps 1 and 2
  stream.Write(26, text.data() + 74);   // step 3, cut
  EXPECT_EQ(text, reference.substr(0, 10) + reference.substr(32, 64) + reference.substr(96, 26));
}

TEST(Base64UrlStream, UsesTheWholeAlphabetAndEachSeedItsOwnText) {
  std::string a(2000, ' '), b(2000, ' '), c(2000, ' ');
  Base64UrlStream(9).Write(a.size(), a.data());
  Base64UrlStream(9).Write(b.size(), b.data());
  Base64UrlStream(10).Write(c.size(), c.data());
  EXPECT_EQ(a, b) << "seeded";
  EXPECT_NE(a, c);
  EXPECT_EQ(std::set<char>(a.begin(), a.end()).size(), 64u);
  EXPECT_EQ(a.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos);
}

TEST(Base64UrlStream, BytesTextDecodesToExactlyThatManyBytes) {
  for (std::size_t size : {0u, 1u, 2u, 3u, 4u, 5u, 16u, 17u, 100u, 255u, 256u, 257u}) {
    const std::size_t chars = Base64UrlLength(size);
    std::string written(chars, '#'), plain(chars, '#');
    Base64UrlStream(5).WriteBytesText(size, written.data());
    Base64UrlStream(5).Write(chars, plain.data());
    const std::optional<std::string> bytes = Base64UrlDecode(written);
    ASSERT_TRUE(bytes.has_value()) << size;
    EXPECT_EQ(bytes->size(), size);
    if (chars > 0) {
      EXPECT_EQ(written.substr(0, chars - 1), plain.substr(0, chars - 1)) << "only the last character may differ";
    }
  }
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
