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
  // {bytes, their encoding}: RFC 4648's vectors, and the two characters
  // that differ from the URL alphabet.
  const std::pair<std::string, std::string> kVectors[] = {
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
      {"\xfb\xff", "+/8="},
  };
  for (const auto& [bytes, encoded] : kVectors) EXPECT_EQ(Base64Encode(bytes), encoded) << bytes;
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

std::string FromHex(std::string_view hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  }
  return bytes;
}

std::string ToHex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char byte : bytes) {
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
  return out;
}

TEST(Keystream, IsAes256CtrAsNistSp80038aGivesIt) {
  // SP 800-38A, F.5.5 (CTR-AES256.Encrypt), the first block: the
  // ciphertext is the plaintext XOR the keystream.
  const std::string key =
      FromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
  const std::string counter = FromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
  const std::string plaintext = FromHex("6bc1bee22e409f96e93d7e117393172a");
  std::string keystream = Keystream(key, counter, 16);
  ASSERT_EQ(keystream.size(), 16u);
  for (std::size_t i = 0; i < 16; ++i)
    keystream[i] = static_cast<char>(keystream[i] ^ plaintext[i]);
  EXPECT_EQ(ToHex(keystream), "601ec313775789a5b7a7f504bbf3d228");
  EXPECT_EQ(Keystream(key, counter, 256).size(), 256u);
  EXPECT_EQ(Keystream(key, counter, 256).substr(0, 16), Keystream(key, counter, 16));
}

TEST(DeriveKey, IsSha256OfTheLabelANulAndTheSecret) {
  EXPECT_EQ(DeriveKey("secret", "label"), DigestBytes(Sha256(std::string("label\0secret", 12))));
  EXPECT_NE(DeriveKey("secret", "label"), DeriveKey("secret", "other"));
  EXPECT_EQ(DeriveKey("secret", "label").size(), 32u);
}

TEST(Aes256Gcm, MatchesNistTestCase14) {
  // The GCM specification's test case 14: a zero key and IV, one zero block.
  const std::string sealed =
      SealAes256Gcm(std::string(32, '\0'), std::string(12, '\0'), "", std::string(16, '\0'));
  EXPECT_EQ(ToHex(sealed), "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
}

TEST(Aes256Gcm, OpensWhatItSealedAndNothingThatDiffersInAnyPart) {
  const std::string key(32, 'k');
  const std::string iv(16, 'i');
  const std::string sealed = SealAes256Gcm(key, iv, "header", "the record");
  EXPECT_EQ(OpenAes256Gcm(key, iv, "header", sealed), std::optional<std::string>("the record"));
  EXPECT_EQ(OpenAes256Gcm(std::string(32, 'K'), iv, "header", sealed), std::nullopt);
  EXPECT_EQ(OpenAes256Gcm(key, std::string(16, 'I'), "header", sealed), std::nullopt);
  EXPECT_EQ(OpenAes256Gcm(key, iv, "Header", sealed), std::nullopt);
  for (std::size_t at = 0; at < sealed.size(); ++at) {
    std::string edited = sealed;
    edited[at] = static_cast<char>(edited[at] ^ 1);
    EXPECT_EQ(OpenAes256Gcm(key, iv, "header", edited), std::nullopt) << at;
  }
  EXPECT_EQ(OpenAes256Gcm(key, iv, "header", sealed.substr(1)), std::nullopt);
  EXPECT_EQ(OpenAes256Gcm(key, iv, "header", "short"), std::nullopt);
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
