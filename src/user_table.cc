#include "internal/user_table.h"

#include "internal/ascii.h"
#include "internal/short_text.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <functional>
#include <memory>
#include <new>

namespace cognito_fake {
namespace internal {

// ---------------------------------------------------------------- IdIndex

void IdIndex::Clear() {
  slots_.clear();
  mask_ = 0;
  size_ = 0;
}

void IdIndex::Reserve(std::size_t count) {
  std::size_t capacity = std::max<std::size_t>(slots_.size(), 16);
  while (!Fits(count, capacity)) capacity *= 2;
  if (capacity != slots_.size()) Rehash(capacity);
}

void IdIndex::Add(std::uint32_t hash, std::uint32_t id) {
  GrowForOneMore();
  std::size_t i = hash & mask_;
  while (slots_[i].id != kNoId) i = (i + 1) & mask_;
  slots_[i] = Slot{hash, id};
  ++size_;
}

bool IdIndex::Erase(std::uint32_t hash, std::uint32_t id) {
  if (size_ == 0) return false;
  std::size_t hole = hash & mask_;
  while (!(slots_[hole].id == id && slots_[hole].hash == hash)) {
    if (slots_[hole].id == kNoId) return false;
    hole = (hole + 1) & mask_;
  }
  // Backward-shift deletion: move up each later slot of the run that may
  // sit in the hole (its home is not cyclically inside (hole, next]).
  for (std::size_t next = (hole + 1) & mask_; slots_[next].id != kNoId; next = (next + 1) & mask_) {
    const std::size_t home = slots_[next].hash & mask_;
    const bool stays = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next);
    if (stays) continue;
    slots_[hole] = slots_[next];
    hole = next;
  }
  slots_[hole] = Slot{};
  --size_;
  return true;
}

void IdIndex::Rehash(std::size_t capacity) {
  std::vector<Slot, HugePageAllocator<Slot>> old(capacity);
  old.swap(slots_);
  mask_ = capacity - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNoId) continue;
    std::size_t i = slot.hash & mask_;
    while (slots_[i].id != kNoId) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

// -------------------------------------------------------------- UserTable

// Delegating first makes this an object whose destructor runs if CopyFrom
// throws, so a half-made copy is taken apart.
UserTable::UserTable(const UserTable& other) : UserTable() { CopyFrom(other); }

UserTable& UserTable::operator=(const UserTable& other) {
  if (this != &other) {
    UserTable copy(other);
    *this = std::move(copy);
  }
  return *this;
}

UserTable::UserTable(UserTable&& other) noexcept { *this = std::move(other); }

UserTable& UserTable::operator=(UserTable&& other) noexcept {
  if (this != &other) {
    Destroy();
    blocks_ = std::move(other.blocks_);
    next_id_ = other.next_id_;
    free_ids_ = std::move(other.free_ids_);
    by_key_ = std::move(other.by_key_);
    for (int i = 0; i < 4; ++i) aliases_[i] = std::move(other.aliases_[i]);
    other.blocks_.clear();
    other.next_id_ = 0;
    other.free_ids_.clear();
    other.by_key_.Clear();
    for (IdIndex& index : other.aliases_) index.Clear();
  }
  return *this;
}

UserTable::~UserTable() { Destroy(); }

void UserTable::Destroy() {
  for (std::uint32_t id = 0; id < next_id_; ++id) EntryAt(id).~Entry();
  HugePageAllocator<Entry> allocator;
  for (std::size_t block = 0; block < blocks_.size(); ++block) {
    allocator.deallocate(blocks_[block], BlockSize(block));
  }
  blocks_.clear();
  next_id_ = 0;
}

void UserTable::CopyFrom(const UserTable& other) {
  HugePageAllocator<Entry> allocator;
  blocks_.reserve(other.blocks_.size());
  for (std::size_t block = 0; block < other.blocks_.size(); ++block) {
    blocks_.push_back(allocator.allocate(BlockSize(block)));
  }
  // next_id_ counts the constructed entries, so a throwing copy leaves a
  // table the destructor can take apart.
  for (std::uint32_t id = 0; id < other.next_id_; ++id) {
    new (&EntryAt(id)) Entry(other.EntryAt(id));
    next_id_ = id + 1;
  }
  free_ids_ = other.free_ids_;
  by_key_ = other.by_key_;
  for (int i = 0; i < 4; ++i) aliases_[i] = other.aliases_[i];
}

std::size_t UserTable::BlockOf(std::uint32_t id) {
  if (id < 16) return 0;
  const int bits = 32 - __builtin_clz(id);  // id in [2^(bits-1), 2^bits)
  return static_cast<std::size_t>(bits - 4);
}

std::uint32_t UserTable::NewId() {
  if (!free_ids_.empty()) {
    const std::uint32_t id = free_ids_.back();
    free_ids_.pop_back();
    return id;
  }
  const std::uint32_t id = next_id_;
  if (BlockOf(id) == blocks_.size()) {
    blocks_.reserve(blocks_.size() + 1);  // so that the push_back cannot throw and lose the block
    blocks_.push_back(HugePageAllocator<Entry>().allocate(BlockSize(blocks_.size())));
  }
  new (&EntryAt(id)) Entry();
  ++next_id_;
  return id;
}

std::uint32_t UserTable::Hash(std::string_view key) {
  const std::uint64_t hash = std::hash<std::string_view>()(key);
  return static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

void UserTable::Reserve(std::size_t count) {
  by_key_.Reserve(by_key_.size() + count);
  aliases_[static_cast<int>(Alias::kSub)].Reserve(aliases_[static_cast<int>(Alias::kSub)].size() + count);
}

const UserRecord* UserTable::Find(std::string_view key) const {
  const std::uint32_t id = by_key_.Find(Hash(key), [&](std::uint32_t candidate) { return TextEquals(EntryAt(candidate).key, key); });
  return id == IdIndex::kNoId ? nullptr : &EntryAt(id).record;
}

UserRecord* UserTable::Find(std::string_view key) {
  return const_cast<UserRecord*>(static_cast<const UserTable&>(*this).Find(key));
}

UserRecord& UserTable::Insert(std::string key, UserRecord record) {
  assert(Find(key) == nullptr);
  const std::uint32_t hash = Hash(key);
  by_key_.Reserve(by_key_.size() + 1);  // the last step that can throw is before the user exists
  const std::uint32_t id = NewId();
  Entry& entry = EntryAt(id);
  entry.key = std::move(key);
  entry.record = std::move(record);
  entry.live = true;
  by_key_.Add(hash, id);
  return entry.record;
}

UserRecord& UserTable::operator[](const std::string& key) {
  if (UserRecord* user = Find(key)) return *user;
  return Insert(key, UserRecord());
}

std::uint32_t UserTable::IdOf(const UserRecord& user) const {
  const std::less<const void*> before;
  const void* address = &user;
  // Later blocks are larger: most records are found in the first tries.
  for (std::size_t block = blocks_.size(); block-- > 0;) {
    const Entry* first = blocks_[block];
    if (before(address, first) || !before(address, first + BlockSize(block))) continue;
    const auto offset = static_cast<std::size_t>(reinterpret_cast<const char*>(address) -
                                                 reinterpret_cast<const char*>(first)) /
                        sizeof(Entry);
    return static_cast<std::uint32_t>(BlockStart(block) + offset);
  }
  std::abort();  // not a record of this table: a bug in the caller
}

void UserTable::Erase(const UserRecord& user) {
  const std::uint32_t id = IdOf(user);
  Entry& entry = EntryAt(id);
  by_key_.Erase(Hash(entry.key), id);
  entry.key = std::string();
  entry.record = UserRecord();
  entry.live = false;
  free_ids_.push_back(id);
}

bool UserTable::HoldsAlias(const UserRecord& user, Alias alias, std::string_view key, bool folded) {
  const std::string* value = nullptr;
  switch (alias) {
    case Alias::kSub: value = &user.sub(); break;
    case Alias::kEmail: value = user.AttributeValue("email"); break;
    case Alias::kPhoneNumber: value = user.AttributeValue("phone_number"); break;
    case Alias::kPreferredUsername: value = user.AttributeValue("preferred_username"); break;
  }
  if (value == nullptr || value->size() != key.size()) return false;
  if (!folded) return *value == key;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (AsciiLower((*value)[i]) != key[i]) return false;
  }
  return true;
}

UserRecord* UserTable::FindByAlias(Alias alias, std::string_view key, bool folded) {
  const std::uint32_t id = aliases_[static_cast<int>(alias)].Find(Hash(key), [&](std::uint32_t candidate) {
    const Entry& entry = EntryAt(candidate);
    return entry.live && HoldsAlias(entry.record, alias, key, folded);
  });
  return id == IdIndex::kNoId ? nullptr : &EntryAt(id).record;
}

void UserTable::IndexAlias(Alias alias, std::string_view key, bool folded, const UserRecord& user) {
  aliases_[static_cast<int>(alias)].Assign(Hash(key), IdOf(user), [&](std::uint32_t candidate) {
    const Entry& entry = EntryAt(candidate);
    return entry.live && HoldsAlias(entry.record, alias, key, folded);
  });
}

void UserTable::UnindexAlias(Alias alias, std::string_view key, const UserRecord& user) {
  aliases_[static_cast<int>(alias)].Erase(Hash(key), IdOf(user));
}

void UserTable::ClearAliases() {
  for (IdIndex& index : aliases_) index.Clear();
}

}  // namespace internal
}  // namespace cognito_fake
