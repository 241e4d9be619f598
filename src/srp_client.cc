#include <cognito_fake/srp_client.h>
#include <openssl/rand.h>

#include <cstdlib>
#include <utility>

#include "internal/crypto.h"
#include "internal/srp.h"

namespace cognito_fake {

namespace srp = internal::srp;

struct SrpClient::Secret {
  srp::BigNum a;
  srp::BigNum a_public;
};

namespace {

// A random 128-byte a, as amazon-cognito-identity-js draws it.
std::string RandomSecretHex() {
  std::string bytes(128, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), 128) != 1) std::abort();
  return internal::HexEncode(bytes);
}

Status Missing(const std::string& name) {
  return Status(ErrorCode::kInvalidParameter,
                "PASSWORD_VERIFIER challenge parameter " + name + " is missing or malformed");
}

}  // namespace

SrpClient::SrpClient(std::string user_pool_id)
    : SrpClient(std::move(user_pool_id), RandomSecretHex()) {}

SrpClient::SrpClient(std::string user_pool_id, const std::string& a_hex)
    : user_pool_id_(std::move(user_pool_id)), secret_(std::make_unique<Secret>()) {
  secret_->a = srp::FromHex(a_hex);
  if (!secret_->a) std::abort();  // documented precondition: 1 to 1024 hex digits
  secret_->a_public = srp::ClientPublic(secret_->a.get());
  srp_a_ = srp::ToHex(secret_->a_public.get());
}

SrpClient::~SrpClient() = default;
SrpClient::SrpClient(SrpClient&&) noexcept = default;
SrpClient& SrpClient::operator=(SrpClient&&) noexcept = default;

StatusOr<std::map<std::string, std::string>> SrpClient::PasswordVerifierResponses(
    const std::map<std::string, std::string>& challenge_parameters, const std::string& password,
    Timestamp now) const {
  auto parameter = [&](const char* name) -> const std::string* {
    auto it = challenge_parameters.find(name);
    return it == challenge_parameters.end() ? nullptr : &it->second;
  };
  const std::string* salt_hex = parameter("SALT");
  const std::string* b_hex = parameter("SRP_B");
  const std::string* secret_block = parameter("SECRET_BLOCK");
  const std::string* user_id = parameter("USER_ID_FOR_SRP");
  srp::BigNum salt = salt_hex ? srp::FromHex(*salt_hex) : nullptr;
  if (!salt) return Missing("SALT");
  srp::BigNum b_public = b_hex ? srp::FromHex(*b_hex) : nullptr;
  if (!b_public) return Missing("SRP_B");
  if (!user_id) return Missing("USER_ID_FOR_SRP");
  const auto block = secret_block ? internal::Base64Decode(*secret_block) : std::nullopt;
  if (!block) return Missing("SECRET_BLOCK");

  const std::string pool_name = srp::PoolName(user_pool_id_);
  const srp::BigNum x = srp::PrivateKey(salt.get(), pool_name, *user_id, password);
  const auto key =
      srp::ClientKey(secret_->a.get(), secret_->a_public.get(), b_public.get(), x.get());
  if (!key) return Missing("SRP_B");
  const std::string timestamp = srp::FormatTimestamp(now);
  return std::map<std::string, std::string>{
      {"USERNAME", *user_id},
      {"PASSWORD_CLAIM_SECRET_BLOCK", *secret_block},
      {"TIMESTAMP", timestamp},
      {"PASSWORD_CLAIM_SIGNATURE",
       internal::Base64Encode(srp::Signature(*key, pool_name, *user_id, *block, timestamp))},
  };
}

std::string SrpClient::FormatTimestamp(Timestamp time) { return srp::FormatTimestamp(time); }

}  // namespace cognito_fake
