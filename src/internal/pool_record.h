#ifndef COGNITO_FAKE_SRC_INTERNAL_POOL_RECORD_H_
#define COGNITO_FAKE_SRC_INTERNAL_POOL_RECORD_H_

// What the fake keeps for one user pool: its settings, its app clients,
// and its users with the names Cognito signs them in by (the users key,
// the sub, and the email / phone number / preferred_username aliases that
// are active in the pool).

#include <cognito_fake/types.h>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "internal/password_policy.h"
#include "internal/signing_keys.h"
#include "internal/user_record.h"
#include "internal/user_table.h"

namespace cognito_fake {
namespace internal {

struct ClientRecord {
  UserPoolClientType description;  // defaults filled in
};

// A group and its members.
struct GroupRecord {
  GroupType description;
  std::set<std::string> members;  // users keys
};

// ListGroups' order of two groups: precedence ascending (groups without one
// last), then name.
bool GroupOrder(const GroupType* a, const GroupType* b);

// One sign-in's session: its refresh token and every ID and access token
// issued from it (at the sign-in and by refreshes), named by the sign-in's
// `event_id`. Tokens carry the name; revoking the session refuses them all.
struct SignIn {
  std::string client_id;
  std::string user_key;  // the pool's users key of the user
  std::string sub;       // the user's sub: a user made again under the name is another
  std::string origin_jti;
  Timestamp auth_time;
  Timestamp refresh_expires_at;
  // The user's token generation at the sign-in: sign-outs and
  // AdminDisableUser bump the user's, which ends every session of before.
  std::uint64_t user_generation = 0;
  bool revoked = false;  // by RevokeToken
};

// Copyable: a copy is a snapshot. A user is stored under
// UsernameKey(username). A caller unindexes a user before it
// changes the attributes the user's aliases come from, and indexes it
// again after.
// The pool's MFA factors, as SetUserPoolMfaConfig sets them; the mode is
// `description.mfa_configuration` (mfa-behavior.md §2).
struct PoolMfa {
  std::optional<SmsMfaConfigType> sms;      // the SMS factor, when enabled
  bool software_token = false;              // the authenticator-app (TOTP) factor
  std::optional<EmailMfaConfigType> email;  // the email factor, when enabled
};

struct PoolRecord {
  UserPoolType description;  // defaults filled in; EstimatedNumberOfUsers computed on read
  EffectivePasswordPolicy policy;
  bool case_sensitive = true;
  std::map<std::string, ClientRecord> clients;
  // By UsernameKey(username), with the sub and sign-in alias indexes.
  UserTable users;
  std::uint64_t next_user_sequence = 1;
  // The keys the pool signs its tokens with.
  PoolKeys keys;
  // Sessions by event_id.
  std::map<std::string, SignIn> sign_ins;
  // Groups by name folded to lower case: names are unique regardless of case.
  std::map<std::string, GroupRecord> groups;
  PoolMfa mfa;

  bool UsesUsernameAttributes() const { return !description.username_attributes.empty(); }
  bool HasUsernameAttribute(UsernameAttributeType attribute) const;
  bool HasAliasAttribute(AliasAttributeType attribute) const;
  bool AutoVerifies(VerifiedAttributeType attribute) const;

  // The users key of a canonical username: folded in a case-insensitive
  // pool, as aliases are.
  std::string UsernameKey(const std::string& username) const;
  // The user a sign-in name names: by username, then by active alias
  // (email, phone number, preferred_username), then by sub; nullptr when
  // none.
  UserRecord* FindUser(const std::string& name);
  // Whether `attribute` (email / phone_number / preferred_username) among
  // `attributes` is a sign-in name here: always for username attributes
  // and preferred_username aliases, only once verified for email /
  // phone_number aliases.
  bool IsActiveSignInName(const AttributeListType& attributes, std::string_view attribute) const;
  // Makes `user`'s sub and active aliases find it (taking an alias from
  // another user that had it), or no longer.
  void IndexUser(const UserRecord& user);
  void UnindexUser(const UserRecord& user);
  // Unindexes and erases `user`, a user of this pool, and its memberships.
  void RemoveUser(const UserRecord& user);
  // Indexes every user again from scratch (after a state import).
  void Reindex();
  // The user owning `attribute` (email / phone_number / preferred_username)
  // with `value` as an active alias or username attribute, if any.
  UserRecord* FindAliasOwner(const std::string& attribute, const std::string& value);
  // The groups `user` belongs to, in ListGroups' order: precedence
  // ascending (groups without one last), then name.
  std::vector<const GroupType*> GroupsOf(const UserRecord& user) const;
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_POOL_RECORD_H_
