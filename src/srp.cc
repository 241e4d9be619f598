#include "internal/srp.h"

#include <openssl/crypto.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "internal/civil_time.h"
#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {
namespace srp {
namespace {

// RFC 3526 §4, the 3072-bit MODP group (RFC 5054 Appendix A).
constexpr char kPrimeHex[] =
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E34"
    "04DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6"
    "F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A6916"
    "3FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C"
    "32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA95"
    "6AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA7157"
    "5D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D876"
    "02733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E"
    "4B82D120A93AD2CAFFFFFFFFFFFFFFFF";

BigNum New() {
  BigNum number(BN_new());
  if (!number) std::abort();  // out of memory: no answer would be right
  return number;
}

struct ContextFree {
  void operator()(BN_CTX* context) const { BN_CTX_free(context); }
};
std::unique_ptr<BN_CTX, ContextFree> Context() {
  std::unique_ptr<BN_CTX, ContextFree> context(BN_CTX_new());
  if (!context) std::abort();
  return context;
}

void Check(int ok) {
  if (ok != 1) std::abort();  // BIGNUM arithmetic only fails for want of memory
}

struct Group {
  Group() : n(FromHex(kPrimeHex)), g(New()) {
    Check(BN_set_word(g.get(), 2));
    k = FromHex(HexHash(PadHex(n.get()) + PadHex(g.get())));
  }
  BigNum n, g, k;
};

const Group& TheGroup() {
  static const Group group;
  return group;
}

// (base^exponent) mod N, in constant time for the secret exponent.
BigNum ModExp(const BIGNUM* base, const BIGNUM* exponent) {
  BigNum result = New();
  BigNum secret(BN_dup(exponent));
  if (!secret) std::abort();
  BN_set_flags(secret.get(), BN_FLG_CONSTTIME);
  Check(BN_mod_exp(result.get(), base, secret.get(), Prime(), Context().get()));
  return result;
}

BigNum Scrambler(const BIGNUM* a_public, const BIGNUM* b_public) {
  return FromHex(HexHash(PadHex(a_public) + PadHex(b_public)));
}

int Nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// The bytes of an even-length hex string (the callers' are all padded).
std::string HexToBytes(std::string_view hex) {
  std::string bytes(hex.size() / 2, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    bytes[i] = static_cast<char>(Nibble(hex[2 * i]) << 4 | Nibble(hex[2 * i + 1]));
  }
  return bytes;
}

}  // namespace

const BIGNUM* Prime() { return TheGroup().n.get(); }
const BIGNUM* Generator() { return TheGroup().g.get(); }
const BIGNUM* Multiplier() { return TheGroup().k.get(); }

bool IsZeroModPrime(const BIGNUM* number) {
  BigNum rest = New();
  Check(BN_nnmod(rest.get(), number, Prime(), Context().get()));
  return BN_is_zero(rest.get());
}

BigNum FromHex(std::string_view hex) {
  if (hex.empty() || hex.size() > kMaxPublicHexDigits) return nullptr;
  for (char c : hex) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return nullptr;
  }
  BIGNUM* number = nullptr;
  const std::string text(hex);
  if (BN_hex2bn(&number, text.c_str()) != static_cast<int>(text.size())) {
    BN_free(number);
    return nullptr;
  }
  return BigNum(number);
}

BigNum FromBytes(std::string_view bytes) {
  BigNum number(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()),
                          static_cast<int>(bytes.size()), nullptr));
  if (!number) std::abort();
  return number;
}

std::string ToHex(const BIGNUM* number) {
  if (BN_is_zero(number)) return "0";
  std::string bytes(static_cast<std::size_t>(BN_num_bytes(number)), '\0');
  BN_bn2bin(number, reinterpret_cast<unsigned char*>(bytes.data()));
  std::string hex = HexEncode(bytes);
  if (hex[0] == '0') hex.erase(0, 1);
  return hex;
}

std::string PadHex(const BIGNUM* number) {
  std::string hex = ToHex(number);
  if (hex.size() % 2 == 1) {
    hex.insert(0, "0");
  } else if (std::string_view("89abcdef").find(hex[0]) != std::string_view::npos) {
    hex.insert(0, "00");
  }
  return hex;
}

std::string HexHash(std::string_view hex) { return Sha256Hex(HexToBytes(hex)); }

std::string Sha256Hex(std::string_view text) { return HexEncode(DigestBytes(Sha256(text))); }

std::string PoolName(std::string_view user_pool_id) {
  const std::size_t underscore = user_pool_id.find('_');
  return std::string(underscore == std::string_view::npos ? user_pool_id
                                                          : user_pool_id.substr(underscore + 1));
}

BigNum PrivateKey(const BIGNUM* salt, std::string_view pool_name, std::string_view user_id,
                  std::string_view password) {
  std::string identity;
  identity.append(pool_name).append(user_id).append(":").append(password);
  return FromHex(HexHash(PadHex(salt) + Sha256Hex(identity)));
}

BigNum Verifier(const BIGNUM* x) { return ModExp(Generator(), x); }

BigNum ServerPublic(const BIGNUM* v, const BIGNUM* b) {
  auto context = Context();
  BigNum kv = New();
  Check(BN_mod_mul(kv.get(), Multiplier(), v, Prime(), context.get()));
  BigNum b_public = New();
  Check(BN_mod_add(b_public.get(), kv.get(), ModExp(Generator(), b).get(), Prime(), context.get()));
  return b_public;
}

BigNum ClientPublic(const BIGNUM* a) { return ModExp(Generator(), a); }

std::optional<std::string> ServerKey(const BIGNUM* a_public, const BIGNUM* b_public,
                                     const BIGNUM* b, const BIGNUM* v) {
  if (IsZeroModPrime(a_public)) return std::nullopt;
  BigNum u = Scrambler(a_public, b_public);
  if (BN_is_zero(u.get())) return std::nullopt;
  auto context = Context();
  // S = (A · v^u)^b mod N
  BigNum base = New();
  Check(BN_mod_mul(base.get(), a_public, ModExp(v, u.get()).get(), Prime(), context.get()));
  return DerivedKey(u.get(), ModExp(base.get(), b).get());
}

std::optional<std::string> ClientKey(const BIGNUM* a, const BIGNUM* a_public,
                                     const BIGNUM* b_public, const BIGNUM* x) {
  if (IsZeroModPrime(b_public)) return std::nullopt;
  BigNum u = Scrambler(a_public, b_public);
  if (BN_is_zero(u.get())) return std::nullopt;
  auto context = Context();
  // S = (B − k·g^x)^(a + u·x) mod N
  BigNum kgx = New();
  Check(BN_mod_mul(kgx.get(), Multiplier(), Verifier(x).get(), Prime(), context.get()));
  BigNum base = New();
  Check(BN_mod_sub(base.get(), b_public, kgx.get(), Prime(), context.get()));
  BigNum exponent = New();
  Check(BN_mul(exponent.get(), u.get(), x, context.get()));
  Check(BN_add(exponent.get(), exponent.get(), a));
  return DerivedKey(u.get(), ModExp(base.get(), exponent.get()).get());
}

std::string DerivedKey(const BIGNUM* u, const BIGNUM* s) {
  const std::string prk = DigestBytes(HmacSha256(HexToBytes(PadHex(u)), HexToBytes(PadHex(s))));
  const std::string info = std::string("Caldera Derived Key") + '\x01';
  return DigestBytes(HmacSha256(prk, info)).substr(0, 16);
}

std::string Signature(std::string_view key, std::string_view pool_name, std::string_view user_id,
                      std::string_view secret_block, std::string_view timestamp) {
  std::string message;
  message.append(pool_name).append(user_id).append(secret_block).append(timestamp);
  return DigestBytes(HmacSha256(key, message));
}

std::string FormatTimestamp(Timestamp time) {
  const long long seconds = EpochSeconds(time);
  long long days = seconds / 86400;
  long long rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  // civil_from_days (H. Hinnant)
  const long long z = days + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned day = doy - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  const long long year = static_cast<long long>(yoe) + era * 400 + (month <= 2);
  const int weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  char text[64];
  std::snprintf(text, sizeof text, "%s %s %u %02lld:%02lld:%02lld UTC %lld",
                kWeekdayNames[weekday].data(), kMonthNames[month - 1].data(), day, rest / 3600,
                rest / 60 % 60, rest % 60, year);
  return text;
}

std::optional<Timestamp> ParseTimestamp(std::string_view text) {
  char weekday[4] = {};
  char month_name[4] = {};
  unsigned day = 0, hour = 0, minute = 0, second = 0;
  long long year = 0;
  int consumed = 0;
  const std::string copy(text);
  if (std::sscanf(copy.c_str(), "%3s %3s %2u %2u:%2u:%2u UTC %4lld%n", weekday, month_name, &day,
                  &hour, &minute, &second, &year, &consumed) != 7 ||
      consumed != static_cast<int>(copy.size())) {
    return std::nullopt;
  }
  bool known_weekday = false;
  for (std::string_view name : kWeekdayNames)
    known_weekday = known_weekday || copy.rfind(name, 0) == 0;
  unsigned month = 0;
  for (unsigned i = 0; i < kMonthNames.size(); ++i) {
    if (std::string_view(month_name) == kMonthNames[i]) month = i + 1;
  }
  if (!known_weekday || month == 0 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
      second > 59 || year < 1970) {
    return std::nullopt;
  }
  const long long seconds =
      DaysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  return Timestamp(std::chrono::seconds(seconds));
}

}  // namespace srp
}  // namespace internal
}  // namespace cognito_fake
