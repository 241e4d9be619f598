#ifndef COGNITO_FAKE_SRC_INTERNAL_USER_TABLE_H_
#define COGNITO_FAKE_SRC_INTERNAL_USER_TABLE_H_

// The users of one pool, laid out for pools of a million users.
//
// Records live in a few large blocks and are addressed by a 32-bit id that
// never changes while the user exists. Every index -- the users key, the
// sub and the three sign-in aliases -- is an open-addressing table
// (linear probing) of 8-byte slots holding a 32-bit hash and an id: no index
// allocates per user or stores a copy of its key. A lookup of an absent key
// reads one slot; of a present one, the slot and the record, where the
// key is confirmed (the users key is stored with the record; an alias is
// confirmed against the record's own attribute). libstdc++'s node maps read
// a bucket, the node before ours and ours, each a cache miss in a big pool.

#include "internal/huge_pages.h"
#include "internal/user_record.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cognito_fake {
namespace internal {

// An open-addressing index from a 32-bit key hash to ids. It keeps no
// keys: a caller's `is_key(id)` confirms a slot whose hash matches.
class IdIndex {
 public:
  static constexpr std::uint32_t kNoId = 0xFFFFFFFFu;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Slots, for memory accounting and tests.
  std::size_t capacity() const { return slots_.size(); }
  void Clear();
  // Room for `count` entries without growing; grows only by doubling.
  void Reserve(std::size_t count);

  // The id of the first slot, probing from `hash`, that `is_key` confirms;
  // kNoId when none does.
  template <typename IsKey>
  std::uint32_t Find(std::uint32_t hash, IsKey is_key) const {
    if (size_ == 0) return kNoId;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kNoId) return kNoId;
      if (slot.hash == hash && is_key(slot.id)) return slot.id;
    }
  }
  // Starts fetching the slot a lookup of `hash` reads first.
  void Prefetch(std::uint32_t hash) const {
    if (size_ != 0) __builtin_prefetch(&slots_[hash & mask_]);
  }
  // Points the key at `id`: the slot `is_key` confirms if there is one,
  // else a new slot.
  template <typename IsKey>
  void Assign(std::uint32_t hash, std::uint32_t id, IsKey is_key) {
    GrowForOneMore();
    std::size_t i = hash & mask_;
    for (; slots_[i].id != kNoId; i = (i + 1) & mask_) {
      if (slots_[i].hash == hash && is_key(slots_[i].id)) {
        slots_[i].id = id;
        return;
      }
    }
    slots_[i] = Slot{hash, id};  // the end of the run: the key was not there
    ++size_;
  }
  // A new slot for `id`, without looking for the key first.
  void Add(std::uint32_t hash, std::uint32_t id);
  // Removes the slot of `hash` that holds `id`; false when there is none.
  bool Erase(std::uint32_t hash, std::uint32_t id);

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id = kNoId;
  };
  // At most half the slots are used, so that a lookup of an absent key
  // reads 2.5 slots on average (linear probing; at 3/4 it would be 8.5).
  static bool Fits(std::size_t count, std::size_t capacity) { return count <= capacity / 2; }
  void GrowForOneMore() {
    if (!Fits(size_ + 1, slots_.size())) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
  }
  void Rehash(std::size_t capacity);

  // A power of two (or empty), at most half used; on huge pages from 2 MiB.
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

// The users of a pool by their users key (UsernameKey: the username, folded
// where the pool is case-insensitive), with lookups by sub and by sign-in
// alias. Copyable: a copy is a snapshot, ids and all. Callers unindex a
// user's aliases before changing the attributes they come from, and before
// erasing it; an alias slot is confirmed against the record, so it must
// still hold the key it was indexed under.
class UserTable {
 public:
  // The lookups besides the users key. Sub and phone keys are never folded;
  // email and preferred_username keys are folded in case-insensitive pools.
  enum class Alias { kSub, kEmail, kPhoneNumber, kPreferredUsername };

  UserTable() = default;
  UserTable(const UserTable& other);
  UserTable& operator=(const UserTable& other);
  UserTable(UserTable&& other) noexcept;
  UserTable& operator=(UserTable&& other) noexcept;
  ~UserTable();

  std::size_t size() const { return by_key_.size(); }
  bool empty() const { return size() == 0; }
  // Room for `count` more users in the users key and sub indexes.
  void Reserve(std::size_t count);

  UserRecord* Find(std::string_view key);
  const UserRecord* Find(std::string_view key) const;
  // Starts fetching the index slot Find(key) reads first; changes nothing.
  void Prefetch(std::string_view key) const { by_key_.Prefetch(Hash(key)); }
  // Adds a user under `key`, which no user has. The returned reference stays
  // valid until the user is erased or the table is assigned to.
  UserRecord& Insert(std::string key, UserRecord record);
  // The user under `key`, added as a default record if there is none (the
  // state reader fills records in place).
  UserRecord& operator[](const std::string& key);
  // Removes `user` (a record of this table) from the users key index and
  // frees its id. Its aliases must be unindexed first.
  void Erase(const UserRecord& user);
  const std::string& KeyOf(const UserRecord& user) const { return EntryAt(IdOf(user)).key; }

  // The user that `key` (already folded where `folded`) is the alias of.
  UserRecord* FindByAlias(Alias alias, std::string_view key, bool folded);
  // Makes `key` an alias of `user`, replacing another user's.
  void IndexAlias(Alias alias, std::string_view key, bool folded, const UserRecord& user);
  // Removes `key` as an alias if it is `user`'s.
  void UnindexAlias(Alias alias, std::string_view key, const UserRecord& user);
  bool HasAliases(Alias alias) const { return !aliases_[static_cast<int>(alias)].empty(); }
  void ClearAliases();

  // Iteration in id order over (key, record) pairs.
  class const_iterator {
   public:
    std::pair<const std::string&, const UserRecord&> operator*() const {
      const Entry& entry = table_->EntryAt(id_);
      return {entry.key, entry.record};
    }
    const_iterator& operator++() {
      ++id_;
      Skip();
      return *this;
    }
    bool operator!=(const const_iterator& other) const { return id_ != other.id_; }
    bool operator==(const const_iterator& other) const { return id_ == other.id_; }

   private:
    friend class UserTable;
    const_iterator(const UserTable* table, std::uint32_t id) : table_(table), id_(id) { Skip(); }
    void Skip() {
      while (id_ < table_->next_id_ && !table_->EntryAt(id_).live) ++id_;
    }
    const UserTable* table_;
    std::uint32_t id_;
  };
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, next_id_); }

  // For the state codec, which treats the table as a map.
  using key_type = std::string;
  using mapped_type = UserRecord;

 private:
  struct Entry {
    std::string key;
    UserRecord record;
    bool live = false;  // false for a free id (a key may be "" in an imported state)
  };
  // Ids [16·2^(c-1), 16·2^c) live in block c >= 1; block 0 holds ids 0-15.
  static std::size_t BlockOf(std::uint32_t id);
  static std::size_t BlockStart(std::size_t block) { return block == 0 ? 0 : std::size_t{8} << block; }
  static std::size_t BlockSize(std::size_t block) { return block == 0 ? 16 : std::size_t{8} << block; }
  Entry& EntryAt(std::uint32_t id) { return blocks_[BlockOf(id)][id - BlockStart(BlockOf(id))]; }
  const Entry& EntryAt(std::uint32_t id) const {
    return blocks_[BlockOf(id)][id - BlockStart(BlockOf(id))];
  }
  std::uint32_t NewId();
  // The id of a record of this table, found from its address (a record
  // carries no id: whatever is assigned to it, it stays where it is).
  std::uint32_t IdOf(const UserRecord& user) const;
  void Destroy();
  void CopyFrom(const UserTable& other);
  static std::uint32_t Hash(std::string_view key);
  static bool HoldsAlias(const UserRecord& user, Alias alias, std::string_view key, bool folded);

  // Raw blocks, on huge pages from 2 MiB (HugePageAllocator); entries
  // [0, next_id_) are constructed (free ones are empty and not live).
  std::vector<Entry*> blocks_;
  std::uint32_t next_id_ = 0;
  std::vector<std::uint32_t> free_ids_;  // erased ids, reused last-in first-out
  IdIndex by_key_;
  IdIndex aliases_[4];
};

}  // namespace internal
}  // namespace cognito_fake

#endif  // COGNITO_FAKE_SRC_INTERNAL_USER_TABLE_H_
