// The signed-in session: the operations an access token authorises
// (GetUser, UpdateUserAttributes, GetUserAttributeVerificationCode,
// VerifyUserAttribute, DeleteUserAttributes, DeleteUser, GlobalSignOut),
// AdminUserGlobalSignOut and RevokeToken.

#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/token_issuer.h"
#include "internal/tokens.h"

namespace cognito_fake {

using internal::Channel;
using internal::ClientRecord;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;

namespace {

// Whether `client` lets its users write `attribute` themselves: every
// attribute when it names none. The `*_verified` flags are Cognito's to set
// after a code (session-behavior.md §4.4 [I]).
bool Writable(const ClientRecord* client, const std::string& attribute) {
  if (attribute == "email_verified" || attribute == "phone_number_verified") return false;
  if (client == nullptr) return true;
  const auto& writable = client->description.write_attributes;
  return writable.empty() ||
         std::find(writable.begin(), writable.end(), attribute) != writable.end();
}

// The verifiable attribute `name` names: email or phone_number, else S18.
Status CheckVerifiable(const std::string& name) {
  if (name == "email" || name == "phone_number") return Status();
  return msg::Error(ErrorCode::kInvalidParameter, msg::kOnlyEmailOrPhoneVerifiable);
}

}  // namespace

StatusOr<GetUserResponse> FakeIdentityProvider::Impl::GetUser(const GetUserRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  GetUserResponse response;
  response.username = caller->user->username;
  response.user_attributes = caller->user->attributes;
  DescribeUserMfa(*caller->user, response);
  return response;
}

StatusOr<UpdateUserAttributesResponse> FakeIdentityProvider::Impl::UpdateUserAttributes(
    const UpdateUserAttributesRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  PoolRecord& pool = *caller->pool;
  const std::string& client_id = pool.sign_ins.at(caller->event_id).client_id;
  const auto client = pool.clients.find(client_id);
  const ClientRecord* client_record = client == pool.clients.end() ? nullptr : &client->second;
  // Developer-only attributes are refused as well, first thing in
  // UpdateAttributes (CheckWritableAttributes), with the same error.
  for (const AttributeType& attribute : request.user_attributes) {
    if (!Writable(client_record, attribute.name)) {
      return msg::Error(ErrorCode::kNotAuthorized, msg::kUnauthorizedAttribute);
    }
  }
  UpdateUserAttributesResponse response;
  if (Status status =
          UpdateAttributes(pool, *caller->user, request.user_attributes, client_id,
                           request.client_metadata, &response.code_delivery_details_list);
      !status.ok()) {
    return status;
  }
  return response;
}

StatusOr<GetUserAttributeVerificationCodeResponse>
FakeIdentityProvider::Impl::GetUserAttributeVerificationCode(
    const GetUserAttributeVerificationCodeRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  if (Status status = CheckVerifiable(request.attribute_name); !status.ok()) return status;
  PoolRecord& pool = *caller->pool;
  UserRecord& user = *caller->user;
  const std::optional<std::string> value = user.Attribute(request.attribute_name);
  if (!value) {
    return Status(ErrorCode::kInvalidParameter, msg::NoAttributeToVerify(request.attribute_name));
  }
  const Channel channel{
      request.attribute_name == "email" ? DeliveryMediumType::kEmail : DeliveryMediumType::kSms,
      request.attribute_name, *value};
  auto delivery = IssueAndDeliver(pool, user, channel, options.limits.signup_code_validity,
                                  MessageOccasion::kVerifyUserAttribute,
                                  pool.sign_ins.at(caller->event_id).client_id,
                                  request.client_metadata, /*details_returned=*/true);
  if (!delivery.ok()) return delivery.status();
  MutableActivity(pool, user).attribute_code = std::move(delivery->code);
  GetUserAttributeVerificationCodeResponse response;
  response.code_delivery_details = std::move(delivery->details);
  return response;
}

StatusOr<VerifyUserAttributeResponse> FakeIdentityProvider::Impl::VerifyUserAttribute(
    const VerifyUserAttributeRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  if (Status status = CheckVerifiable(request.attribute_name); !status.ok()) return status;
  PoolRecord& pool = *caller->pool;
  UserRecord& user = *caller->user;
  // A live code sent for another attribute is no code for this one (an
  // expired one is no code at all: CheckCode's ExpiredCodeException). Wrong
  // codes count in the window of sign-up codes: both are verification codes.
  const auto& sent = user.activity().attribute_code;
  if (sent && sent->expires_at > Now() && sent->attribute_name != request.attribute_name) {
    return msg::Error(ErrorCode::kCodeMismatch, msg::kCodeMismatch);
  }
  if (Status status = CheckCode(pool, user, &internal::UserActivity::attribute_code,
                                &internal::UserActivity::wrong_signup_codes,
                                options.limits.wrong_signup_codes_per_hour, request.code);
      !status.ok()) {
    return status;
  }
  // A new value that waited for its code (AttributesRequireVerificationBeforeUpdate)
  // replaces the old one now.
  AttributeListType verified;
  if (const auto& waiting = user.activity().attribute_code->pending_value) {
    verified.push_back(AttributeType{request.attribute_name, *waiting});
  }
  verified.push_back(AttributeType{request.attribute_name + "_verified", "true"});
  if (Status status =
          CheckAliasConflicts(pool, &user, internal::Merge(user.attributes, verified), false);
      !status.ok()) {
    return status;
  }
  ApplyAttributes(pool, user, verified, /*force_alias=*/false);
  MutableActivity(pool, user).attribute_code.reset();
  user.last_modified = Now();
  return VerifyUserAttributeResponse{};
}

StatusOr<DeleteUserAttributesResponse> FakeIdentityProvider::Impl::DeleteUserAttributes(
    const DeleteUserAttributesRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  return internal::ResponseOf<DeleteUserAttributesResponse>(
      DeleteAttributes(*caller->pool, *caller->user, request.user_attribute_names));
}

StatusOr<DeleteUserResponse> FakeIdentityProvider::Impl::DeleteUser(
    const DeleteUserRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  caller->pool->RemoveUser(*caller->user);
  return DeleteUserResponse{};
}

StatusOr<GlobalSignOutResponse> FakeIdentityProvider::Impl::GlobalSignOut(
    const GlobalSignOutRequest& request) {
  auto caller = ResolveAccessToken(request.access_token);
  if (!caller.ok()) return caller.status();
  ++caller->user->token_generation;  // ends every session begun before
  return GlobalSignOutResponse{};
}

StatusOr<AdminUserGlobalSignOutResponse> FakeIdentityProvider::Impl::AdminUserGlobalSignOut(
    const AdminUserGlobalSignOutRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  ++target->user->token_generation;
  return AdminUserGlobalSignOutResponse{};
}

StatusOr<RevokeTokenResponse> FakeIdentityProvider::Impl::RevokeToken(
    const RevokeTokenRequest& request) {
  // The model lists no ResourceNotFoundException: an unknown client is one
  // that cannot authenticate (the revocation endpoint's invalid_client).
  auto found = state.pools.FindClient(request.client_id);
  if (!found.ok()) {
    return Status(ErrorCode::kUnauthorized, msg::RevokeClientUnauthorized(request.client_id));
  }
  auto [pool, client] = *found;
  if (!internal::RevocationEnabled(client->description)) {
    return Status(ErrorCode::kUnsupportedOperation, msg::RevocationNotEnabled(request.client_id));
  }
  const auto& secret = client->description.client_secret;
  if (secret &&
      (!request.client_secret || !internal::ConstantTimeEquals(*request.client_secret, *secret))) {
    return Status(ErrorCode::kUnauthorized, msg::RevokeClientUnauthorized(request.client_id));
  }
  if (internal::UnverifiedPayload(request.token)) {
    return msg::Error(ErrorCode::kUnsupportedTokenType, msg::kOnlyRefreshTokensRevocable);
  }
  const std::optional<internal::RefreshRecord> record =
      internal::OpenRefreshToken(state.token_key, request.token);
  if (!record || record->user_pool_id != *pool->description.id) return RevokeTokenResponse{};
  // A sign-in swept after its token expired is still refused to another
  // client, as it was before.
  const auto session = pool->sign_ins.find(record->event_id);
  const bool swept = session == pool->sign_ins.end() && WasSwept(*pool, *record);
  if (session == pool->sign_ins.end() && !swept) return RevokeTokenResponse{};
  if (record->client_id != request.client_id) {
    return Status(ErrorCode::kUnauthorized, msg::RevokeClientUnauthorized(request.client_id));
  }
  if (!swept) session->second.revoked = true;
  return RevokeTokenResponse{};
}

}  // namespace cognito_fake
