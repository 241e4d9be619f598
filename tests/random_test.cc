#include "internal/random.h"

#include "internal/crypto.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>

#include <regex>
#include <set>
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

TEST(Random, AppendBase64UrlCharsAppendsExactlyCountUrlCharacters) {
  Random random(3);
  for (int count : {0, 1, 22, 95, 96, 342, 480, 684, 685, 2000}) {
    std::string out = "x.";
    random.AppendBase64UrlChars(count, out);
    ASSERT_EQ(out.size(), static_cast<std::size_t>(count) + 2) << count;
    EXPECT_EQ(out.substr(0, 2), "x.");
    EXPECT_EQ(out.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 2),
              std::string::npos)
        << count;
  }
  std::string a, b;
  Random(9).AppendBase64UrlChars(500, a);
  Random(9).AppendBase64UrlChars(500, b);
  EXPECT_EQ(a, b) << "seeded";
  std::string c;
  Random(10).AppendBase64UrlChars(500, c);
  EXPECT_NE(a, c);
  EXPECT_GT(std::set<char>(a.begin(), a.end()).size(), 60u) << "the whole alphabet is used";
}

TEST(Random, FillBytesGivesTheBytesOfNextsWordsAndLeavesTheSameState) {
  // Sizes below, at and past the four-word vector steps, with and without a
  // cut last word, from several seeds (the vector lanes and the scalar rest).
  for (std::uint64_t seed : {0ULL, 1ULL, 0x0123456789abcdefULL, ~0ULL, 0x9e3779b97f4a7c15ULL}) {
    for (std::size_t size = 0; size <= 300; ++size) {
      Random words(seed);
      std::vector<unsigned char> expected(size);
      for (std::size_t at = 0; at < size; at += 8) {
        const std::uint64_t word = words.Next();
        for (std::size_t i = 0; i < 8 && at + i < size; ++i) expected[at + i] = static_cast<unsigned char>(word >> (8 * i));
      }
      std::vector<unsigned char> filled(size + 8, 0xee);
      Random random(seed);
      random.FillBytes(filled.data(), size);
      ASSERT_EQ(std::vector<unsigned char>(filled.begin(), filled.begin() + static_cast<std::ptrdiff_t>(size)), expected)
          << "seed " << seed << ", size " << size;
      ASSERT_EQ(std::vector<unsigned char>(filled.begin() + static_cast<std::ptrdiff_t>(size), filled.end()),
                std::vector<unsigned char>(8, 0xee))
          << "nothing past the end, size " << size;
      ASSERT_EQ(random.state(), words.state()) << "seed " << seed << ", size " << size;
    }
  }
}

TEST(Random, WriteBase64UrlCharsWritesTheBase64OfNextsBytesAndNothingPastIt) {
  // The reference, from Next() and Base64UrlEncode: runs of at most 680
  // characters (510 bytes), each drawn as whole words and cut to length.
  for (int count : {0, 1, 22, 342, 680, 681, 684, 2000}) {
    Random words(4);
    std::string expected;
    for (int left = count; left > 0;) {
      const int chars = std::min(left, 680);
      const std::size_t needed = (static_cast<std::size_t>(chars) * 3 + 3) / 4;
      std::string bytes;
      while (bytes.size() < needed) {
        const std::uint64_t word = words.Next();
        bytes.append(reinterpret_cast<const char*>(&word), sizeof word);
      }
      bytes.resize(needed);
      expected += Base64UrlEncode(bytes).substr(0, static_cast<std::size_t>(chars));
      left -= chars;
    }
    std::string written(static_cast<std::size_t>(count) + 8, '#');
    Random writer(4);
    writer.WriteBase64UrlChars(count, written.data());
    EXPECT_EQ(written, expected + std::string(8, '#')) << count;
    EXPECT_EQ(writer.state(), words.state()) << "the same draws, " << count;
    std::string appended = "x.";
    Random(4).AppendBase64UrlChars(count, appended);
    EXPECT_EQ(appended, "x." + expected) << count;
  }
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
