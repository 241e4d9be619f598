#include "internal/token_issuer.h"

#include <chrono>
#include <nlohmann/json.hpp>

namespace cognito_fake {
namespace internal {
namespace {

using Json = nlohmann::ordered_json;

// A client's validity setting in its unit, or the default.
std::chrono::seconds Validity(std::optional<int> amount, std::optional<TimeUnitsType> unit,
                              TimeUnitsType default_unit, std::chrono::seconds fallback) {
  if (!amount) return fallback;
  switch (unit.value_or(default_unit)) {
    case TimeUnitsType::kSeconds:
      return std::chrono::seconds(*amount);
    case TimeUnitsType::kMinutes:
      return std::chrono::minutes(*amount);
    case TimeUnitsType::kHours:
      return std::chrono::hours(*amount);
    case TimeUnitsType::kDays:
      return std::chrono::hours(24) * *amount;
  }
  return fallback;
}

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::int64_t EpochSeconds(Timestamp time) {
  return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

AuthenticationResultType TokenIssuer::Issue(const TokenGrant& grant, Timestamp now,
                                            Random& random) const {
  const UserPoolClientType& client = grant.client;
  const UserRecord& user = grant.user;
  const auto units = client.token_validity_units.value_or(TokenValidityUnitsType{});
  const auto access_validity = Validity(client.access_token_validity, units.access_token,
                                        TimeUnitsType::kHours, std::chrono::hours(1));
  const auto id_validity = Validity(client.id_token_validity, units.id_token, TimeUnitsType::kHours,
                                    std::chrono::hours(1));
  const auto refresh_validity = Validity(client.refresh_token_validity, units.refresh_token,
                                         TimeUnitsType::kDays, std::chrono::hours(24 * 30));
  const std::string origin_jti = grant.origin_jti.empty() ? random.Uuid4() : grant.origin_jti;
  const std::string event_id = random.Uuid4();
  const std::string access_jti = random.Uuid4();
  const std::string id_jti = random.Uuid4();
  const std::string issuer =
      "https://cognito-idp." + std::string(region_) + ".amazonaws.com/" + *grant.pool.id;
  const std::int64_t issued_at = EpochSeconds(now);

  // Claims in the order Cognito writes them.
  Json access;
  access["sub"] = user.sub();
  access["iss"] = issuer;
  access["client_id"] = *client.client_id;
  access["origin_jti"] = origin_jti;
  access["event_id"] = event_id;
  access["token_use"] = "access";
  access["scope"] = "aws.cognito.signin.user.admin";
  access["auth_time"] = issued_at;
  access["exp"] = EpochSeconds(now + access_validity);
  access["iat"] = issued_at;
  access["jti"] = access_jti;
  access["username"] = user.username;

  Json id;
  id["sub"] = user.sub();
  for (const AttributeType& attribute : user.attributes) {
    if (attribute.name == "sub") continue;
    if (attribute.name == "email_verified" || attribute.name == "phone_number_verified") {
      id[attribute.name] = IsVerifiedValue(attribute.value);
    } else {
      id[attribute.name] = attribute.value;
    }
  }
  id["iss"] = issuer;
  id["cognito:username"] = user.username;
  id["origin_jti"] = origin_jti;
  id["aud"] = *client.client_id;
  id["event_id"] = event_id;
  id["token_use"] = "id";
  id["auth_time"] = issued_at;
  id["exp"] = EpochSeconds(now + id_validity);
  id["iat"] = issued_at;
  id["jti"] = id_jti;

  AuthenticationResultType result;
  result.access_token = SignJwt(signing_key_, key_id_, user.token_generation, Dump(access));
  result.id_token = SignJwt(signing_key_, key_id_, user.token_generation, Dump(id));
  result.expires_in = static_cast<int>(access_validity.count());
  result.token_type = "Bearer";
  if (grant.with_refresh_token) {
    const TokenRecord record{*grant.pool.id, *client.client_id,     grant.user_key,
                             user.sub(),     user.token_generation, now + refresh_validity,
                             origin_jti};
    result.refresh_token = IssueRefreshToken(signing_key_, record, random);
  }
  return result;
}

std::optional<AccessTokenClaims> TokenIssuer::OpenAccessToken(std::string_view token) const {
  const std::optional<AuthenticJwt> jwt = OpenJwt(signing_key_, token);
  if (!jwt) return std::nullopt;
  const Json claims = Json::parse(jwt->payload, nullptr, /*allow_exceptions=*/false);
  if (!claims.is_object()) return std::nullopt;
  auto text = [&claims](const char* name) -> std::optional<std::string> {
    const auto it = claims.find(name);
    if (it == claims.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  const std::optional<std::string> use = text("token_use");
  const std::optional<std::string> issuer = text("iss");
  std::optional<std::string> sub = text("sub");
  std::optional<std::string> username = text("username");
  const auto exp = claims.find("exp");
  if (use != "access" || !issuer || !sub || !username || exp == claims.end() ||
      !exp->is_number_integer()) {
    return std::nullopt;
  }
  return AccessTokenClaims{issuer->substr(issuer->rfind('/') + 1), *std::move(username),
                           *std::move(sub), exp->get<std::int64_t>(), jwt->generation};
}

std::optional<TokenRecord> TokenIssuer::OpenRefreshToken(std::string_view token) const {
  return internal::OpenRefreshToken(signing_key_, token);
}

}  // namespace internal
}  // namespace cognito_fake
