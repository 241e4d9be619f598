// UserTable: the pool's users in blocks, with open-addressing indexes by
// users key, sub and sign-in alias; the huge-page memory under both.

#include "internal/user_table.h"

#include "internal/ascii.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace cognito_fake {
namespace internal {
namespace {

using Alias = UserTable::Alias;

// "<prefix><n>", built by appending (g++ 12 warns, wrongly, on "literal" + std::string).
std::string Name(const char* prefix, long n) {
  std::string name(prefix);
  name += std::to_string(n);
  return name;
}

UserRecord Record(const std::string& username, const std::string& sub, const std::string& email = "") {
  UserRecord record;
  record.username = username;
  record.attributes.push_back(AttributeType{"sub", sub});
  if (!email.empty()) record.attributes.push_back(AttributeType{"email", email});
  return record;
}

TEST(UserTable, FindsEachUserByItsKeyAndNoOther) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a"));
  UserRecord& bob = table.Insert("bob", Record("Bob", "sub-b"));
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.Find("alice"), &alice);
  EXPECT_EQ(table.Find("bob"), &bob);
  EXPECT_EQ(table.Find("Bob"), nullptr) << "keys are compared exactly; folding is the caller's";
  EXPECT_EQ(table.Find("carol"), nullptr);
  EXPECT_EQ(table.Find(""), nullptr);
  EXPECT_EQ(table.KeyOf(bob), "bob");
}

// A model check: many inserts and erases in a random order, with the
// table compared against a std::map after each step. Small tables collide
// and wrap around constantly, which exercises backward-shift deletion in
// both the key index and the sub index (each user's sub is indexed too).
TEST(UserTable, AgreesWithAMapThroughRandomInsertsAndErases) {
  UserTable table;
  std::map<std::string, std::string> model;  // key -> sub
  std::mt19937 random(7);
  for (int step = 0; step < 20000; ++step) {
    const std::string key = Name("u", random() % 300);
    if (UserRecord* user = table.Find(key)) {
      ASSERT_EQ(model.count(key), 1u) << key;
      ASSERT_EQ(user->sub(), model[key]);
      table.UnindexAlias(Alias::kSub, user->sub(), *user);
      table.Erase(*user);
      model.erase(key);
    } else {
      ASSERT_EQ(model.count(key), 0u) << key;
      const std::string sub = Name("s", step);
      UserRecord& added = table.Insert(key, Record(key, sub));
      table.IndexAlias(Alias::kSub, sub, false, added);
      model[key] = sub;
    }
    ASSERT_EQ(table.size(), model.size());
  }
  for (const auto& [key, sub] : model) {
    const UserRecord* user = table.Find(key);
    ASSERT_NE(user, nullptr) << key;
    EXPECT_EQ(user->sub(), sub);
    EXPECT_EQ(table.FindByAlias(Alias::kSub, sub, false), user) << sub;
  }
  std::set<std::string> live_subs;
  for (const auto& [key, sub] : model) live_subs.insert(sub);
  int wrong_answers = 0;
  for (int step = 0; step < 20000; ++step) {
    const std::string sub = Name("s", step);
    const bool found = table.FindByAlias(Alias::kSub, sub, false) != nullptr;
    wrong_answers += found != (live_subs.count(sub) == 1);
  }
  EXPECT_EQ(wrong_answers, 0) << "a sub finds its user while the user lives, and no one after";
  std::map<std::string, std::string> iterated;
  for (const auto& [key, user] : table) iterated[key] = user.sub();
  EXPECT_EQ(iterated, model) << "iteration visits each live user once";
}

TEST(UserTable, RecordsStayWhereTheyAreWhileTheTableGrows) {
  UserTable table;
  UserRecord& first = table.Insert("first", Record("first", "sub-0"));
  for (int i = 1; i < 5000; ++i) table.Insert(Name("user", i), Record("u", Name("sub-", i)));
  EXPECT_EQ(table.Find("first"), &first);
  EXPECT_EQ(first.sub(), "sub-0");
  EXPECT_EQ(table.Find("user4999")->sub(), "sub-4999");
}

TEST(UserTable, AnErasedUsersPlaceIsReusedAndItsKeyIsGone) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a"));
  const UserRecord* where = &alice;
  table.Erase(alice);
  EXPECT_EQ(table.Find("alice"), nullptr);
  EXPECT_TRUE(table.empty());
  UserRecord& bob = table.Insert("bob", Record("bob", "sub-b"));
  EXPECT_EQ(&bob, where) << "the freed place is taken first";
  EXPECT_EQ(bob.sub(), "sub-b");
  int visited = 0;
  for (const auto& [key, user] : table) {
    EXPECT_EQ(key, "bob");
    ++visited;
  }
  EXPECT_EQ(visited, 1);
}

TEST(UserTable, AliasesAreConfirmedAgainstTheRecordsOwnAttribute) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a", "Alice@Example.com"));
  table.IndexAlias(Alias::kSub, "sub-a", /*folded=*/false, alice);
  table.IndexAlias(Alias::kEmail, "alice@example.com", /*folded=*/true, alice);
  EXPECT_EQ(table.FindByAlias(Alias::kSub, "sub-a", false), &alice);
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "alice@example.com", true), &alice);
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "alice@example.com", false), nullptr)
      << "unfolded, the record's 'Alice@Example.com' is not the key";
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "bob@example.com", true), nullptr);
  EXPECT_EQ(table.FindByAlias(Alias::kPhoneNumber, "+15555550100", false), nullptr);
  EXPECT_TRUE(table.HasAliases(Alias::kEmail));
  EXPECT_FALSE(table.HasAliases(Alias::kPreferredUsername));
}

TEST(UserTable, IndexingAnAliasTakesItFromItsOwnerAndOnlyTheOwnerCanUnindexIt) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a", "shared@example.com"));
  UserRecord& bob = table.Insert("bob", Record("bob", "sub-b", "shared@example.com"));
  table.IndexAlias(Alias::kEmail, "shared@example.com", false, alice);
  table.IndexAlias(Alias::kEmail, "shared@example.com", false, bob);
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "shared@example.com", false), &bob);
  table.UnindexAlias(Alias::kEmail, "shared@example.com", alice);  // not alice's any more: no-op
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "shared@example.com", false), &bob);
  table.UnindexAlias(Alias::kEmail, "shared@example.com", bob);
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "shared@example.com", false), nullptr);
  EXPECT_FALSE(table.HasAliases(Alias::kEmail));
}

TEST(UserTable, ACopyIsASnapshotThatLaterChangesDoNotReach) {
  UserTable table;
  for (int i = 0; i < 100; ++i) {
    const std::string key = Name("user", i);
    UserRecord& user = table.Insert(key, Record(key, Name("sub-", i)));
    table.IndexAlias(Alias::kSub, user.sub(), false, user);
  }
  UserTable snapshot = table;
  UserRecord* user7 = table.Find("user7");
  table.UnindexAlias(Alias::kSub, "sub-7", *user7);
  table.Erase(*user7);
  table.Find("user8")->status = UserStatusType::kResetRequired;

  ASSERT_NE(snapshot.Find("user7"), nullptr);
  EXPECT_EQ(snapshot.FindByAlias(Alias::kSub, "sub-7", false), snapshot.Find("user7"))
      << "the copy's indexes lead to the copy's records";
  EXPECT_NE(snapshot.Find("user8")->status, UserStatusType::kResetRequired);
  EXPECT_EQ(snapshot.size(), 100u);
  EXPECT_EQ(table.size(), 99u);

  table = snapshot;  // Restore
  EXPECT_EQ(table.Find("user7")->sub(), "sub-7");
  EXPECT_EQ(table.FindByAlias(Alias::kSub, "sub-7", false), table.Find("user7"));
  UserTable moved = std::move(snapshot);
  EXPECT_EQ(moved.size(), 100u);
  EXPECT_EQ(moved.FindByAlias(Alias::kSub, "sub-99", false), moved.Find("user99"));
}

TEST(UserTable, OperatorBracketAddsADefaultRecordOnlyForANewKey) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a"));
  EXPECT_EQ(&table["alice"], &alice);
  UserRecord& added = table["bob"];
  added = Record("bob", "sub-b");  // the state reader assigns whole records
  EXPECT_EQ(table.Find("bob")->sub(), "sub-b");
  table.Erase(added);  // an assigned record is still found by its place
  EXPECT_EQ(table.Find("bob"), nullptr);
  EXPECT_EQ(table.size(), 1u);
}

TEST(HugePages, LargeAllocationsAreWholeAlignedHugePagesAndSmallOnesOrdinary) {
  for (std::size_t bytes : {std::size_t{1}, std::size_t{4096}, kHugePageBytes - 1, kHugePageBytes,
                            kHugePageBytes + 1, 3 * kHugePageBytes}) {
    auto* memory = static_cast<unsigned char*>(AllocateLarge(bytes));
    ASSERT_NE(memory, nullptr) << bytes;
    if (bytes >= kHugePageBytes) {
      EXPECT_EQ(reinterpret_cast<std::uintptr_t>(memory) % kHugePageBytes, 0u) << bytes;
    }
    // Every byte is there to write and read back (ASan checks the bounds).
    for (std::size_t i = 0; i < bytes; i += 512) memory[i] = static_cast<unsigned char>(i / 512);
    memory[bytes - 1] = 0xa5;
    for (std::size_t i = 0; i + 1 < bytes; i += 512) ASSERT_EQ(memory[i], static_cast<unsigned char>(i / 512));
    EXPECT_EQ(memory[bytes - 1], 0xa5);
    DeallocateLarge(memory, bytes);
  }
}

TEST(HugePages, TheAllocatorServesAVectorThatGrowsPastAHugePage) {
  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> words;
  for (std::uint64_t i = 0; i < kHugePageBytes / 8 * 2; ++i) words.push_back(i * 7);
  for (std::uint64_t i = 0; i < words.size(); i += 4099) ASSERT_EQ(words[i], i * 7);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(words.data()) % kHugePageBytes, 0u);
  EXPECT_TRUE(HugePageAllocator<int>() == HugePageAllocator<std::uint64_t>());
}

TEST(IdIndex, StaysAtMostHalfFullAndGrowsByDoubling) {
  IdIndex index;
  std::size_t last_capacity = 0;
  for (std::uint32_t id = 0; id < 1000; ++id) {
    index.Add(id * 2654435761u, id);
    ASSERT_LE(2 * index.size(), index.capacity());
    if (index.capacity() != last_capacity) {
      if (last_capacity != 0) {
        EXPECT_EQ(index.capacity(), 2 * last_capacity);
      }
      last_capacity = index.capacity();
    }
  }
  index.Reserve(10);  // less than it holds: no shrinking
  EXPECT_EQ(index.capacity(), last_capacity);
}

TEST(IdIndex, FindsEveryIdOfACollidingRunAfterErasesInTheMiddle) {
  IdIndex index;
  // Ten ids under one hash, and five under the next home: one long run.
  for (std::uint32_t id = 0; id < 10; ++id) index.Add(5, id);
  for (std::uint32_t id = 10; id < 15; ++id) index.Add(6, id);
  EXPECT_TRUE(index.Erase(5, 3));
  EXPECT_TRUE(index.Erase(6, 11));
  EXPECT_FALSE(index.Erase(5, 3)) << "erased already";
  EXPECT_FALSE(index.Erase(6, 3)) << "under another hash";
  for (std::uint32_t id = 0; id < 15; ++id) {
    const std::uint32_t hash = id < 10 ? 5 : 6;
    const std::uint32_t found = index.Find(hash, [id](std::uint32_t candidate) { return candidate == id; });
    EXPECT_EQ(found, id == 3 || id == 11 ? IdIndex::kNoId : id) << id;
  }
  EXPECT_EQ(index.size(), 13u);
}

TEST(IdIndex, FindsEveryIdOfARunThatWrapsPastTheLastSlot) {
  IdIndex index;
  // 16 slots: ids 0-5 start at slot 14 and wrap to slots 0-3, then ids 6-7
  // (home slot 1) queue behind them.
  for (std::uint32_t id = 0; id < 6; ++id) index.Add(14, id);
  for (std::uint32_t id = 6; id < 8; ++id) index.Add(1, id);
  ASSERT_EQ(index.capacity(), 16u);
  EXPECT_TRUE(index.Erase(14, 1));  // a hole at slot 15: the wrapped ones move back across the end
  EXPECT_TRUE(index.Erase(14, 4));  // a hole in the wrapped part
  for (std::uint32_t id = 0; id < 8; ++id) {
    const std::uint32_t hash = id < 6 ? 14 : 1;
    const std::uint32_t found = index.Find(hash, [id](std::uint32_t candidate) { return candidate == id; });
    EXPECT_EQ(found, id == 1 || id == 4 ? IdIndex::kNoId : id) << id;
  }
}

TEST(UserTable, AnAliasDiesWithItsUserEvenWhenTheNextUserInItsPlaceHasTheSameEmail) {
  UserTable table;
  UserRecord& alice = table.Insert("alice", Record("alice", "sub-a", "same@example.com"));
  table.IndexAlias(Alias::kEmail, "same@example.com", false, alice);
  table.UnindexAlias(Alias::kEmail, "same@example.com", alice);
  table.Erase(alice);
  UserRecord& bob = table.Insert("bob", Record("bob", "sub-b", "same@example.com"));  // alice's place
  ASSERT_EQ(&bob, &alice);
  EXPECT_EQ(table.FindByAlias(Alias::kEmail, "same@example.com", false), nullptr)
      << "bob's email was never indexed (an unverified alias, say)";
}

TEST(UserTable, AUserWhoseKeyIsEmptyIsStillAUser) {
  UserTable table;  // usernames cannot be empty, but an imported state may say anything
  UserRecord& nameless = table[""];
  nameless = Record("", "sub-x");
  EXPECT_EQ(table.Find(""), &nameless);
  int visited = 0;
  for (const auto& [key, user] : table) visited += key.empty() && user.sub() == "sub-x";
  EXPECT_EQ(visited, 1);
}

TEST(FoldedKey, ViewsTheTextWhenNotFoldingAndFoldsOnlyAsciiLettersOtherwise) {
  const std::string text = "MiXeD.Case@Example.COM";
  const FoldedKey same(text, /*fold=*/false);
  EXPECT_EQ(same.view().data(), text.data()) << "no copy";
  EXPECT_EQ(FoldedKey(text, true).view(), "mixed.case@example.com");
  EXPECT_EQ(FoldedKey("\xc3\x89T\xc3\xa9", true).view(), "\xc3\x89t\xc3\xa9") << "UTF-8 is left alone";
  EXPECT_EQ(FoldedKey("", true).view(), "");
  for (std::size_t size : {63, 64, 65, 200}) {  // both sides of the inline buffer
    const std::string upper(size, 'Q');
    EXPECT_EQ(FoldedKey(upper, true).view(), std::string(size, 'q')) << size;
  }
}

}  // namespace
}  // namespace internal
}  // namespace cognito_fake
