#include "internal/signing_keys.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <utility>

#include "internal/crypto.h"

namespace cognito_fake {
namespace internal {
namespace {

using Json = nlohmann::ordered_json;

const unsigned char* Data(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

// As crypto.cc's: libcrypto failing at what it always does (signing with a
// key it parsed) leaves nothing right to answer.
[[noreturn]] void CryptoFailure(const char* what) {
  std::fprintf(stderr, "cognito_fake: OpenSSL failed: %s\n", what);
  ERR_print_errors_fp(stderr);
  std::abort();
}

struct MdContextDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;

MdContext NewMdContext() {
  MdContext context(EVP_MD_CTX_new());
  if (!context) CryptoFailure("making a digest context");
  return context;
}

// The RSA key in `pem`, or nullptr when it holds none of at least 2048 bits.
EVP_PKEY* ParseRsaKey(std::string_view pem) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), int(pem.size())),
                                                &BIO_free);
  if (!bio) return nullptr;
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
  ERR_clear_error();  // a refused text leaves errors no later call should see
  if (key == nullptr) return nullptr;
  if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA || EVP_PKEY_get_bits(key) < 2048) {
    EVP_PKEY_free(key);
    return nullptr;
  }
  return key;
}

}  // namespace

SigningKey::SigningKey(std::string pem, std::optional<std::size_t> built_in_index, EVP_PKEY* key)
    : pem_(std::move(pem)),
      built_in_index_(built_in_index),
      fingerprint_(DigestBytes(Sha256(pem_))),
      key_(key) {}

SigningKey::~SigningKey() { EVP_PKEY_free(key_); }

StatusOr<std::shared_ptr<const SigningKey>> SigningKey::FromPem(std::string_view pem) {
  EVP_PKEY* key = ParseRsaKey(pem);
  if (key == nullptr) {
    return Status(ErrorCode::kInvalidParameter,
                  "A signing key must be a PEM private key of an RSA key of at least 2048 bits.");
  }
  return std::shared_ptr<const SigningKey>(new SigningKey(std::string(pem), std::nullopt, key));
}

std::shared_ptr<const SigningKey> SigningKey::BuiltIn(std::size_t index) {
  index %= kBuiltInKeyCount;
  static std::array<std::once_flag, kBuiltInKeyCount> once;
  static std::array<std::shared_ptr<const SigningKey>, kBuiltInKeyCount> keys;
  std::call_once(once[index], [index] {
    EVP_PKEY* key = ParseRsaKey(kBuiltInKeyPems[index]);
    if (key == nullptr) CryptoFailure("parsing a built-in signing key");
    keys[index].reset(new SigningKey(kBuiltInKeyPems[index], index, key));
  });
  return keys[index];
}

std::string SigningKey::Sign(std::string_view input) const {
  MdContext context = NewMdContext();
  if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key_) != 1) {
    CryptoFailure("starting an RS256 signature");
  }
  std::size_t size = 0;
  if (EVP_DigestSign(context.get(), nullptr, &size, Data(input), input.size()) != 1) {
    CryptoFailure("sizing an RS256 signature");
  }
  std::string signature(size, '\0');
  if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                     Data(input), input.size()) != 1) {
    CryptoFailure("making an RS256 signature");
  }
  signature.resize(size);
  return signature;
}

bool SigningKey::Verifies(std::string_view input, std::string_view signature) const {
  MdContext context = NewMdContext();
  if (EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key_) != 1) {
    CryptoFailure("starting an RS256 verification");
  }
  const bool verified = EVP_DigestVerify(context.get(), Data(signature), signature.size(),
                                         Data(input), input.size()) == 1;
  ERR_clear_error();  // a bad signature queues an error
  return verified;
}

std::string SigningKey::Modulus() const { return Parameter(OSSL_PKEY_PARAM_RSA_N); }

std::string SigningKey::Exponent() const { return Parameter(OSSL_PKEY_PARAM_RSA_E); }

std::string SigningKey::Parameter(const char* name) const {
  BIGNUM* number = nullptr;
  if (EVP_PKEY_get_bn_param(key_, name, &number) != 1) CryptoFailure("reading an RSA parameter");
  std::string bytes(static_cast<std::size_t>(BN_num_bytes(number)), '\0');
  BN_bn2bin(number, reinterpret_cast<unsigned char*>(bytes.data()));
  BN_free(number);
  return bytes;
}

std::string KeyIdFor(std::string_view user_pool_id, std::string_view use, const SigningKey& key) {
  std::string input(user_pool_id);
  input += '\n';
  input += use;
  input += '\n';
  input += key.fingerprint();
  return Base64Encode(DigestBytes(Sha256(input)));
}

PoolKeys BuiltInPoolKeys(std::string_view user_pool_id, std::size_t slot) {
  PoolKeys keys;
  keys.id.key = SigningKey::BuiltIn(2 * slot);
  keys.id.key_id = KeyIdFor(user_pool_id, "id", *keys.id.key);
  keys.access.key = SigningKey::BuiltIn(2 * slot + 1);
  keys.access.key_id = KeyIdFor(user_pool_id, "access", *keys.access.key);
  return keys;
}

std::string JwksDocument(const PoolKeys& keys) {
  Json list = Json::array();
  for (const PoolKey* key : {&keys.id, &keys.access}) {
    Json jwk;
    jwk["alg"] = "RS256";
    jwk["e"] = Base64UrlEncode(key->key->Exponent());
    jwk["kid"] = key->key_id;
    jwk["kty"] = "RSA";
    jwk["n"] = Base64UrlEncode(key->key->Modulus());
    jwk["use"] = "sig";
    list.push_back(std::move(jwk));
  }
  Json document;
  document["keys"] = std::move(list);
  return document.dump();
}

std::string OpenIdConfiguration(std::string_view issuer) {
  const std::string base(issuer);
  Json document;
  document["authorization_endpoint"] = base + "/authorize";
  document["id_token_signing_alg_values_supported"] = Json::array({"RS256"});
  document["issuer"] = base;
  document["jwks_uri"] = base + "/.well-known/jwks.json";
  document["response_types_supported"] = Json::array({"code", "token"});
  document["scopes_supported"] = Json::array({"openid", "email", "phone", "profile"});
  document["subject_types_supported"] = Json::array({"public"});
  document["token_endpoint"] = base + "/token";
  document["token_endpoint_auth_methods_supported"] =
      Json::array({"client_secret_basic", "client_secret_post"});
  document["userinfo_endpoint"] = base + "/userInfo";
  return document.dump();
}

}  // namespace internal
}  // namespace cognito_fake
