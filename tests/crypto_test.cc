#include "internal/crypto.h"

#include <cognito_fake/fake_identity_provider.h>

#include <gtest/gtest.h>


#include <cstring>
#include <memory>
#include <string>
#include <utility>

namespace cognito_fake {
namespace internal {
namespace {

std::string Hex(const Sha256Digest& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t byte : digest) {
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
  return out;
}

TEST(Sha256, MatchesTheFips180Vectors) {
  EXPECT_EQ(Hex(Sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Hex(Sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the padding spills into a second block.
  EXPECT_EQ(Hex(Sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Hex(Sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(HmacSha256, MatchesTheRfc4231Vectors) {
  EXPECT_EQ(Hex(HmacSha256(std::string(20, '\x0b'), "Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_EQ(Hex(HmacSha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // A key longer than the block is hashed first.
  EXPECT_EQ(Hex(HmacSha256(std::string(131, '\xaa'),
                           "Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST(SecretHash, IsBase64OfHmacOfUsernamePlusClientIdAsAwsDocuments) {
  EXPECT_EQ(ComputeSecretHash("1example23456789abcdefghijklmnopqrstuvwxyz012345", "alice",
                              "4exampleclientid123456789"),
            "md5CpiaGT6BUMmxTQ51ZLVAVOTpUnU7m3W486qik5kM=");
  EXPECT_EQ(ComputeSecretHash("abcdefghijklmnopqrstuvwx", "user@example.com",
                              "7abc123def456ghi789jkl0mn"),
            "iaDWCOOVbBS161q3xzTnYZ7J60DSS7N7okh7P27oCE0=");
}

TEST(Base64, MatchesTheRfc4648Vectors) {
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("f"), "Zg==");
  EXPECT_EQ(Base64Encode("fo"), "Zm8=");
  EXPECT_EQ(Base64Encode("foo"), "Zm9v");
  EXPECT_EQ(Base64Encode("foob"), "Zm9vYg==");
  EXPECT_EQ(Base64Encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(Base64Encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64Encode("\xfb\xff"), "+/8=");
}

TEST(Base64Url, UsesTheUrlAlphabetWithoutPadding) {
  EXPECT_EQ(Base64UrlEncode("f"), "Zg");
  EXPECT_EQ(Base64UrlEncode("fo"), "Zm8");
  EXPECT_EQ(Base64UrlEncode("\xfb\xff"), "-_8");
}

TEST(Base64Url, DecodesEveryByteValueBack) {
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  for (std::size_t length = 0; length <= all.size(); length += 37) {
    const std::string bytes = all.substr(0, length);
    EXPECT_EQ(Base64UrlDecode(Base64UrlEncode(bytes)), bytes) << length;
  }
  EXPECT_EQ(Base64UrlDecode("Zg=="), "f") << "padding is accepted";
}

TEST(Base64Url, RejectsWhatIsNotCanonicalBase64Url) {
  EXPECT_FALSE(Base64UrlDecode("Zm9+"));  // '+' is not in the URL alphabet
  EXPECT_FALSE(Base64UrlDecode("Zm9/"));
  EXPECT_FALSE(Base64UrlDecode("Zm!v"));
  EXPECT_FALSE(Base64UrlDecode("Zm v"));
  EXPECT_FALSE(Base64UrlDecode("Zm9vY"));  // length % 4 == 1
  EXPECT_FALSE(Base64UrlDecode("Zh"));     // non-zero leftover bits ("f" is "Zg")
}

TEST(Base64, EveryLengthRoundTripsAndBothAlphabetsAgree) {
  // Long inputs go through the vector encoder where the CPU has one, the
  // rest through the scalar one; the scalar decoder checks both.
  std::string bytes;
  std::uint64_t state = 1;
  for (std::size_t length = 0; length <= 300; ++length) {
    const std::string url = Base64UrlEncode(bytes);
    ASSERT_EQ(Base64UrlDecode(url), bytes) << length;
    std::string standard = Base64Encode(bytes);
    ASSERT_EQ(standard.size() % 4, 0u) << length;
    while (!standard.empty() && standard.back() == '=') standard.pop_back();
    for (char& c : standard) c = c == '+' ? '-' : c == '/' ? '_' : c;
    ASSERT_EQ(standard, url) << length;
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    bytes += static_cast<char>(state >> 56);
  }
}

TEST(Base64Url, EveryVectorLevelWritesWhatTheScalarEncoderWrites) {
  // Lengths below, at and past each level's step (24 bytes in AVX2, 48 in
  // AVX-512), every byte value among them; the levels this CPU lacks fall
  // back to the ones it has.
  std::string bytes;
  std::uint64_t state = 7;
  for (std::size_t length = 0; length <= 400; ++length) {
    const std::string scalar = Base64UrlEncodeWith(bytes, VectorLevel::kNone);
    ASSERT_EQ(Base64UrlDecode(scalar), bytes) << length;
    ASSERT_EQ(Base64UrlEncodeWith(bytes, VectorLevel::kAvx2), scalar) << length;
    ASSERT_EQ(Base64UrlEncodeWith(bytes, VectorLevel::kAvx512), scalar) << length;
    ASSERT_EQ(Base64UrlEncode(bytes), scalar) << length;
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    bytes += static_cast<char>(length < 256 ? length : state >> 56);
  }
}

TEST(Base64Url, SextetsAndTheAlphabetAgree) {
  for (int sextet = 0; sextet < 64; ++sextet) EXPECT_EQ(Base64UrlSextet(kBase64UrlAlphabet[sextet]), sextet);
  for (char c : {'+', '/', '=', '.', ' ', '\0', '\x80'}) EXPECT_EQ(Base64UrlSextet(c), -1) << int{c};
}

TEST(ClearBase64UrlSpareBits, ClearsOnlyTheBitsNoByteHolds) {
  std::string one = "A_";  // one byte: its second character's low four bits are spare
  ClearBase64UrlSpareBits(1, one.data());
  EXPECT_EQ(one, "Aw");  // 63 -> 48
  std::string two = "AA_";  // two bytes: the third character's low two bits
  ClearBase64UrlSpareBits(2, two.data());
  EXPECT_EQ(two, "AA8");  // 63 -> 60
  std::string three = "____";  // whole groups: nothing is spare
  ClearBase64UrlSpareBits(3, three.data());
  EXPECT_EQ(three, "____");
  for (std::size_t size = 1; size <= 8; ++size) {
    std::string text(Base64UrlLength(size), '_');
    ClearBase64UrlSpareBits(size, text.data());
    const auto bytes = Base64UrlDecode(text);
    ASSERT_TRUE(bytes.has_value()) << size;
    EXPECT_EQ(*bytes, std::string(size, '\xff')) << "every bit a byte holds is still set";
  }
}

TEST(EncodeBase64Url, WritesItsLengthInPlaceAndNothingPastIt) {
  std::string out = "prefix.####";
  const unsigned char bytes[] = {0xfb, 0xff, 'f'};
  ASSERT_EQ(Base64UrlLength(sizeof bytes), 4u);
  EncodeBase64Url(bytes, sizeof bytes, out.data() + 7);
  EXPECT_EQ(out, "prefix.-_9m");
  std::string two = "[###]";
  EncodeBase64Url(bytes, 2, two.data() + 1);  // three characters, the spare bits clear
  EXPECT_EQ(two, "[-_8]");
}

TEST(KeyedHash64, DependsOnTheKeyAndOnEveryByte) {
  const std::string text(100, 'x');
  const std::uint64_t hash = KeyedHash64(7, text);
  EXPECT_EQ(KeyedHash64(7, text), hash) << "deterministic";
  EXPECT_NE(KeyedHash64(8, text), hash);
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string edited = text;
    edited[i] = 'y';
    EXPECT_NE(KeyedHash64(7, edited), hash) << "byte " << i;
  }
  EXPECT_NE(KeyedHash64(7, text + '\0'), hash) << "the length counts";
  EXPECT_NE(KeyedHash64(7, ""), KeyedHash64(7, std::string(1, '\0')));
  EXPECT_EQ(KeyedHash64(7, std::string_view()), KeyedHash64(7, "")) << "an empty view with no data";
}

TEST(KeyedHash64, GivesTheValuesTokensAlreadyIssuedWereSignedWith) {
  // Tokens and state documents outlive a build: the hash of every length
  // (each tail size, the 16-byte blocks and the 64-byte steps) is pinned to
  // what it was when tokens were first signed with it.
  std::string text;
  std::uint64_t all = 0;
  for (int size = 0; size <= 100; ++size) {
    all = all * 31 + KeyedHash64(0x0123456789abcdefULL, text);
    text += static_cast<char>(0x80 ^ (size * 37));
  }
  EXPECT_EQ(all, 0xcb14618611deadd0ULL);
  EXPECT_EQ(KeyedHash64(0x0123456789abcdefULL, ""), 0x70c8f135da42eeddULL);
  EXPECT_EQ(KeyedHash64(0x0123456789abcdefULL, text.substr(0, 3)), 0xf0bedd23d1ec3bffULL);
  EXPECT_EQ(KeyedHash64(0x0123456789abcdefULL, text.substr(0, 7)), 0xe3cf70038ff567a8ULL);
  EXPECT_EQ(KeyedHash64(0x0123456789abcdefULL, text.substr(0, 15)), 0x23774ee45a74b0a1ULL);
  EXPECT_EQ(KeyedHash64(0x0123456789abcdefULL, text.substr(0, 100)), 0xb2e2c8a448377830ULL);
}

TEST(KeyedHash64, ReadsNoByteBeforeOrAfterItsView) {
  // Each tail length at the very end of a buffer, whose neighbours differ:
  // a read past either end would change the hash (and ASan would see it).
  for (std::size_t size = 0; size <= 40; ++size) {
    const std::string middle(size, 'm');
    const std::string a = "A" + middle + "Z";
    const std::string b = "B" + middle + "Y";
    const std::unique_ptr<char[]> exact(new char[size]);  // nothing past it: ASan sees any read beyond
    std::memcpy(exact.get(), middle.data(), size);
    EXPECT_EQ(KeyedHash64(5, std::string_view(a).substr(1, size)), KeyedHash64(5, std::string_view(b).substr(1, size)))
        << size;
    EXPECT_EQ(KeyedHash64(5, std::string_view(exact.get(), size)), KeyedHash64(5, middle)) << size;
  }
}

TEST(KeyedHash64, EveryLengthDependsOnEveryByteAndOnWhichLaneReadIt) {
  // Lengths across the one-lane blocks, the four-lane steps and the tail.
  std::string text;
  for (std::size_t size = 0; size <= 200; ++size) {
    const std::uint64_t hash = KeyedHash64(3, text);
    for (std::size_t i = 0; i < size; ++i) {
      std::string edited = text;
      edited[i] = static_cast<char>(edited[i] ^ 0x01);
      ASSERT_NE(KeyedHash64(3, edited), hash) << "byte " << i << " of " << size;
    }
    text += static_cast<char>('a' + size % 26);
  }
  // Two 16-byte blocks swapped between lanes of one step, or between steps
  // in one lane, give another hash.
  std::string blocks;
  for (int block = 0; block < 8; ++block) blocks += std::string(16, static_cast<char>('A' + block));
  const std::uint64_t hash = KeyedHash64(3, blocks);
  for (const auto& [a, b] : {std::pair<int, int>{0, 1}, {1, 2}, {2, 3}, {0, 3}, {0, 4}, {3, 7}}) {
    std::string swapped = blocks;
    swapped.replace(static_cast<std::size_t>(a) * 16, 16, blocks, static_cast<std::size_t>(b) * 16, 16);
    swapped.replace(static_cast<std::size_t>(b) * 16, 16, blocks, static_cast<std::size_t>(a) * 16, 16);
    EXPECT_NE(KeyedHash64(3, swapped), hash) << a << " <-> " << b;
  }
}

TEST(ConstantTimeEquals, ComparesContentAndLength) {
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_TRUE(ConstantTimeEquals("123456", "123456"));
  EXPECT_FALSE(ConstantTimeEquals("123456", "123457"));
  EXPECT_FALSE(ConstantTimeEquals("123456", "12345"));
  EXPECT_FALSE(ConstantTimeEquals("", "1"));
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
