#include "internal/tokens.h"

#include "internal/crypto.h"
#include "internal/json_text.h"
#include "internal/short_text.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>

namespace cognito_fake {
namespace internal {

bool TokenRecord::operator==(const TokenRecord& other) const {
  return user_pool_id == other.user_pool_id && client_id == other.client_id &&
         user_key == other.user_key && sub == other.sub &&
         token_generation == other.token_generation && expires_at == other.expires_at &&
         origin_jti == other.origin_jti;
}

namespace {

// Domain separation: one key, several uses.
constexpr std::uint64_t kSignatureDomain = 0x5349474e41545552ULL;   // "SIGNATUR"
constexpr std::uint64_t kGenerationDomain = 0x47454e4552415449ULL;  // "GENERATI"
constexpr std::uint64_t kSignatureTextDomain = 0x5349474348415253ULL;  // "SIGCHARS"
constexpr std::uint64_t kCipherDomain = 0x4349504845525354ULL;      // "CIPHERST"
constexpr std::uint64_t kTagDomain = 0x5441474b45594b45ULL;         // "TAGKEYKE"

constexpr std::size_t kSignatureBytes = 256;  // as an RS256 signature has
constexpr std::size_t kSignatureChars = 342;  // their base64url length
constexpr std::size_t kGenerationAt = 171;    // where the masked generation's characters sit
constexpr std::size_t kGenerationChars = 11;  // 66 bits: the generation's 64 and two drawn

// The header Cognito's refresh tokens carry: {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}.
constexpr std::string_view kRefreshHeader = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ";
constexpr std::size_t kEncryptedKeyBytes = 256;  // the sizes of Cognito's parts
constexpr std::size_t kEncryptedKeyChars = 342;
constexpr std::size_t kIvBytes = 16;
constexpr std::size_t kIvChars = 22;
constexpr std::size_t kMinCiphertextBytes = 360;  // 480 characters
constexpr std::size_t kTagBytes = 16;             // 22 characters
constexpr std::size_t kTagChars = 22;
constexpr unsigned char kRecordVersion = 1;

std::uint64_t KeySeed(std::string_view key, std::uint64_t domain) { return KeyedHash64(domain, key); }

// The keyed hash a JWT's signature is drawn from: of its header's text
// (HeaderSeed, which a JwtHeader holds), then of its payload's JSON (not the
// payload's base64, a third longer: OpenJwt decodes it anyway, and takes
// only canonical base64, which has one text for each JSON).
std::uint64_t HeaderSeed(const TokenKey& key, std::string_view encoded_header) {
  return KeyedHash64(key.signature_seed(), encoded_header);
}
std::uint64_t SigningHash(std::uint64_t header_seed, std::string_view payload) {
  return KeyedHash64(header_seed, payload);
}

std::string_view Bytes(const std::uint64_t& word) {
  return std::string_view(reinterpret_cast<const char*>(&word), sizeof word);
}

// What a signature shows is drawn from keyed hashes of the signing hash,
// never from the signing hash itself: its text's generators can be run
// backwards, and whoever learnt the signing hash could sign the token again
// for another generation.
std::uint64_t GenerationMask(const TokenKey& key, std::uint64_t signing_hash) {
  return KeyedHash64(key.generation_seed(), Bytes(signing_hash));
}

// The signature's 342 characters, drawn from the signing hash and the
// generation, the last one's spare bits cleared (they decode to 256 bytes,
// as an RS256 signature does); then the generation, masked, in the 11 from
// the 172nd (66 bits: its 64 and two drawn). Drawn as characters: as bytes,
// then encoded, they cost twice as much.
//
// Opening reads the generation back and draws the same characters: another
// generation's text needs the key twice, for its mask and for its seed.
void WriteSignature(const TokenKey& key, std::uint64_t signing_hash, std::uint64_t generation, char* out) {
  const std::uint64_t both[2] = {signing_hash, generation};
  const std::uint64_t seed =
      KeyedHash64(key.signature_text_seed(), std::string_view(reinterpret_cast<const char*>(both), sizeof both));
  Base64UrlStream(seed).Write(kSignatureChars, out);
  ClearBase64UrlSpareBits(kSignatureBytes, out);
  const std::uint64_t masked = generation ^ GenerationMask(key, signing_hash);
  char* const at = out + kGenerationAt;
  for (std::size_t i = 0; i + 1 < kGenerationChars; ++i) at[i] = kBase64UrlAlphabet[(masked >> (6 * i)) & 63];
  // The last character: the top four bits and the two drawn ones it had.
  at[kGenerationChars - 1] = kBase64UrlAlphabet[(masked >> 60) | (Base64UrlSextet(at[kGenerationChars - 1]) & 0x30)];
}

// The masked generation the characters of a signature carry; nullopt when
// one is not a base64url character.
std::optional<std::uint64_t> ReadMaskedGeneration(std::string_view signature) {
  std::uint64_t masked = 0;
  for (std::size_t i = 0; i < kGenerationChars; ++i) {
    const int sextet = Base64UrlSextet(signature[kGenerationAt + i]);
    if (sextet < 0) return std::nullopt;
    const auto bits = static_cast<std::uint64_t>(i + 1 < kGenerationChars ? sextet : sextet & 0x0f);
    masked |= bits << (6 * i);
  }
  return masked;
}

// Splits `text` at '.' into exactly `N` parts; false when it has another count.
template <std::size_t N>
bool SplitParts(std::string_view text, std::array<std::string_view, N>& parts) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < N; ++i) {
    const std::size_t dot = i + 1 < N ? text.find('.', start) : std::string_view::npos;
    if (i + 1 < N && dot == std::string_view::npos) return false;
    parts[i] = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    start = dot + 1;
  }
  return parts[N - 1].find('.') == std::string_view::npos;
}

// Writes `value` little-endian at `out`; returns the end.
char* PutU64(char* out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(value >> (8 * i));
  return out + 8;
}

// Writes `text`'s two-byte length and `text` at `out`; returns the end.
// Every text a record holds is bounded by Cognito's limits (a username is
// at most 128 characters), far below the two-byte length.
char* PutText(char* out, std::string_view text) {
  assert(text.size() <= 0xffff);
  const auto size = static_cast<std::uint16_t>(text.size());
  out[0] = static_cast<char>(size & 0xff);
  out[1] = static_cast<char>(size >> 8);
  CopyShort(text.data(), size, out + 2);  // no read at all for an empty view, whose data() may be null
  return out + 2 + size;
}

// Reads the fields PutU64 / PutText wrote, refusing to run past the end.
class RecordReader {
 public:
  explicit RecordReader(std::string_view bytes) : bytes_(bytes) {}
  bool U8(unsigned char& value) {
    if (at_ + 1 > bytes_.size()) return false;
    value = static_cast<unsigned char>(bytes_[at_++]);
    return true;
  }
  bool U64(std::uint64_t& value) {
    if (at_ + 8 > bytes_.size()) return false;
    value = 0;
    for (int i = 0; i < 8; ++i) {
      value |= std::uint64_t{static_cast<unsigned char>(bytes_[at_ + i])} << (8 * i);
    }
    at_ += 8;
    return true;
  }
  // The bytes read so far.
  std::size_t consumed() const { return at_; }
  bool Text(std::string& value) {
    if (at_ + 2 > bytes_.size()) return false;
    const std::size_t size = static_cast<unsigned char>(bytes_[at_]) |
                             std::size_t{static_cast<unsigned char>(bytes_[at_ + 1])} << 8;
    at_ += 2;
    if (at_ + size > bytes_.size()) return false;
    value.assign(bytes_.data() + at_, size);
    at_ += size;
    return true;
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

// XORs the `size` bytes at `p` with the keystream's next bytes, drawn a
// block at a time.
void Mask(Random& keystream, char* p, std::size_t size) {
  unsigned char block[256];
  for (std::size_t at = 0; at < size; at += sizeof block) {
    const std::size_t n = std::min(sizeof block, size - at);
    keystream.FillBytes(block, n);  // whole words but for the last block
    for (std::size_t i = 0; i < n; ++i) p[at + i] = static_cast<char>(p[at + i] ^ static_cast<char>(block[i]));
  }
}

// A refresh token's IV is the only random part drawn from the fake's
// random words; its keystream and its random text (the encrypted key and
// the ciphertext's padding) are drawn from the key and the IV, so opening
// the token draws them again and compares, rather than the tag hashing
// ~650 random characters on every sign-in.
struct RefreshDraws {
  RefreshDraws(const TokenKey& key, std::string_view iv)
      : keystream(KeyedHash64(key.cipher_seed(), iv)), text(keystream.Next()) {}
  Random keystream;
  Base64UrlStream text;
};

// Writes the kTagChars characters of a refresh token's tag at `out`: the
// base64url of 16 bytes from a keyed hash of its IV, the dot after it and
// the characters of its record.
void WriteTag(const TokenKey& key, std::string_view tagged_text, char* out) {
  // One pass over the text; the second word is drawn from the first.
  const std::uint64_t hash = KeyedHash64(key.tag_seed(), tagged_text);
  const std::uint64_t words[2] = {hash, Random(hash).Next()};
  static_assert(sizeof words == kTagBytes);
  EncodeBase64Url(reinterpret_cast<const unsigned char*>(words), kTagBytes, out);
}

// The characters of a sealed record of `used` bytes: whole base64 groups.
std::size_t RecordChars(std::size_t used) { return (used + 2) / 3 * 4; }
// The characters of the ciphertext that carries it: the record's, then
// padding to Cognito's 480 (none past them, for long names).
std::size_t CiphertextChars(std::size_t used) {
  return std::max(Base64UrlLength(kMinCiphertextBytes), RecordChars(used));
}

std::int64_t Nanoseconds(Timestamp time) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

}  // namespace

TokenKey::TokenKey(std::string_view key)
    : text_(key),
      signature_seed_(KeySeed(key, kSignatureDomain)),
      generation_seed_(KeySeed(key, kGenerationDomain)),
      signature_text_seed_(KeySeed(key, kSignatureTextDomain)),
      cipher_seed_(KeySeed(key, kCipherDomain)),
      tag_seed_(KeySeed(key, kTagDomain)) {}

std::string EncodedJwtHeader(std::string_view key_id) {
  const std::string header = JsonObjectWriter().String("kid", key_id).String("alg", "RS256").Finish();
  return Base64UrlEncode(header);
}

JwtHeader::JwtHeader(const TokenKey& key, std::string_view key_id)
    : key_id_(key_id),
      encoded_(EncodedJwtHeader(key_id)),
      signing_seed_(HeaderSeed(key, encoded_)),
      key_seed_(key.signature_seed()) {}

void AppendSignedJwt(const TokenKey& key, const JwtHeader& header, std::uint64_t generation,
                     std::string_view payload, std::string& out) {
  assert(header.key_seed() == key.signature_seed() && "a header made for another key");
  const std::string_view encoded_header = header.encoded();
  // Sized once and written in place: each append of a part had its own
  // growth check, and each base64 part its own zero fill.
  const std::size_t start = out.size();
  const std::size_t payload_chars = Base64UrlLength(payload.size());
  out.resize(start + encoded_header.size() + 1 + payload_chars + 1 + kSignatureChars);
  char* const first = out.data() + start;
  char* p = first;
  std::memcpy(p, encoded_header.data(), encoded_header.size());
  p += encoded_header.size();
  *p++ = '.';
  EncodeBase64Url(reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), p);
  p += payload_chars;
  const std::uint64_t signing_hash = SigningHash(header.signing_seed(), payload);
  *p++ = '.';
  WriteSignature(key, signing_hash, generation, p);
}

std::optional<AuthenticJwt> OpenJwt(const TokenKey& key, std::string_view token) {
  std::array<std::string_view, 3> parts;
  if (!SplitParts(token, parts) || parts[2].size() != kSignatureChars) return std::nullopt;
  const std::optional<std::uint64_t> masked = ReadMaskedGeneration(parts[2]);
  if (!masked) return std::nullopt;
  // Only the one text AppendSignedJwt writes for the payload (no padding):
  // the signature covers the JSON, so no other text of it may pass.
  std::optional<std::string> payload = Base64UrlDecode(parts[1]);
  if (!payload || Base64UrlLength(payload->size()) != parts[1].size()) return std::nullopt;
  const std::uint64_t hash = SigningHash(HeaderSeed(key, parts[0]), *payload);
  const std::uint64_t generation = *masked ^ GenerationMask(key, hash);
  char expected[kSignatureChars];
  WriteSignature(key, hash, generation, expected);
  if (!ConstantTimeEquals(parts[2], std::string_view(expected, sizeof expected))) return std::nullopt;
  return AuthenticJwt{*std::move(payload), generation};
}

void AppendRefreshToken(const TokenKey& key, const TokenRecordView& record, Random& random,
                        std::string& out) {
  // The record in whole base64 groups (zeros to the last), on the stack
  // unless the names are long.
  const std::string_view texts[] = {record.user_pool_id, record.client_id, record.user_key, record.sub,
                                    record.origin_jti};
  std::size_t used = 1 + 8 + 8;
  for (std::string_view text : texts) used += 2 + text.size();
  const std::size_t sealed = (used + 2) / 3 * 3;
  char stack[kMinCiphertextBytes];
  std::string heap;
  char* const plain = sealed <= sizeof stack ? stack : (heap.resize(sealed), heap.data());
  char* end = plain;
  *end++ = static_cast<char>(kRecordVersion);
  end = PutU64(end, record.token_generation);
  end = PutU64(end, static_cast<std::uint64_t>(Nanoseconds(record.expires_at)));
  for (std::string_view text : texts) end = PutText(end, text);
  std::memset(end, 0, sealed - used);

  // Sized once and written in place. The ciphertext is the masked record,
  // then random characters (CiphertextChars): opening the token decodes
  // them into bytes after the record that nobody reads.
  const std::size_t start = out.size();
  const std::size_t record_chars = RecordChars(used);
  const std::size_t ciphertext_chars = CiphertextChars(used);
  out.resize(start + kRefreshHeader.size() + 1 + kEncryptedKeyChars + 1 + kIvChars + 1 + ciphertext_chars + 1 +
             kTagChars);
  char* const header = out.data() + start;
  char* const encrypted_key = header + kRefreshHeader.size() + 1;
  char* const iv = encrypted_key + kEncryptedKeyChars + 1;
  char* const ciphertext = iv + kIvChars + 1;
  char* const tag = ciphertext + ciphertext_chars + 1;
  std::memcpy(header, kRefreshHeader.data(), kRefreshHeader.size());
  const std::uint64_t iv_words[2] = {random.Next(), random.Next()};
  EncodeBase64Url(reinterpret_cast<const unsigned char*>(iv_words), kIvBytes, iv);
  RefreshDraws draws(key, std::string_view(iv, kIvChars));
  draws.text.WriteBytesText(kEncryptedKeyBytes, encrypted_key);
  Mask(draws.keystream, plain, sealed);
  EncodeBase64Url(reinterpret_cast<const unsigned char*>(plain), sealed, ciphertext);
  draws.text.Write(ciphertext_chars - record_chars, ciphertext + record_chars);
  for (char* dot : {encrypted_key - 1, iv - 1, ciphertext - 1, tag - 1}) *dot = '.';
  WriteTag(key, std::string_view(iv, kIvChars + 1 + record_chars), tag);
}

std::optional<TokenRecord> OpenRefreshToken(const TokenKey& key, std::string_view token) {
  std::array<std::string_view, 5> parts;
  if (!SplitParts(token, parts) || parts[0] != kRefreshHeader ||
      parts[1].size() != kEncryptedKeyChars || parts[2].size() != kIvChars || parts[4].size() != kTagChars) {
    return std::nullopt;
  }
  std::optional<std::string> bytes = Base64UrlDecode(parts[3]);
  if (!bytes) return std::nullopt;
  RefreshDraws draws(key, parts[2]);
  char expected_key[kEncryptedKeyChars];
  draws.text.WriteBytesText(kEncryptedKeyBytes, expected_key);
  Mask(draws.keystream, bytes->data(), bytes->size());

  RecordReader reader(*bytes);
  TokenRecord record;
  unsigned char version = 0;
  std::uint64_t expires_at = 0;
  if (!reader.U8(version) || version != kRecordVersion || !reader.U64(record.token_generation) ||
      !reader.U64(expires_at) || !reader.Text(record.user_pool_id) || !reader.Text(record.client_id) ||
      !reader.Text(record.user_key) || !reader.Text(record.sub) || !reader.Text(record.origin_jti)) {
    return std::nullopt;
  }
  // Every character checked: the record's by the tag, the rest by drawing
  // it again.
  const std::size_t record_chars = RecordChars(reader.consumed());
  if (parts[3].size() != CiphertextChars(reader.consumed())) return std::nullopt;
  char expected_tag[kTagChars];
  WriteTag(key, token.substr(static_cast<std::size_t>(parts[2].data() - token.data()), kIvChars + 1 + record_chars),
           expected_tag);
  std::string expected_padding(parts[3].size() - record_chars, ' ');
  draws.text.Write(expected_padding.size(), expected_padding.data());
  // Not short-circuited: each comparison takes as long whatever it finds.
  const bool tag_ok = ConstantTimeEquals(parts[4], std::string_view(expected_tag, kTagChars));
  const bool key_ok = ConstantTimeEquals(parts[1], std::string_view(expected_key, kEncryptedKeyChars));
  const bool padding_ok = ConstantTimeEquals(parts[3].substr(record_chars), expected_padding);
  if (!(tag_ok && key_ok && padding_ok)) return std::nullopt;
  record.expires_at = Timestamp(std::chrono::duration_cast<Timestamp::duration>(
      std::chrono::nanoseconds(static_cast<std::int64_t>(expires_at))));
  return record;
}

}  // namespace internal
}  // namespace cognito_fake
