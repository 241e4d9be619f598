#include "internal/pool_record.h"

#include <algorithm>

#include "internal/ascii.h"

namespace cognito_fake {
namespace internal {

using Alias = UserTable::Alias;

bool PoolRecord::HasUsernameAttribute(UsernameAttributeType attribute) const {
  const auto& list = description.username_attributes;
  return std::find(list.begin(), list.end(), attribute) != list.end();
}

bool PoolRecord::HasAliasAttribute(AliasAttributeType attribute) const {
  const auto& list = description.alias_attributes;
  return std::find(list.begin(), list.end(), attribute) != list.end();
}

bool PoolRecord::AutoVerifies(VerifiedAttributeType attribute) const {
  const auto& list = description.auto_verified_attributes;
  return std::find(list.begin(), list.end(), attribute) != list.end();
}

std::string PoolRecord::UsernameKey(const std::string& username) const {
  return FoldedKey(username, !case_sensitive);
}

UserRecord* PoolRecord::FindUser(const std::string& name) {
  const std::string folded = FoldedKey(name, !case_sensitive);  // the users key and the alias key
  if (UserRecord* direct = users.Find(folded)) return direct;
  for (Alias alias : {Alias::kEmail, Alias::kPhoneNumber, Alias::kPreferredUsername}) {
    // Phone numbers are never case-folded; they have no letters anyway.
    if (UserRecord* user = users.FindByAlias(alias, alias == Alias::kPhoneNumber ? name : folded)) {
      return user;
    }
  }
  return users.FindByAlias(Alias::kSub, name);
}

bool PoolRecord::IsActiveSignInName(const AttributeListType& attributes,
                                    std::string_view attribute) const {
  if (attribute == "email") {
    if (HasUsernameAttribute(UsernameAttributeType::kEmail)) return true;
    return HasAliasAttribute(AliasAttributeType::kEmail) && IsVerifiedIn(attributes, "email");
  }
  if (attribute == "phone_number") {
    if (HasUsernameAttribute(UsernameAttributeType::kPhoneNumber)) return true;
    return HasAliasAttribute(AliasAttributeType::kPhoneNumber) &&
           IsVerifiedIn(attributes, "phone_number");
  }
  if (attribute == "preferred_username")
    return HasAliasAttribute(AliasAttributeType::kPreferredUsername);
  return false;
}

void PoolRecord::IndexUser(const UserRecord& user) {
  const std::string user_key = UsernameKey(user.username);
  users.IndexAlias(Alias::kSub, user.sub(), user_key);
  if (const std::string* email = user.AttributeValue("email");
      email && IsActiveSignInName(user.attributes, "email")) {
    users.IndexAlias(Alias::kEmail, FoldedKey(*email, !case_sensitive), user_key);
  }
  if (const std::string* phone = user.AttributeValue("phone_number");
      phone && IsActiveSignInName(user.attributes, "phone_number")) {
    users.IndexAlias(Alias::kPhoneNumber, *phone, user_key);
  }
  if (const std::string* preferred = user.AttributeValue("preferred_username");
      preferred && IsActiveSignInName(user.attributes, "preferred_username")) {
    users.IndexAlias(Alias::kPreferredUsername, FoldedKey(*preferred, !case_sensitive), user_key);
  }
}

void PoolRecord::UnindexUser(const UserRecord& user) {
  const std::string user_key = UsernameKey(user.username);
  users.UnindexAlias(Alias::kSub, user.sub(), user_key);
  if (const std::string* email = user.AttributeValue("email")) {
    users.UnindexAlias(Alias::kEmail, FoldedKey(*email, !case_sensitive), user_key);
  }
  if (const std::string* phone = user.AttributeValue("phone_number")) {
    users.UnindexAlias(Alias::kPhoneNumber, *phone, user_key);
  }
  if (const std::string* preferred = user.AttributeValue("preferred_username")) {
    users.UnindexAlias(Alias::kPreferredUsername, FoldedKey(*preferred, !case_sensitive), user_key);
  }
}

void PoolRecord::RemoveUser(const UserRecord& user) {
  UnindexUser(user);
  const std::string key = UsernameKey(user.username);
  for (auto& [name, group] : groups) group.members.erase(key);
  users.Erase(key);
}

bool GroupOrder(const GroupType* a, const GroupType* b) {
  // Precedence ascending, groups without one last, then name.
  if (a->precedence.has_value() != b->precedence.has_value()) return a->precedence.has_value();
  if (a->precedence && *a->precedence != *b->precedence) return *a->precedence < *b->precedence;
  return *a->group_name < *b->group_name;
}

std::vector<const GroupType*> PoolRecord::GroupsOf(const UserRecord& user) const {
  std::vector<const GroupType*> found;
  if (groups.empty()) return found;
  const std::string key = UsernameKey(user.username);
  for (const auto& [name, group] : groups) {
    if (group.members.count(key) != 0) found.push_back(&group.description);
  }
  std::sort(found.begin(), found.end(), GroupOrder);
  return found;
}

void PoolRecord::Reindex() {
  users.ClearAliases();
  for (const auto& [key, user] : users) IndexUser(user);
}

UserRecord* PoolRecord::FindAliasOwner(const std::string& attribute, const std::string& value) {
  if (attribute == "email")
    return users.FindByAlias(Alias::kEmail, FoldedKey(value, !case_sensitive));
  if (attribute == "phone_number") return users.FindByAlias(Alias::kPhoneNumber, value);
  if (attribute == "preferred_username") {
    return users.FindByAlias(Alias::kPreferredUsername, FoldedKey(value, !case_sensitive));
  }
  return nullptr;
}

}  // namespace internal
}  // namespace cognito_fake
