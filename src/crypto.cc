#include "internal/crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cognito_fake {
namespace internal {
namespace {

const unsigned char* Data(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

constexpr std::size_t kGcmTagBytes = 16;

// What is left when libcrypto cannot do what it always does (fetch SHA-256,
// key AES with 32 bytes): a broken installation or no memory. Nothing the
// fake could answer would be right, so it stops, saying why.
[[noreturn]] void CryptoFailure(const char* what) {
  std::fprintf(stderr, "cognito_fake: OpenSSL failed: %s\n", what);
  ERR_print_errors_fp(stderr);
  std::abort();
}

// `pointer`, or CryptoFailure(what) when it is null.
template <typename T>
T* Required(T* pointer, const char* what) {
  if (pointer == nullptr) CryptoFailure(what);
  return pointer;
}

// CryptoFailure(what) unless `result` is OpenSSL's 1 for success.
void Check(int result, const char* what) {
  if (result != 1) CryptoFailure(what);
}

// OpenSSL 3 looks an algorithm up by name on every implicit fetch, a walk of
// its registry that cost more than the work (crypto(7), "Performance"):
// each algorithm is fetched once, on first use, and kept for the program.
const EVP_MD* Sha256Algorithm() {
  static EVP_MD* const md = Required(EVP_MD_fetch(nullptr, "SHA256", nullptr), "fetching SHA256");
  return md;
}

const EVP_CIPHER* Aes256Gcm() {
  static EVP_CIPHER* const cipher =
      Required(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr), "fetching AES-256-GCM");
  return cipher;
}

const EVP_CIPHER* Aes256Ctr() {
  static EVP_CIPHER* const cipher =
      Required(EVP_CIPHER_fetch(nullptr, "AES-256-CTR", nullptr), "fetching AES-256-CTR");
  return cipher;
}

// An HMAC context set up for `digest` ("SHA256", "SHA1") and no key: each
// HMAC starts from a copy of it.
EVP_MAC_CTX* NewHmacPrototype(const char* digest) {
  EVP_MAC* mac = Required(EVP_MAC_fetch(nullptr, "HMAC", nullptr), "fetching HMAC");
  EVP_MAC_CTX* context = Required(EVP_MAC_CTX_new(mac), "making an HMAC context");
  EVP_MAC_free(mac);  // the context holds its own reference
  std::string name(digest);
  const OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, name.data(), 0),
      OSSL_PARAM_construct_end()};
  Check(EVP_MAC_CTX_set_params(context, params), "setting HMAC's digest");
  return context;
}

// HMAC of `message` under `key` from a copy of `prototype`, into `out`
// (`size` bytes, the digest's length).
void Hmac(const EVP_MAC_CTX* prototype, std::string_view key, std::string_view message,
          unsigned char* out, std::size_t size) {
  std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context(
      Required(EVP_MAC_CTX_dup(prototype), "copying the HMAC context"), &EVP_MAC_CTX_free);
  // An empty key is a valid HMAC key; OpenSSL wants a non-null pointer for it.
  const unsigned char empty = 0;
  std::size_t written = 0;
  Check(EVP_MAC_init(context.get(), key.empty() ? &empty : Data(key), key.size(), nullptr),
        "keying HMAC");
  Check(EVP_MAC_update(context.get(), Data(message), message.size()), "HMAC");
  Check(EVP_MAC_final(context.get(), out, &written, size), "HMAC");
}

struct CipherContextDeleter {
  void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

// A context set up for AES-256-GCM with a 32-byte `key` and `iv`, `aad`
// already fed in.
CipherContext StartGcm(bool encrypt, std::string_view key, std::string_view iv,
                       std::string_view aad) {
  if (key.size() != 32) CryptoFailure("an AES-256 key of another size than 32 bytes");
  CipherContext context(Required(EVP_CIPHER_CTX_new(), "making a cipher context"));
  Check(EVP_CipherInit_ex2(context.get(), Aes256Gcm(), nullptr, nullptr, encrypt, nullptr),
        "starting AES-256-GCM");
  Check(EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()),
                            nullptr),
        "setting the GCM IV's length");
  Check(EVP_CipherInit_ex2(context.get(), nullptr, Data(key), Data(iv), encrypt, nullptr),
        "keying AES-256-GCM");
  int ignored = 0;
  if (!aad.empty()) {
    Check(
        EVP_CipherUpdate(context.get(), nullptr, &ignored, Data(aad), static_cast<int>(aad.size())),
        "authenticating GCM's additional data");
  }
  return context;
}

unsigned char* Bytes(std::string& text) { return reinterpret_cast<unsigned char*>(text.data()); }

}  // namespace

Sha256Digest Sha256(std::string_view data) {
  Sha256Digest digest{};
  Check(EVP_Digest(data.data(), data.size(), digest.data(), nullptr, Sha256Algorithm(), nullptr),
        "SHA-256");
  return digest;
}

Sha256Digest HmacSha256(std::string_view key, std::string_view message) {
  static const EVP_MAC_CTX* const prototype = NewHmacPrototype("SHA256");
  Sha256Digest digest{};
  Hmac(prototype, key, message, digest.data(), digest.size());
  return digest;
}

std::string HmacSha1(std::string_view key, std::string_view message) {
  static const EVP_MAC_CTX* const prototype = NewHmacPrototype("SHA1");
  std::string digest(20, '\0');
  Hmac(prototype, key, message, reinterpret_cast<unsigned char*>(digest.data()), digest.size());
  return digest;
}

std::string DigestBytes(const Sha256Digest& digest) {
  return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

std::string DeriveKey(std::string_view secret, std::string_view label) {
  std::string input(label);
  input += '\0';
  input += secret;
  return DigestBytes(Sha256(input));
}

std::string Keystream(std::string_view key, std::string_view iv, std::size_t size) {
  if (key.size() != 32 || iv.size() != 16)
    CryptoFailure("an AES-256-CTR key or counter of another size");
  CipherContext context(Required(EVP_CIPHER_CTX_new(), "making a cipher context"));
  std::string out(size, '\0');
  int written = 0;
  Check(EVP_EncryptInit_ex2(context.get(), Aes256Ctr(), Data(key), Data(iv), nullptr),
        "keying AES-256-CTR");
  Check(EVP_EncryptUpdate(context.get(), Bytes(out), &written, Bytes(out), static_cast<int>(size)),
        "AES-256-CTR");
  return out;
}

std::string Base64Encode(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), Data(bytes),
                                      static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

std::string Base64UrlEncode(std::string_view bytes) {
  std::string out = Base64Encode(bytes);
  while (!out.empty() && out.back() == '=') out.pop_back();
  for (char& c : out) {
    if (c == '+') c = '-';
    if (c == '/') c = '_';
  }
  return out;
}

std::optional<std::string> Base64UrlDecode(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  if (text.size() % 4 == 1) return std::nullopt;
  std::string standard(text);
  for (char& c : standard) {
    if (c == '+' || c == '/') return std::nullopt;  // not in the URL alphabet
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  const std::size_t rest = standard.size() % 4;
  if (rest != 0) standard.append(4 - rest, '=');
  std::string out(standard.size() / 4 * 3, '\0');
  const int decoded = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()), Data(standard),
                                      static_cast<int>(standard.size()));
  if (decoded < 0) return std::nullopt;
  // EVP_DecodeBlock counts the padding as zero bytes.
  out.resize(static_cast<std::size_t>(decoded) - (rest == 0 ? 0 : 4 - rest));
  // Canonical text only: one that leftover bits set decodes to the same
  // bytes, so encoding them again tells.
  if (Base64UrlEncode(out) != text) return std::nullopt;
  return out;
}

std::optional<std::string> Base64Decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string url(text);
  for (char& c : url) {
    if (c == '-' || c == '_') return std::nullopt;  // not in the standard alphabet
    if (c == '+') c = '-';
    if (c == '/') c = '_';
  }
  auto bytes = Base64UrlDecode(url);
  if (!bytes || Base64Encode(*bytes) != text) return std::nullopt;
  return bytes;
}

std::string SealAes256Gcm(std::string_view key, std::string_view iv, std::string_view aad,
                          std::string_view plaintext) {
  CipherContext context = StartGcm(/*encrypt=*/true, key, iv, aad);
  std::string out(plaintext.size() + kGcmTagBytes, '\0');
  int written = 0;
  int final_written = 0;
  Check(EVP_EncryptUpdate(context.get(), Bytes(out), &written, Data(plaintext),
                          static_cast<int>(plaintext.size())),
        "AES-256-GCM");
  Check(EVP_EncryptFinal_ex(context.get(), Bytes(out) + written, &final_written), "AES-256-GCM");
  Check(EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagBytes,
                            out.data() + plaintext.size()),
        "reading the GCM tag");
  return out;
}

std::optional<std::string> OpenAes256Gcm(std::string_view key, std::string_view iv,
                                         std::string_view aad, std::string_view sealed) {
  if (sealed.size() < kGcmTagBytes) return std::nullopt;
  const std::string_view ciphertext = sealed.substr(0, sealed.size() - kGcmTagBytes);
  std::string tag(sealed.substr(ciphertext.size()));
  CipherContext context = StartGcm(/*encrypt=*/false, key, iv, aad);
  std::string out(ciphertext.size(), '\0');
  int written = 0;
  int final_written = 0;
  Check(EVP_DecryptUpdate(context.get(), Bytes(out), &written, Data(ciphertext),
                          static_cast<int>(ciphertext.size())),
        "AES-256-GCM");
  Check(EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagBytes, tag.data()),
        "setting the GCM tag");
  // Only here can the text fail: anything that differs from what was sealed.
  if (EVP_DecryptFinal_ex(context.get(), Bytes(out) + written, &final_written) != 1) {
    return std::nullopt;
  }
  return out;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string HexEncode(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (unsigned char byte : bytes) {
    hex += kDigits[byte >> 4];
    hex += kDigits[byte & 15];
  }
  return hex;
}

}  // namespace internal
}  // namespace cognito_fake
