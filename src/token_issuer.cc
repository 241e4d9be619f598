#include "internal/token_issuer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "internal/tokens.h"

namespace cognito_fake {
namespace internal {
namespace {

using Json = nlohmann::ordered_json;

// A client's validity setting in its unit, or the default.
std::chrono::seconds Validity(std::optional<int> amount, std::optional<TimeUnitsType> unit,
                              TimeUnitsType default_unit, std::chrono::seconds fallback) {
  if (!amount || *amount == 0) return fallback;  // 0 days of refresh means the default
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

// Whether the client lets its tokens show attribute `name`: every
// attribute when it names none.
bool Readable(const UserPoolClientType& client, const std::string& name) {
  const auto& readable = client.read_attributes;
  return readable.empty() || std::find(readable.begin(), readable.end(), name) != readable.end();
}

std::optional<std::string> Text(const Json& claims, const char* name) {
  const auto it = claims.find(name);
  if (it == claims.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

}  // namespace

TokenValidity ValidityOf(const UserPoolClientType& client) {
  const auto units = client.token_validity_units.value_or(TokenValidityUnitsType{});
  return TokenValidity{Validity(client.access_token_validity, units.access_token,
                                TimeUnitsType::kHours, std::chrono::hours(1)),
                       Validity(client.id_token_validity, units.id_token, TimeUnitsType::kHours,
                                std::chrono::hours(1)),
                       Validity(client.refresh_token_validity, units.refresh_token,
                                TimeUnitsType::kDays, std::chrono::hours(24 * 30))};
}

bool RevocationEnabled(const UserPoolClientType& client) {
  return client.enable_token_revocation.value_or(true);
}

std::optional<std::string> PreferredRole(const std::vector<const GroupType*>& groups) {
  const GroupType* best = nullptr;
  bool tied = false;
  for (const GroupType* group : groups) {
    if (!group->role_arn) continue;
    if (best == nullptr ||
        (group->precedence && (!best->precedence || *group->precedence < *best->precedence))) {
      best = group;
      tied = false;
    } else if (group->precedence == best->precedence && group->role_arn != best->role_arn) {
      tied = true;
    }
  }
  if (best == nullptr || tied) return std::nullopt;
  return best->role_arn;
}

AuthenticationResultType IssueJwts(const TokenGrant& grant, Timestamp now, Random& random) {
  const UserPoolClientType& client = grant.client;
  const UserRecord& user = grant.user;
  const TokenValidity validity = ValidityOf(client);
  const bool revocable = RevocationEnabled(client);
  const std::int64_t issued_at = EpochSeconds(now);
  const std::int64_t auth_time = EpochSeconds(grant.session.auth_time);

  // Claims in the order Cognito writes them.
  Json group_names = Json::array();
  Json roles = Json::array();
  for (const GroupType* group : grant.groups) {
    group_names.push_back(*group->group_name);
    if (group->role_arn) roles.push_back(*group->role_arn);
  }
  const std::optional<std::string> preferred_role = PreferredRole(grant.groups);

  Json id;
  id["sub"] = user.sub();
  if (!grant.groups.empty()) id["cognito:groups"] = group_names;
  if (!roles.empty()) id["cognito:roles"] = roles;
  if (preferred_role) id["cognito:preferred_role"] = *preferred_role;
  for (const AttributeType& attribute : user.attributes) {
    if (attribute.name == "sub" || !Readable(client, attribute.name)) continue;
    if (attribute.name == "email_verified" || attribute.name == "phone_number_verified") {
      id[attribute.name] = IsVerifiedValue(attribute.value);
    } else {
      id[attribute.name] = attribute.value;
    }
  }
  id["iss"] = grant.issuer;
  id["cognito:username"] = user.username;
  if (revocable) id["origin_jti"] = grant.session.origin_jti;
  id["aud"] = *client.client_id;
  id["event_id"] = grant.event_id;
  id["token_use"] = "id";
  id["auth_time"] = auth_time;
  id["exp"] = EpochSeconds(now + validity.id);
  id["iat"] = issued_at;
  if (revocable) id["jti"] = random.Uuid4();

  Json access;
  access["sub"] = user.sub();
  if (!grant.groups.empty()) access["cognito:groups"] = std::move(group_names);
  access["iss"] = grant.issuer;
  access["client_id"] = *client.client_id;
  if (revocable) access["origin_jti"] = grant.session.origin_jti;
  access["event_id"] = grant.event_id;
  access["token_use"] = "access";
  access["scope"] = "aws.cognito.signin.user.admin";
  access["auth_time"] = auth_time;
  access["exp"] = EpochSeconds(now + validity.access);
  access["iat"] = issued_at;
  access["jti"] = random.Uuid4();
  access["username"] = user.username;

  AuthenticationResultType result;
  result.access_token = SignJwt(grant.pool.keys.access, Dump(access));
  result.id_token = SignJwt(grant.pool.keys.id, Dump(id));
  result.expires_in = static_cast<int>(validity.access.count());
  result.token_type = "Bearer";
  return result;
}

std::optional<AccessTokenClaims> ReadAccessTokenClaims(std::string_view payload) {
  const Json claims = Json::parse(payload, nullptr, /*allow_exceptions=*/false);
  if (!claims.is_object()) return std::nullopt;
  AccessTokenClaims read;
  for (auto [name, member] :
       {std::pair{"iss", &read.issuer}, std::pair{"token_use", &read.token_use},
        std::pair{"scope", &read.scope}, std::pair{"username", &read.username},
        std::pair{"sub", &read.sub}, std::pair{"client_id", &read.client_id},
        std::pair{"event_id", &read.event_id}}) {
    std::optional<std::string> value = Text(claims, name);
    if (!value) return std::nullopt;
    *member = *std::move(value);
  }
  const auto exp = claims.find("exp");
  if (exp == claims.end() || !exp->is_number_integer()) return std::nullopt;
  read.expires_at = exp->get<std::int64_t>();
  return read;
}

std::optional<std::string> PoolIdOfIssuer(std::string_view issuer) {
  const std::size_t slash = issuer.rfind('/');
  if (slash == std::string_view::npos) return std::nullopt;
  return std::string(issuer.substr(slash + 1));
}

}  // namespace internal
}  // namespace cognito_fake
