// Users: AdminCreateUser, AdminGetUser, ListUsers, AdminDeleteUser,
// AdminDisableUser and AdminEnableUser.

#include <algorithm>
#include <cstdlib>

#include "internal/crypto.h"
#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/schema.h"
#include "internal/user_filter.h"
#include "internal/validation.h"

namespace cognito_fake {

using internal::Channel;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;
using internal::InvalidParameter;
using internal::LooksLikeEmail;
using internal::LooksLikePhoneNumber;
using internal::ResolveNewUsername;
using internal::SetAttribute;
using internal::StatusName;

namespace {
constexpr std::string_view kPaginationPrefix = "cognito-fake-page:";
}  // namespace

// ------------------------------------------------------------ operations

namespace internal {

StatusOr<internal::NewUser> ResolveNewUsername(const PoolRecord& pool, const std::string& username,
                                               AttributeListType attributes) {
  const bool by_email = pool.HasUsernameAttribute(UsernameAttributeType::kEmail);
  const bool by_phone = pool.HasUsernameAttribute(UsernameAttributeType::kPhoneNumber);
  if (by_email || by_phone) {
    if (by_email && LooksLikeEmail(username)) {
      SetAttribute(attributes, "email", username);
    } else if (by_phone && LooksLikePhoneNumber(username)) {
      SetAttribute(attributes, "phone_number", username);
    } else {
      return Status(ErrorCode::kInvalidParameter,
                    std::string(by_email && by_phone ? msg::kUsernameShouldBeEmailOrPhone
                                : by_email           ? msg::kUsernameShouldBeEmail
                                                     : msg::kUsernameShouldBePhone));
    }
    return internal::NewUser{std::nullopt, std::move(attributes)};
  }
  if (pool.HasAliasAttribute(AliasAttributeType::kEmail) && LooksLikeEmail(username)) {
    return Status(ErrorCode::kInvalidParameter, msg::UsernameCannotBeAliasFormat("email"));
  }
  if (pool.HasAliasAttribute(AliasAttributeType::kPhoneNumber) && LooksLikePhoneNumber(username)) {
    return Status(ErrorCode::kInvalidParameter, msg::UsernameCannotBeAliasFormat("phone"));
  }
  return internal::NewUser{username, std::move(attributes)};
}

}  // namespace internal

StatusOr<internal::NewUser> FakeIdentityProvider::Impl::CheckNewUser(PoolRecord& pool,
                                                                     const std::string& username,
                                                                     AttributeListType attributes,
                                                                     bool force_alias) {
  if (pool.FindUser(username) != nullptr) {
    if (pool.UsesUsernameAttributes()) {
      return Status(
          ErrorCode::kUsernameExists,
          msg::AccountWithAttributeExists(LooksLikeEmail(username) ? "email" : "phone_number"));
    }
    return msg::Error(ErrorCode::kUsernameExists, msg::kUserAccountAlreadyExists);
  }
  if (Status status = CheckWritableAttributes(pool, attributes, /*from_client=*/false);
      !status.ok()) {
    return status;
  }
  auto names = ResolveNewUsername(pool, username, std::move(attributes));
  if (!names.ok()) return names.status();
  if (Status status = CheckRequiredAttributes(pool, names->attributes); !status.ok()) return status;
  if (Status status = CheckAliasConflicts(pool, nullptr, names->attributes, force_alias);
      !status.ok()) {
    return status;
  }
  return names;
}

StatusOr<std::vector<std::string>> FakeIdentityProvider::Impl::AddConfirmedUsers(
    const std::string& user_pool_id, std::vector<TestUser>& users) {
  // Each user gets, in their order, the checks AdminCreateUser and then
  // AdminSetUserPassword would make: the create request, the pool, the new
  // user against the pool as the users before it left it, the password
  // request, the policy. Then it is added; a failure takes every user added
  // so far out again.
  AdminCreateUserRequest create;  // fields lent by each user in turn
  create.user_pool_id = user_pool_id;
  create.message_action = MessageActionType::kSuppress;
  AdminSetUserPasswordRequest set{user_pool_id, "", "", true};
  PoolRecord* pool = nullptr;
  const std::uint64_t generator = state.random.state();
  std::uint64_t next_sequence = 0;
  std::vector<UserRecord*> added;
  added.reserve(users.size());
  auto fail = [&](Status status) {
    for (auto it = added.rbegin(); it != added.rend(); ++it) {
      pool->RemoveUser(**it);
    }
    if (pool != nullptr) pool->next_user_sequence = next_sequence;
    state.random.set_state(generator);
    return status;
  };
  auto find_pool = [&]() -> Status {
    if (pool != nullptr) return Status();
    auto found = state.pools.FindPool(user_pool_id);
    if (!found.ok()) return found.status();
    pool = *found;
    next_sequence = pool->next_user_sequence;
    pool->users.Reserve(users.size());  // grows only by doubling
    return Status();
  };
  std::vector<std::string> subs;
  subs.reserve(users.size());
  for (TestUser& new_user : users) {
    // A contact given without its *_verified attribute counts as verified.
    constexpr std::pair<std::string_view, std::string_view> kContacts[] = {
        {"email", "email_verified"}, {"phone_number", "phone_number_verified"}};
    bool unverified[std::size(kContacts)] = {};
    std::size_t room = new_user.attributes.size() + 1;  // + "sub", which InsertUser puts first
    for (std::size_t i = 0; i < std::size(kContacts); ++i) {
      unverified[i] =
          internal::AttributeValueIn(new_user.attributes, kContacts[i].first) != nullptr &&
          internal::AttributeValueIn(new_user.attributes, kContacts[i].second) == nullptr;
      room += unverified[i];
    }
    new_user.attributes.reserve(room);  // the user's final list: one allocation
    for (std::size_t i = 0; i < std::size(kContacts); ++i) {
      if (unverified[i])
        new_user.attributes.push_back(AttributeType{std::string(kContacts[i].second), "true"});
    }
    create.username.swap(new_user.username);
    create.user_attributes.swap(new_user.attributes);
    // The pool id is the same for every user: after the first user it has
    // passed, and only the user's own fields are left to check.
    Status status =
        pool == nullptr ? internal::Validate(create) : internal::ValidateWithCheckedPoolId(create);
    create.username.swap(new_user.username);
    create.user_attributes.swap(new_user.attributes);
    if (!status.ok()) return fail(status);
    if (status = find_pool(); !status.ok()) return fail(status);
    // The batch is the caller's to give: its attributes become the user's.
    auto names = CheckNewUser(*pool, new_user.username, std::move(new_user.attributes),
                              /*force_alias=*/false);
    if (!names.ok()) return fail(names.status());
    set.password.swap(
        new_user.password);  // only the password is read: pool id and username passed in `create`
    status = internal::ValidateWithCheckedPoolIdAndUsername(set);
    set.password.swap(new_user.password);
    if (!status.ok()) return fail(status);
    if (status = CheckNewPassword(*pool, nullptr, new_user.password, false, true); !status.ok()) {
      return fail(status);
    }
    UserRecord& user = InsertUser(*pool, names->username, std::move(names->attributes),
                                  UserStatusType::kConfirmed, /*force_alias=*/false);
    SetPassword(*pool, user, new_user.password, /*permanent=*/true);
    added.push_back(&user);
    subs.push_back(user.sub());
  }
  if (Status status = find_pool(); !status.ok()) return status;  // an empty batch
  return subs;
}

StatusOr<AdminCreateUserResponse> FakeIdentityProvider::Impl::AdminCreateUser(
    const AdminCreateUserRequest& request) {
  auto found_pool = state.pools.FindPool(request.user_pool_id);
  if (!found_pool.ok()) return found_pool.status();
  PoolRecord& pool = **found_pool;
  const bool resend = request.message_action == MessageActionType::kResend;
  const bool suppress = request.message_action == MessageActionType::kSuppress;

  UserRecord* existing = nullptr;
  // Everything below is checked before anything changes.
  std::optional<std::string> username;
  AttributeListType attributes;
  if (resend) {
    existing = pool.FindUser(request.username);
    if (existing == nullptr) return msg::Error(ErrorCode::kUserNotFound, msg::kUserDoesNotExist);
    if (existing->status != UserStatusType::kForceChangePassword) {
      return Status(ErrorCode::kUnsupportedUserState, msg::ResendNotPossible(existing->username));
    }
    username = existing->username;
    attributes = existing->attributes;
  } else {
    auto names = CheckNewUser(pool, request.username, request.user_attributes,
                              request.force_alias_creation.value_or(false));
    if (!names.ok()) return names.status();
    username = std::move(names->username);
    attributes = std::move(names->attributes);
  }
  if (request.temporary_password) {
    if (Status status = CheckNewPassword(pool, existing, *request.temporary_password, false, false);
        !status.ok()) {
      return status;
    }
  }

  std::vector<Channel> invitations;
  if (!suppress) {
    std::vector<DeliveryMediumType> mediums = request.desired_delivery_mediums;
    if (mediums.empty()) mediums = {DeliveryMediumType::kSms};  // the model's default
    for (DeliveryMediumType medium : mediums) {
      const bool sms = medium == DeliveryMediumType::kSms;
      const std::string attribute = sms ? "phone_number" : "email";
      auto destination = FindAttribute(attributes, attribute);
      if (!destination) {
        // With the default medium and no phone number, the invitation goes by
        // email if there is an address (docs/fidelity.md).
        if (sms && request.desired_delivery_mediums.empty()) {
          if (auto email = FindAttribute(attributes, "email")) {
            invitations.push_back(Channel{DeliveryMediumType::kEmail, "email", *email});
          }
          continue;
        }
        return msg::Error(ErrorCode::kInvalidParameter,
                          sms ? msg::kNoPhoneForDesiredMedium : msg::kNoEmailForDesiredMedium);
      }
      invitations.push_back(Channel{medium, attribute, *destination});
    }
  }

  // Remember what a failed invitation must undo.
  const std::uint64_t generator = state.random.state();
  const std::uint64_t next_sequence = pool.next_user_sequence;
  const std::optional<UserRecord> before =
      resend ? std::optional<UserRecord>(*existing) : std::nullopt;

  const std::string temporary_password =
      request.temporary_password ? *request.temporary_password
                                 : internal::GenerateTemporaryPassword(pool.policy, state.random);
  UserRecord* user = existing;
  if (!resend) {
    user = &InsertUser(pool, username, std::move(attributes), UserStatusType::kForceChangePassword,
                       request.force_alias_creation.value_or(false));
  }
  SetPassword(pool, *user, temporary_password, /*permanent=*/false);
  for (const Channel& channel : invitations) {
    auto delivered =
        Deliver(pool, *user, channel, MessageOccasion::kAdminCreateUser, temporary_password,
                std::nullopt, request.client_metadata, /*details_returned=*/false);
    if (!delivered.ok()) {
      if (before) {
        pool.UnindexUser(*user);  // as every change of a user's attributes does
        *user = *before;
        pool.IndexUser(*user);
      } else {
        pool.RemoveUser(*user);
        pool.next_user_sequence = next_sequence;
      }
      state.random.set_state(generator);
      return delivered.status();
    }
  }
  AdminCreateUserResponse response;
  response.user = ToUserType(*user);
  return response;
}

StatusOr<AdminGetUserResponse> FakeIdentityProvider::Impl::AdminGetUser(
    const AdminGetUserRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  const UserRecord* user = target->user;
  AdminGetUserResponse response;
  response.username = user->username;
  response.user_attributes = user->attributes;
  response.user_create_date = user->created;
  response.user_last_modified_date = user->last_modified;
  response.enabled = user->enabled;
  response.user_status = user->status;
  DescribeUserMfa(*user, response);
  return response;
}

StatusOr<ListUsersResponse> FakeIdentityProvider::Impl::ListUsers(const ListUsersRequest& request) {
  auto found_pool = state.pools.FindPool(request.user_pool_id);
  if (!found_pool.ok()) return found_pool.status();
  const PoolRecord& pool = **found_pool;
  auto filter = internal::ParseUserFilter(request.filter.value_or(""));
  if (!filter.ok()) return filter.status();
  for (const std::string& name : request.attributes_to_get) {
    if (!internal::IsKnownAttribute(pool.description, name)) {
      return InvalidParameter(msg::AttributeUnknown(name));
    }
  }
  std::uint64_t start_after = 0;
  if (request.pagination_token) {
    auto decoded = internal::Base64UrlDecode(*request.pagination_token);
    if (!decoded || decoded->rfind(kPaginationPrefix, 0) != 0) {
      return msg::Error(ErrorCode::kInvalidParameter, msg::kInvalidPaginationToken);
    }
    char* end = nullptr;
    const std::string digits = decoded->substr(kPaginationPrefix.size());
    start_after = std::strtoull(digits.c_str(), &end, 10);
    if (digits.empty() || end == nullptr || *end != '\0') {
      return msg::Error(ErrorCode::kInvalidParameter, msg::kInvalidPaginationToken);
    }
  }
  const std::size_t limit =
      request.limit && *request.limit > 0 ? static_cast<std::size_t>(*request.limit) : 60;

  auto value_of = [](const UserRecord& user,
                     const std::string& attribute) -> std::optional<std::string> {
    if (attribute == "username") return user.username;
    if (attribute == "cognito:user_status") return StatusName(user.status);
    if (attribute == "status") return std::string(user.enabled ? "Enabled" : "Disabled");
    if (attribute == "sub") return user.sub();
    return user.Attribute(attribute);
  };
  std::vector<const UserRecord*> matching;
  for (const auto& [key, user] : pool.users) {
    if (user.sequence <= start_after) continue;
    if (*filter) {
      auto value = value_of(user, (*filter)->attribute);
      if (!value || !internal::FilterMatches(**filter, *value)) continue;
    }
    matching.push_back(&user);
  }
  std::sort(matching.begin(), matching.end(),
            [](const UserRecord* a, const UserRecord* b) { return a->sequence < b->sequence; });
  ListUsersResponse response;
  for (std::size_t i = 0; i < matching.size() && i < limit; ++i) {
    response.users.push_back(ToUserType(*matching[i], request.attributes_to_get));
  }
  if (matching.size() > limit) {
    response.pagination_token = internal::Base64UrlEncode(
        std::string(kPaginationPrefix) + std::to_string(matching[limit - 1]->sequence));
  }
  return response;
}

StatusOr<AdminDeleteUserResponse> FakeIdentityProvider::Impl::AdminDeleteUser(
    const AdminDeleteUserRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  PoolRecord& pool = *target->pool;
  UserRecord* user = target->user;
  pool.RemoveUser(*user);
  return AdminDeleteUserResponse{};
}

StatusOr<AdminDisableUserResponse> FakeIdentityProvider::Impl::AdminDisableUser(
    const AdminDisableUserRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  UserRecord* user = target->user;
  user->enabled = false;
  ++user->token_generation;  // AdminDisableUser revokes the user's tokens
  user->last_modified = Now();
  return AdminDisableUserResponse{};
}

StatusOr<AdminEnableUserResponse> FakeIdentityProvider::Impl::AdminEnableUser(
    const AdminEnableUserRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  UserRecord* user = target->user;
  user->enabled = true;
  user->last_modified = Now();
  return AdminEnableUserResponse{};
}

}  // namespace cognito_fake
