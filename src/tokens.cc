#include "internal/tokens.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <system_error>
#include <vector>

#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {

bool RefreshRecord::operator==(const RefreshRecord& other) const {
  return user_pool_id == other.user_pool_id && client_id == other.client_id &&
         event_id == other.event_id && expires_at == other.expires_at;
}

namespace {

using Json = nlohmann::ordered_json;

// The header Cognito's refresh tokens carry: {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}.
constexpr std::string_view kRefreshHeader =
    "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ";
constexpr std::size_t kEncryptedKeyBytes = 256;  // the sizes of Cognito's parts
constexpr std::size_t kIvBytes = 16;
constexpr std::size_t kMinCiphertextBytes = 360;
// Version 3 adds the expiry to version 2's fields; both are read.
constexpr std::string_view kRecordVersion = "3";
constexpr std::string_view kRecordVersionWithoutExpiry = "2";
constexpr std::string_view kSessionVersion = "session1";
constexpr std::size_t kSessionIvBytes = 12;
constexpr std::size_t kTagBytes = 16;

// `text` split at `separator`.
std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

// The bytes of a token part: unpadded base64url only, so that each part
// has one text.
std::optional<std::string> DecodePart(std::string_view text) {
  if (text.find('=') != std::string_view::npos) return std::nullopt;
  return Base64UrlDecode(text);
}

// The JSON object a token part encodes; a discarded value otherwise.
Json DecodeObject(std::string_view part) {
  const std::optional<std::string> text = DecodePart(part);
  if (!text) return Json(Json::value_t::discarded);
  Json json = Json::parse(*text, nullptr, /*allow_exceptions=*/false);
  return json.is_object() ? json : Json(Json::value_t::discarded);
}

std::string RefreshKey(std::string_view key) { return DeriveKey(key, "refresh token"); }
std::string SessionKey(std::string_view key) { return DeriveKey(key, "session"); }

// A timestamp as the decimal count of nanoseconds since the epoch (whatever
// the platform's clock counts in), and back.
std::string TicksText(Timestamp time) {
  return std::to_string(
      std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count());
}
std::optional<Timestamp> ParseTicks(std::string_view text) {
  std::chrono::nanoseconds::rep nanoseconds = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), nanoseconds);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return Timestamp(
      std::chrono::duration_cast<Timestamp::duration>(std::chrono::nanoseconds(nanoseconds)));
}

// `fields`, each followed by a NUL (none of them can hold one: Cognito's
// patterns allow no control character).
std::string NulTerminated(std::initializer_list<std::string_view> fields) {
  std::string bytes;
  for (const std::string_view field : fields) {
    bytes += field;
    bytes += '\0';
  }
  return bytes;
}

// A refresh token's second part: random-looking text in the place of
// Cognito's encrypted key, drawn from the key and the IV.
std::string EncryptedKeyText(std::string_view key, std::string_view iv) {
  return Base64UrlEncode(Keystream(DeriveKey(key, "encrypted key"), iv, kEncryptedKeyBytes));
}

// The record's fields, NUL-terminated, padded with NULs to Cognito's 360
// bytes, or to whole base64 groups when longer. A record without an expiry
// is written as version 2 (tests of tokens sealed before version 3).
std::string RecordBytes(const RefreshRecord& record) {
  std::string bytes = record.expires_at
                          ? NulTerminated({kRecordVersion, record.user_pool_id, record.client_id,
                                           record.event_id, TicksText(*record.expires_at)})
                          : NulTerminated({kRecordVersionWithoutExpiry, record.user_pool_id,
                                           record.client_id, record.event_id});
  bytes.resize(std::max(kMinCiphertextBytes, (bytes.size() + 2) / 3 * 3), '\0');
  return bytes;
}

std::optional<RefreshRecord> ParseRecord(std::string_view bytes) {
  // Split yields one more field than there are terminators: the padding.
  const std::vector<std::string_view> fields = Split(bytes, '\0');
  if (fields.size() > 4 && fields[0] == kRecordVersionWithoutExpiry) {
    return RefreshRecord{std::string(fields[1]), std::string(fields[2]), std::string(fields[3]),
                         std::nullopt};
  }
  if (fields.size() <= 5 || fields[0] != kRecordVersion) return std::nullopt;
  const std::optional<Timestamp> expires_at = ParseTicks(fields[4]);
  if (!expires_at) return std::nullopt;
  return RefreshRecord{std::string(fields[1]), std::string(fields[2]), std::string(fields[3]),
                       expires_at};
}

}  // namespace

std::string SignJwt(const PoolKey& key, std::string_view payload) {
  Json header;
  header["kid"] = key.key_id;
  header["alg"] = "RS256";
  std::string token = Base64UrlEncode(header.dump()) + "." + Base64UrlEncode(payload);
  const std::string signature = key.key->Sign(token);
  return token + "." + Base64UrlEncode(signature);
}

std::optional<std::string> VerifyJwt(const PoolKey& key, std::string_view token) {
  const std::vector<std::string_view> parts = Split(token, '.');
  if (parts.size() != 3) return std::nullopt;
  const Json header = DecodeObject(parts[0]);
  if (header.is_discarded()) return std::nullopt;
  const auto alg = header.find("alg");
  const auto kid = header.find("kid");
  if (alg == header.end() || *alg != "RS256" || kid == header.end() || *kid != key.key_id) {
    return std::nullopt;
  }
  const std::optional<std::string> signature = DecodePart(parts[2]);
  std::optional<std::string> payload = DecodePart(parts[1]);
  if (!signature || !payload) return std::nullopt;
  const std::string_view signing_input = token.substr(0, parts[0].size() + 1 + parts[1].size());
  if (!key.key->Verifies(signing_input, *signature)) return std::nullopt;
  return payload;
}

std::optional<std::string> UnverifiedPayload(std::string_view token) {
  const std::vector<std::string_view> parts = Split(token, '.');
  if (parts.size() != 3) return std::nullopt;
  std::optional<std::string> payload = DecodePart(parts[1]);
  if (!payload) return std::nullopt;
  return payload;
}

std::string SealRefreshToken(std::string_view key, const RefreshRecord& record, Random& random) {
  const std::string iv = random.Bytes(kIvBytes);
  const std::string aad = std::string(kRefreshHeader) + "." + EncryptedKeyText(key, iv);
  const std::string sealed = SealAes256Gcm(RefreshKey(key), iv, aad, RecordBytes(record));
  const std::size_t tag_at = sealed.size() - 16;
  return aad + "." + Base64UrlEncode(iv) + "." + Base64UrlEncode(sealed.substr(0, tag_at)) + "." +
         Base64UrlEncode(sealed.substr(tag_at));
}

std::optional<RefreshRecord> OpenRefreshToken(std::string_view key, std::string_view token) {
  const std::vector<std::string_view> parts = Split(token, '.');
  if (parts.size() != 5 || parts[0] != kRefreshHeader) return std::nullopt;
  const std::optional<std::string> iv = DecodePart(parts[2]);
  const std::optional<std::string> ciphertext = DecodePart(parts[3]);
  const std::optional<std::string> tag = DecodePart(parts[4]);
  if (!iv || iv->size() != kIvBytes || !ciphertext || !tag) return std::nullopt;
  const std::string aad = std::string(kRefreshHeader) + "." + std::string(parts[1]);
  if (!ConstantTimeEquals(parts[1], EncryptedKeyText(key, *iv))) return std::nullopt;
  const std::optional<std::string> bytes =
      OpenAes256Gcm(RefreshKey(key), *iv, aad, *ciphertext + *tag);
  if (!bytes) return std::nullopt;
  return ParseRecord(*bytes);
}

std::string SealSession(std::string_view key, const SessionSeal& seal, Random& random) {
  const std::string iv = random.Bytes(kSessionIvBytes);
  const std::string plain = NulTerminated(
      {kSessionVersion, seal.user_pool_id, seal.client_id, TicksText(seal.expires_at)});
  return Base64UrlEncode(iv + SealAes256Gcm(SessionKey(key), iv, kSessionVersion, plain));
}

std::optional<SessionSeal> OpenSession(std::string_view key, std::string_view session) {
  const std::optional<std::string> bytes = DecodePart(session);
  if (!bytes || bytes->size() < kSessionIvBytes + kTagBytes) return std::nullopt;
  const std::string_view iv = std::string_view(*bytes).substr(0, kSessionIvBytes);
  const std::optional<std::string> plain = OpenAes256Gcm(
      SessionKey(key), iv, kSessionVersion, std::string_view(*bytes).substr(kSessionIvBytes));
  if (!plain) return std::nullopt;
  const std::vector<std::string_view> fields = Split(*plain, '\0');
  if (fields.size() != 5 || fields[0] != kSessionVersion || !fields[4].empty()) return std::nullopt;
  const std::optional<Timestamp> expires_at = ParseTicks(fields[3]);
  if (!expires_at) return std::nullopt;
  return SessionSeal{std::string(fields[1]), std::string(fields[2]), *expires_at};
}

}  // namespace internal
}  // namespace cognito_fake
