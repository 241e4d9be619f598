#include "internal/tokens.h"

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <vector>

#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {

bool TokenRecord::operator==(const TokenRecord& other) const {
  return user_pool_id == other.user_pool_id && client_id == other.client_id &&
         user_key == other.user_key && sub == other.sub &&
         token_generation == other.token_generation && expires_at == other.expires_at &&
         origin_jti == other.origin_jti;
}

namespace {

constexpr std::size_t kSignatureBytes = 256;  // as an RS256 signature with a 2048-bit key has
constexpr std::size_t kGenerationBytes = 8;

// The header Cognito's refresh tokens carry: {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}.
constexpr std::string_view kRefreshHeader =
    "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ";
constexpr std::size_t kEncryptedKeyBytes = 256;  // the sizes of Cognito's parts
constexpr std::size_t kIvBytes = 16;
constexpr std::size_t kMinCiphertextBytes = 360;
constexpr std::string_view kRecordVersion = "1";
constexpr std::size_t kRecordFields = 8;

std::string LittleEndian(std::uint64_t value) {
  std::string bytes(8, '\0');
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((value >> (8 * i)) & 0xff);
  return bytes;
}

std::uint64_t FromLittleEndian(std::string_view bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i)
    value |= std::uint64_t{static_cast<unsigned char>(bytes[i])} << (8 * i);
  return value;
}

// The signature's bytes for `signing_input` issued under `generation`: a
// keystream keyed by HMAC-SHA256 of the signing input, from a counter block
// that holds the generation, then the generation masked by the keystream
// from a zero counter block.
std::string Signature(std::string_view key, std::string_view signing_input,
                      std::uint64_t generation) {
  const std::string digest = DigestBytes(HmacSha256(key, signing_input));
  std::string signature = Keystream(digest, LittleEndian(generation) + std::string(8, '\x01'),
                                    kSignatureBytes - kGenerationBytes);
  const std::string mask = Keystream(digest, std::string(16, '\0'), kGenerationBytes);
  const std::string plain = LittleEndian(generation);
  for (std::size_t i = 0; i < kGenerationBytes; ++i)
    signature += static_cast<char>(plain[i] ^ mask[i]);
  return signature;
}

// The generation a signature carries, unmasked.
std::uint64_t GenerationOf(std::string_view key, std::string_view signing_input,
                           std::string_view signature) {
  const std::string mask = Keystream(DigestBytes(HmacSha256(key, signing_input)),
                                     std::string(16, '\0'), kGenerationBytes);
  std::string plain(signature.substr(kSignatureBytes - kGenerationBytes));
  for (std::size_t i = 0; i < kGenerationBytes; ++i)
    plain[i] = static_cast<char>(plain[i] ^ mask[i]);
  return FromLittleEndian(plain);
}

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

std::string RefreshKey(std::string_view key) { return DeriveKey(key, "refresh token"); }

// A refresh token's second part: random-looking text in the place of
// Cognito's encrypted key, drawn from the key and the IV.
std::string EncryptedKeyText(std::string_view key, std::string_view iv) {
  return Base64UrlEncode(Keystream(DeriveKey(key, "encrypted key"), iv, kEncryptedKeyBytes));
}

// The record's fields, NUL-separated (none of them can hold a NUL:
// Cognito's patterns allow no control character), padded with NULs to
// Cognito's 360 bytes, or to whole base64 groups when longer.
std::string RecordBytes(const TokenRecord& record) {
  const auto nanoseconds =
      std::chrono::duration_cast<std::chrono::nanoseconds>(record.expires_at.time_since_epoch());
  std::string bytes;
  for (const std::string& field :
       {std::string(kRecordVersion), std::to_string(record.token_generation),
        std::to_string(nanoseconds.count()), record.user_pool_id, record.client_id, record.user_key,
        record.sub, record.origin_jti}) {
    bytes += field;
    bytes += '\0';
  }
  bytes.resize(std::max(kMinCiphertextBytes, (bytes.size() + 2) / 3 * 3), '\0');
  return bytes;
}

std::optional<std::uint64_t> ParseNumber(std::string_view text) {
  if (text.empty() || text.size() > 20 ||
      text.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return std::stoull(std::string(text));
}

std::optional<TokenRecord> ParseRecord(std::string_view bytes) {
  const std::vector<std::string_view> fields = Split(bytes, '\0');
  if (fields.size() <= kRecordFields || fields[0] != kRecordVersion) return std::nullopt;
  const std::optional<std::uint64_t> generation = ParseNumber(fields[1]);
  const std::optional<std::uint64_t> expires = ParseNumber(fields[2]);
  if (!generation || !expires) return std::nullopt;
  TokenRecord record;
  record.token_generation = *generation;
  record.expires_at = Timestamp(std::chrono::duration_cast<Timestamp::duration>(
      std::chrono::nanoseconds(static_cast<std::int64_t>(*expires))));
  record.user_pool_id = fields[3];
  record.client_id = fields[4];
  record.user_key = fields[5];
  record.sub = fields[6];
  record.origin_jti = fields[7];
  return record;
}

}  // namespace

std::string EncodedJwtHeader(std::string_view key_id) {
  nlohmann::ordered_json header;
  header["kid"] = key_id;
  header["alg"] = "RS256";
  return Base64UrlEncode(header.dump());
}

std::string SignJwt(std::string_view key, std::string_view key_id, std::uint64_t generation,
                    std::string_view payload) {
  std::string token = EncodedJwtHeader(key_id) + "." + Base64UrlEncode(payload);
  const std::string signature = Signature(key, token, generation);
  return token + "." + Base64UrlEncode(signature);
}

std::optional<AuthenticJwt> OpenJwt(std::string_view key, std::string_view token) {
  const std::vector<std::string_view> parts = Split(token, '.');
  if (parts.size() != 3) return std::nullopt;
  const std::optional<std::string> signature = DecodePart(parts[2]);
  std::optional<std::string> payload = DecodePart(parts[1]);
  if (!signature || signature->size() != kSignatureBytes || !payload) return std::nullopt;
  const std::string_view signing_input = token.substr(0, parts[0].size() + 1 + parts[1].size());
  const std::uint64_t generation = GenerationOf(key, signing_input, *signature);
  if (!ConstantTimeEquals(*signature, Signature(key, signing_input, generation)))
    return std::nullopt;
  return AuthenticJwt{*std::move(payload), generation};
}

std::string IssueRefreshToken(std::string_view key, const TokenRecord& record, Random& random) {
  const std::string iv = random.Bytes(kIvBytes);
  const std::string aad = std::string(kRefreshHeader) + "." + EncryptedKeyText(key, iv);
  const std::string sealed = SealAes256Gcm(RefreshKey(key), iv, aad, RecordBytes(record));
  const std::size_t tag_at = sealed.size() - 16;
  return aad + "." + Base64UrlEncode(iv) + "." + Base64UrlEncode(sealed.substr(0, tag_at)) + "." +
         Base64UrlEncode(sealed.substr(tag_at));
}

std::optional<TokenRecord> OpenRefreshToken(std::string_view key, std::string_view token) {
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

}  // namespace internal
}  // namespace cognito_fake
