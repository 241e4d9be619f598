#ifndef COGNITO_FAKE_SRC_INTERNAL_USER_TABLE_H_
#define COGNITO_FAKE_SRC_INTERNAL_USER_TABLE_H_

// The users of one pool: records by users key, and the lookups by sub and
// by sign-in alias.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "internal/user_record.h"

namespace cognito_fake {
namespace internal {

// Copyable: a copy is a snapshot. Callers unindex a user's aliases before
// changing the attributes they come from, and before erasing the user.
class UserTable {
 public:
  // The lookups besides the users key. Callers fold the keys of email and
  // preferred_username in case-insensitive pools; sub and phone keys are
  // never folded.
  enum class Alias { kSub, kEmail, kPhoneNumber, kPreferredUsername };
  using Map = std::unordered_map<std::string, UserRecord>;

  std::size_t size() const { return by_key_.size(); }
  bool empty() const { return by_key_.empty(); }
  // Room for `count` more users, in the users key and sub indexes.
  void Reserve(std::size_t count) {
    by_key_.reserve(by_key_.size() + count);
    auto& subs = aliases_[static_cast<int>(Alias::kSub)];
    subs.reserve(subs.size() + count);
  }

  UserRecord* Find(std::string_view key) {
    auto it = by_key_.find(std::string(key));
    return it == by_key_.end() ? nullptr : &it->second;
  }
  const UserRecord* Find(std::string_view key) const {
    auto it = by_key_.find(std::string(key));
    return it == by_key_.end() ? nullptr : &it->second;
  }
  // Adds a user under `key`, which no user has. The reference stays valid
  // until the user is erased or the table is assigned to.
  UserRecord& Insert(std::string key, UserRecord record) {
    return (*this)[key] = std::move(record);
  }
  // The user under `key`, added as a default record if there is none (the
  // state reader fills records in place).
  UserRecord& operator[](const std::string& key) { return by_key_[key]; }
  // Removes the user under `key`. Its aliases must be unindexed first.
  void Erase(const std::string& key) { by_key_.erase(key); }

  // The user that `key` is the `alias` of, or nullptr.
  UserRecord* FindByAlias(Alias alias, std::string_view key) {
    const auto& index = aliases_[static_cast<int>(alias)];
    auto it = index.find(std::string(key));
    return it == index.end() ? nullptr : Find(it->second);
  }
  // Makes `key` the `alias` of the user under `user_key`, replacing
  // another user's.
  void IndexAlias(Alias alias, std::string_view key, const std::string& user_key) {
    aliases_[static_cast<int>(alias)][std::string(key)] = user_key;
  }
  // Removes `key` as an alias if it is the user under `user_key`'s.
  void UnindexAlias(Alias alias, std::string_view key, const std::string& user_key) {
    auto& index = aliases_[static_cast<int>(alias)];
    auto it = index.find(std::string(key));
    if (it != index.end() && it->second == user_key) index.erase(it);
  }
  bool HasAliases(Alias alias) const { return !aliases_[static_cast<int>(alias)].empty(); }
  void ClearAliases() {
    for (auto& index : aliases_) index.clear();
  }

  // Iteration over (key, record) pairs, in no particular order.
  Map::const_iterator begin() const { return by_key_.begin(); }
  Map::const_iterator end() const { return by_key_.end(); }

  // For the state codec, which treats the table as a map.
  using key_type = std::string;
  using mapped_type = UserRecord;

 private:
  Map by_key_;
  // Each alias key to the users key of its user.
  std::array<std::unordered_map<std::string, std::string>, 4> aliases_;
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_USER_TABLE_H_
