// Attributes: AdminUpdateUserAttributes, AdminDeleteUserAttributes, and the
// rules every operation that writes attributes follows (the schema, aliases,
// `*_verified`).

#include <algorithm>

#include "internal/fake_impl.h"
#include "internal/messages.h"
#include "internal/schema.h"

namespace cognito_fake {

using internal::Channel;
using internal::PoolRecord;
using internal::UserRecord;
namespace msg = internal::msg;
using internal::InvalidParameter;
using internal::LooksLikeEmail;
using internal::LooksLikePhoneNumber;
using internal::Merge;
using internal::SetAttribute;
using internal::StatusName;

namespace internal {

Status InvalidParameter(std::string message) {
  return Status(ErrorCode::kInvalidParameter, std::move(message));
}

bool LooksLikeEmail(const std::string& text) {
  const auto at = text.find('@');
  return at != std::string::npos && at > 0 && at + 1 < text.size() &&
         text.find('@', at + 1) == std::string::npos;
}

bool LooksLikePhoneNumber(const std::string& text) {
  if (text.size() < 2 || text.size() > 16 || text[0] != '+' || text[1] == '0') return false;
  return std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void SetAttribute(AttributeListType& attributes, const std::string& name,
                  const std::string& value) {
  for (AttributeType& attribute : attributes) {
    if (attribute.name == name) {
      attribute.value = value;
      return;
    }
  }
  attributes.push_back(AttributeType{name, value});
}

AttributeListType Merge(const AttributeListType& current, const AttributeListType& changes) {
  AttributeListType merged = current;
  for (const AttributeType& change : changes) {
    if (change.name == "email" || change.name == "phone_number") {
      const auto old_value = FindAttribute(current, change.name);
      const bool verified_in_call = FindAttribute(changes, change.name + "_verified").has_value();
      if ((!old_value || *old_value != change.value) && !verified_in_call) {
        SetAttribute(merged, change.name + "_verified", "false");
      }
    }
    SetAttribute(merged, change.name, change.value);
  }
  return merged;
}

std::string StatusName(UserStatusType status) { return std::string(ToString(status)); }

}  // namespace internal

// ------------------------------------------------------------ attributes

Status FakeIdentityProvider::Impl::CheckWritableAttributes(const PoolRecord& pool,
                                                           const AttributeListType& attributes,
                                                           bool from_client) const {
  if (from_client) {
    // Developer-only attributes are read-only to every app client.
    for (const AttributeType& attribute : attributes) {
      if (internal::IsDeveloperOnlyAttribute(pool.description, attribute.name)) {
        return msg::Error(ErrorCode::kNotAuthorized, msg::kUnauthorizedAttribute);
      }
    }
  }
  // Every offending attribute is named, once, in the request's order
  // (AWS's own order is not known [I]); the schema before the formats [I].
  std::vector<std::string> problems;
  std::set<std::string_view> named;  // an attribute given twice is named once
  for (const AttributeType& attribute : attributes) {
    const SchemaAttributeType* schema =
        internal::FindSchemaAttribute(pool.description, attribute.name);
    std::optional<std::string> problem;
    if (schema == nullptr) {
      problem = msg::AttributeDoesNotExist(attribute.name);
    } else if (attribute.name == "sub") {
      problem = msg::AttributeIsImmutable(attribute.name);
    } else {
      problem = internal::ValueProblem(*schema, attribute.value);
    }
    if (problem && named.insert(attribute.name).second) problems.push_back(std::move(*problem));
  }
  if (!problems.empty()) return InvalidParameter(msg::AttributesDidNotConform(problems));
  for (const AttributeType& attribute : attributes) {
    const std::string_view name = attribute.name;  // compared with literals: no strlen, no call
    if (name == "email" && !LooksLikeEmail(attribute.value)) {
      return InvalidParameter(std::string(msg::kInvalidEmailFormat));
    }
    if (name == "phone_number" && !LooksLikePhoneNumber(attribute.value)) {
      return InvalidParameter(std::string(msg::kInvalidPhoneFormat));
    }
  }
  return Status();
}

Status FakeIdentityProvider::Impl::CheckRequiredAttributes(
    const PoolRecord& pool, const AttributeListType& attributes) const {
  // Every missing one, in the schema's order [I].
  std::vector<std::string> problems;
  for (const SchemaAttributeType& schema : pool.description.schema_attributes) {
    if (!schema.required.value_or(false) || std::string_view(*schema.name) == "sub") continue;
    const auto value = FindAttribute(attributes, *schema.name);
    if (!value || value->empty()) problems.push_back(msg::AttributeIsRequired(*schema.name));
  }
  if (!problems.empty()) return InvalidParameter(msg::AttributesDidNotConform(problems));
  return Status();
}

Status FakeIdentityProvider::Impl::CheckAliasConflicts(PoolRecord& pool, const UserRecord* self,
                                                       const AttributeListType& attributes,
                                                       bool force) {
  // The attributes as they would be, read in place (no copy of the user).
  for (std::string_view name : {std::string_view("email"), std::string_view("phone_number"),
                                std::string_view("preferred_username")}) {
    const std::string* value = internal::AttributeValueIn(attributes, name);
    if (value == nullptr) continue;
    if (!pool.IsActiveSignInName(attributes, name)) continue;
    const bool preferred = name == "preferred_username";
    const std::string attribute(name);
    UserRecord* owner = pool.FindAliasOwner(attribute, *value);
    if (owner == nullptr || (self != nullptr && owner->sub() == self->sub())) continue;
    const bool movable = !preferred && !pool.UsesUsernameAttributes();
    if (force && movable) continue;
    return Status(ErrorCode::kAliasExists, msg::AccountWithAttributeExists(attribute));
  }
  return Status();
}

std::vector<std::string> FakeIdentityProvider::Impl::ApplyAttributes(
    PoolRecord& pool, UserRecord& user, const AttributeListType& attributes, bool force_alias) {
  pool.UnindexUser(user);
  const AttributeListType before = user.attributes;
  user.attributes = Merge(user.attributes, attributes);
  std::vector<std::string> changed_contacts;
  for (const char* name : {"email", "phone_number"}) {
    if (FindAttribute(before, name) != user.Attribute(name)) changed_contacts.push_back(name);
  }
  if (force_alias) {
    // ForceAliasCreation: the alias moves here; its old owner keeps the
    // value but it is no longer verified, so no longer an alias.
    for (const char* name : {"email", "phone_number"}) {
      auto value = user.Attribute(name);
      if (!value) continue;
      UserRecord* owner = pool.FindAliasOwner(name, *value);
      if (owner != nullptr && owner->sub() != user.sub()) {
        pool.UnindexUser(*owner);
        SetAttribute(owner->attributes, std::string(name) + "_verified", "false");
        owner->last_modified = Now();
        pool.IndexUser(*owner);
      }
    }
  }
  pool.IndexUser(user);
  user.last_modified = Now();
  return changed_contacts;
}

UserType FakeIdentityProvider::Impl::ToUserType(
    const UserRecord& user, const std::vector<std::string>& attributes_to_get) const {
  UserType out;
  out.username = user.username;
  if (attributes_to_get.empty()) {
    out.attributes = user.attributes;
  } else {
    for (const AttributeType& attribute : user.attributes) {
      if (std::find(attributes_to_get.begin(), attributes_to_get.end(), attribute.name) !=
          attributes_to_get.end()) {
        out.attributes.push_back(attribute);
      }
    }
  }
  out.user_create_date = user.created;
  out.user_last_modified_date = user.last_modified;
  out.enabled = user.enabled;
  out.user_status = user.status;
  if (user.mfa().sms) out.mfa_options.push_back({DeliveryMediumType::kSms, "phone_number"});
  return out;
}

UserRecord& FakeIdentityProvider::Impl::InsertUser(PoolRecord& pool,
                                                   const std::optional<std::string>& username,
                                                   AttributeListType attributes,
                                                   UserStatusType status, bool force_alias) {
  UserRecord record;
  record.sequence = pool.next_user_sequence++;
  std::string sub = NewSub();
  record.username = username.value_or(sub);
  // "sub" goes first, in the given vector: no new one when it has room.
  record.attributes = std::move(attributes);
  record.attributes.insert(record.attributes.begin(), AttributeType{"sub", std::move(sub)});
  record.status = status;
  record.created = Now();
  record.last_modified = record.created;
  std::string key = pool.UsernameKey(record.username);  // before the record is moved from
  UserRecord& user = pool.users.Insert(std::move(key), std::move(record));
  if (force_alias) {
    ApplyAttributes(pool, user, {}, /*force_alias=*/true);
  } else {
    pool.IndexUser(user);
  }
  return user;
}

Status FakeIdentityProvider::Impl::UpdateAttributes(
    PoolRecord& pool, UserRecord& user, const AttributeListType& attributes,
    const std::optional<std::string>& client_id, const ClientMetadataType& client_metadata,
    std::vector<CodeDeliveryDetailsType>* deliveries) {
  UserRecord* const target = &user;
  // Only a client's call names its client.
  if (Status status = CheckWritableAttributes(pool, attributes, client_id.has_value());
      !status.ok()) {
    return status;
  }
  for (const AttributeType& attribute : attributes) {
    const SchemaAttributeType* schema =
        internal::FindSchemaAttribute(pool.description, attribute.name);
    if (!schema->mutable_.value_or(true) && user.Attribute(attribute.name)) {
      return InvalidParameter(msg::AttributeNotMutable(attribute.name));
    }
  }
  if (pool.UsesUsernameAttributes()) {
    // In email/phone-as-username pools the sign-in name cannot be taken twice.
    for (const char* name : {"email", "phone_number"}) {
      auto value = FindAttribute(attributes, name);
      if (!value) continue;
      UserRecord* owner = pool.FindAliasOwner(name, *value);
      if (owner != nullptr && owner->sub() != user.sub()) {
        return Status(ErrorCode::kAliasExists, msg::AccountWithAttributeExists(name));
      }
    }
  }
  const AttributeListType merged = Merge(user.attributes, attributes);
  if (Status status = CheckAliasConflicts(pool, target, merged, false); !status.ok()) {
    return status;
  }

  // In a pool with AttributesRequireVerificationBeforeUpdate, a verified
  // email / phone number stays until the new one is verified: the new value
  // waits with the code sent to it.
  AttributeListType applied = attributes;
  std::vector<std::pair<std::string, std::string>> pending;  // name, new value
  if (const auto& settings = pool.description.user_attribute_update_settings) {
    for (VerifiedAttributeType kept : settings->attributes_require_verification_before_update) {
      const std::string name = kept == VerifiedAttributeType::kEmail ? "email" : "phone_number";
      const std::optional<std::string> value = FindAttribute(attributes, name);
      const std::optional<std::string> flag = FindAttribute(attributes, name + "_verified");
      if (!value || !user.IsVerified(name) || user.Attribute(name) == value ||
          (flag && internal::IsVerifiedValue(*flag))) {
        continue;
      }
      internal::EraseAttribute(applied, name);
      pending.emplace_back(name, *value);
    }
  }

  const UserRecord before = user;  // restored if a verification message cannot be sent
  const std::uint64_t generator = state.random.state();
  std::vector<std::string> changed = ApplyAttributes(pool, user, applied, false);
  std::vector<CodeDeliveryDetailsType> sent;
  auto send = [&](const std::string& name, const std::string& value,
                  const std::optional<std::string>& pending_value) -> Status {
    Channel channel{name == "email" ? DeliveryMediumType::kEmail : DeliveryMediumType::kSms, name,
                    value};
    auto delivery = IssueAndDeliver(pool, user, channel, options.limits.signup_code_validity,
                                    MessageOccasion::kUpdateUserAttribute, client_id,
                                    client_metadata, /*details_returned=*/deliveries != nullptr);
    if (!delivery.ok()) return delivery.status();
    delivery->code.pending_value = pending_value;
    MutableActivity(pool, user).attribute_code = std::move(delivery->code);
    sent.push_back(std::move(delivery->details));
    return Status();
  };
  Status failure;
  for (const std::string& name : changed) {
    const auto verified_type =
        name == "email" ? VerifiedAttributeType::kEmail : VerifiedAttributeType::kPhoneNumber;
    auto value = user.Attribute(name);
    if (!value || user.IsVerified(name) || !pool.AutoVerifies(verified_type)) continue;
    if (failure = send(name, *value, std::nullopt); !failure.ok()) break;
  }
  for (const auto& [name, value] : pending) {
    if (!failure.ok()) break;
    failure = send(name, value, value);
  }
  if (!failure.ok()) {
    pool.UnindexUser(user);
    user = before;
    pool.IndexUser(user);
    state.random.set_state(generator);
    return failure;
  }
  if (deliveries != nullptr) *deliveries = std::move(sent);
  return Status();
}

Status FakeIdentityProvider::Impl::DeleteAttributes(PoolRecord& pool, UserRecord& user,
                                                    const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    const SchemaAttributeType* schema = internal::FindSchemaAttribute(pool.description, name);
    if (schema == nullptr) return InvalidParameter(msg::AttributeUnknown(name));
    if (name == "sub") return InvalidParameter(msg::AttributeNotMutable(name));
    if (schema->required.value_or(false)) return InvalidParameter(msg::AttributeRequired(name));
    if (pool.UsesUsernameAttributes() &&
        ((name == "email" && pool.HasUsernameAttribute(UsernameAttributeType::kEmail)) ||
         (name == "phone_number" &&
          pool.HasUsernameAttribute(UsernameAttributeType::kPhoneNumber)))) {
      return InvalidParameter(msg::AttributeRequired(name));
    }
  }
  pool.UnindexUser(user);
  for (const std::string& name : names) {
    internal::EraseAttribute(user.attributes, name);
    if (name == "email" || name == "phone_number")
      internal::EraseAttribute(user.attributes, name + "_verified");
  }
  pool.IndexUser(user);
  user.last_modified = Now();
  return Status();
}

StatusOr<AdminUpdateUserAttributesResponse> FakeIdentityProvider::Impl::AdminUpdateUserAttributes(
    const AdminUpdateUserAttributesRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  return internal::ResponseOf<AdminUpdateUserAttributesResponse>(
      UpdateAttributes(*target->pool, *target->user, request.user_attributes, std::nullopt,
                       request.client_metadata, /*deliveries=*/nullptr));
}

StatusOr<AdminDeleteUserAttributesResponse> FakeIdentityProvider::Impl::AdminDeleteUserAttributes(
    const AdminDeleteUserAttributesRequest& request) {
  auto target = state.pools.FindPoolAndUser(request.user_pool_id, request.username);
  if (!target.ok()) return target.status();
  return internal::ResponseOf<AdminDeleteUserAttributesResponse>(
      DeleteAttributes(*target->pool, *target->user, request.user_attribute_names));
}

}  // namespace cognito_fake
